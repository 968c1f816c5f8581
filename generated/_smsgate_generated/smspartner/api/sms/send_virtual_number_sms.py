from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_sms_response import SendSmsResponse
from ...models.send_virtual_number_sms_request import SendVirtualNumberSmsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendVirtualNumberSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vn/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendSmsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendVirtualNumberSmsRequest,
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send an SMS from a rented long (virtual) number

     Sends `message` to `to` from your rented virtual number `from` (international without `+`, e.g.
    `336xxxxxxxx`), so that replies come back to that number. `message` is missing from the FR parameter
    table but present in the sample, the EN table and GO. WP also lists `isStopSms`. Answer shaped as
    `POST /send`.

    Args:
        body (SendVirtualNumberSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsResponse]
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
    body: SendVirtualNumberSmsRequest,
) -> ErrorResponse | SendSmsResponse | None:
    """Send an SMS from a rented long (virtual) number

     Sends `message` to `to` from your rented virtual number `from` (international without `+`, e.g.
    `336xxxxxxxx`), so that replies come back to that number. `message` is missing from the FR parameter
    table but present in the sample, the EN table and GO. WP also lists `isStopSms`. Answer shaped as
    `POST /send`.

    Args:
        body (SendVirtualNumberSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendVirtualNumberSmsRequest,
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send an SMS from a rented long (virtual) number

     Sends `message` to `to` from your rented virtual number `from` (international without `+`, e.g.
    `336xxxxxxxx`), so that replies come back to that number. `message` is missing from the FR parameter
    table but present in the sample, the EN table and GO. WP also lists `isStopSms`. Answer shaped as
    `POST /send`.

    Args:
        body (SendVirtualNumberSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendVirtualNumberSmsRequest,
) -> ErrorResponse | SendSmsResponse | None:
    """Send an SMS from a rented long (virtual) number

     Sends `message` to `to` from your rented virtual number `from` (international without `+`, e.g.
    `336xxxxxxxx`), so that replies come back to that number. `message` is missing from the FR parameter
    table but present in the sample, the EN table and GO. WP also lists `isStopSms`. Answer shaped as
    `POST /send`.

    Args:
        body (SendVirtualNumberSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
