from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_summary_list_response import MessageSummaryListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageSummaryListResponse | None:
    if response.status_code == 200:
        response_200 = MessageSummaryListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageSummaryListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageSummaryListResponse]:
    """List of your messages

     This method allows you to view the list of sent messages from your account.

    There is no pagination and no filter (the vendor documents no query parameter). An
    account without messages answers HTTP 404 with error 203 "No message found" instead of an
    empty list; treat that answer as an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageSummaryListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageSummaryListResponse | None:
    """List of your messages

     This method allows you to view the list of sent messages from your account.

    There is no pagination and no filter (the vendor documents no query parameter). An
    account without messages answers HTTP 404 with error 203 "No message found" instead of an
    empty list; treat that answer as an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageSummaryListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageSummaryListResponse]:
    """List of your messages

     This method allows you to view the list of sent messages from your account.

    There is no pagination and no filter (the vendor documents no query parameter). An
    account without messages answers HTTP 404 with error 203 "No message found" instead of an
    empty list; treat that answer as an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageSummaryListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageSummaryListResponse | None:
    """List of your messages

     This method allows you to view the list of sent messages from your account.

    There is no pagination and no filter (the vendor documents no query parameter). An
    account without messages answers HTTP 404 with error 203 "No message found" instead of an
    empty list; treat that answer as an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageSummaryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
