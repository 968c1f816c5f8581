from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subaccount_credit_request import SubaccountCreditRequest
from ...models.subaccount_credit_response import SubaccountCreditResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SubaccountCreditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount/credit/remove",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubaccountCreditResponse | None:
    if response.status_code == 200:
        response_200 = SubaccountCreditResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubaccountCreditResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountCreditRequest,
) -> Response[SubaccountCreditResponse]:
    """Take credit (EUR) back from a sub-account

     Same body, answer and codes as `POST /subaccount/credit/add`.

    Args:
        body (SubaccountCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubaccountCreditResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountCreditRequest,
) -> SubaccountCreditResponse | None:
    """Take credit (EUR) back from a sub-account

     Same body, answer and codes as `POST /subaccount/credit/add`.

    Args:
        body (SubaccountCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubaccountCreditResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountCreditRequest,
) -> Response[SubaccountCreditResponse]:
    """Take credit (EUR) back from a sub-account

     Same body, answer and codes as `POST /subaccount/credit/add`.

    Args:
        body (SubaccountCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubaccountCreditResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubaccountCreditRequest,
) -> SubaccountCreditResponse | None:
    """Take credit (EUR) back from a sub-account

     Same body, answer and codes as `POST /subaccount/credit/add`.

    Args:
        body (SubaccountCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubaccountCreditResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
