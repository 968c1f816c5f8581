from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verify_numbers_request import VerifyNumbersRequest
from ...models.verify_numbers_response import VerifyNumbersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: VerifyNumbersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hlr/notify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerifyNumbersResponse | None:
    if response.status_code == 200:
        response_200 = VerifyNumbersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VerifyNumbersResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyNumbersRequest,
) -> Response[ErrorResponse | VerifyNumbersResponse]:
    """Start a paid HLR verification of up to 500 numbers

     HLR lookup of the comma-separated international `phoneNumbers` (max 500). The per-number result is
    POSTed later to `notifyUrl` (fields `phone`, `messageId`, `mccMnc`, `ported`, `errorGrpId`,
    `errorName`, `errorDesc`, `date`; see the `error_name` vocabulary). Limited to 360 requests per
    minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK, plus the global "number verification" list (11 insufficient
    credit, 13 no price, 14 STOP list, 19 comma-separated, 50 max 500, 55 no number).

    Args:
        body (VerifyNumbersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyNumbersResponse]
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
    body: VerifyNumbersRequest,
) -> ErrorResponse | VerifyNumbersResponse | None:
    """Start a paid HLR verification of up to 500 numbers

     HLR lookup of the comma-separated international `phoneNumbers` (max 500). The per-number result is
    POSTed later to `notifyUrl` (fields `phone`, `messageId`, `mccMnc`, `ported`, `errorGrpId`,
    `errorName`, `errorDesc`, `date`; see the `error_name` vocabulary). Limited to 360 requests per
    minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK, plus the global "number verification" list (11 insufficient
    credit, 13 no price, 14 STOP list, 19 comma-separated, 50 max 500, 55 no number).

    Args:
        body (VerifyNumbersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyNumbersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyNumbersRequest,
) -> Response[ErrorResponse | VerifyNumbersResponse]:
    """Start a paid HLR verification of up to 500 numbers

     HLR lookup of the comma-separated international `phoneNumbers` (max 500). The per-number result is
    POSTed later to `notifyUrl` (fields `phone`, `messageId`, `mccMnc`, `ported`, `errorGrpId`,
    `errorName`, `errorDesc`, `date`; see the `error_name` vocabulary). Limited to 360 requests per
    minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK, plus the global "number verification" list (11 insufficient
    credit, 13 no price, 14 STOP list, 19 comma-separated, 50 max 500, 55 no number).

    Args:
        body (VerifyNumbersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyNumbersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VerifyNumbersRequest,
) -> ErrorResponse | VerifyNumbersResponse | None:
    """Start a paid HLR verification of up to 500 numbers

     HLR lookup of the comma-separated international `phoneNumbers` (max 500). The per-number result is
    POSTed later to `notifyUrl` (fields `phone`, `messageId`, `mccMnc`, `ported`, `errorGrpId`,
    `errorName`, `errorDesc`, `date`; see the `error_name` vocabulary). Limited to 360 requests per
    minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK, plus the global "number verification" list (11 insufficient
    credit, 13 no price, 14 STOP list, 19 comma-separated, 50 max 500, 55 no number).

    Args:
        body (VerifyNumbersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyNumbersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
