from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_subaccount_request import CreateSubaccountRequest
from ...models.create_subaccount_response import CreateSubaccountResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubaccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subaccount/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubaccountResponse | None:
    if response.status_code == 200:
        response_200 = CreateSubaccountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSubaccountResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubaccountRequest,
) -> Response[CreateSubaccountResponse]:
    """Create a sub-account

     Sub-accounts are enabled on request. `type` is `simple` or `advanced` (irreversible);
    `parameters.email` is required, `isBuyer` (0|1) is required for advanced accounts,
    `creditToAttribute` (EUR) is optional. The DP header says GET but the sample and GO POST a JSON
    body. Codes: 1 API key required, 2 not authorised, 3 isBuyer required, 4 type required, 5 unknown
    type, 6 email required, 7 an account already exists with this email, 8 creditToAttribute must be >
    0, 9 balance must be > 0, 200 OK.

    Args:
        body (CreateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubaccountResponse]
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
    body: CreateSubaccountRequest,
) -> CreateSubaccountResponse | None:
    """Create a sub-account

     Sub-accounts are enabled on request. `type` is `simple` or `advanced` (irreversible);
    `parameters.email` is required, `isBuyer` (0|1) is required for advanced accounts,
    `creditToAttribute` (EUR) is optional. The DP header says GET but the sample and GO POST a JSON
    body. Codes: 1 API key required, 2 not authorised, 3 isBuyer required, 4 type required, 5 unknown
    type, 6 email required, 7 an account already exists with this email, 8 creditToAttribute must be >
    0, 9 balance must be > 0, 200 OK.

    Args:
        body (CreateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubaccountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubaccountRequest,
) -> Response[CreateSubaccountResponse]:
    """Create a sub-account

     Sub-accounts are enabled on request. `type` is `simple` or `advanced` (irreversible);
    `parameters.email` is required, `isBuyer` (0|1) is required for advanced accounts,
    `creditToAttribute` (EUR) is optional. The DP header says GET but the sample and GO POST a JSON
    body. Codes: 1 API key required, 2 not authorised, 3 isBuyer required, 4 type required, 5 unknown
    type, 6 email required, 7 an account already exists with this email, 8 creditToAttribute must be >
    0, 9 balance must be > 0, 200 OK.

    Args:
        body (CreateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubaccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubaccountRequest,
) -> CreateSubaccountResponse | None:
    """Create a sub-account

     Sub-accounts are enabled on request. `type` is `simple` or `advanced` (irreversible);
    `parameters.email` is required, `isBuyer` (0|1) is required for advanced accounts,
    `creditToAttribute` (EUR) is optional. The DP header says GET but the sample and GO POST a JSON
    body. Codes: 1 API key required, 2 not authorised, 3 isBuyer required, 4 type required, 5 unknown
    type, 6 email required, 7 an account already exists with this email, 8 creditToAttribute must be >
    0, 9 balance must be > 0, 200 OK.

    Args:
        body (CreateSubaccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubaccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
