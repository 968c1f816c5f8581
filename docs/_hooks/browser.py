"""Open the built site in headless Chromium and check that its pages render (``nox -s docs_browser``).

``python docs/_hooks/browser.py SITE_DIR SCREENSHOTS_DIR CHROMIUM``: serves SITE_DIR on 127.0.0.1 (a
free port, a thread of this process, stopped before it exits), opens each page of ``PAGES`` with
the OS's Chromium (never a browser downloaded by Playwright), and fails when a request for a local
asset fails or answers 4xx/5xx, the page logs a console error or raises, or an element the page
must show is missing. A screenshot of each page goes to SCREENSHOTS_DIR.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, ConsoleMessage, Page, Response, Route, sync_playwright

# Each page: its path under the site, the element it must show, and a text that element holds.
PAGES = {
    "home": ("index.html", "article h1", "smsgate"),
    "client-reference": ("reference/client/index.html", "#smsgate\\.Client", "Client"),
}
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # the browser's failed requests are reported by the check itself


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """The site on 127.0.0.1, on a free port, for the duration of the block."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def check_page(page: Page, root: str, path: str, selector: str, text: str, screenshot: Path) -> list[str]:
    """Open one page; what went wrong on it, in words (nothing when it rendered)."""
    problems: list[str] = []

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(f"console error: {message.text}")

    def answered(response: Response) -> None:
        if response.status >= 400:
            problems.append(f"{response.url} answered {response.status}")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(f"uncaught error: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"request failed: {request.url} ({request.failure})"))
    page.on("response", answered)
    page.goto(root + path, wait_until="networkidle")
    found = page.locator(selector)
    if found.count() == 0:
        problems.append(f"{selector} is not on the page")
    elif text not in found.first.inner_text():
        problems.append(f"{selector} does not say {text!r}: {found.first.inner_text()[:80]!r}")
    page.screenshot(path=str(screenshot), full_page=False)
    return problems


def check(browser: Browser, root: str, name: str, screenshots: Path) -> list[str]:
    """Open the page ``name`` of ``PAGES`` in a fresh tab; its problems."""
    path, selector, text = PAGES[name]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # Only the local site may be asked for: a request to anywhere else is a failure, never sent.
    outside: list[str] = []

    def refuse(route: Route) -> None:
        outside.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith(root), refuse)
    try:
        problems = check_page(page, root, path, selector, text, screenshots / f"{name}.png")
    finally:
        page.close()
    return problems + [f"asked for an outside URL: {url}" for url in outside]


def main(site: Path, screenshots: Path, chromium: str) -> int:
    screenshots.mkdir(parents=True, exist_ok=True)
    failed = []
    with serving(site) as root, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
        try:
            for name, (path, _, _) in PAGES.items():
                problems = check(browser, root, name, screenshots)
                for problem in problems:
                    print(f"docs_browser: {name} ({path}): {problem}", file=sys.stderr)
                if problems:
                    failed.append(name)
                print(f"docs_browser: {name}: {'FAILED' if problems else 'rendered'}, {screenshots / name}.png")
        finally:
            browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
