from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.category_stats import CategoryStats
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    category: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CategoryStats | ErrorResponse:
    if response.status_code == 200:
        response_200 = CategoryStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CategoryStats | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> Response[CategoryStats | ErrorResponse]:
    """Aggregate statistics of the messages sent with one category.

     Counts for every message sent with `category` (the send body's `category` field).
    All counters are integers.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryStats | ErrorResponse]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> CategoryStats | ErrorResponse | None:
    """Aggregate statistics of the messages sent with one category.

     Counts for every message sent with `category` (the send body's `category` field).
    All counters are integers.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryStats | ErrorResponse
    """

    return sync_detailed(
        client=client,
        category=category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> Response[CategoryStats | ErrorResponse]:
    """Aggregate statistics of the messages sent with one category.

     Counts for every message sent with `category` (the send body's `category` field).
    All counters are integers.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryStats | ErrorResponse]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> CategoryStats | ErrorResponse | None:
    """Aggregate statistics of the messages sent with one category.

     Counts for every message sent with `category` (the send body's `category` field).
    All counters are integers.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryStats | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
        )
    ).parsed
