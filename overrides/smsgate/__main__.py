"""``python -m smsgate``: the same command as ``smsgate`` (see ``smsgate.cli``)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
