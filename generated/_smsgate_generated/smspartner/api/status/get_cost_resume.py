from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_resume_response import CostResumeResponse
from ...models.get_cost_resume_interval import GetCostResumeInterval
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    interval: GetCostResumeInterval,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_interval = interval.value
    params["interval"] = json_interval

    params["from"] = from_

    params["to"] = to

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["_format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/cost-resume",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CostResumeResponse | None:
    if response.status_code == 200:
        response_200 = CostResumeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CostResumeResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    interval: GetCostResumeInterval,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[CostResumeResponse]:
    """Get sending statistics and costs per month

     Monthly sending counts and costs. `interval` is `last_month`, `last_twelve_months` or `custom` (then
    `from` and `to` as `DD-MM-YYYY`). Limited to 5 requests per minute. The answer has no `code`; `date`
    is an epoch integer, `cost` and `nb_send` are strings. The DP FR table for `interval` is garbled;
    values come from the EN page and LIVE. Codes: 1, 10, 200.

    Args:
        interval (GetCostResumeInterval):
        from_ (str | Unset):
        to (str | Unset):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostResumeResponse]
    """

    kwargs = _get_kwargs(
        interval=interval,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    interval: GetCostResumeInterval,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> CostResumeResponse | None:
    """Get sending statistics and costs per month

     Monthly sending counts and costs. `interval` is `last_month`, `last_twelve_months` or `custom` (then
    `from` and `to` as `DD-MM-YYYY`). Limited to 5 requests per minute. The answer has no `code`; `date`
    is an epoch integer, `cost` and `nb_send` are strings. The DP FR table for `interval` is garbled;
    values come from the EN page and LIVE. Codes: 1, 10, 200.

    Args:
        interval (GetCostResumeInterval):
        from_ (str | Unset):
        to (str | Unset):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostResumeResponse
    """

    return sync_detailed(
        client=client,
        interval=interval,
        from_=from_,
        to=to,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    interval: GetCostResumeInterval,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[CostResumeResponse]:
    """Get sending statistics and costs per month

     Monthly sending counts and costs. `interval` is `last_month`, `last_twelve_months` or `custom` (then
    `from` and `to` as `DD-MM-YYYY`). Limited to 5 requests per minute. The answer has no `code`; `date`
    is an epoch integer, `cost` and `nb_send` are strings. The DP FR table for `interval` is garbled;
    values come from the EN page and LIVE. Codes: 1, 10, 200.

    Args:
        interval (GetCostResumeInterval):
        from_ (str | Unset):
        to (str | Unset):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostResumeResponse]
    """

    kwargs = _get_kwargs(
        interval=interval,
        from_=from_,
        to=to,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    interval: GetCostResumeInterval,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> CostResumeResponse | None:
    """Get sending statistics and costs per month

     Monthly sending counts and costs. `interval` is `last_month`, `last_twelve_months` or `custom` (then
    `from` and `to` as `DD-MM-YYYY`). Limited to 5 requests per minute. The answer has no `code`; `date`
    is an epoch integer, `cost` and `nb_send` are strings. The DP FR table for `interval` is garbled;
    values come from the EN page and LIVE. Codes: 1, 10, 200.

    Args:
        interval (GetCostResumeInterval):
        from_ (str | Unset):
        to (str | Unset):
        format_ (ResponseFormat | Unset): Answer format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostResumeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            interval=interval,
            from_=from_,
            to=to,
            format_=format_,
        )
    ).parsed
