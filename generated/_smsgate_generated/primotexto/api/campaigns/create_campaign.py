from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_campaign_request import CreateCampaignRequest
from ...models.created_campaign import CreatedCampaign
from ...models.error_response import ErrorResponse
from ...models.message_type import MessageType
from ...types import Response


def _get_kwargs(
    type_: MessageType,
    *,
    body: CreateCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{type_}/campaigns".format(
            type_=quote(str(type_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedCampaign | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedCampaign.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedCampaign | ErrorResponse]:
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
    body: CreateCampaignRequest,
) -> Response[CreatedCampaign | ErrorResponse]:
    """Create a campaign to a contact list.

     Body fields are those of the official PHP lib's `PTCampaign`; the lib requires
    `name`, `message` and `sendList` and strips empty fields before posting. The type of
    `sendList` (one list id or several) and the unit of `date` (presumably epoch ms) are
    not documented (Low).

    The answer's body is not documented in the retrieved sources; a campaign id is needed
    by the later calls, so the schema expects an optional `id` and keeps every other
    property (Low).

    Args:
        type_ (MessageType): The message route (request side only).
        body (CreateCampaignRequest): Fields of the official PHP lib's `PTCampaign` (`type` goes
            in the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedCampaign | ErrorResponse]
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
    body: CreateCampaignRequest,
) -> CreatedCampaign | ErrorResponse | None:
    """Create a campaign to a contact list.

     Body fields are those of the official PHP lib's `PTCampaign`; the lib requires
    `name`, `message` and `sendList` and strips empty fields before posting. The type of
    `sendList` (one list id or several) and the unit of `date` (presumably epoch ms) are
    not documented (Low).

    The answer's body is not documented in the retrieved sources; a campaign id is needed
    by the later calls, so the schema expects an optional `id` and keeps every other
    property (Low).

    Args:
        type_ (MessageType): The message route (request side only).
        body (CreateCampaignRequest): Fields of the official PHP lib's `PTCampaign` (`type` goes
            in the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedCampaign | ErrorResponse
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
    body: CreateCampaignRequest,
) -> Response[CreatedCampaign | ErrorResponse]:
    """Create a campaign to a contact list.

     Body fields are those of the official PHP lib's `PTCampaign`; the lib requires
    `name`, `message` and `sendList` and strips empty fields before posting. The type of
    `sendList` (one list id or several) and the unit of `date` (presumably epoch ms) are
    not documented (Low).

    The answer's body is not documented in the retrieved sources; a campaign id is needed
    by the later calls, so the schema expects an optional `id` and keeps every other
    property (Low).

    Args:
        type_ (MessageType): The message route (request side only).
        body (CreateCampaignRequest): Fields of the official PHP lib's `PTCampaign` (`type` goes
            in the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedCampaign | ErrorResponse]
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
    body: CreateCampaignRequest,
) -> CreatedCampaign | ErrorResponse | None:
    """Create a campaign to a contact list.

     Body fields are those of the official PHP lib's `PTCampaign`; the lib requires
    `name`, `message` and `sendList` and strips empty fields before posting. The type of
    `sendList` (one list id or several) and the unit of `date` (presumably epoch ms) are
    not documented (Low).

    The answer's body is not documented in the retrieved sources; a campaign id is needed
    by the later calls, so the schema expects an optional `id` and keeps every other
    property (Low).

    Args:
        type_ (MessageType): The message route (request side only).
        body (CreateCampaignRequest): Fields of the official PHP lib's `PTCampaign` (`type` goes
            in the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedCampaign | ErrorResponse
    """

    return (
        await asyncio_detailed(
            type_=type_,
            client=client,
            body=body,
        )
    ).parsed
