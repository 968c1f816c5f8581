"""One run per journal: an advisory lock on a file beside it (``run.db.lock``), held while a run writes.

Readers never take it, so a report, an ``sqlite3`` shell or a second process can read the journal
while a run sends (SQLite's WAL mode lets readers and one writer work at once). The operating
system drops the lock when its process dies, ``kill -9`` included, so a crashed run never leaves
the journal locked. The lock file is removed when the lock is released; a run that finds the file
it locked removed meanwhile (another run released it between its open and its lock) tries again.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["RunLock"]


class RunLock:
    def __init__(self, journal_path: Path) -> None:
        self.path = journal_path.with_name(journal_path.name + ".lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock now (no wait); False when another run holds it."""
        if self._fd is not None:
            return True
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                return False
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a person looking
                self._fd = fd
                return True
            os.close(fd)  # the file was removed by the run that released it: lock the new one

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":  # Windows cannot remove an open file; the next run reuses it
            self.path.unlink(missing_ok=True)
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - CI runs on Linux
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
