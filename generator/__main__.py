"""`python -m generator`: regenerate generated/ from specs/, or check that it is up to date."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import GENERATED_DIR, SPECS_DIR, GenerationError
from .build import check, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="regenerate into a temp dir and compare, change nothing")
    parser.add_argument("--output", type=Path, default=GENERATED_DIR, help="the generated folder (default: generated/)")
    parser.add_argument("--specs", type=Path, default=SPECS_DIR, help="the specs folder (default: specs/)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.check:
            drift = check(args.output, args.specs)
            if drift:
                print(drift.report(), file=sys.stderr)
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f} s)")
        else:
            generate(args.output, args.specs)
            print(f"generated {args.output} in {time.perf_counter() - started:.1f} s")
    except GenerationError as error:
        print(f"generator: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
