"""Outbound delivery: the WeChat API client and the outbox worker that sends with retries.

Every outbound message is a row in `messages` first (status `pending`); Redis only wakes the worker.
So a Redis restart loses nothing: the worker also sweeps the table.
"""
from __future__ import annotations

import logging
import threading
from datetime import timedelta

import redis
import requests
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException
from wechatpy.session.redisstorage import RedisStorage

from models import Member, Message, utcnow

from .db import session_scope
from .inbox import Inbox
from .redis_store import get_redis

log = logging.getLogger(__name__)

WAKE_KEY = "outbox:wake"
MAX_ATTEMPTS = 6
WINDOW = timedelta(hours=48)
WINDOW_CAP = 5  # customer-service messages per member message, within the window
OUT_OF_WINDOW = {45015, 45047}  # reply time limit exceeded / too many messages
STUCK_AFTER = timedelta(minutes=5)


class StableTokenClient(WeChatClient):
    """A WeChatClient that gets its token from /stable_token, so many workers never invalidate each other."""

    def fetch_access_token(self):  # type: ignore[no-untyped-def]
        """Fetch a token; force a refresh only when the stored one was rejected."""
        force = bool(self.session.get(self.access_token_key))
        res = self._http.post(self.API_BASE_URL + "stable_token", timeout=self.timeout, json={
            "grant_type": "client_credential", "appid": self.appid, "secret": self.secret,
            "force_refresh": force})
        res.raise_for_status()
        result = res.json()
        if result.get("errcode"):
            raise WeChatClientException(result["errcode"], result.get("errmsg"), client=self)
        expires_in = int(result.get("expires_in", 7200))
        # Keep a margin so a token is never used in its last minutes.
        self.session.set(self.access_token_key, result["access_token"], max(60, expires_in - 300))
        return result


_config: dict[str, object] = {}


def configure(config: dict[str, object]) -> None:
    """Remember the WeChat settings for this process."""
    _config.update({k: config[k] for k in ("WECHAT_APPID", "WECHAT_SECRET", "WECHAT_API_BASE_URL",
                                            "WECHAT_TEMPLATE_ID", "WECHAT_API_TIMEOUT")})


def client() -> StableTokenClient:
    """A WeChat API client sharing its access_token through Redis."""
    c = StableTokenClient(str(_config["WECHAT_APPID"]), str(_config["WECHAT_SECRET"]),
                          session=RedisStorage(get_redis(), prefix="wechatpy"),
                          timeout=float(_config["WECHAT_API_TIMEOUT"]))  # type: ignore[arg-type]
    c.API_BASE_URL = str(_config["WECHAT_API_BASE_URL"])
    return c


def wake() -> None:
    """Nudge the worker; harmless if Redis is down (the worker sweeps the table anyway)."""
    try:
        get_redis().lpush(WAKE_KEY, 1)
    except redis.RedisError:
        pass


def queue_text(session: Session, member: Member, conversation_id: int, text: str, *, sender: str,
               ticket_id: int | None = None, author_id: int | None = None) -> Message:
    """Store a message for delivery through the customer-service API; call `wake()` after commit."""
    msg = Message(member_id=member.id, conversation_id=conversation_id, ticket_id=ticket_id, direction="out",
                  sender=sender, msg_type="text", content=text, delivery="custom", status="pending",
                  author_id=author_id, next_attempt_at=utcnow())
    session.add(msg)
    session.flush()
    return msg


def send_later(message_id: int) -> None:
    """A passive reply never reached the member: deliver it through the customer-service API instead."""
    with session_scope() as session:
        msg = session.get(Message, message_id)
        if msg is not None and msg.delivery == "passive":  # never send the same reply twice
            msg.delivery, msg.status, msg.sent_at, msg.next_attempt_at = "custom", "pending", None, utcnow()
    wake()


def _claim(limit: int) -> list[int]:
    """Mark due messages as `sending` so that no other worker takes them."""
    now = utcnow()
    with session_scope() as session:
        stuck = session.scalars(select(Message).where(Message.status == "sending",
                                                      Message.next_attempt_at < now - STUCK_AFTER)).all()
        for msg in stuck:  # a worker died mid-send: try again
            msg.status = "pending"
        rows = session.scalars(
            select(Message).where(Message.status == "pending", Message.next_attempt_at <= now)
            .order_by(Message.id).limit(limit).with_for_update(skip_locked=True)).all()
        for msg in rows:
            msg.status, msg.next_attempt_at = "sending", now
        return [m.id for m in rows]


