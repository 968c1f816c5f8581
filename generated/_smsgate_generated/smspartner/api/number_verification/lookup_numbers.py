from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lookup_request import LookupRequest
from ...models.lookup_response import LookupResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LookupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lookup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LookupResponse | None:
    if response.status_code == 200:
        response_200 = LookupResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LookupResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> Response[ErrorResponse | LookupResponse]:
    """Check the format of numbers (free)

     Parses the comma-separated `phoneNumbers` and returns country, type, network and formats per number;
    an unparsable number gives an item with `success: false` and a `message`. `countryCode` holds a
    country name in the docs (`France`) and an empty string in the Go fixture. Limited to 360 requests
    per minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK.

    Args:
        body (LookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupResponse]
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
    body: LookupRequest,
) -> ErrorResponse | LookupResponse | None:
    """Check the format of numbers (free)

     Parses the comma-separated `phoneNumbers` and returns country, type, network and formats per number;
    an unparsable number gives an item with `success: false` and a `message`. `countryCode` holds a
    country name in the docs (`France`) and an empty string in the Go fixture. Limited to 360 requests
    per minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK.

    Args:
        body (LookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> Response[ErrorResponse | LookupResponse]:
    """Check the format of numbers (free)

     Parses the comma-separated `phoneNumbers` and returns country, type, network and formats per number;
    an unparsable number gives an item with `success: false` and a `message`. `countryCode` holds a
    country name in the docs (`France`) and an empty string in the Go fixture. Limited to 360 requests
    per minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK.

    Args:
        body (LookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> ErrorResponse | LookupResponse | None:
    """Check the format of numbers (free)

     Parses the comma-separated `phoneNumbers` and returns country, type, network and formats per number;
    an unparsable number gives an item with `success: false` and a `message`. `countryCode` holds a
    country name in the docs (`France`) and an empty string in the Go fixture. Limited to 360 requests
    per minute (HTTP 429 beyond). Codes: 1 API key required, 2 number required, 3 numbers must be comma-
    separated, 10 invalid API key, 200 OK.

    Args:
        body (LookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
