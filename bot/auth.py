"""Console accounts: password hashing, sign-in sessions, CSRF, the login rate limit, roles and the audit log.

Pages and the JSON API share one signed session cookie. Every state-changing request must carry the session's
CSRF token: a `csrf_token` form field for pages, an `X-CSRF-Token` header for JSON calls.
"""
from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar

import click
import redis
from flask import Flask, abort, g, jsonify, redirect, request, session, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from models import ROLES, AuditLog, User, utcnow

from .db import session_scope
from .redis_store import get_redis

__all__ = [
    "hash_password", "verify_password", "authenticate", "login_user", "logout_user", "current_user",
    "csrf_token", "check_csrf", "allowed", "role_required", "audit", "create_user", "LoginThrottled", "init_app",
    "ROLE_NAMES", "SAFE_METHODS", "split_departments",
]

F = TypeVar("F", bound=Callable[..., Any])
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ROLE_NAMES = {"advisor": "健康顾问", "editor": "知识编辑", "admin": "管理员"}
LOGIN_MAX_FAILURES = 5  # per username and address, per window
LOGIN_MAX_PER_ADDRESS = 30  # failures for any username, per window: slows down guessing many accounts
LOGIN_WINDOW_SECONDS = 15 * 60
MIN_PASSWORD_LENGTH = 8
# Checked when the username does not exist, so a wrong username costs as much time as a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


class LoginThrottled(Exception):
    """Too many failed sign-ins from this address for this account; `retry_after` is in seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed sign-ins; retry in {retry_after} s")
        self.retry_after = retry_after


def hash_password(password: str) -> str:
    """A salted, slow hash (werkzeug's scrypt default)."""
    return generate_password_hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches the stored hash."""
    return check_password_hash(password_hash, password)


def _throttle_keys(username: str, address: str) -> tuple[str, str]:
    return f"login:fail:{username.lower()}:{address}", f"login:addr:{address}"


def _check_throttle(username: str, address: str) -> None:
    """Raise LoginThrottled when this account/address pair or this address failed too often."""
    pair, addr = _throttle_keys(username, address)
    try:
        r = get_redis()
        failures, address_failures = r.get(pair), r.get(addr)
        if int(failures or 0) >= LOGIN_MAX_FAILURES or int(address_failures or 0) >= LOGIN_MAX_PER_ADDRESS:
            ttl = max(int(r.ttl(pair if int(failures or 0) >= LOGIN_MAX_FAILURES else addr)), 1)
            raise LoginThrottled(ttl)
    except redis.RedisError:
        pass  # a Redis outage must not lock every advisor out; the password check still applies


def _record_failure(username: str, address: str) -> None:
    """Count a failed sign-in in Redis, expiring with the window."""
    try:
        pipe = get_redis().pipeline()
        for key in _throttle_keys(username, address):
            pipe.incr(key)
            pipe.expire(key, LOGIN_WINDOW_SECONDS, nx=True)
        pipe.execute()
    except redis.RedisError:
        pass


def _clear_failures(username: str, address: str) -> None:
    try:
        get_redis().delete(_throttle_keys(username, address)[0])
    except redis.RedisError:
        pass


def authenticate(username: str, password: str, address: str) -> User | None:
    """The active user with these credentials, or None; raises LoginThrottled after too many failures."""
    username = (username or "").strip()
    _check_throttle(username, address)
    with session_scope() as db:
        user = db.scalars(select(User).where(func.lower(User.username) == username.lower())).first()
        ok = verify_password(user.password_hash if user else _DUMMY_HASH, password or "")
        if user is None or not ok or not user.active:
            _record_failure(username, address)
            audit(db, user.id if user else None, "login_failed", "user", user.id if user else None,
                  f"{username[:64]}，来自 {address}")
            return None
        audit(db, user.id, "login", "user", user.id, f"来自 {address}")
    _clear_failures(username, address)
    return user


def login_user(user: User) -> None:
    """Start a fresh session for `user` (a new CSRF token too, against session fixation)."""
    session.clear()
    session.permanent = True
    session["uid"] = user.id
    session["csrf"] = secrets.token_urlsafe(32)


def logout_user() -> None:
    """End the session."""
    uid = session.get("uid")
    if uid:
        with session_scope() as db:
            audit(db, uid, "logout", "user", uid)
    session.clear()


def current_user() -> User | None:
    """The signed-in, still active user of this request (loaded once per request)."""
    if "user" not in g:
        user = None
        uid = session.get("uid")
        if uid:
            with session_scope() as db:
                user = db.get(User, uid)
            if user is not None and not user.active:
                user = None
        g.user = user
    return g.user


def csrf_token() -> str:
    """This session's CSRF token, created on first use."""
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return token


def check_csrf() -> None:
    """Abort with 400 unless a state-changing request carries this session's CSRF token."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token") or ""
    expected = session.get("csrf") or ""
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400, description="CSRF 校验失败，请刷新页面后重试")


def _is_api() -> bool:
    return request.path.startswith("/api/") or request.path == "/api"


def allowed(user: User | None, roles: tuple[str, ...]) -> bool:
    """Admins may do everything; others need one of `roles`."""
    return user is not None and (user.role == "admin" or user.role in roles)


def role_required(*roles: str) -> Callable[[F], F]:
    """Require a signed-in user with one of `roles` (admin always passes) and, for writes, the CSRF token.

    Not signed in: 401 JSON for /api, a redirect to the login page otherwise. Wrong role: 403.
    """
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {unknown}")

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                if _is_api():
                    return jsonify(error="unauthorized", message="请先登录"), 401
                return redirect(url_for("console.login", next=request.full_path.rstrip("?")))
            if not allowed(user, roles):
                abort(403)
            check_csrf()
            return view(*args, **kwargs)

        wrapped.roles = roles  # type: ignore[attr-defined]  # read by the route-coverage tests and OpenAPI
        return wrapped  # type: ignore[return-value]

    return decorator


def audit(db: Session, user_id: int | None, action: str, object_type: str, object_id: int | None = None,
          detail: str = "") -> None:
    """Record who did what to which object, in the caller's transaction."""
    db.add(AuditLog(user_id=user_id, action=action[:32], object_type=object_type[:16], object_id=object_id,
                    detail=(detail or "")[:255], created_at=utcnow()))


def create_user(db: Session, username: str, password: str, role: str, departments: list[str] | None = None,
                display_name: str = "") -> User:
    """Add a console account; raises ValueError with a Chinese message when the input is not acceptable."""
    from classifier import DEPARTMENTS

    username = username.strip()
    if not username or len(username) > 64:
        raise ValueError("用户名不能为空，且不超过 64 个字符")
    if role not in ROLES:
        raise ValueError(f"角色必须是 {', '.join(ROLES)} 之一")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"密码至少 {MIN_PASSWORD_LENGTH} 位")
    bad = [d for d in departments or [] if d not in DEPARTMENTS]
    if bad:
        raise ValueError(f"未知科室：{'、'.join(bad)}")
    if db.scalars(select(User).where(func.lower(User.username) == username.lower())).first():
        raise ValueError(f"用户名 {username} 已存在")
    user = User(username=username, display_name=display_name or username, password_hash=hash_password(password),
                role=role, departments=list(departments or []), active=True, created_at=utcnow())
    db.add(user)
    db.flush()
    return user


