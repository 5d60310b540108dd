"""The `/wechat` webhook: verification, signatures, safe mode, exactly-once, the 5-second window."""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from flask import Blueprint, Response, abort, current_app, request
from werkzeug.exceptions import HTTPException
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from .. import outbound, ratelimit, spool
from ..inbox import Inbound, Inbox, Outcome
from ..redis_store import get_redis
from .parsing import render_reply, to_inbound
from .replycache import ReplyCache

log = logging.getLogger(__name__)
bp = Blueprint("wechat", __name__)

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def _pool() -> ThreadPoolExecutor:
    """Worker threads for message processing, created lazily once per process."""
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=16, thread_name_prefix="inbox")
        return _executor


class DatabaseStalled(Exception):
    """Another message of this process has waited on the database for too long: do not queue behind it."""


class _Job:
    """Shared between the request and the processing thread, to settle who sends a late reply."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = False
        self.late = False
        self.noted = False  # the webhook gave up waiting and already sent the red-flag reply itself


def _process(inbox: Inbox, inbound: Inbound, job: _Job, throttle: str | None, first: bool) -> Outcome:
    """Process the message; if the webhook already gave up waiting, send the reply via the API."""
    try:
        if inbox.stalled():
            raise DatabaseStalled
        outcome = inbox.receive(inbound, throttle, first=first)
    except (OperationalError, InterfaceError, PoolTimeout, DatabaseStalled):
        # The database is unreachable: keep the message in Redis and still answer the member if we can.
        reply = spool.immediate_reply(inbound)
        with job.lock:
            job.done = True
            late, noted = job.late, job.noted
        answered = noted or (reply is not None and reply != spool.BUSY_REPLY and not late)
        if not spool.keep(inbound, answered):
            raise
        return Outcome(reply=None if late else reply, spooled=True)
    with job.lock:
        job.done = True
        late, noted = job.late, job.noted
    if late and not noted and outcome.reply_id is not None and not outcome.duplicate:
        outbound.send_later(outcome.reply_id)
    return outcome


def _answer(inbound: Inbound, msg: object, deadline: float) -> str:
    """The reply body for one delivery: the same for the first delivery and every retry."""
    cache = ReplyCache(get_redis())
    claimed = cache.claim(inbound.dedup_key)
    if claimed is False:
        body = cache.wait(inbound.dedup_key, deadline)
        if body is not None:
            return body
    inbox: Inbox = current_app.extensions["inbox"]
    limit = current_app.config["MEMBER_RATE_LIMIT"]
    count = ratelimit.count_message(inbound.openid) if inbound.kind != "event" else 0
    throttle = None if count <= limit else ("notify" if count == limit + 1 else "quiet")
    job = _Job()
    future = _pool().submit(_process, inbox, inbound, job, throttle, claimed is True)
    try:
        outcome = _wait_renewing(future, cache, inbound.dedup_key, deadline, inbox)
    except FutureTimeout:
        # Out of time, or the database hangs: a holding note (the red-flag reply for a red flag) now, and the
        # real answer through the customer-service API when the job finishes.
        note = spool.immediate_reply(inbound) if inbox.stalled() else None
        with job.lock:
            job.late = not job.done
            job.noted = job.late and note is not None and note != spool.BUSY_REPLY
        if job.late:
            log.warning("reply not ready in time for %s; it will go out via the customer-service API", inbound.kind)
            body = render_reply(note, msg) if note else "success"
            cache.store(inbound.dedup_key, body)
            return body
        outcome = future.result()
    except Exception:
        log.exception("processing failed for a %s message; WeChat gets 'success' and may retry", inbound.kind)
        cache.release(inbound.dedup_key)
        return "success"
    body = render_reply(outcome.reply, msg) if outcome.reply else "success"
    cache.store(inbound.dedup_key, body)
    return body


def _wait_renewing(future, cache: ReplyCache, key: str, deadline: float, inbox: Inbox) -> Outcome:  # type: ignore[no-untyped-def]
    """Wait for the job until the deadline, renewing the claim so that only a dead worker's claim lapses; stop
    early when the database hangs (no point holding a request thread for the whole deadline)."""
    started = time.monotonic()
    while True:
        remaining = deadline - time.monotonic()
        try:
            return future.result(timeout=max(0.0, min(0.25, remaining)))
        except FutureTimeout:
            if remaining <= 0.25 or (time.monotonic() - started > inbox.stall_seconds and inbox.stalled()):
                raise
            cache.renew(key)


def _crypto() -> WeChatCrypto | None:
    cfg = current_app.config
    if not cfg["WECHAT_AES_KEY"]:
        return None
    return WeChatCrypto(cfg["WECHAT_TOKEN"], cfg["WECHAT_AES_KEY"], cfg["WECHAT_APPID"])


@bp.route("/wechat", methods=["GET", "POST"])
def webhook() -> Response | str:
    """WeChat's callback URL."""
    deadline = time.monotonic() + current_app.config["REPLY_DEADLINE_SECONDS"]
    args = request.args
    try:
        check_signature(current_app.config["WECHAT_TOKEN"], args.get("signature", ""),
                        args.get("timestamp", ""), args.get("nonce", ""))
    except InvalidSignatureException:
        abort(403)
    if request.method == "GET":
        return args.get("echostr", "")
    try:
        body = request.get_data(cache=False)  # MAX_CONTENT_LENGTH turns an oversized body into a 413
        crypto = _crypto() if args.get("encrypt_type") == "aes" else None
        if args.get("encrypt_type") == "aes" and crypto is None:
            log.warning("encrypted message received but WECHAT_AES_KEY is not set")
            abort(400)
        try:
            xml = crypto.decrypt_message(body, args.get("msg_signature", ""), args.get("timestamp", ""),
                                         args.get("nonce", "")) if crypto else body
        except InvalidSignatureException:
            abort(403)
        except Exception as exc:  # a malformed envelope (bad base64, wrong key, broken padding)
            log.warning("rejected undecryptable message: %s", type(exc).__name__)
            abort(400)
        try:
            inbound, msg = to_inbound(xml)
        except Exception as exc:
            log.warning("rejected unparsable message: %s", type(exc).__name__)
            abort(400)
        reply = _answer(inbound, msg, deadline)
        if crypto is not None and reply != "success":
            reply = crypto.encrypt_message(reply, args.get("nonce", ""), args.get("timestamp", ""))
        return Response(reply, mimetype="application/xml" if reply != "success" else "text/plain")
    except HTTPException:
        raise
    except Exception:
        log.exception("webhook error; answered 'success'")
        return "success"
