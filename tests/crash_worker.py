"""The process the crash test kills: a zygote that forks one bulk send per request.

Run as a script (``python tests/crash_worker.py``). It imports smsgate once, then reads JSON
lines on stdin:

- ``{"run": {...}}``: fork a child that runs a campaign with those settings and exits; answers
  ``{"pid": N}`` at once. The test kills the child with SIGKILL at a random instant.
- ``{"reap": N}``: wait for child N (killed or finished); answers ``{"status": ..., "seconds": ...}``.

The zygote has no thread, so its forks are safe; a child is reaped only when the test asks, so its
pid cannot be reused by another process while the test may still kill it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

import smsgate
from smsgate._campaigns import bulk, journal  # noqa: F401 - loaded once here, not in every forked child
from smsgate._text.phone import to_e164

to_e164("+33612345678", "FR")  # phonenumbers' metadata, loaded once too
for _vendor in ("smspartner", "primotexto", "messaggi", "messaggi_v2"):  # the generated packages, imported once
    smsgate.Client(_vendor, api_key="preload", base_url="http://127.0.0.1:9").close()


def campaign(settings: dict[str, Any]) -> None:
    """One bulk send, as a real program would run it (what the test kills)."""
    vendor = settings["vendor"]
    with smsgate.Client(vendor, api_key=settings["api_key"], base_url=settings["base_url"], timeout=10) as client:
        recipients = [tuple(one) if isinstance(one, list) else one for one in settings["recipients"]]
        campaign = smsgate.Campaign.create(
            settings["journal"],
            recipients,
            settings["text"],
            sender=settings.get("sender"),
            dry_run=settings.get("dry_run", False),
        )
        with campaign:
            campaign.run(client, concurrency=settings["concurrency"], batch_sizes={vendor: settings["batch_size"]})


def main() -> None:
    started: dict[int, float] = {}
    for line in sys.stdin:
        request = json.loads(line)
        if "run" in request:
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    campaign(request["run"])
                except BaseException as error:  # reported as the exit status; the test checks it
                    print(f"crash worker: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
                    code = 1
                os._exit(code)
            started[pid] = time.monotonic()
            answer: dict[str, Any] = {"pid": pid}
        else:
            pid = int(request["reap"])
            _, status = os.waitpid(pid, 0)
            answer = {"status": status, "seconds": time.monotonic() - started.pop(pid)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
