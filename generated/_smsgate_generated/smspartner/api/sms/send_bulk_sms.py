from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_bulk_sms_request import SendBulkSmsRequest
from ...models.send_bulk_sms_response import SendBulkSmsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendBulkSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulk-send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendBulkSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendBulkSmsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SendBulkSmsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkSmsRequest,
) -> Response[ErrorResponse | SendBulkSmsResponse]:
    """Send up to 500 individual texts in one request

     Each `SMSList` item carries its own `phoneNumber` and `message` (max 500 items). Same optional
    parameters and text rules as `POST /send`. The answer has one `SMSResponse_List` item per number
    with its own `success`/`code`. Note the key spellings: `nbSMS` at top level, `nbSms` in items. Doc
    defect: the EN page header shows the URL `/v1/send` (and its NodeJS sample posts to `/v1/send`, its
    cURL tab shows a `/vn/send` call) while the other samples and GO use `/v1/bulk-send`. The doc prints
    a bare placeholder `xxxxxx` for `message_id`. Codes as `/send`.

    Args:
        body (SendBulkSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendBulkSmsResponse]
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
    body: SendBulkSmsRequest,
) -> ErrorResponse | SendBulkSmsResponse | None:
    """Send up to 500 individual texts in one request

     Each `SMSList` item carries its own `phoneNumber` and `message` (max 500 items). Same optional
    parameters and text rules as `POST /send`. The answer has one `SMSResponse_List` item per number
    with its own `success`/`code`. Note the key spellings: `nbSMS` at top level, `nbSms` in items. Doc
    defect: the EN page header shows the URL `/v1/send` (and its NodeJS sample posts to `/v1/send`, its
    cURL tab shows a `/vn/send` call) while the other samples and GO use `/v1/bulk-send`. The doc prints
    a bare placeholder `xxxxxx` for `message_id`. Codes as `/send`.

    Args:
        body (SendBulkSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendBulkSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkSmsRequest,
) -> Response[ErrorResponse | SendBulkSmsResponse]:
    """Send up to 500 individual texts in one request

     Each `SMSList` item carries its own `phoneNumber` and `message` (max 500 items). Same optional
    parameters and text rules as `POST /send`. The answer has one `SMSResponse_List` item per number
    with its own `success`/`code`. Note the key spellings: `nbSMS` at top level, `nbSms` in items. Doc
    defect: the EN page header shows the URL `/v1/send` (and its NodeJS sample posts to `/v1/send`, its
    cURL tab shows a `/vn/send` call) while the other samples and GO use `/v1/bulk-send`. The doc prints
    a bare placeholder `xxxxxx` for `message_id`. Codes as `/send`.

    Args:
        body (SendBulkSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendBulkSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendBulkSmsRequest,
) -> ErrorResponse | SendBulkSmsResponse | None:
    """Send up to 500 individual texts in one request

     Each `SMSList` item carries its own `phoneNumber` and `message` (max 500 items). Same optional
    parameters and text rules as `POST /send`. The answer has one `SMSResponse_List` item per number
    with its own `success`/`code`. Note the key spellings: `nbSMS` at top level, `nbSms` in items. Doc
    defect: the EN page header shows the URL `/v1/send` (and its NodeJS sample posts to `/v1/send`, its
    cURL tab shows a `/vn/send` call) while the other samples and GO use `/v1/bulk-send`. The doc prints
    a bare placeholder `xxxxxx` for `message_id`. Codes as `/send`.

    Args:
        body (SendBulkSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendBulkSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
