"""Retention of message bodies: after MESSAGE_RETENTION_DAYS the text is erased, the metadata kept."""
from __future__ import annotations

from datetime import timedelta

from flask import Flask
from sqlalchemy import update

from models import Message, utcnow

from .db import session_scope

ERASED = "[已按保留期限删除]"


def purge(days: int) -> int:
    """Erase the bodies of messages older than `days`; returns how many were erased."""
    cutoff = utcnow() - timedelta(days=days)
    with session_scope() as session:
        result = session.execute(
            update(Message).where(Message.created_at < cutoff, Message.content != ERASED)
            .values(content=ERASED, media_id=None, decision=None))
        return int(result.rowcount or 0)


def init_app(app: Flask) -> None:
    """Register `flask retention-purge` (run it daily from cron)."""

    @app.cli.command("retention-purge")
    def purge_command() -> None:
        """Erase message bodies older than MESSAGE_RETENTION_DAYS."""
        erased = purge(app.config["MESSAGE_RETENTION_DAYS"])
        print(f"erased the bodies of {erased} messages older than {app.config['MESSAGE_RETENTION_DAYS']} days")
