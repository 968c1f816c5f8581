from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_status import MessageStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    snapshot_id: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["snapshotId"] = snapshot_id

    params["identifier"] = identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messages/status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | MessageStatus:
    if response.status_code == 200:
        response_200 = MessageStatus.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageStatus]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    snapshot_id: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageStatus]:
    """Status of one message, by snapshotId or by number (last message sent to it).

     Give exactly one of `snapshotId` (the id from the send answer) or `identifier`
    (the recipient number: the status of the last message sent to it). The official PHP
    lib refuses both and none.

    The `identifier` is an E.164 number with a leading `+` that must be sent
    percent-encoded as `%2B` (`?identifier=%2B33600000000`, seed S000: "%2B33600000000
    = urlencode(+33600000000)"); an unencoded `+` would be form-decoded to a space and
    the number would not match (reference §1.1).

    Seed quirk: the snapshotId section's URL header shows `/v2/TYPE/messages/status`,
    but every code sample (curl, Ruby, Node, Perl, PHP lib) calls
    `/v2/messages/status?snapshotId=` without a type segment; this document follows the
    samples. The seed's Python sample for snapshotId builds `?identifier=` + the snapshot
    value (a sample bug).

    The answer carries the current `state` (see `x-smsgate-delivery-states`,
    vocabulary `message_state`) and epoch-millisecond timestamps of each step reached.

    Args:
        snapshot_id (str | Unset): The message id returned by the send call (`snapshotId`). Give
            it or `identifier`, not both.
        identifier (str | Unset): The phone number, E.164 with a leading `+` (`+33600000000`;
            `0600000000` is also accepted by the API). The `+` must reach the server percent-encoded
            as `%2B` (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space
            and the number would not match (reference §1.1). Pass the raw number: the HTTP layer
            encodes query values exactly once (httpx turns `+` into `%2B`); pre-encoding would send
            `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageStatus]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    snapshot_id: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> ErrorResponse | MessageStatus | None:
    """Status of one message, by snapshotId or by number (last message sent to it).

     Give exactly one of `snapshotId` (the id from the send answer) or `identifier`
    (the recipient number: the status of the last message sent to it). The official PHP
    lib refuses both and none.

    The `identifier` is an E.164 number with a leading `+` that must be sent
    percent-encoded as `%2B` (`?identifier=%2B33600000000`, seed S000: "%2B33600000000
    = urlencode(+33600000000)"); an unencoded `+` would be form-decoded to a space and
    the number would not match (reference §1.1).

    Seed quirk: the snapshotId section's URL header shows `/v2/TYPE/messages/status`,
    but every code sample (curl, Ruby, Node, Perl, PHP lib) calls
    `/v2/messages/status?snapshotId=` without a type segment; this document follows the
    samples. The seed's Python sample for snapshotId builds `?identifier=` + the snapshot
    value (a sample bug).

    The answer carries the current `state` (see `x-smsgate-delivery-states`,
    vocabulary `message_state`) and epoch-millisecond timestamps of each step reached.

    Args:
        snapshot_id (str | Unset): The message id returned by the send call (`snapshotId`). Give
            it or `identifier`, not both.
        identifier (str | Unset): The phone number, E.164 with a leading `+` (`+33600000000`;
            `0600000000` is also accepted by the API). The `+` must reach the server percent-encoded
            as `%2B` (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space
            and the number would not match (reference §1.1). Pass the raw number: the HTTP layer
            encodes query values exactly once (httpx turns `+` into `%2B`); pre-encoding would send
            `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageStatus
    """

    return sync_detailed(
        client=client,
        snapshot_id=snapshot_id,
        identifier=identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    snapshot_id: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageStatus]:
    """Status of one message, by snapshotId or by number (last message sent to it).

     Give exactly one of `snapshotId` (the id from the send answer) or `identifier`
    (the recipient number: the status of the last message sent to it). The official PHP
    lib refuses both and none.

    The `identifier` is an E.164 number with a leading `+` that must be sent
    percent-encoded as `%2B` (`?identifier=%2B33600000000`, seed S000: "%2B33600000000
    = urlencode(+33600000000)"); an unencoded `+` would be form-decoded to a space and
    the number would not match (reference §1.1).

    Seed quirk: the snapshotId section's URL header shows `/v2/TYPE/messages/status`,
    but every code sample (curl, Ruby, Node, Perl, PHP lib) calls
    `/v2/messages/status?snapshotId=` without a type segment; this document follows the
    samples. The seed's Python sample for snapshotId builds `?identifier=` + the snapshot
    value (a sample bug).

    The answer carries the current `state` (see `x-smsgate-delivery-states`,
    vocabulary `message_state`) and epoch-millisecond timestamps of each step reached.

    Args:
        snapshot_id (str | Unset): The message id returned by the send call (`snapshotId`). Give
            it or `identifier`, not both.
        identifier (str | Unset): The phone number, E.164 with a leading `+` (`+33600000000`;
            `0600000000` is also accepted by the API). The `+` must reach the server percent-encoded
            as `%2B` (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space
            and the number would not match (reference §1.1). Pass the raw number: the HTTP layer
            encodes query values exactly once (httpx turns `+` into `%2B`); pre-encoding would send
            `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageStatus]
    """

    kwargs = _get_kwargs(
        snapshot_id=snapshot_id,
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    snapshot_id: str | Unset = UNSET,
    identifier: str | Unset = UNSET,
) -> ErrorResponse | MessageStatus | None:
    """Status of one message, by snapshotId or by number (last message sent to it).

     Give exactly one of `snapshotId` (the id from the send answer) or `identifier`
    (the recipient number: the status of the last message sent to it). The official PHP
    lib refuses both and none.

    The `identifier` is an E.164 number with a leading `+` that must be sent
    percent-encoded as `%2B` (`?identifier=%2B33600000000`, seed S000: "%2B33600000000
    = urlencode(+33600000000)"); an unencoded `+` would be form-decoded to a space and
    the number would not match (reference §1.1).

    Seed quirk: the snapshotId section's URL header shows `/v2/TYPE/messages/status`,
    but every code sample (curl, Ruby, Node, Perl, PHP lib) calls
    `/v2/messages/status?snapshotId=` without a type segment; this document follows the
    samples. The seed's Python sample for snapshotId builds `?identifier=` + the snapshot
    value (a sample bug).

    The answer carries the current `state` (see `x-smsgate-delivery-states`,
    vocabulary `message_state`) and epoch-millisecond timestamps of each step reached.

    Args:
        snapshot_id (str | Unset): The message id returned by the send call (`snapshotId`). Give
            it or `identifier`, not both.
        identifier (str | Unset): The phone number, E.164 with a leading `+` (`+33600000000`;
            `0600000000` is also accepted by the API). The `+` must reach the server percent-encoded
            as `%2B` (`?identifier=%2B33600000000`): a literal `+` would be form-decoded to a space
            and the number would not match (reference §1.1). Pass the raw number: the HTTP layer
            encodes query values exactly once (httpx turns `+` into `%2B`); pre-encoding would send
            `%252B`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            snapshot_id=snapshot_id,
            identifier=identifier,
        )
    ).parsed
