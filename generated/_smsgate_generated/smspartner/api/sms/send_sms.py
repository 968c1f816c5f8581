from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send",
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
    body: SendSmsRequest,
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send one SMS text to 1-500 numbers

     Sends the same `message` to up to 500 comma-separated `phoneNumbers` (code 50 beyond), now or at
    `scheduledDeliveryDate` (`dd/MM/yyyy`) + `time` (hour 0-24) + `minute` (0-55, step 5; both required
    with a date). 160 GSM characters per SMS, +1 SMS per 153 characters beyond, 70 with `isUnicode=1`
    (must be enabled by support), max 10 concatenated SMS (code 52); the Low Cost range (`gamme=2`) is
    limited to 160 characters (code 42). `:br:` is a line break (counts as 2 characters), `:euro:` the
    euro sign; a literal `"` must be escaped or the API answers HTTP 400. Some characters are
    substituted (reference 7.6). Sender: 3-11 characters without special characters, empty = operator
    short code (36xxx). Commercial SMS are paused between 20:00 and 08:00, on Sundays and public
    holidays, and need the STOP mention (`isStopSms=1` on Premium). `sandbox=1` sends and charges
    nothing. The EN DP page calls `gamme` `range` (translation error; FR pages, GO and RB send `gamme`).
    A scheduled send also returns `scheduledDeliveryDate` (GO fixture). Codes: 1 API key required, 2
    phone number required, 9 validation errors (list in `errors`, or `error` per GO/RB), 10 invalid API
    key, 11 not enough credits, plus the global sending table.

    Args:
        body (SendSmsRequest):

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
    body: SendSmsRequest,
) -> ErrorResponse | SendSmsResponse | None:
    """Send one SMS text to 1-500 numbers

     Sends the same `message` to up to 500 comma-separated `phoneNumbers` (code 50 beyond), now or at
    `scheduledDeliveryDate` (`dd/MM/yyyy`) + `time` (hour 0-24) + `minute` (0-55, step 5; both required
    with a date). 160 GSM characters per SMS, +1 SMS per 153 characters beyond, 70 with `isUnicode=1`
    (must be enabled by support), max 10 concatenated SMS (code 52); the Low Cost range (`gamme=2`) is
    limited to 160 characters (code 42). `:br:` is a line break (counts as 2 characters), `:euro:` the
    euro sign; a literal `"` must be escaped or the API answers HTTP 400. Some characters are
    substituted (reference 7.6). Sender: 3-11 characters without special characters, empty = operator
    short code (36xxx). Commercial SMS are paused between 20:00 and 08:00, on Sundays and public
    holidays, and need the STOP mention (`isStopSms=1` on Premium). `sandbox=1` sends and charges
    nothing. The EN DP page calls `gamme` `range` (translation error; FR pages, GO and RB send `gamme`).
    A scheduled send also returns `scheduledDeliveryDate` (GO fixture). Codes: 1 API key required, 2
    phone number required, 9 validation errors (list in `errors`, or `error` per GO/RB), 10 invalid API
    key, 11 not enough credits, plus the global sending table.

    Args:
        body (SendSmsRequest):

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
    body: SendSmsRequest,
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send one SMS text to 1-500 numbers

     Sends the same `message` to up to 500 comma-separated `phoneNumbers` (code 50 beyond), now or at
    `scheduledDeliveryDate` (`dd/MM/yyyy`) + `time` (hour 0-24) + `minute` (0-55, step 5; both required
    with a date). 160 GSM characters per SMS, +1 SMS per 153 characters beyond, 70 with `isUnicode=1`
    (must be enabled by support), max 10 concatenated SMS (code 52); the Low Cost range (`gamme=2`) is
    limited to 160 characters (code 42). `:br:` is a line break (counts as 2 characters), `:euro:` the
    euro sign; a literal `"` must be escaped or the API answers HTTP 400. Some characters are
    substituted (reference 7.6). Sender: 3-11 characters without special characters, empty = operator
    short code (36xxx). Commercial SMS are paused between 20:00 and 08:00, on Sundays and public
    holidays, and need the STOP mention (`isStopSms=1` on Premium). `sandbox=1` sends and charges
    nothing. The EN DP page calls `gamme` `range` (translation error; FR pages, GO and RB send `gamme`).
    A scheduled send also returns `scheduledDeliveryDate` (GO fixture). Codes: 1 API key required, 2
    phone number required, 9 validation errors (list in `errors`, or `error` per GO/RB), 10 invalid API
    key, 11 not enough credits, plus the global sending table.

    Args:
        body (SendSmsRequest):

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
    body: SendSmsRequest,
) -> ErrorResponse | SendSmsResponse | None:
    """Send one SMS text to 1-500 numbers

     Sends the same `message` to up to 500 comma-separated `phoneNumbers` (code 50 beyond), now or at
    `scheduledDeliveryDate` (`dd/MM/yyyy`) + `time` (hour 0-24) + `minute` (0-55, step 5; both required
    with a date). 160 GSM characters per SMS, +1 SMS per 153 characters beyond, 70 with `isUnicode=1`
    (must be enabled by support), max 10 concatenated SMS (code 52); the Low Cost range (`gamme=2`) is
    limited to 160 characters (code 42). `:br:` is a line break (counts as 2 characters), `:euro:` the
    euro sign; a literal `"` must be escaped or the API answers HTTP 400. Some characters are
    substituted (reference 7.6). Sender: 3-11 characters without special characters, empty = operator
    short code (36xxx). Commercial SMS are paused between 20:00 and 08:00, on Sundays and public
    holidays, and need the STOP mention (`isStopSms=1` on Premium). `sandbox=1` sends and charges
    nothing. The EN DP page calls `gamme` `range` (translation error; FR pages, GO and RB send `gamme`).
    A scheduled send also returns `scheduledDeliveryDate` (GO fixture). Codes: 1 API key required, 2
    phone number required, 9 validation errors (list in `errors`, or `error` per GO/RB), 10 invalid API
    key, 11 not enough credits, plus the global sending table.

    Args:
        body (SendSmsRequest):

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
