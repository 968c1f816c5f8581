"""Where each vendor's requests go for one command: said once, here.

A vendor's base URL comes from, first to last:

1. ``--base-url VENDOR=URL`` (repeatable; ``VENDOR=production`` names the vendor's real host);
   a bare ``--base-url URL`` is the first vendor's;
2. ``--sandbox``: every vendor on the emulator started for the command;
3. the campaign's journal (``campaign resume|resolve|status``): where its vendors were reached;
4. the environment variable ``<VENDOR>_BASE_URL`` (``SMSPARTNER_BASE_URL``...);
5. the vendor's production host.

A run that sends one vendor somewhere other than its production host never sends another vendor
to its production host by default: that vendor needs a URL of its own, or ``VENDOR=production``
to say it is meant (a test run must not reach real phones through a failover vendor).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import httpx

from .._base.spec import VENDORS, vendor_spec

__all__ = ["BaseUrl", "Endpoint", "base_url_argument", "env_var_of_base_url", "for_run"]

PRODUCTION = "production"


@dataclass(frozen=True)
class BaseUrl:
    """One ``--base-url``: for ``vendor`` (None: the first vendor), ``url`` (None: production)."""

    vendor: str | None
    url: str | None


@dataclass(frozen=True)
class Endpoint:
    url: str | None  # None: the vendor's production host (the client's default)
    source: str  # what chose it, for the messages that name it

    def is_production(self, vendor: str) -> bool:
        return self.url is None or self.url.rstrip("/") == vendor_spec(vendor).server.rstrip("/")


def base_url_argument(text: str) -> BaseUrl:
    """``URL``, ``VENDOR=URL`` or ``VENDOR=production`` (argparse's type for ``--base-url``)."""
    vendor: str | None = None
    name, equals, rest = text.partition("=")
    if equals and name in VENDORS:
        vendor, text = name, rest
    elif equals and "://" not in name:
        raise argparse.ArgumentTypeError(
            f"{name!r} is not a vendor; expected VENDOR=URL with one of {', '.join(VENDORS)}"
        )
    if text == PRODUCTION:
        if vendor is None:
            raise argparse.ArgumentTypeError("'production' needs its vendor: VENDOR=production")
        return BaseUrl(vendor, None)
    return BaseUrl(vendor, _checked_url(text))


def _checked_url(text: str) -> str:
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as error:
        raise argparse.ArgumentTypeError(f"not a URL: {text!r} ({error})") from None
    if url.scheme not in ("http", "https") or not url.host or url.query:
        raise argparse.ArgumentTypeError(f"expected an absolute http:// or https:// URL without query, not {text!r}")
    return text


def env_var_of_base_url(vendor: str) -> str:
    return f"{vendor.upper()}_BASE_URL"


def for_run(
    vendors: Sequence[str],
    given: Sequence[BaseUrl],
    *,
    sandbox: Mapping[str, str] | None,
    recorded: Mapping[str, str],
    environ: Mapping[str, str],
) -> dict[str, Endpoint]:
    """Each vendor's endpoint (see the module doc); ValueError names what is wrong (a usage error)."""
    explicit: dict[str, Endpoint] = {}
    for one in given:
        if one.vendor is None and not vendors:
            raise ValueError("--base-url URL needs --vendor (or VENDOR=URL)")
        vendor = one.vendor or vendors[0]
        if vendor in explicit:
            raise ValueError(f"--base-url names {vendor} twice")
        if vendor not in vendors:
            raise ValueError(f"--base-url names {vendor}, which is not a vendor of this command ({', '.join(vendors)})")
        explicit[vendor] = Endpoint(one.url, f"--base-url {vendor}={one.url or PRODUCTION}")
    if sandbox is not None:
        if explicit:
            raise ValueError("--sandbox chooses every vendor's server: drop --base-url")
        return {vendor: Endpoint(sandbox[vendor], "--sandbox") for vendor in vendors}
    chosen: dict[str, Endpoint] = {}
    for vendor in vendors:
        variable = env_var_of_base_url(vendor)
        if vendor in explicit:
            chosen[vendor] = explicit[vendor]
        elif vendor in recorded:
            chosen[vendor] = Endpoint(recorded[vendor], "the journal")
        elif environ.get(variable):
            chosen[vendor] = Endpoint(_env_url(environ[variable], variable), f"${variable}")
        else:
            chosen[vendor] = Endpoint(None, "default")
    elsewhere = [vendor for vendor, endpoint in chosen.items() if not endpoint.is_production(vendor)]
    unsaid = [vendor for vendor, endpoint in chosen.items() if endpoint.source == "default"]
    if elsewhere and unsaid:
        where = ", ".join(f"{vendor} to {chosen[vendor].url} ({chosen[vendor].source})" for vendor in elsewhere)
        hosts = ", ".join(f"{vendor} to {vendor_spec(vendor).server}" for vendor in unsaid)
        fixes = " or ".join(f"--base-url {vendor}=URL (or {vendor}=production)" for vendor in unsaid)
        raise ValueError(f"this command sends {where}, but would send {hosts}, a production host: give {fixes}")
    return chosen


def _env_url(text: str, variable: str) -> str:
    try:
        return _checked_url(text)
    except argparse.ArgumentTypeError as error:
        raise ValueError(f"${variable}: {error}") from None
