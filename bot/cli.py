"""Operator command line: `python -m bot.cli ask` prints what the bot would do, with no side effects.

    echo "血压150/95要紧吗" | python -m bot.cli ask
"""
from __future__ import annotations

import argparse
import json
import sys

from .pipeline import decide


def ask(lines: object) -> int:
    """Print one JSON decision per non-empty input line."""
    import os

    os.environ.setdefault("LOG_LEVEL", "ERROR")  # keep stdout clean for pipes
    from . import create_app

    app = create_app({"RUN_OUTBOX_IN_PROCESS": False, "AUTO_MIGRATE": False})
    hours = app.extensions["hours"]
    for line in lines:  # type: ignore[attr-defined]
        text = line.rstrip("\n")
        if not text.strip():
            continue
        decision = decide(text, hours=hours)
        print(json.dumps(decision.public(), ensure_ascii=False), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    ap = argparse.ArgumentParser(prog="python -m bot.cli", description="Health assistant operator tools")
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("ask", help="read messages from stdin, print the pipeline's decision as JSON lines")
    args = ap.parse_args(argv)
    if args.command == "ask":
        return ask(sys.stdin)
    return 2


if __name__ == "__main__":
    sys.exit(main())
