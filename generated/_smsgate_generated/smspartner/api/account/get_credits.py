from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credits_response import CreditsResponse
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreditsResponse | None:
    if response.status_code == 200:
        response_200 = CreditsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreditsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[CreditsResponse]:
    """Get the account's credits and user

     Returns the SMS credits (Premium `creditSms`, low-cost `creditSmsECO` -- called `creditSmsLowCost`
    in older answers / the Go client), HLR credits, the number of SMS waiting to be sent (`toSend`) and
    the balance (`solde`/`balance`, decimal strings). The DP example omits `solde`; LIVE and the XML
    rendering have it. In XML the `user` object is rendered with named elements while `credits` is
    positional. Codes: 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> CreditsResponse | None:
    """Get the account's credits and user

     Returns the SMS credits (Premium `creditSms`, low-cost `creditSmsECO` -- called `creditSmsLowCost`
    in older answers / the Go client), HLR credits, the number of SMS waiting to be sent (`toSend`) and
    the balance (`solde`/`balance`, decimal strings). The DP example omits `solde`; LIVE and the XML
    rendering have it. In XML the `user` object is rendered with named elements while `credits` is
    positional. Codes: 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsResponse
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[CreditsResponse]:
    """Get the account's credits and user

     Returns the SMS credits (Premium `creditSms`, low-cost `creditSmsECO` -- called `creditSmsLowCost`
    in older answers / the Go client), HLR credits, the number of SMS waiting to be sent (`toSend`) and
    the balance (`solde`/`balance`, decimal strings). The DP example omits `solde`; LIVE and the XML
    rendering have it. In XML the `user` object is rendered with named elements while `credits` is
    positional. Codes: 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditsResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> CreditsResponse | None:
    """Get the account's credits and user

     Returns the SMS credits (Premium `creditSms`, low-cost `creditSmsECO` -- called `creditSmsLowCost`
    in older answers / the Go client), HLR credits, the number of SMS waiting to be sent (`toSend`) and
    the balance (`solde`/`balance`, decimal strings). The DP example omits `solde`; LIVE and the XML
    rendering have it. In XML the `user` object is rendered with named elements while `credits` is
    positional. Codes: 10 invalid API key, 200 OK.

    Args:
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
