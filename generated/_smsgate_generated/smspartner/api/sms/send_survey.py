from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_sms_response import SendSmsResponse
from ...models.send_survey_request import SendSurveyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SendSurveyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sondage/to/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SendSmsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSurveyRequest,
) -> Response[SendSmsResponse]:
    """Send a survey (created in the dashboard) to up to 500 numbers

     Sends the survey `sondageIdent` to the comma-separated `phoneNumbers` (max 500), optionally
    scheduled like `POST /send`. Answer as `/send`; codes as `/send`. The doc's error sample uses the
    key `error` for the validation list.

    Args:
        body (SendSurveyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse]
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
    body: SendSurveyRequest,
) -> SendSmsResponse | None:
    """Send a survey (created in the dashboard) to up to 500 numbers

     Sends the survey `sondageIdent` to the comma-separated `phoneNumbers` (max 500), optionally
    scheduled like `POST /send`. Answer as `/send`; codes as `/send`. The doc's error sample uses the
    key `error` for the validation list.

    Args:
        body (SendSurveyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSurveyRequest,
) -> Response[SendSmsResponse]:
    """Send a survey (created in the dashboard) to up to 500 numbers

     Sends the survey `sondageIdent` to the comma-separated `phoneNumbers` (max 500), optionally
    scheduled like `POST /send`. Answer as `/send`; codes as `/send`. The doc's error sample uses the
    key `error` for the validation list.

    Args:
        body (SendSurveyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSmsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSurveyRequest,
) -> SendSmsResponse | None:
    """Send a survey (created in the dashboard) to up to 500 numbers

     Sends the survey `sondageIdent` to the comma-separated `phoneNumbers` (max 500), optionally
    scheduled like `POST /send`. Answer as `/send`; codes as `/send`. The doc's error sample uses the
    key `error` for the validation list.

    Args:
        body (SendSurveyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
