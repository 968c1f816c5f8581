from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.multi_status_request import MultiStatusRequest
from ...models.multi_status_response import MultiStatusResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MultiStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/multi-status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MultiStatusResponse | None:
    if response.status_code == 200:
        response_200 = MultiStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MultiStatusResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MultiStatusRequest,
) -> Response[MultiStatusResponse]:
    """Get statuses for up to 500 (number, messageId) pairs

     Body list `SMSStatut_List` (the DP parameter tables spell it `SMSStatus_List`; samples and GO use
    `SMSStatut_List`) of at most 500 `{phoneNumber, messageId}` pairs; numbers must be international
    (`+336...`). Method: the LIVE header says GET but DP/WP say POST and every sample POSTs a JSON body,
    so POST. Each answer item has its own `success`/`code`; a pair that is not found has `code: 4` and
    `status: "Numéro introuvable"`. In items `messageId` is an integer and `stopSms`/ `isSpam` are
    strings `"0"`/`"1"`. Codes: 1 API key required, 4 not found, 10 invalid API key, 200 OK.

    Args:
        body (MultiStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultiStatusResponse]
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
    body: MultiStatusRequest,
) -> MultiStatusResponse | None:
    """Get statuses for up to 500 (number, messageId) pairs

     Body list `SMSStatut_List` (the DP parameter tables spell it `SMSStatus_List`; samples and GO use
    `SMSStatut_List`) of at most 500 `{phoneNumber, messageId}` pairs; numbers must be international
    (`+336...`). Method: the LIVE header says GET but DP/WP say POST and every sample POSTs a JSON body,
    so POST. Each answer item has its own `success`/`code`; a pair that is not found has `code: 4` and
    `status: "Numéro introuvable"`. In items `messageId` is an integer and `stopSms`/ `isSpam` are
    strings `"0"`/`"1"`. Codes: 1 API key required, 4 not found, 10 invalid API key, 200 OK.

    Args:
        body (MultiStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MultiStatusRequest,
) -> Response[MultiStatusResponse]:
    """Get statuses for up to 500 (number, messageId) pairs

     Body list `SMSStatut_List` (the DP parameter tables spell it `SMSStatus_List`; samples and GO use
    `SMSStatut_List`) of at most 500 `{phoneNumber, messageId}` pairs; numbers must be international
    (`+336...`). Method: the LIVE header says GET but DP/WP say POST and every sample POSTs a JSON body,
    so POST. Each answer item has its own `success`/`code`; a pair that is not found has `code: 4` and
    `status: "Numéro introuvable"`. In items `messageId` is an integer and `stopSms`/ `isSpam` are
    strings `"0"`/`"1"`. Codes: 1 API key required, 4 not found, 10 invalid API key, 200 OK.

    Args:
        body (MultiStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MultiStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MultiStatusRequest,
) -> MultiStatusResponse | None:
    """Get statuses for up to 500 (number, messageId) pairs

     Body list `SMSStatut_List` (the DP parameter tables spell it `SMSStatus_List`; samples and GO use
    `SMSStatut_List`) of at most 500 `{phoneNumber, messageId}` pairs; numbers must be international
    (`+336...`). Method: the LIVE header says GET but DP/WP say POST and every sample POSTs a JSON body,
    so POST. Each answer item has its own `success`/`code`; a pair that is not found has `code: 4` and
    `status: "Numéro introuvable"`. In items `messageId` is an integer and `stopSms`/ `isSpam` are
    strings `"0"`/`"1"`. Codes: 1 API key required, 4 not found, 10 invalid API key, 200 OK.

    Args:
        body (MultiStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MultiStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
