from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_response import ContactListResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_id: str,
    page: int | Unset = 1,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["groupId"] = group_id

    params["page"] = page

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactListResponse | None:
    if response.status_code == 200:
        response_200 = ContactListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
    page: int | Unset = 1,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactListResponse]:
    """List the contacts of a group (20 per page)

     Contacts of `groupId`, 20 per page (`page`, default 1 -- WP). The LIVE page header says POST while
    its sample is a GET with query parameters (Low/Medium). `total` is a string here. Codes: 1 groupId
    required, 10 API key required.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
    page: int | Unset = 1,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactListResponse | None:
    """List the contacts of a group (20 per page)

     Contacts of `groupId`, 20 per page (`page`, default 1 -- WP). The LIVE page header says POST while
    its sample is a GET with query parameters (Low/Medium). `total` is a string here. Codes: 1 groupId
    required, 10 API key required.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
        page=page,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
    page: int | Unset = 1,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactListResponse]:
    """List the contacts of a group (20 per page)

     Contacts of `groupId`, 20 per page (`page`, default 1 -- WP). The LIVE page header says POST while
    its sample is a GET with query parameters (Low/Medium). `total` is a string here. Codes: 1 groupId
    required, 10 API key required.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
    page: int | Unset = 1,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactListResponse | None:
    """List the contacts of a group (20 per page)

     Contacts of `groupId`, 20 per page (`page`, default 1 -- WP). The LIVE page header says POST while
    its sample is a GET with query parameters (Low/Medium). `total` is a string here. Codes: 1 groupId
    required, 10 API key required.

    Args:
        group_id (str):
        page (int | Unset):  Default: 1.
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            page=page,
            format_=format_,
        )
    ).parsed
