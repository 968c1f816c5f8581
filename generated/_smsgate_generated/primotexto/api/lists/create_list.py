from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_list_request import CreateListRequest
from ...models.created_resource import CreatedResource
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedResource.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedResource | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListRequest,
) -> Response[CreatedResource | ErrorResponse]:
    """Create a contact list.

     The docs post to `/lists/` (trailing slash); the official PHP lib posts to `/lists`,
    which this document uses. The answer gives the new list's id (24-hex string).

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | ErrorResponse]
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
    body: CreateListRequest,
) -> CreatedResource | ErrorResponse | None:
    """Create a contact list.

     The docs post to `/lists/` (trailing slash); the official PHP lib posts to `/lists`,
    which this document uses. The answer gives the new list's id (24-hex string).

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListRequest,
) -> Response[CreatedResource | ErrorResponse]:
    """Create a contact list.

     The docs post to `/lists/` (trailing slash); the official PHP lib posts to `/lists`,
    which this document uses. The answer gives the new list's id (24-hex string).

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListRequest,
) -> CreatedResource | ErrorResponse | None:
    """Create a contact list.

     The docs post to `/lists/` (trailing slash); the official PHP lib posts to `/lists`,
    which this document uses. The answer gives the new list's id (24-hex string).

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
