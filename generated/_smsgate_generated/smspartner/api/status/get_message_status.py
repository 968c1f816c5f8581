from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_status_response import MessageStatusResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message_id: int,
    phone_number: str,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["messageId"] = message_id

    params["phoneNumber"] = phone_number

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/message-status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MessageStatusResponse | None:
    if response.status_code == 200:
        response_200 = MessageStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageStatusResponse]:
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
    phone_number: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[MessageStatusResponse]:
    """Get the status of one number in one send

     Status of the SMS sent to `phoneNumber` (examples use the national form `06xxxxxxxx`) in the send
    `messageId`. The status word is in `statut` (French key): `Delivered`, `Not delivered`, `Waiting`.
    Reports usually arrive seconds after sending, up to 48 h later. `date` is `yyyy-MM-dd HH:mm:ss` in
    the doc but an epoch-seconds string in the Go fixture. The Go client also maps optional `isSpam` and
    `phoneNumber`. Codes: 1 API key required, 2 phone number required, 3 messageId required, 4 message
    not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        phone_number (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageStatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        phone_number=phone_number,
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
    phone_number: str,
    format_: ResponseFormat | Unset = UNSET,
) -> MessageStatusResponse | None:
    """Get the status of one number in one send

     Status of the SMS sent to `phoneNumber` (examples use the national form `06xxxxxxxx`) in the send
    `messageId`. The status word is in `statut` (French key): `Delivered`, `Not delivered`, `Waiting`.
    Reports usually arrive seconds after sending, up to 48 h later. `date` is `yyyy-MM-dd HH:mm:ss` in
    the doc but an epoch-seconds string in the Go fixture. The Go client also maps optional `isSpam` and
    `phoneNumber`. Codes: 1 API key required, 2 phone number required, 3 messageId required, 4 message
    not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        phone_number (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageStatusResponse
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
        phone_number=phone_number,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    phone_number: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[MessageStatusResponse]:
    """Get the status of one number in one send

     Status of the SMS sent to `phoneNumber` (examples use the national form `06xxxxxxxx`) in the send
    `messageId`. The status word is in `statut` (French key): `Delivered`, `Not delivered`, `Waiting`.
    Reports usually arrive seconds after sending, up to 48 h later. `date` is `yyyy-MM-dd HH:mm:ss` in
    the doc but an epoch-seconds string in the Go fixture. The Go client also maps optional `isSpam` and
    `phoneNumber`. Codes: 1 API key required, 2 phone number required, 3 messageId required, 4 message
    not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        phone_number (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageStatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        phone_number=phone_number,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    phone_number: str,
    format_: ResponseFormat | Unset = UNSET,
) -> MessageStatusResponse | None:
    """Get the status of one number in one send

     Status of the SMS sent to `phoneNumber` (examples use the national form `06xxxxxxxx`) in the send
    `messageId`. The status word is in `statut` (French key): `Delivered`, `Not delivered`, `Waiting`.
    Reports usually arrive seconds after sending, up to 48 h later. `date` is `yyyy-MM-dd HH:mm:ss` in
    the doc but an epoch-seconds string in the Go fixture. The Go client also maps optional `isSpam` and
    `phoneNumber`. Codes: 1 API key required, 2 phone number required, 3 messageId required, 4 message
    not found, 10 invalid API key, 200 OK.

    Args:
        message_id (int):
        phone_number (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
            phone_number=phone_number,
            format_=format_,
        )
    ).parsed
