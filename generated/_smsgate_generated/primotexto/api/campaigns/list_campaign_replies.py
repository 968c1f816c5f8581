from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reply import Reply
from ...types import Response


def _get_kwargs(
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}/replies".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | list[Reply]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_reply_list_item_data in _response_200:
            componentsschemas_reply_list_item = Reply.from_dict(componentsschemas_reply_list_item_data)

            response_200.append(componentsschemas_reply_list_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Reply]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Reply]]:
    """Replies received to one campaign.

     Only the official PHP lib calls this path (`campaignsCallbacks`). The answer's shape
    is presumably that of `GET /messages/replies` (an array of `id`, `identifier`,
    `message`; Low).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Reply]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Reply] | None:
    """Replies received to one campaign.

     Only the official PHP lib calls this path (`campaignsCallbacks`). The answer's shape
    is presumably that of `GET /messages/replies` (an array of `id`, `identifier`,
    `message`; Low).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Reply]
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Reply]]:
    """Replies received to one campaign.

     Only the official PHP lib calls this path (`campaignsCallbacks`). The answer's shape
    is presumably that of `GET /messages/replies` (an array of `id`, `identifier`,
    `message`; Low).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Reply]]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Reply] | None:
    """Replies received to one campaign.

     Only the official PHP lib calls this path (`campaignsCallbacks`). The answer's shape
    is presumably that of `GET /messages/replies` (an array of `id`, `identifier`,
    `message`; Low).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Reply]
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
