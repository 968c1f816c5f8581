from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contact_request import AddContactRequest
from ...models.add_contact_response import AddContactResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddContactResponse | None:
    if response.status_code == 200:
        response_200 = AddContactResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddContactResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> Response[AddContactResponse]:
    """Add one contact, or a batch of up to 500 contacts, to a group

     One endpoint, two request shapes: `contact` (one contact; `phoneNumber` required) or `contactsList`
    (batch of up to 500). The single form answers `{success, code, contact}`; the batch form answers
    `{groupe, results, rapport}` without top-level `success`/`code`, with per-number `results`. Contact
    fields: `firstname`/`lastname` <= 32 characters, `date` YYYY-MM-DD, `url` starting with http:// or
    https://, `custom1`..`custom4`. Codes: 1 groupId required, 2 contact info required, 10 API key
    required, 15 number already in the group.

    Args:
        body (AddContactRequest): Give exactly one of `contact` (one contact) or `contactsList`
            (<= 500 contacts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactResponse]
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
    body: AddContactRequest,
) -> AddContactResponse | None:
    """Add one contact, or a batch of up to 500 contacts, to a group

     One endpoint, two request shapes: `contact` (one contact; `phoneNumber` required) or `contactsList`
    (batch of up to 500). The single form answers `{success, code, contact}`; the batch form answers
    `{groupe, results, rapport}` without top-level `success`/`code`, with per-number `results`. Contact
    fields: `firstname`/`lastname` <= 32 characters, `date` YYYY-MM-DD, `url` starting with http:// or
    https://, `custom1`..`custom4`. Codes: 1 groupId required, 2 contact info required, 10 API key
    required, 15 number already in the group.

    Args:
        body (AddContactRequest): Give exactly one of `contact` (one contact) or `contactsList`
            (<= 500 contacts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> Response[AddContactResponse]:
    """Add one contact, or a batch of up to 500 contacts, to a group

     One endpoint, two request shapes: `contact` (one contact; `phoneNumber` required) or `contactsList`
    (batch of up to 500). The single form answers `{success, code, contact}`; the batch form answers
    `{groupe, results, rapport}` without top-level `success`/`code`, with per-number `results`. Contact
    fields: `firstname`/`lastname` <= 32 characters, `date` YYYY-MM-DD, `url` starting with http:// or
    https://, `custom1`..`custom4`. Codes: 1 groupId required, 2 contact info required, 10 API key
    required, 15 number already in the group.

    Args:
        body (AddContactRequest): Give exactly one of `contact` (one contact) or `contactsList`
            (<= 500 contacts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> AddContactResponse | None:
    """Add one contact, or a batch of up to 500 contacts, to a group

     One endpoint, two request shapes: `contact` (one contact; `phoneNumber` required) or `contactsList`
    (batch of up to 500). The single form answers `{success, code, contact}`; the batch form answers
    `{groupe, results, rapport}` without top-level `success`/`code`, with per-number `results`. Contact
    fields: `firstname`/`lastname` <= 32 characters, `date` YYYY-MM-DD, `url` starting with http:// or
    https://, `custom1`..`custom4`. Codes: 1 groupId required, 2 contact info required, 10 API key
    required, 15 number already in the group.

    Args:
        body (AddContactRequest): Give exactly one of `contact` (one contact) or `contactsList`
            (<= 500 contacts).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
