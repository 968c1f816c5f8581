from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    identifier: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["identifier"] = identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/unsubscribers/default/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
) -> Response[Any | ErrorResponse]:
    """Remove a number from the account's STOP list.

     `identifier` goes in the query string, its `+` percent-encoded as `%2B`
    (`?identifier=%2B33600000000`; reference §1.1; the PHP lib calls `urlencode()`). The
    answer's body was not captured (Low).

    Args:
        identifier (str): The phone number, E.164 with a leading `+` (`+33600000000`; `0600000000`
            is also accepted by the API). The `+` must reach the server percent-encoded as `%2B`
            (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space and the
            number would not match (reference §1.1). Pass the raw number: the HTTP layer encodes query
            values exactly once (httpx turns `+` into `%2B`); pre-encoding would send `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
) -> Any | ErrorResponse | None:
    """Remove a number from the account's STOP list.

     `identifier` goes in the query string, its `+` percent-encoded as `%2B`
    (`?identifier=%2B33600000000`; reference §1.1; the PHP lib calls `urlencode()`). The
    answer's body was not captured (Low).

    Args:
        identifier (str): The phone number, E.164 with a leading `+` (`+33600000000`; `0600000000`
            is also accepted by the API). The `+` must reach the server percent-encoded as `%2B`
            (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space and the
            number would not match (reference §1.1). Pass the raw number: the HTTP layer encodes query
            values exactly once (httpx turns `+` into `%2B`); pre-encoding would send `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        identifier=identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
) -> Response[Any | ErrorResponse]:
    """Remove a number from the account's STOP list.

     `identifier` goes in the query string, its `+` percent-encoded as `%2B`
    (`?identifier=%2B33600000000`; reference §1.1; the PHP lib calls `urlencode()`). The
    answer's body was not captured (Low).

    Args:
        identifier (str): The phone number, E.164 with a leading `+` (`+33600000000`; `0600000000`
            is also accepted by the API). The `+` must reach the server percent-encoded as `%2B`
            (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space and the
            number would not match (reference §1.1). Pass the raw number: the HTTP layer encodes query
            values exactly once (httpx turns `+` into `%2B`); pre-encoding would send `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
) -> Any | ErrorResponse | None:
    """Remove a number from the account's STOP list.

     `identifier` goes in the query string, its `+` percent-encoded as `%2B`
    (`?identifier=%2B33600000000`; reference §1.1; the PHP lib calls `urlencode()`). The
    answer's body was not captured (Low).

    Args:
        identifier (str): The phone number, E.164 with a leading `+` (`+33600000000`; `0600000000`
            is also accepted by the API). The `+` must reach the server percent-encoded as `%2B`
            (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space and the
            number would not match (reference §1.1). Pass the raw number: the HTTP layer encodes query
            values exactly once (httpx turns `+` into `%2B`); pre-encoding would send `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            identifier=identifier,
        )
    ).parsed
