from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_stop_sms_request import AddStopSmsRequest
from ...models.add_stop_sms_response import AddStopSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddStopSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stop-sms/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddStopSmsResponse | None:
    if response.status_code == 200:
        response_200 = AddStopSmsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddStopSmsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddStopSmsRequest,
) -> Response[AddStopSmsResponse]:
    """Add a number to the STOP list

     Codes: 1 API key required, 2 phone number required, 3 number already in the STOP list (the FR DP
    table says messageId), 9 invalid number, 10 invalid API key, 200 OK. The doc JSON answer lacks a
    comma (typo).

    Args:
        body (AddStopSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStopSmsResponse]
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
    body: AddStopSmsRequest,
) -> AddStopSmsResponse | None:
    """Add a number to the STOP list

     Codes: 1 API key required, 2 phone number required, 3 number already in the STOP list (the FR DP
    table says messageId), 9 invalid number, 10 invalid API key, 200 OK. The doc JSON answer lacks a
    comma (typo).

    Args:
        body (AddStopSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStopSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddStopSmsRequest,
) -> Response[AddStopSmsResponse]:
    """Add a number to the STOP list

     Codes: 1 API key required, 2 phone number required, 3 number already in the STOP list (the FR DP
    table says messageId), 9 invalid number, 10 invalid API key, 200 OK. The doc JSON answer lacks a
    comma (typo).

    Args:
        body (AddStopSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddStopSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddStopSmsRequest,
) -> AddStopSmsResponse | None:
    """Add a number to the STOP list

     Codes: 1 API key required, 2 phone number required, 3 number already in the STOP list (the FR DP
    table says messageId), 9 invalid number, 10 invalid API key, 200 OK. The doc JSON answer lacks a
    comma (typo).

    Args:
        body (AddStopSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddStopSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
