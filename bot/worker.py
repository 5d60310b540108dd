"""`python -m bot.worker` (make worker): the outbound delivery process for production setups."""
from __future__ import annotations

import signal
import threading

from . import create_app, outbound


def main() -> None:
    """Deliver queued outbound messages until SIGTERM/SIGINT."""
    app = create_app({"RUN_OUTBOX_IN_PROCESS": False})
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    outbound.run_worker(stop, inbox=app.extensions["inbox"])


if __name__ == "__main__":
    main()
