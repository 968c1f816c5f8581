from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_status_by_tag_response import BulkStatusByTagResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: str,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tag"] = tag

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk-status-by-tag",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkStatusByTagResponse | None:
    if response.status_code == 200:
        response_200 = BulkStatusByTagResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkStatusByTagResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BulkStatusByTagResponse]:
    """Get statuses of the sends carrying a tag

     Statuses of all SMS sent with `tag`. The answer has pagination fields (`currentPage`, `total`) but
    no page parameter is documented. Codes: 1 API key required, 3 (copied text "message ID required",
    i.e. tag required), 4 not found, 10 invalid API key, 200 OK.

    Args:
        tag (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusByTagResponse]
    """

    kwargs = _get_kwargs(
        tag=tag,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tag: str,
    format_: ResponseFormat | Unset = UNSET,
) -> BulkStatusByTagResponse | None:
    """Get statuses of the sends carrying a tag

     Statuses of all SMS sent with `tag`. The answer has pagination fields (`currentPage`, `total`) but
    no page parameter is documented. Codes: 1 API key required, 3 (copied text "message ID required",
    i.e. tag required), 4 not found, 10 invalid API key, 200 OK.

    Args:
        tag (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusByTagResponse
    """

    return sync_detailed(
        client=client,
        tag=tag,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tag: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BulkStatusByTagResponse]:
    """Get statuses of the sends carrying a tag

     Statuses of all SMS sent with `tag`. The answer has pagination fields (`currentPage`, `total`) but
    no page parameter is documented. Codes: 1 API key required, 3 (copied text "message ID required",
    i.e. tag required), 4 not found, 10 invalid API key, 200 OK.

    Args:
        tag (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusByTagResponse]
    """

    kwargs = _get_kwargs(
        tag=tag,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tag: str,
    format_: ResponseFormat | Unset = UNSET,
) -> BulkStatusByTagResponse | None:
    """Get statuses of the sends carrying a tag

     Statuses of all SMS sent with `tag`. The answer has pagination fields (`currentPage`, `total`) but
    no page parameter is documented. Codes: 1 API key required, 3 (copied text "message ID required",
    i.e. tag required), 4 not found, 10 invalid API key, 200 OK.

    Args:
        tag (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusByTagResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            tag=tag,
            format_=format_,
        )
    ).parsed
