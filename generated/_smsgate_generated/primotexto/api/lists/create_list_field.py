from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_list_field_request import CreateListFieldRequest
from ...models.created_list_field import CreatedListField
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    list_id: str,
    *,
    body: CreateListFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_id}/fields".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedListField | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreatedListField.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedListField | ErrorResponse]:
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
    body: CreateListFieldRequest,
) -> Response[CreatedListField | ErrorResponse]:
    """Add a custom field (column) to a contact list.

     `type` is `STRING`, `DATE` or `NUMBER`; `format` is optional (its syntax is not
    documented). The answer's body was not captured; the schema expects an optional `id`
    and keeps every other property (Low).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (CreateListFieldRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedListField | ErrorResponse]
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
    body: CreateListFieldRequest,
) -> CreatedListField | ErrorResponse | None:
    """Add a custom field (column) to a contact list.

     `type` is `STRING`, `DATE` or `NUMBER`; `format` is optional (its syntax is not
    documented). The answer's body was not captured; the schema expects an optional `id`
    and keeps every other property (Low).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (CreateListFieldRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedListField | ErrorResponse
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
    body: CreateListFieldRequest,
) -> Response[CreatedListField | ErrorResponse]:
    """Add a custom field (column) to a contact list.

     `type` is `STRING`, `DATE` or `NUMBER`; `format` is optional (its syntax is not
    documented). The answer's body was not captured; the schema expects an optional `id`
    and keeps every other property (Low).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (CreateListFieldRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedListField | ErrorResponse]
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
    body: CreateListFieldRequest,
) -> CreatedListField | ErrorResponse | None:
    """Add a custom field (column) to a contact list.

     `type` is `STRING`, `DATE` or `NUMBER`; `format` is optional (its syntax is not
    documented). The answer's body was not captured; the schema expects an optional `id`
    and keeps every other property (Low).

    Args:
        list_id (str): The contact list's id (24-hex string, e.g. `533e9f59e4b05d2efeb6f1b4`).
        body (CreateListFieldRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedListField | ErrorResponse
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
            body=body,
        )
    ).parsed
