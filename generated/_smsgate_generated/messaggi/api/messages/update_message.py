from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_response import MessageResponse
from ...models.update_message_request import UpdateMessageRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/messages/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageResponse | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = ErrorResponse.from_dict(response.json())

        return response_406

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageRequest,
) -> Response[ErrorResponse | MessageResponse]:
    """Message integration

     If a message exists with `transaction = true`, this method allows integrating the
    initial POST call (adding recipients for example) until a PUT with `transaction = false`
    is passed. At that point the message is closed and put in the sending queue. With this
    method you can also change the sending date of the message (`timestamp_send`) if it has
    not already been sent or scheduled for sending.

    `data` is the single updated message (not a list).

    Args:
        id (str):
        body (UpdateMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageRequest,
) -> ErrorResponse | MessageResponse | None:
    """Message integration

     If a message exists with `transaction = true`, this method allows integrating the
    initial POST call (adding recipients for example) until a PUT with `transaction = false`
    is passed. At that point the message is closed and put in the sending queue. With this
    method you can also change the sending date of the message (`timestamp_send`) if it has
    not already been sent or scheduled for sending.

    `data` is the single updated message (not a list).

    Args:
        id (str):
        body (UpdateMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageRequest,
) -> Response[ErrorResponse | MessageResponse]:
    """Message integration

     If a message exists with `transaction = true`, this method allows integrating the
    initial POST call (adding recipients for example) until a PUT with `transaction = false`
    is passed. At that point the message is closed and put in the sending queue. With this
    method you can also change the sending date of the message (`timestamp_send`) if it has
    not already been sent or scheduled for sending.

    `data` is the single updated message (not a list).

    Args:
        id (str):
        body (UpdateMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMessageRequest,
) -> ErrorResponse | MessageResponse | None:
    """Message integration

     If a message exists with `transaction = true`, this method allows integrating the
    initial POST call (adding recipients for example) until a PUT with `transaction = false`
    is passed. At that point the message is closed and put in the sending queue. With this
    method you can also change the sending date of the message (`timestamp_send`) if it has
    not already been sent or scheduled for sending.

    `data` is the single updated message (not a list).

    Args:
        id (str):
        body (UpdateMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
