"""The JSON API under /api that the console pages use; described by /api/openapi.json."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import HTTPException

from ..queue import QueueError

bp = Blueprint("api", __name__, url_prefix="/api")

__all__ = ["bp"]


@bp.errorhandler(QueueError)
def _queue_error(exc: QueueError) -> Any:
    return jsonify(error=type(exc).__name__.lower(), message=exc.message), exc.status


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> Any:
    """Every API error is JSON, with a Chinese message."""
    messages = {400: "请求无效", 401: "请先登录", 403: "您的角色无权执行此操作", 404: "不存在",
                405: "不支持的方法", 409: "状态冲突", 413: "请求过大", 429: "请求过多"}
    code = exc.code or 500
    message = exc.description if code == 400 and exc.description and "CSRF" in exc.description else None
    return jsonify(error=exc.name.lower().replace(" ", "_"), message=message or messages.get(code, exc.name)), code


@bp.app_errorhandler(404)
def _not_found(exc: HTTPException) -> Any:
    """Unknown /api paths answer in JSON too; other paths keep Flask's page."""
    if request.path.startswith("/api/"):
        return jsonify(error="not_found", message="不存在"), 404
    return exc


# Importing the modules registers their routes on `bp`.
from . import admin, kb, session, tickets  # noqa: E402,F401
