from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.blacklist_hits import BlacklistHits
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
        "url": "/messages/blacklists",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BlacklistHits | ErrorResponse:
    if response.status_code == 200:
        response_200 = BlacklistHits.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlacklistHits | ErrorResponse]:
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
) -> Response[BlacklistHits | ErrorResponse]:
    """STOP (unsubscribers) and NPAI (bounces) hits of the messages sent with one category.

     For each kind, the count and the numbers. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape here is reconstructed from it (reference §4.5),
    so the exact shape is Low confidence although the endpoint itself is High.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistHits | ErrorResponse]
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
) -> BlacklistHits | ErrorResponse | None:
    """STOP (unsubscribers) and NPAI (bounces) hits of the messages sent with one category.

     For each kind, the count and the numbers. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape here is reconstructed from it (reference §4.5),
    so the exact shape is Low confidence although the endpoint itself is High.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistHits | ErrorResponse
    """

    return sync_detailed(
        client=client,
        category=category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> Response[BlacklistHits | ErrorResponse]:
    """STOP (unsubscribers) and NPAI (bounces) hits of the messages sent with one category.

     For each kind, the count and the numbers. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape here is reconstructed from it (reference §4.5),
    so the exact shape is Low confidence although the endpoint itself is High.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistHits | ErrorResponse]
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
) -> BlacklistHits | ErrorResponse | None:
    """STOP (unsubscribers) and NPAI (bounces) hits of the messages sent with one category.

     For each kind, the count and the numbers. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape here is reconstructed from it (reference §4.5),
    so the exact shape is Low confidence although the endpoint itself is High.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistHits | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
        )
    ).parsed
