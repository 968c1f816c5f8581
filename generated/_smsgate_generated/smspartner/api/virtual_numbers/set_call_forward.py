from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...models.call_forward_request import CallForwardRequest
from ...types import Response


def _get_kwargs(
    *,
    body: CallForwardRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vn/callforward",
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
    body: CallForwardRequest,
) -> Response[BasicResponse]:
    """Configure call forwarding or voicemail on a virtual number

     `type` 0 disables, 1 forwards calls to the number in `param`, 2 enables voicemail notified to the
    e-mail in `param` (`param` empty for type 0). Success is signalled with `code: 2`. Codes: 10 API key
    required, 1 name required, 5 virtual number required, 6 type required, 7 invalid type, 8 param
    required, 9 invalid e-mail, 12 invalid forwarding number, 13 virtual number unknown, 14 forwarding
    not enabled, 15 number disabled, 16 forwarding already on, 17 voicemail already on, 18 forwarding
    already off. The doc's error sample (code 5 with "email is not valid") contradicts this table.

    Args:
        body (CallForwardRequest):

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
    body: CallForwardRequest,
) -> BasicResponse | None:
    """Configure call forwarding or voicemail on a virtual number

     `type` 0 disables, 1 forwards calls to the number in `param`, 2 enables voicemail notified to the
    e-mail in `param` (`param` empty for type 0). Success is signalled with `code: 2`. Codes: 10 API key
    required, 1 name required, 5 virtual number required, 6 type required, 7 invalid type, 8 param
    required, 9 invalid e-mail, 12 invalid forwarding number, 13 virtual number unknown, 14 forwarding
    not enabled, 15 number disabled, 16 forwarding already on, 17 voicemail already on, 18 forwarding
    already off. The doc's error sample (code 5 with "email is not valid") contradicts this table.

    Args:
        body (CallForwardRequest):

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
    body: CallForwardRequest,
) -> Response[BasicResponse]:
    """Configure call forwarding or voicemail on a virtual number

     `type` 0 disables, 1 forwards calls to the number in `param`, 2 enables voicemail notified to the
    e-mail in `param` (`param` empty for type 0). Success is signalled with `code: 2`. Codes: 10 API key
    required, 1 name required, 5 virtual number required, 6 type required, 7 invalid type, 8 param
    required, 9 invalid e-mail, 12 invalid forwarding number, 13 virtual number unknown, 14 forwarding
    not enabled, 15 number disabled, 16 forwarding already on, 17 voicemail already on, 18 forwarding
    already off. The doc's error sample (code 5 with "email is not valid") contradicts this table.

    Args:
        body (CallForwardRequest):

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
    body: CallForwardRequest,
) -> BasicResponse | None:
    """Configure call forwarding or voicemail on a virtual number

     `type` 0 disables, 1 forwards calls to the number in `param`, 2 enables voicemail notified to the
    e-mail in `param` (`param` empty for type 0). Success is signalled with `code: 2`. Codes: 10 API key
    required, 1 name required, 5 virtual number required, 6 type required, 7 invalid type, 8 param
    required, 9 invalid e-mail, 12 invalid forwarding number, 13 virtual number unknown, 14 forwarding
    not enabled, 15 number disabled, 16 forwarding already on, 17 voicemail already on, 18 forwarding
    already off. The doc's error sample (code 5 with "email is not valid") contradicts this table.

    Args:
        body (CallForwardRequest):

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