def _send(api: StableTokenClient, msg: Message, member: Member) -> str:
    """Send one message, falling back to a template message outside the 48-hour window."""
    now = utcnow()
    in_window = (member.last_inbound_at is not None and now - member.last_inbound_at < WINDOW
                 and member.window_messages_sent < WINDOW_CAP)
    if in_window:
        try:
            api.message.send_text(member.openid, msg.content)
            member.window_messages_sent += 1
            return "custom"
        except WeChatClientException as exc:
            if exc.errcode not in OUT_OF_WINDOW:
                raise
    template_id = str(_config.get("WECHAT_TEMPLATE_ID") or "")
    if not template_id:
        raise OutOfWindow("outside the 48-hour window and WECHAT_TEMPLATE_ID is not set")
    api.message.send_template(member.openid, template_id, {
        "first": {"value": "您的健康顾问给您回复了"}, "keyword1": {"value": msg.content[:180]},
        "remark": {"value": "如需继续咨询，请直接在公众号里回复。"}})
    return "template"


class OutOfWindow(Exception):
    """The member cannot be reached until they write again."""


def deliver_due(limit: int = 20) -> int:
    """Send every due message once; returns how many were handled."""
    ids = _claim(limit)
    if not ids:
        return 0
    api = client()
    for message_id in ids:
        with session_scope() as session:
            msg = session.get(Message, message_id)
            if msg is None:
                continue
            member = session.get(Member, msg.member_id)
            msg.attempts += 1
            try:
                msg.delivery = _send(api, msg, member)
                msg.status, msg.sent_at, msg.last_error = "sent", utcnow(), None
            except OutOfWindow as exc:
                msg.status, msg.last_error = "failed", str(exc)[:255]
                log.warning("message %s not delivered: outside the window", msg.id)
            except (WeChatClientException, requests.RequestException) as exc:
                code = getattr(exc, "errcode", None)
                msg.last_error = f"{type(exc).__name__} {code or ''}".strip()[:255]
                if msg.attempts >= MAX_ATTEMPTS:
                    msg.status = "failed"
                    log.error("message %s failed after %s attempts: %s", msg.id, msg.attempts, msg.last_error)
                else:
                    msg.status = "pending"
                    msg.next_attempt_at = utcnow() + timedelta(seconds=2 ** msg.attempts)
                    log.warning("message %s: attempt %s failed (%s); retrying", msg.id, msg.attempts, msg.last_error)
    return len(ids)


def retry(message_id: int) -> None:
    """Put a failed message back in the queue (an advisor pressed 重发)."""
    with session_scope() as session:
        msg = session.get(Message, message_id)
        if msg is not None and msg.status == "failed":
            msg.status, msg.attempts, msg.next_attempt_at = "pending", 0, utcnow()
    wake()


def run_worker(stop: threading.Event, poll_seconds: float = 1.0, inbox: Inbox | None = None) -> None:
    """Deliver until `stop` is set: woken through Redis, sweeping the table every `poll_seconds`.

    With an `inbox`, it also stores messages spooled while the database was unreachable.
    """
    log.info("outbox worker started")
    while not stop.is_set():
        try:
            if inbox is not None:
                from . import spool

                spool.replay(inbox)
        except Exception as exc:
            log.warning("spool replay waiting for the database: %s", type(exc).__name__)
        try:
            while deliver_due():
                pass
        except Exception:
            log.exception("outbox sweep failed; retrying shortly")
        try:
            get_redis().brpop([WAKE_KEY], timeout=poll_seconds)
        except redis.RedisError:
            stop.wait(poll_seconds)
    log.info("outbox worker stopped")


_thread: threading.Thread | None = None
_thread_lock = threading.Lock()
_stop = threading.Event()


def start_in_process(app: Flask) -> None:
    """Run the worker as a daemon thread (the embedded single-process setup)."""
    global _thread
    if _thread is not None and _thread.is_alive():
        return
    with _thread_lock:
        if _thread is None or not _thread.is_alive():
            _stop.clear()
            _thread = threading.Thread(target=run_worker, args=(_stop, 1.0, app.extensions["inbox"]),
                                       name="outbox", daemon=True)
            _thread.start()


def stop_in_process() -> None:
    """Stop the in-process worker thread."""
    _stop.set()
    if _thread is not None:
        _thread.join(timeout=5)
