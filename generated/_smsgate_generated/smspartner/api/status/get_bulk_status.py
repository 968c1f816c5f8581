from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_status_response import BulkStatusResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message_id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["messageId"] = message_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulk-status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkStatusResponse | None:
    if response.status_code == 200:
        response_200 = BulkStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BulkStatusResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BulkStatusResponse]:
    """Get all statuses of one send

     All recipients' statuses of the send `messageId`. Note the key spellings `message_id` (string here)
    and `stopSMS` (capital SMS); `date` is an epoch-seconds string. S001/S004 list only `apiKey` and
    `messageId`, though S001 also shows the XML rendering, so `_format` is accepted. Reports usually
    arrive seconds after sending, up to 48 h later. Codes: 1 API key required, 3 messageId required, 4
    message not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> BulkStatusResponse | None:
    """Get all statuses of one send

     All recipients' statuses of the send `messageId`. Note the key spellings `message_id` (string here)
    and `stopSMS` (capital SMS); `date` is an epoch-seconds string. S001/S004 list only `apiKey` and
    `messageId`, though S001 also shows the XML rendering, so `_format` is accepted. Reports usually
    arrive seconds after sending, up to 48 h later. Codes: 1 API key required, 3 messageId required, 4
    message not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusResponse
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BulkStatusResponse]:
    """Get all statuses of one send

     All recipients' statuses of the send `messageId`. Note the key spellings `message_id` (string here)
    and `stopSMS` (capital SMS); `date` is an epoch-seconds string. S001/S004 list only `apiKey` and
    `messageId`, though S001 also shows the XML rendering, so `_format` is accepted. Reports usually
    arrive seconds after sending, up to 48 h later. Codes: 1 API key required, 3 messageId required, 4
    message not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> BulkStatusResponse | None:
    """Get all statuses of one send

     All recipients' statuses of the send `messageId`. Note the key spellings `message_id` (string here)
    and `stopSMS` (capital SMS); `date` is an epoch-seconds string. S001/S004 list only `apiKey` and
    `messageId`, though S001 also shows the XML rendering, so `_format` is accepted. Reports usually
    arrive seconds after sending, up to 48 h later. Codes: 1 API key required, 3 messageId required, 4
    message not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
            format_=format_,
        )
    ).parsed
