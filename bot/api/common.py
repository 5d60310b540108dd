"""Helpers shared by the API modules: the JSON body, the current user, audit of views."""
from __future__ import annotations

from typing import Any

import redis
from flask import abort, request
from sqlalchemy.orm import Session

from models import User

from ..auth import audit, current_user
from ..redis_store import get_redis

VIEW_AUDIT_SECONDS = 600  # polling re-reads a chat every few seconds; one audit row per user and chat per 10 min


def body() -> dict[str, Any]:
    """The request's JSON object; 400 when it is missing or not an object."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        abort(400, description="请求体必须是 JSON 对象")
    return data


def me() -> User:
    """The signed-in user (the route decorator has already checked it)."""
    user = current_user()
    assert user is not None
    return user


def audit_view(db: Session, user: User, object_type: str, object_id: int) -> None:
    """Record that `user` viewed an object, at most once per VIEW_AUDIT_SECONDS."""
    try:
        fresh = get_redis().set(f"audit:view:{user.id}:{object_type}:{object_id}", 1, nx=True,
                                ex=VIEW_AUDIT_SECONDS)
    except redis.RedisError:
        fresh = True
    if fresh:
        audit(db, user.id, "view", object_type, object_id)
