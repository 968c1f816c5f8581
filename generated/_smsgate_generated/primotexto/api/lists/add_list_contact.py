from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.add_contact_request import AddContactRequest
from ...models.created_resource import CreatedResource
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    list_id: str,
    *,
    body: AddContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_id}/contacts".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResource | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedResource.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedResource | ErrorResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> Response[CreatedResource | ErrorResponse]:
    """Add a contact to a contact list.

     Body: `identifier` (the number) and optional `attributes` (values of the list's
    custom fields, keyed by field name). The answer gives the new contact's id.

    Path conflict: one stored copy of the vendor page shows `POST /v2/lists/{listId}`
    (no `/contacts`) and the Ruby gem posts there; another copy of the same page and the
    official PHP lib use `/v2/lists/{listId}/contacts`, which this document uses
    (Medium).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (AddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> CreatedResource | ErrorResponse | None:
    """Add a contact to a contact list.

     Body: `identifier` (the number) and optional `attributes` (values of the list's
    custom fields, keyed by field name). The answer gives the new contact's id.

    Path conflict: one stored copy of the vendor page shows `POST /v2/lists/{listId}`
    (no `/contacts`) and the Ruby gem posts there; another copy of the same page and the
    official PHP lib use `/v2/lists/{listId}/contacts`, which this document uses
    (Medium).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (AddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | ErrorResponse
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> Response[CreatedResource | ErrorResponse]:
    """Add a contact to a contact list.

     Body: `identifier` (the number) and optional `attributes` (values of the list's
    custom fields, keyed by field name). The answer gives the new contact's id.

    Path conflict: one stored copy of the vendor page shows `POST /v2/lists/{listId}`
    (no `/contacts`) and the Ruby gem posts there; another copy of the same page and the
    official PHP lib use `/v2/lists/{listId}/contacts`, which this document uses
    (Medium).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (AddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddContactRequest,
) -> CreatedResource | ErrorResponse | None:
    """Add a contact to a contact list.

     Body: `identifier` (the number) and optional `attributes` (values of the list's
    custom fields, keyed by field name). The answer gives the new contact's id.

    Path conflict: one stored copy of the vendor page shows `POST /v2/lists/{listId}`
    (no `/contacts`) and the Ruby gem posts there; another copy of the same page and the
    official PHP lib use `/v2/lists/{listId}/contacts`, which this document uses
    (Medium).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (AddContactRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | ErrorResponse
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
