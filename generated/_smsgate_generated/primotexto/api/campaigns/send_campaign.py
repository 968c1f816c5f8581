from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.credits_used import CreditsUsed
from ...models.error_response import ErrorResponse
from ...models.message_type import MessageType
from ...types import Response


def _get_kwargs(
    type_: MessageType,
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{type_}/campaigns/{campaign_id}/send".format(
            type_=quote(str(type_), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreditsUsed | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreditsUsed.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditsUsed | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: MessageType,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditsUsed | ErrorResponse]:
    """Send a campaign to its list.

     Empty request body (the PHP lib posts an empty string). The answer gives the credits
    the whole campaign used.

    Args:
        type_ (MessageType): The message route (request side only).
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsUsed | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: MessageType,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditsUsed | ErrorResponse | None:
    """Send a campaign to its list.

     Empty request body (the PHP lib posts an empty string). The answer gives the credits
    the whole campaign used.

    Args:
        type_ (MessageType): The message route (request side only).
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsUsed | ErrorResponse
    """

    return sync_detailed(
        type_=type_,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    type_: MessageType,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditsUsed | ErrorResponse]:
    """Send a campaign to its list.

     Empty request body (the PHP lib posts an empty string). The answer gives the credits
    the whole campaign used.

    Args:
        type_ (MessageType): The message route (request side only).
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsUsed | ErrorResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: MessageType,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CreditsUsed | ErrorResponse | None:
    """Send a campaign to its list.

     Empty request body (the PHP lib posts an empty string). The answer gives the credits
    the whole campaign used.

    Args:
        type_ (MessageType): The message route (request side only).
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsUsed | ErrorResponse
    """

    return (
        await asyncio_detailed(
            type_=type_,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
