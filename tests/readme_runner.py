"""Run one code block of the README or of a documentation page as a reader would, against the
sandbox, and check what it prints.

Used by test_readme.py in a subprocess, so that each block runs in a fresh interpreter exactly as
written, with only the network replaced: every request to a vendor's real server goes to one
in-process ``smsgate.sandbox`` (speed 0: a message due now is final at once), and the vendors' key
variables hold the sandbox's keys. A block that brings its own transport (``smsgate.testing``)
keeps it.

Then every ``print(...)  # text`` must have printed exactly ``text`` (its first call, for a print
in a loop): a page's comment after a print is what it prints, nothing else. On a mismatch, or a
commented print that never ran, the runner exits 1 and says which line.
"""

from __future__ import annotations

import ast
import builtins
import io
import os
import sys
import tokenize
from collections import defaultdict
from typing import Any

import httpx
from smsgate._base.spec import VENDORS, raw_document
from smsgate._vendors.options import ENV_VARS
from smsgate.sandbox import Sandbox

# Each vendor's key variable, as its client reads it.
KEY_VARIABLES = dict(ENV_VARS)
SANDBOX = Sandbox(speed=0.0)
# Each vendor's real server (every one its spec lists) -> the sandbox's prefix for that vendor.
SERVERS = {
    server["url"].rstrip("/"): SANDBOX.base_url(vendor)
    for vendor in VENDORS
    for server in raw_document(vendor)["servers"]
}


class _ToSandbox(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends what was meant for a vendor's real server to the sandbox, at the same path below it.

    The sandbox gets a copy: the request itself (which the client and httpx log) keeps its URL.
    """

    def __init__(self) -> None:
        self._sandbox = SANDBOX.transport()

    @staticmethod
    def _redirected(request: httpx.Request) -> httpx.Request:
        url = str(request.url)
        for server, base in SERVERS.items():
            if url.startswith(server + "/"):
                target = base + url[len(server) :]
                return httpx.Request(request.method, target, headers=request.headers, content=request.content)
        raise RuntimeError(f"the example asked {request.url.host}, which is no vendor's server")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._sandbox.handle_request(self._redirected(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self._sandbox.handle_async_request(self._redirected(request))


class _Client(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", _ToSandbox())
        super().__init__(**kwargs)


class _AsyncClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", _ToSandbox())
        super().__init__(**kwargs)


def commented_prints(source: str) -> dict[tuple[int, int], str]:
    """(first line, last line) of each ``print(...)`` statement followed by a comment -> the comment."""
    comments = {
        token.start[0]: (token.start[1], token.string.removeprefix("#").strip())
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    lines = source.splitlines()
    found = {}
    for node in ast.walk(ast.parse(source)):
        call = node.value if isinstance(node, ast.Expr) else None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print"):
            continue
        last = call.end_lineno or call.lineno
        if last in comments:
            column, comment = comments[last]
            # The comment right after the call, nothing between: it is about this print.
            if not lines[last - 1][call.end_col_offset or 0 : column].strip():
                found[(call.lineno, last)] = comment
    return found


def mismatches(expected: dict[tuple[int, int], str], printed: dict[int, list[str]]) -> list[str]:
    """Each commented print whose first output is not its comment, in words."""
    problems = []
    for (first, last), comment in sorted(expected.items()):
        outputs = [text for line in range(first, last + 1) for text in printed.get(line, [])]
        if not outputs:
            problems.append(f"line {last}: the page says it prints {comment!r}, but it never ran")
        elif outputs[0] != comment:
            problems.append(f"line {last}: the page says {comment!r}, it printed {outputs[0]!r}")
    return problems


def run(path: str) -> list[str]:
    """Run the block at ``path``; the differences between its print comments and its output."""
    with open(path, encoding="utf-8") as file:
        source = file.read()
    printed: dict[int, list[str]] = defaultdict(list)

    def recording_print(*values: object, sep: str | None = " ", end: str | None = "\n", **kwargs: Any) -> None:
        builtins.print(*values, sep=sep, end=end, **kwargs)
        caller = sys._getframe(1)
        if kwargs.get("file") in (None, sys.stdout) and caller.f_code.co_filename == path:
            printed[caller.f_lineno].append((" " if sep is None else sep).join(str(value) for value in values))

    for vendor, variable in KEY_VARIABLES.items():
        os.environ[variable] = SANDBOX.api_keys[vendor]
    httpx.Client = _Client  # type: ignore[misc]
    httpx.AsyncClient = _AsyncClient  # type: ignore[misc]
    exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path, "print": recording_print})
    return mismatches(commented_prints(source), printed)


def main(path: str) -> int:
    problems = run(path)
    for problem in problems:
        print(f"readme_runner: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
