from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_list_response import MessageListResponse
from ...models.send_message_request import SendMessageRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageListResponse | None:
    if response.status_code == 201:
        response_201 = MessageListResponse.from_dict(response.json())

        return response_201

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ErrorResponse | MessageListResponse]:
    """Send a sms message

     This method allows you to send an sms message directly from our gateway.

    Short messages can be encoded using a variety of alphabets: the default GSM 7-bit
    alphabet, the 8-bit data alphabet, and the 16-bit UCS-2 or UTF-16 alphabets. Depending on
    which alphabet the subscriber has configured in the handset, this leads to the maximum
    individual short message sizes of 160 7-bit characters, 140 8-bit characters, or 70 16-bit
    characters. Larger content (concatenated SMS) is sent as several segments, each starting
    with a User Data Header, so the number of characters per segment is lower: 153 for 7-bit
    encoding, 134 for 8-bit encoding and 67 for 16-bit encoding; long messages are billed as
    several SMS.

    With `transaction: true` the message is stored but not queued: complete it with
    PUT `/messages/{id}` and close it with a PUT `transaction: false`.

    Args:
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageListResponse]
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
    body: SendMessageRequest,
) -> ErrorResponse | MessageListResponse | None:
    """Send a sms message

     This method allows you to send an sms message directly from our gateway.

    Short messages can be encoded using a variety of alphabets: the default GSM 7-bit
    alphabet, the 8-bit data alphabet, and the 16-bit UCS-2 or UTF-16 alphabets. Depending on
    which alphabet the subscriber has configured in the handset, this leads to the maximum
    individual short message sizes of 160 7-bit characters, 140 8-bit characters, or 70 16-bit
    characters. Larger content (concatenated SMS) is sent as several segments, each starting
    with a User Data Header, so the number of characters per segment is lower: 153 for 7-bit
    encoding, 134 for 8-bit encoding and 67 for 16-bit encoding; long messages are billed as
    several SMS.

    With `transaction: true` the message is stored but not queued: complete it with
    PUT `/messages/{id}` and close it with a PUT `transaction: false`.

    Args:
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ErrorResponse | MessageListResponse]:
    """Send a sms message

     This method allows you to send an sms message directly from our gateway.

    Short messages can be encoded using a variety of alphabets: the default GSM 7-bit
    alphabet, the 8-bit data alphabet, and the 16-bit UCS-2 or UTF-16 alphabets. Depending on
    which alphabet the subscriber has configured in the handset, this leads to the maximum
    individual short message sizes of 160 7-bit characters, 140 8-bit characters, or 70 16-bit
    characters. Larger content (concatenated SMS) is sent as several segments, each starting
    with a User Data Header, so the number of characters per segment is lower: 153 for 7-bit
    encoding, 134 for 8-bit encoding and 67 for 16-bit encoding; long messages are billed as
    several SMS.

    With `transaction: true` the message is stored but not queued: complete it with
    PUT `/messages/{id}` and close it with a PUT `transaction: false`.

    Args:
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> ErrorResponse | MessageListResponse | None:
    """Send a sms message

     This method allows you to send an sms message directly from our gateway.

    Short messages can be encoded using a variety of alphabets: the default GSM 7-bit
    alphabet, the 8-bit data alphabet, and the 16-bit UCS-2 or UTF-16 alphabets. Depending on
    which alphabet the subscriber has configured in the handset, this leads to the maximum
    individual short message sizes of 160 7-bit characters, 140 8-bit characters, or 70 16-bit
    characters. Larger content (concatenated SMS) is sent as several segments, each starting
    with a User Data Header, so the number of characters per segment is lower: 153 for 7-bit
    encoding, 134 for 8-bit encoding and 67 for 16-bit encoding; long messages are billed as
    several SMS.

    With `transaction: true` the message is stored but not queued: complete it with
    PUT `/messages/{id}` and close it with a PUT `transaction: false`.

    Args:
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
