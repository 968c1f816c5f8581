from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_detail_response import ContactDetailResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    contact_id: str,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contactId"] = contact_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactDetailResponse | None:
    if response.status_code == 200:
        response_200 = ContactDetailResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactDetailResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    contact_id: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactDetailResponse]:
    """Get one contact

     Details of `contactId` (the DP FR parameter table lists `apiKey` twice; the second is `contactId`).
    Codes: 1 contactId required, 10 API key required, 404 contact not found.

    Args:
        contact_id (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDetailResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    contact_id: str,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactDetailResponse | None:
    """Get one contact

     Details of `contactId` (the DP FR parameter table lists `apiKey` twice; the second is `contactId`).
    Codes: 1 contactId required, 10 API key required, 404 contact not found.

    Args:
        contact_id (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDetailResponse
    """

    return sync_detailed(
        client=client,
        contact_id=contact_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    contact_id: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactDetailResponse]:
    """Get one contact

     Details of `contactId` (the DP FR parameter table lists `apiKey` twice; the second is `contactId`).
    Codes: 1 contactId required, 10 API key required, 404 contact not found.

    Args:
        contact_id (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDetailResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    contact_id: str,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactDetailResponse | None:
    """Get one contact

     Details of `contactId` (the DP FR parameter table lists `apiKey` twice; the second is `contactId`).
    Codes: 1 contactId required, 10 API key required, 404 contact not found.

    Args:
        contact_id (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDetailResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            contact_id=contact_id,
            format_=format_,
        )
    ).parsed
