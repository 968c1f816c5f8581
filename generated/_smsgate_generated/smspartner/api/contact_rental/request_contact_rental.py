from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_rental_request import ContactRentalRequest
from ...models.contact_rental_response import ContactRentalResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactRentalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/location/optin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactRentalResponse | None:
    if response.status_code == 200:
        response_200 = ContactRentalResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactRentalResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRentalRequest,
) -> Response[ContactRentalResponse]:
    """Count, price or rent opt-in contacts matching a target

     `op` = `calcul` (count + cost), `price` (cost only) or `rent`. `parameters`: `sexe` m (mixed) | h
    (male) | f (female), `minAge` (> 18 per docs; error 12 says > 17), `maxAge` (< 99), `interest`
    (category id), optional `subInterest`, `category` (102 CSP+, 103 CSP-), `department` / `zipcode`
    (comma lists), and `volumes` (only for rent/price: zip or department -> wanted count). Codes: see
    the rental part of the global table (3-36, 61, 96).

    Args:
        body (ContactRentalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalResponse]
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
    body: ContactRentalRequest,
) -> ContactRentalResponse | None:
    """Count, price or rent opt-in contacts matching a target

     `op` = `calcul` (count + cost), `price` (cost only) or `rent`. `parameters`: `sexe` m (mixed) | h
    (male) | f (female), `minAge` (> 18 per docs; error 12 says > 17), `maxAge` (< 99), `interest`
    (category id), optional `subInterest`, `category` (102 CSP+, 103 CSP-), `department` / `zipcode`
    (comma lists), and `volumes` (only for rent/price: zip or department -> wanted count). Codes: see
    the rental part of the global table (3-36, 61, 96).

    Args:
        body (ContactRentalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRentalRequest,
) -> Response[ContactRentalResponse]:
    """Count, price or rent opt-in contacts matching a target

     `op` = `calcul` (count + cost), `price` (cost only) or `rent`. `parameters`: `sexe` m (mixed) | h
    (male) | f (female), `minAge` (> 18 per docs; error 12 says > 17), `maxAge` (< 99), `interest`
    (category id), optional `subInterest`, `category` (102 CSP+, 103 CSP-), `department` / `zipcode`
    (comma lists), and `volumes` (only for rent/price: zip or department -> wanted count). Codes: see
    the rental part of the global table (3-36, 61, 96).

    Args:
        body (ContactRentalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactRentalResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRentalRequest,
) -> ContactRentalResponse | None:
    """Count, price or rent opt-in contacts matching a target

     `op` = `calcul` (count + cost), `price` (cost only) or `rent`. `parameters`: `sexe` m (mixed) | h
    (male) | f (female), `minAge` (> 18 per docs; error 12 says > 17), `maxAge` (< 99), `interest`
    (category id), optional `subInterest`, `category` (102 CSP+, 103 CSP-), `department` / `zipcode`
    (comma lists), and `volumes` (only for rent/price: zip or department -> wanted count). Codes: see
    the rental part of the global table (3-36, 61, 96).

    Args:
        body (ContactRentalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactRentalResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
