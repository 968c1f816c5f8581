from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.account_stats import AccountStats
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/stats",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountStats | ErrorResponse:
    if response.status_code == 200:
        response_200 = AccountStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountStats | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountStats | ErrorResponse]:
    """Account statistics, including the remaining credits.

     `credits` is the remaining balance: an integer in the doc example, but third-party
    test fixtures (WSms) show 42.5 and 50, so it is a decimal number (Medium). The other
    fields are integer counters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountStats | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountStats | ErrorResponse | None:
    """Account statistics, including the remaining credits.

     `credits` is the remaining balance: an integer in the doc example, but third-party
    test fixtures (WSms) show 42.5 and 50, so it is a decimal number (Medium). The other
    fields are integer counters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountStats | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountStats | ErrorResponse]:
    """Account statistics, including the remaining credits.

     `credits` is the remaining balance: an integer in the doc example, but third-party
    test fixtures (WSms) show 42.5 and 50, so it is a decimal number (Medium). The other
    fields are integer counters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountStats | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountStats | ErrorResponse | None:
    """Account statistics, including the remaining credits.

     `credits` is the remaining balance: an integer in the doc example, but third-party
    test fixtures (WSms) show 42.5 and 50, so it is a decimal number (Medium). The other
    fields are integer counters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountStats | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
