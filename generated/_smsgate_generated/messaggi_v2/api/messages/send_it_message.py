from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_envelope import MessageEnvelope
from ...models.send_message_request import SendMessageRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/IT-messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageEnvelope | None:
    if response.status_code == 201:
        response_201 = MessageEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageEnvelope]:
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
) -> Response[ErrorResponse | MessageEnvelope]:
    """Send a new SMS message (Italy)

     Creates and queues a new SMS message for a recipient in Italy, with Italy's rules and
    fixed price. A number of another country answers 422 / 2013. Forbidden words block the
    message, blocklist the account and the message is charged.

    Args:
        body (SendMessageRequest): Request body for sending a new SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageEnvelope]
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
) -> ErrorResponse | MessageEnvelope | None:
    """Send a new SMS message (Italy)

     Creates and queues a new SMS message for a recipient in Italy, with Italy's rules and
    fixed price. A number of another country answers 422 / 2013. Forbidden words block the
    message, blocklist the account and the message is charged.

    Args:
        body (SendMessageRequest): Request body for sending a new SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[ErrorResponse | MessageEnvelope]:
    """Send a new SMS message (Italy)

     Creates and queues a new SMS message for a recipient in Italy, with Italy's rules and
    fixed price. A number of another country answers 422 / 2013. Forbidden words block the
    message, blocklist the account and the message is charged.

    Args:
        body (SendMessageRequest): Request body for sending a new SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageEnvelope]
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
) -> ErrorResponse | MessageEnvelope | None:
    """Send a new SMS message (Italy)

     Creates and queues a new SMS message for a recipient in Italy, with Italy's rules and
    fixed price. A number of another country answers 422 / 2013. Forbidden words block the
    message, blocklist the account and the message is charged.

    Args:
        body (SendMessageRequest): Request body for sending a new SMS message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
