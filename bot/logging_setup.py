"""Logging that never writes phone or ID-card numbers."""
from __future__ import annotations

import logging
import os
import re

# Mainland mobile numbers and 18-digit resident ID numbers (last digit may be X).
ID_CARD = re.compile(r"(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)")
PHONE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def mask(text: str) -> str:
    """Mask phone and ID-card numbers in a string."""
    text = ID_CARD.sub(r"\1********\2", text)
    return PHONE.sub(r"\1****\2", text)


class MaskingFilter(logging.Filter):
    """Rewrites every record's message with personal numbers masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message in place."""
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def setup_logging() -> None:
    """Configure root logging once, with masking on every handler."""
    root = logging.getLogger()
    if getattr(root, "_assistant_configured", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root.addHandler(handler)
    root.setLevel(os.environ.get("LOG_LEVEL", "INFO"))
    for noisy in ("alembic", "faiss.loader"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    root._assistant_configured = True  # type: ignore[attr-defined]
