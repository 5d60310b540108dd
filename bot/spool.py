"""When the database is unreachable, inbound messages wait in Redis and are stored when it is back.

The member still gets an answer: a red flag gets its emergency reply at once (the pipeline needs no database),
anything else gets a short "received, we will reply" note, and the real reply goes out through the
customer-service API after the replay.
"""
from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict

import redis

from . import outbound, safety
from .inbox import Inbound, Inbox
from .redis_store import get_redis

log = logging.getLogger(__name__)

SPOOL_KEY = "inbox:spool"
LOCK_KEY = "inbox:spool:lock"
LOCK_SECONDS = 60
BUSY_REPLY = "消息已收到，系统正在处理，稍后会把回复发给您。如遇胸痛、呼吸困难等紧急情况，请立即拨打 120。"


def immediate_reply(msg: Inbound) -> str | None:
    """What to tell the member while their message waits: red flags are never delayed."""
    if msg.kind == "event":
        return None
    check = safety.assess(msg.text) if msg.kind in ("text", "voice") else None
    if check is not None and check.flag == "emergency":
        return safety.emergency_reply(check)
    if check is not None and check.flag == "self_harm":
        return safety.self_harm_reply(check)
    if check is not None and check.urgent_care:
        return check.urgent_care
    return BUSY_REPLY


def keep(msg: Inbound, answered: bool) -> bool:
    """Put a message in the spool; `answered` means its real reply already went out (a red flag)."""
    try:
        get_redis().rpush(SPOOL_KEY, json.dumps({"inbound": asdict(msg), "answered": answered}))
    except redis.RedisError:
        log.error("database and Redis both unavailable: a %s message could not be kept", msg.kind)
        return False
    log.warning("database unavailable: a %s message was spooled for replay", msg.kind)
    return True


def _hold(client: redis.Redis, token: bytes, seconds: int | None) -> bool:
    """Extend the replay lock by `seconds` (or release it: None) only if this replayer still owns it."""
    owned = False

    def check_and_act(pipe: redis.client.Pipeline) -> None:
        nonlocal owned
        owned = pipe.get(LOCK_KEY) == token
        pipe.multi()
        if owned and seconds:
            pipe.expire(LOCK_KEY, seconds)
        elif owned:
            pipe.delete(LOCK_KEY)

    client.transaction(check_and_act, LOCK_KEY)
    return owned


def replay(inbox: Inbox, limit: int = 100) -> int:
    """Store spooled messages now that the database is back; send their replies via the API.

    One replayer at a time (a Redis lock with an owner token, renewed per message), so the head of the spool is
    never processed twice or dropped, even by a round that outlives the lock's lease.
    """
    client = get_redis()
    token = uuid.uuid4().hex.encode()
    if not client.set(LOCK_KEY, token, nx=True, ex=LOCK_SECONDS):
        return 0
    done = 0
    try:
        while done < limit and _hold(client, token, LOCK_SECONDS):
            raw = client.lindex(SPOOL_KEY, 0)
            if raw is None:
                break
            item = json.loads(raw)
            outcome = inbox.receive(Inbound(**item["inbound"]))  # raises while the database is still down
            # Even a duplicate (stored before the connection dropped) still owes the member its real reply.
            if not item["answered"] and outcome.reply_id is not None:
                outbound.send_later(outcome.reply_id)
            client.lpop(SPOOL_KEY)  # only after the message is safely stored
            done += 1
    finally:
        _hold(client, token, None)
    if done:
        log.info("replayed %d spooled messages", done)
    return done
