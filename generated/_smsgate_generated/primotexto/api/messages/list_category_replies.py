from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reply import Reply
from ...types import UNSET, Response


def _get_kwargs(
    *,
    category: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["category"] = category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/replies",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | list[Reply]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_reply_list_item_data in _response_200:
            componentsschemas_reply_list_item = Reply.from_dict(componentsschemas_reply_list_item_data)

            response_200.append(componentsschemas_reply_list_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Reply]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> Response[ErrorResponse | list[Reply]]:
    """Replies received to the messages sent with one category.

     A JSON array of replies (`id`, `identifier` = the replying number, `message`).
    The docs' sample omits the commas between array elements (invalid JSON in the doc);
    the intended shape is an array, as the example below shows.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Reply]]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> ErrorResponse | list[Reply] | None:
    """Replies received to the messages sent with one category.

     A JSON array of replies (`id`, `identifier` = the replying number, `message`).
    The docs' sample omits the commas between array elements (invalid JSON in the doc);
    the intended shape is an array, as the example below shows.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Reply]
    """

    return sync_detailed(
        client=client,
        category=category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> Response[ErrorResponse | list[Reply]]:
    """Replies received to the messages sent with one category.

     A JSON array of replies (`id`, `identifier` = the replying number, `message`).
    The docs' sample omits the commas between array elements (invalid JSON in the doc);
    the intended shape is an array, as the example below shows.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Reply]]
    """

    kwargs = _get_kwargs(
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str,
) -> ErrorResponse | list[Reply] | None:
    """Replies received to the messages sent with one category.

     A JSON array of replies (`id`, `identifier` = the replying number, `message`).
    The docs' sample omits the commas between array elements (invalid JSON in the doc);
    the intended shape is an array, as the example below shows.

    Args:
        category (str): The `category` given when the messages were sent (e.g.
            `codeConfirmation`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Reply]
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
        )
    ).parsed
