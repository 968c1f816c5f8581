from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/group/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateGroupResponse | None:
    if response.status_code == 200:
        response_200 = CreateGroupResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateGroupResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse]:
    """Create a contact group

     Creates a group named `name`. Success is signalled with `code: 2` (not 200), which collides with the
    documented error code 2 "API key required": rely on `success`. Codes: 1 name required, 2 API key
    required.

    Args:
        body (CreateGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse]
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
    body: CreateGroupRequest,
) -> CreateGroupResponse | None:
    """Create a contact group

     Creates a group named `name`. Success is signalled with `code: 2` (not 200), which collides with the
    documented error code 2 "API key required": rely on `success`. Codes: 1 name required, 2 API key
    required.

    Args:
        body (CreateGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupRequest,
) -> Response[CreateGroupResponse]:
    """Create a contact group

     Creates a group named `name`. Success is signalled with `code: 2` (not 200), which collides with the
    documented error code 2 "API key required": rely on `success`. Codes: 1 name required, 2 API key
    required.

    Args:
        body (CreateGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGroupRequest,
) -> CreateGroupResponse | None:
    """Create a contact group

     Creates a group named `name`. Success is signalled with `code: 2` (not 200), which collides with the
    documented error code 2 "API key required": rely on `success`. Codes: 1 name required, 2 API key
    required.

    Args:
        body (CreateGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
