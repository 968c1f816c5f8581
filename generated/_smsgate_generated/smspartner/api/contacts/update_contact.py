from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_response import ContactResponse
from ...models.update_contact_request import UpdateContactRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactResponse | None:
    if response.status_code == 200:
        response_200 = ContactResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateContactRequest,
) -> Response[ContactResponse]:
    """Update a contact

     Updates the fields given in `contact` for `contactId`. The doc's answer sample shows `date` as
    `12-06-2020`, contradicting the documented YYYY-MM-DD. Codes: 1 groupId required (as printed), 2
    contact info required, 10 API key required, 15 number already in the group.

    Args:
        body (UpdateContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse]
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
    body: UpdateContactRequest,
) -> ContactResponse | None:
    """Update a contact

     Updates the fields given in `contact` for `contactId`. The doc's answer sample shows `date` as
    `12-06-2020`, contradicting the documented YYYY-MM-DD. Codes: 1 groupId required (as printed), 2
    contact info required, 10 API key required, 15 number already in the group.

    Args:
        body (UpdateContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateContactRequest,
) -> Response[ContactResponse]:
    """Update a contact

     Updates the fields given in `contact` for `contactId`. The doc's answer sample shows `date` as
    `12-06-2020`, contradicting the documented YYYY-MM-DD. Codes: 1 groupId required (as printed), 2
    contact info required, 10 API key required, 15 number already in the group.

    Args:
        body (UpdateContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateContactRequest,
) -> ContactResponse | None:
    """Update a contact

     Updates the fields given in `contact` for `contactId`. The doc's answer sample shows `date` as
    `12-06-2020`, contradicting the documented YYYY-MM-DD. Codes: 1 groupId required (as printed), 2
    contact info required, 10 API key required, 15 number already in the group.

    Args:
        body (UpdateContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
