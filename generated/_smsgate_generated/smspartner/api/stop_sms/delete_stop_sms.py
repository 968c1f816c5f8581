from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stop-sms/delete",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BasicResponse | None:
    if response.status_code == 200:
        response_200 = BasicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BasicResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BasicResponse]:
    """Remove a number from the STOP list

     GET with the entry `id` from `GET /stop-sms/list`. A GET that changes state: never replayed once it
    may have reached the vendor. Codes: 1 API key required, 2 (phone number required, as printed), 3 id
    required, 4 id not found, 10 invalid API key, 200 OK.

    Args:
        id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> BasicResponse | None:
    """Remove a number from the STOP list

     GET with the entry `id` from `GET /stop-sms/list`. A GET that changes state: never replayed once it
    may have reached the vendor. Codes: 1 API key required, 2 (phone number required, as printed), 3 id
    required, 4 id not found, 10 invalid API key, 200 OK.

    Args:
        id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[BasicResponse]:
    """Remove a number from the STOP list

     GET with the entry `id` from `GET /stop-sms/list`. A GET that changes state: never replayed once it
    may have reached the vendor. Codes: 1 API key required, 2 (phone number required, as printed), 3 id
    required, 4 id not found, 10 invalid API key, 200 OK.

    Args:
        id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    format_: ResponseFormat | Unset = UNSET,
) -> BasicResponse | None:
    """Remove a number from the STOP list

     GET with the entry `id` from `GET /stop-sms/list`. A GET that changes state: never replayed once it
    may have reached the vendor. Codes: 1 API key required, 2 (phone number required, as printed), 3 id
    required, 4 id not found, 10 invalid API key, 200 OK.

    Args:
        id (int):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            format_=format_,
        )
    ).parsed
