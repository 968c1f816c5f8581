from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_format import ResponseFormat
from ...models.stop_list_response import StopListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stop-sms/list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StopListResponse | None:
    if response.status_code == 200:
        response_200 = StopListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StopListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[StopListResponse]:
    """List the numbers in the STOP (opt-out) list

     Numbers that replied STOP or were added. Use `id` with `GET /stop-sms/delete`. Codes: 1 API key
    required, 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopListResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> StopListResponse | None:
    """List the numbers in the STOP (opt-out) list

     Numbers that replied STOP or were added. Use `id` with `GET /stop-sms/delete`. Codes: 1 API key
    required, 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopListResponse
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[StopListResponse]:
    """List the numbers in the STOP (opt-out) list

     Numbers that replied STOP or were added. Use `id` with `GET /stop-sms/delete`. Codes: 1 API key
    required, 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopListResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> StopListResponse | None:
    """List the numbers in the STOP (opt-out) list

     Numbers that replied STOP or were added. Use `id` with `GET /stop-sms/delete`. Codes: 1 API key
    required, 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
