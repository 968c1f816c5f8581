from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...models.delete_group_request import DeleteGroupRequest
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteGroupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/group/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DeleteGroupRequest,
) -> Response[BasicResponse]:
    """Delete a contact group

     DELETE with a JSON body (curl `--request DELETE --data-raw`). Low confidence: the FR page spells the
    path `/groupe/delete` and some samples use POST. Codes: 1 groupId required, 10 API key required, 404
    group not found.

    Args:
        body (DeleteGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
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
    body: DeleteGroupRequest,
) -> BasicResponse | None:
    """Delete a contact group

     DELETE with a JSON body (curl `--request DELETE --data-raw`). Low confidence: the FR page spells the
    path `/groupe/delete` and some samples use POST. Codes: 1 groupId required, 10 API key required, 404
    group not found.

    Args:
        body (DeleteGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteGroupRequest,
) -> Response[BasicResponse]:
    """Delete a contact group

     DELETE with a JSON body (curl `--request DELETE --data-raw`). Low confidence: the FR page spells the
    path `/groupe/delete` and some samples use POST. Codes: 1 groupId required, 10 API key required, 404
    group not found.

    Args:
        body (DeleteGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteGroupRequest,
) -> BasicResponse | None:
    """Delete a contact group

     DELETE with a JSON body (curl `--request DELETE --data-raw`). Low confidence: the FR page spells the
    path `/groupe/delete` and some samples use POST. Codes: 1 groupId required, 10 API key required, 404
    group not found.

    Args:
        body (DeleteGroupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