def split_departments(value: str | None) -> list[str]:
    """Split a department list typed as 内科,儿科 (full-width commas and 、 work too)."""
    return [d.strip() for d in (value or "").replace("，", ",").replace("、", ",").split(",") if d.strip()]


def init_app(app: Flask) -> None:
    """Session cookie settings, the CSRF token in templates, and the `flask users` commands."""
    # Flask's defaults (31-day sessions, no SameSite) are too loose for a console that reads health chats.
    flask_defaults = Flask.default_config
    for key, value in (("PERMANENT_SESSION_LIFETIME", timedelta(hours=12)), ("SESSION_COOKIE_HTTPONLY", True),
                       ("SESSION_COOKIE_SAMESITE", "Lax"), ("SESSION_COOKIE_NAME", "console_session")):
        if app.config.get(key) == flask_defaults.get(key):
            app.config[key] = value
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.globals["current_user"] = current_user
    app.jinja_env.globals["ROLE_NAMES"] = ROLE_NAMES

    users = click.Group("users", help="Console accounts (advisors, editors, admins).")

    @users.command("create")
    @click.argument("username")
    @click.option("--role", type=click.Choice(ROLES), required=True, help="advisor, editor or admin")
    @click.option("--departments", default="", help="comma-separated department names, e.g. 内科,儿科")
    @click.option("--display-name", default="", help="name shown in the console (default: the username)")
    @click.option("--password", default=None, help="the password; prompted for when omitted")
    def create_command(username: str, role: str, departments: str, display_name: str,
                       password: str | None) -> None:
        """Create a console account."""
        if password is None:
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            with session_scope() as db:
                user = create_user(db, username, password, role, split_departments(departments), display_name)
                audit(db, None, "user_create", "user", user.id, f"{user.username}（{ROLE_NAMES[role]}），命令行")
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"created {role} {username}")

    @users.command("list")
    def list_command() -> None:
        """List console accounts."""
        with session_scope() as db:
            for user in db.scalars(select(User).order_by(User.id)):
                state = "" if user.active else " (disabled)"
                click.echo(f"{user.id}\t{user.username}\t{user.role}\t{','.join(user.departments)}{state}")

    @users.command("set-password")
    @click.argument("username")
    @click.option("--password", default=None, help="the new password; prompted for when omitted")
    def set_password_command(username: str, password: str | None) -> None:
        """Set a new password for an account."""
        if password is None:
            password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
        if len(password) < MIN_PASSWORD_LENGTH:
            raise click.ClickException(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
        with session_scope() as db:
            user = db.scalars(select(User).where(User.username == username)).first()
            if user is None:
                raise click.ClickException(f"no user {username}")
            user.password_hash = hash_password(password)
            audit(db, None, "user_password", "user", user.id, "命令行")
        click.echo(f"password updated for {username}")

    app.cli.add_command(users)

