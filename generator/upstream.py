"""The official upstream files our corrected specs are checked against.

A spec that has an upstream records it as ``info.x-smsgate-upstream: {url, sha256, file}``. The
local copy lives in ``.cache/upstream/<file>`` (git-ignored), and a mirror folder holds it under the
same name. ``file`` defaults to ``<vendor>-<the URL's file name>``; a vendor whose files share one
mirror with another API of the same brand names it (Messaggi v2: ``messaggi-smsv2.openapi.json``,
beside v1's ``messaggi-gatewaysms.openapi.json``). ``python -m generator.upstream``
(``nox -s fetch_upstream``) fills it: from ``$SMSGATE_UPSTREAM_DIR`` when that is set (CI points it at
an offline mirror), from the URL otherwise, and always checks the sha256 we verified against.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from . import REPO_ROOT, GenerationError
from .specs import load_spec, spec_paths

CACHE_DIR = REPO_ROOT / ".cache" / "upstream"
MIRROR_ENV = "SMSGATE_UPSTREAM_DIR"


@dataclass(frozen=True)
class Upstream:
    vendor: str
    url: str
    sha256: str
    file: str | None = None  # the cached and mirrored copy's name, when not the default

    @property
    def file_name(self) -> str:
        return self.file or f"{self.vendor}-{PurePosixPath(urlsplit(self.url).path).name}"

    @property
    def cached(self) -> Path:
        return CACHE_DIR / self.file_name


def declared_upstreams() -> list[Upstream]:
    upstreams = []
    for path in spec_paths():
        spec = load_spec(path)
        record = spec.document.get("info", {}).get("x-smsgate-upstream")
        if record:
            upstreams.append(Upstream(spec.vendor, record["url"], record["sha256"], record.get("file")))
    return upstreams


def locate(upstream: Upstream) -> Path | None:
    """The verified local copy: the cache first, then the mirror folder; None when there is none."""
    candidates = [upstream.cached]
    mirror = os.environ.get(MIRROR_ENV)
    if mirror:
        candidates.append(Path(mirror) / upstream.file_name)
    return next((path for path in candidates if path.is_file()), None)


def verify(upstream: Upstream, path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != upstream.sha256:
        raise GenerationError(
            f"{path}: sha256 {digest} is not the verified {upstream.sha256}; the vendor changed "
            f"{upstream.url}: review the difference, update specs/{upstream.vendor}.openapi.yaml and its "
            f"x-smsgate-upstream record"
        )


def fetch(upstream: Upstream) -> Path:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = upstream.cached.with_suffix(".partial")
    mirror = os.environ.get(MIRROR_ENV)
    if mirror:
        source = Path(mirror) / upstream.file_name
        if not source.is_file():
            raise GenerationError(f"{MIRROR_ENV}={mirror} has no {upstream.file_name}")
        shutil.copyfile(source, partial)
    else:
        try:
            with urllib.request.urlopen(upstream.url, timeout=30) as response, partial.open("wb") as out:
                shutil.copyfileobj(response, out)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise GenerationError(f"cannot download {upstream.url}: {error} (set {MIRROR_ENV} to a mirror)") from error
    try:
        verify(upstream, partial)
    except GenerationError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(upstream.cached)
    return upstream.cached


def main() -> int:
    try:
        for upstream in declared_upstreams():
            path = fetch(upstream)
            print(f"{upstream.vendor}: {path.relative_to(REPO_ROOT)} (sha256 {upstream.sha256[:12]}... verified)")
    except GenerationError as error:
        print(f"fetch_upstream: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
