"""The advisor console and the knowledge editor: server-rendered pages (Chinese UI) under /console."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("console", __name__, url_prefix="/console")

__all__ = ["bp"]

from . import views  # noqa: E402,F401  (registers the routes)


@bp.record_once
def _root_redirect(state) -> None:  # type: ignore[no-untyped-def]
    """The site root opens the console."""
    from flask import redirect, url_for

    state.app.add_url_rule("/", "root", lambda: redirect(url_for("console.index")))
