from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_rcs_request import SendRcsRequest
from ...models.send_rcs_response import SendRcsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendRcsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rcs/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendRcsResponse | None:
    if response.status_code == 200:
        response_200 = SendRcsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SendRcsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendRcsRequest,
) -> Response[SendRcsResponse]:
    """Send an RCS message with optional SMS failover

     RCS must be activated on the account on request. `phoneNumbers` is described as a comma-separated
    string (max 500) but the examples send a JSON array; both are accepted here.
    `richContent.conversation` holds one of `text`, `file` (`media.fileUrl`) or `richCard` (orientation
    VERTICAL|HORIZONTAL, `thumbnailImageAlignment` only if HORIZONTAL, title <= 200, description <=
    500), plus up to 4 `suggestions`. `failover` is the SMS sent when RCS is unavailable. Rich-card
    media: image/jpeg, image/gif, image/png, video/h263, video/m4v, video/mp4, video/mpeg4, video/mpeg,
    video/webm; file-only media: application/ogg, application/pdf, audio/aac, audio/mp3, audio/mpeg,
    audio/mpg, audio/mp4, audio/mp4-latm, audio/3gpp. Answer counts `nb_rcs`.

    Args:
        body (SendRcsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendRcsResponse]
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
    body: SendRcsRequest,
) -> SendRcsResponse | None:
    """Send an RCS message with optional SMS failover

     RCS must be activated on the account on request. `phoneNumbers` is described as a comma-separated
    string (max 500) but the examples send a JSON array; both are accepted here.
    `richContent.conversation` holds one of `text`, `file` (`media.fileUrl`) or `richCard` (orientation
    VERTICAL|HORIZONTAL, `thumbnailImageAlignment` only if HORIZONTAL, title <= 200, description <=
    500), plus up to 4 `suggestions`. `failover` is the SMS sent when RCS is unavailable. Rich-card
    media: image/jpeg, image/gif, image/png, video/h263, video/m4v, video/mp4, video/mpeg4, video/mpeg,
    video/webm; file-only media: application/ogg, application/pdf, audio/aac, audio/mp3, audio/mpeg,
    audio/mpg, audio/mp4, audio/mp4-latm, audio/3gpp. Answer counts `nb_rcs`.

    Args:
        body (SendRcsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendRcsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendRcsRequest,
) -> Response[SendRcsResponse]:
    """Send an RCS message with optional SMS failover

     RCS must be activated on the account on request. `phoneNumbers` is described as a comma-separated
    string (max 500) but the examples send a JSON array; both are accepted here.
    `richContent.conversation` holds one of `text`, `file` (`media.fileUrl`) or `richCard` (orientation
    VERTICAL|HORIZONTAL, `thumbnailImageAlignment` only if HORIZONTAL, title <= 200, description <=
    500), plus up to 4 `suggestions`. `failover` is the SMS sent when RCS is unavailable. Rich-card
    media: image/jpeg, image/gif, image/png, video/h263, video/m4v, video/mp4, video/mpeg4, video/mpeg,
    video/webm; file-only media: application/ogg, application/pdf, audio/aac, audio/mp3, audio/mpeg,
    audio/mpg, audio/mp4, audio/mp4-latm, audio/3gpp. Answer counts `nb_rcs`.

    Args:
        body (SendRcsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendRcsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendRcsRequest,
) -> SendRcsResponse | None:
    """Send an RCS message with optional SMS failover

     RCS must be activated on the account on request. `phoneNumbers` is described as a comma-separated
    string (max 500) but the examples send a JSON array; both are accepted here.
    `richContent.conversation` holds one of `text`, `file` (`media.fileUrl`) or `richCard` (orientation
    VERTICAL|HORIZONTAL, `thumbnailImageAlignment` only if HORIZONTAL, title <= 200, description <=
    500), plus up to 4 `suggestions`. `failover` is the SMS sent when RCS is unavailable. Rich-card
    media: image/jpeg, image/gif, image/png, video/h263, video/m4v, video/mp4, video/mpeg4, video/mpeg,
    video/webm; file-only media: application/ogg, application/pdf, audio/aac, audio/mp3, audio/mpeg,
    audio/mpg, audio/mp4, audio/mp4-latm, audio/3gpp. Answer counts `nb_rcs`.

    Args:
        body (SendRcsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendRcsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
