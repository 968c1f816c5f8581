from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_type import MessageType
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response


def _get_kwargs(
    type_: MessageType,
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{type_}/messages/send".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendMessageResponse:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendMessageResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: MessageType,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send one SMS (transactional or marketing).

     Sends one SMS to one number. The `type` path segment picks the route:
    `notification` (transactional; marketing content is forbidden on it, DOC) or
    `marketing`. Both routes take the same body and give the same answer.

    - `number` (required): `0600000000` or `+33600000000`.
    - `message` (required): documented charset = letters a-z/A-Z, digits and
      `@£_!$"#èé%ù&ìò()*:+;,<-=ÑñÅ.>Üüåé/?à^¤{}~\\'` plus the pipe character.
    - `sender` (optional): 3-11 alphanumerics; default is a numeric short code.
      (The Symfony bridge sends it under `from`: a 3rd-party discrepancy; vendor docs and
      the PHP lib use `sender`.)
    - `campaignName` (optional) groups sends into a pool for statistics.
    - `category` (optional) is the key later passed as `?category=` to
      `/messages/stats`, `/messages/replies` and `/messages/blacklists`.
    - `date` (optional) schedules the send, epoch **milliseconds** (vendor docs; the
      Symfony test uses seconds, which is a 3rd-party error).

    The answer's `snapshotId` (a string) identifies the message: pass it to
    `GET /messages/status?snapshotId=`. `creditsUsed` is a float.

    Args:
        type_ (MessageType): The message route (request side only).
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: MessageType,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> ErrorResponse | SendMessageResponse | None:
    """Send one SMS (transactional or marketing).

     Sends one SMS to one number. The `type` path segment picks the route:
    `notification` (transactional; marketing content is forbidden on it, DOC) or
    `marketing`. Both routes take the same body and give the same answer.

    - `number` (required): `0600000000` or `+33600000000`.
    - `message` (required): documented charset = letters a-z/A-Z, digits and
      `@£_!$"#èé%ù&ìò()*:+;,<-=ÑñÅ.>Üüåé/?à^¤{}~\\'` plus the pipe character.
    - `sender` (optional): 3-11 alphanumerics; default is a numeric short code.
      (The Symfony bridge sends it under `from`: a 3rd-party discrepancy; vendor docs and
      the PHP lib use `sender`.)
    - `campaignName` (optional) groups sends into a pool for statistics.
    - `category` (optional) is the key later passed as `?category=` to
      `/messages/stats`, `/messages/replies` and `/messages/blacklists`.
    - `date` (optional) schedules the send, epoch **milliseconds** (vendor docs; the
      Symfony test uses seconds, which is a 3rd-party error).

    The answer's `snapshotId` (a string) identifies the message: pass it to
    `GET /messages/status?snapshotId=`. `creditsUsed` is a float.

    Args:
        type_ (MessageType): The message route (request side only).
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return sync_detailed(
        type_=type_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_: MessageType,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send one SMS (transactional or marketing).

     Sends one SMS to one number. The `type` path segment picks the route:
    `notification` (transactional; marketing content is forbidden on it, DOC) or
    `marketing`. Both routes take the same body and give the same answer.

    - `number` (required): `0600000000` or `+33600000000`.
    - `message` (required): documented charset = letters a-z/A-Z, digits and
      `@£_!$"#èé%ù&ìò()*:+;,<-=ÑñÅ.>Üüåé/?à^¤{}~\\'` plus the pipe character.
    - `sender` (optional): 3-11 alphanumerics; default is a numeric short code.
      (The Symfony bridge sends it under `from`: a 3rd-party discrepancy; vendor docs and
      the PHP lib use `sender`.)
    - `campaignName` (optional) groups sends into a pool for statistics.
    - `category` (optional) is the key later passed as `?category=` to
      `/messages/stats`, `/messages/replies` and `/messages/blacklists`.
    - `date` (optional) schedules the send, epoch **milliseconds** (vendor docs; the
      Symfony test uses seconds, which is a 3rd-party error).

    The answer's `snapshotId` (a string) identifies the message: pass it to
    `GET /messages/status?snapshotId=`. `creditsUsed` is a float.

    Args:
        type_ (MessageType): The message route (request side only).
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: MessageType,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> ErrorResponse | SendMessageResponse | None:
    """Send one SMS (transactional or marketing).

     Sends one SMS to one number. The `type` path segment picks the route:
    `notification` (transactional; marketing content is forbidden on it, DOC) or
    `marketing`. Both routes take the same body and give the same answer.

    - `number` (required): `0600000000` or `+33600000000`.
    - `message` (required): documented charset = letters a-z/A-Z, digits and
      `@£_!$"#èé%ù&ìò()*:+;,<-=ÑñÅ.>Üüåé/?à^¤{}~\\'` plus the pipe character.
    - `sender` (optional): 3-11 alphanumerics; default is a numeric short code.
      (The Symfony bridge sends it under `from`: a 3rd-party discrepancy; vendor docs and
      the PHP lib use `sender`.)
    - `campaignName` (optional) groups sends into a pool for statistics.
    - `category` (optional) is the key later passed as `?category=` to
      `/messages/stats`, `/messages/replies` and `/messages/blacklists`.
    - `date` (optional) schedules the send, epoch **milliseconds** (vendor docs; the
      Symfony test uses seconds, which is a 3rd-party error).

    The answer's `snapshotId` (a string) identifies the message: pass it to
    `GET /messages/status?snapshotId=`. `creditsUsed` is a float.

    Args:
        type_ (MessageType): The message route (request side only).
        body (SendMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
