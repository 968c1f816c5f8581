from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.blacklist_hits import BlacklistHits
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}/blacklists".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BlacklistHits | ErrorResponse:
    if response.status_code == 200:
        response_200 = BlacklistHits.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlacklistHits | ErrorResponse]:
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
) -> Response[BlacklistHits | ErrorResponse]:
    """STOP (unsubscribers) and NPAI (bounces) hits of one campaign.

     Same shape as `GET /messages/blacklists`. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape is reconstructed from it (reference §4.5, Low on
    the exact shape).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistHits | ErrorResponse]
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
) -> BlacklistHits | ErrorResponse | None:
    """STOP (unsubscribers) and NPAI (bounces) hits of one campaign.

     Same shape as `GET /messages/blacklists`. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape is reconstructed from it (reference §4.5, Low on
    the exact shape).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistHits | ErrorResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BlacklistHits | ErrorResponse]:
    """STOP (unsubscribers) and NPAI (bounces) hits of one campaign.

     Same shape as `GET /messages/blacklists`. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape is reconstructed from it (reference §4.5, Low on
    the exact shape).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlacklistHits | ErrorResponse]
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
) -> BlacklistHits | ErrorResponse | None:
    """STOP (unsubscribers) and NPAI (bounces) hits of one campaign.

     Same shape as `GET /messages/blacklists`. The docs' sample is malformed (missing `:`
    and `{}` used for arrays); the shape is reconstructed from it (reference §4.5, Low on
    the exact shape).

    Args:
        campaign_id (str): The campaign's id (24-hex string, e.g. `56fa3cd56004e52d55333d87`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlacklistHits | ErrorResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
