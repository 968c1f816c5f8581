from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_rental_file_response import ContactRentalFileResponse
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
        "url": "/location/file/download",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactRentalFileResponse | None:
    if response.status_code == 200:
        response_200 = ContactRentalFileResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactRentalFileResponse]:
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
) -> Response[ContactRentalFileResponse]:
    """Download the rented numbers

     Returns the rented numbers of rental `token`. The success format is NOT documented in any source
    (probably a file); only the usual error envelope is modelled, with any extra members kept. Codes
    (rental table): 31 token required, 32 rental not found, 33 rental file not found, 34 file already
    used, 35 file being downloaded, 36 rental failed.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalFileResponse]
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
) -> ContactRentalFileResponse | None:
    """Download the rented numbers

     Returns the rented numbers of rental `token`. The success format is NOT documented in any source
    (probably a file); only the usual error envelope is modelled, with any extra members kept. Codes
    (rental table): 31 token required, 32 rental not found, 33 rental file not found, 34 file already
    used, 35 file being downloaded, 36 rental failed.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalFileResponse
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
) -> Response[ContactRentalFileResponse]:
    """Download the rented numbers

     Returns the rented numbers of rental `token`. The success format is NOT documented in any source
    (probably a file); only the usual error envelope is modelled, with any extra members kept. Codes
    (rental table): 31 token required, 32 rental not found, 33 rental file not found, 34 file already
    used, 35 file being downloaded, 36 rental failed.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalFileResponse]
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
) -> ContactRentalFileResponse | None:
    """Download the rented numbers

     Returns the rented numbers of rental `token`. The success format is NOT documented in any source
    (probably a file); only the usual error envelope is modelled, with any extra members kept. Codes
    (rental table): 31 token required, 32 rental not found, 33 rental file not found, 34 file already
    used, 35 file being downloaded, 36 rental failed.

    Args:
        token (str):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalFileResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            format_=format_,
        )
    ).parsed
