from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_rental_status_response import ContactRentalStatusResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    token: str,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/location/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactRentalStatusResponse | None:
    if response.status_code == 200:
        response_200 = ContactRentalStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactRentalStatusResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactRentalStatusResponse]:
    """Get the status of a contact rental

     Status of the rental `token`. Rental status codes: 0 requested, 1 file being generated, 2 file
    ready, 3 failed, 5 already downloaded (the answer's `status` is a sentence, e.g. "File downloaded by
    user from api"). Volumes and costs are strings here. Codes: 1 API key required, 10 invalid API key,
    31 token required, 32 rental not found, 200 OK.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalStatusResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactRentalStatusResponse | None:
    """Get the status of a contact rental

     Status of the rental `token`. Rental status codes: 0 requested, 1 file being generated, 2 file
    ready, 3 failed, 5 already downloaded (the answer's `status` is a sentence, e.g. "File downloaded by
    user from api"). Volumes and costs are strings here. Codes: 1 API key required, 10 invalid API key,
    31 token required, 32 rental not found, 200 OK.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalStatusResponse
    """

    return sync_detailed(
        client=client,
        token=token,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[ContactRentalStatusResponse]:
    """Get the status of a contact rental

     Status of the rental `token`. Rental status codes: 0 requested, 1 file being generated, 2 file
    ready, 3 failed, 5 already downloaded (the answer's `status` is a sentence, e.g. "File downloaded by
    user from api"). Volumes and costs are strings here. Codes: 1 API key required, 10 invalid API key,
    31 token required, 32 rental not found, 200 OK.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalStatusResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
    format_: ResponseFormat | Unset = UNSET,
) -> ContactRentalStatusResponse | None:
    """Get the status of a contact rental

     Status of the rental `token`. Rental status codes: 0 requested, 1 file being generated, 2 file
    ready, 3 failed, 5 already downloaded (the answer's `status` is a sentence, e.g. "File downloaded by
    user from api"). Volumes and costs are strings here. Codes: 1 API key required, 10 invalid API key,
    31 token required, 32 rental not found, 200 OK.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            format_=format_,
        )
    ).parsed
