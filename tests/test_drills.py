"""Fast versions of the fault drills (scripts/drills/): a retry storm and WeChat API errors, on both backends.

The heavier drills (Redis restart, PostgreSQL outage, worker kill -9) stay scripts; see docs/operations.md.
The last three tests pin down gaps those drills found (and that are now fixed).
"""
from __future__ import annotations

import time
from collections import Counter

from sqlalchemy import func, select

from bot import outbound, spool
from bot.db import session_scope
from bot.inbox import Inbound, Inbox
from bot.redis_store import get_redis
from bot.wechat.replycache import ReplyCache
from models import Member, Message
from scripts.drills.retry_storm import storm
from scripts.simulate import message_xml

from .conftest import TOKEN, drain_outbox
from .test_webhook import UNCOVERED


def _rows_per_member(openids: list[str]) -> tuple[Counter[str], Counter[str]]:
    """Inbound rows and bot reply rows per openid."""
    with session_scope() as s:
        rows = s.execute(select(Member.openid, Message.direction, func.count()).join(Member, Member.id == Message.member_id)
                         .where(Member.openid.in_(openids), Message.sender.in_(("member", "bot")))
                         .group_by(Member.openid, Message.direction)).all()
    inbound, replies = Counter(), Counter()
    for openid, direction, n in rows:
        (inbound if direction == "in" else replies)[openid] += n
    return inbound, replies


def test_retry_storm_processes_each_message_once(live_server, app):
    firsts, bodies = storm(live_server + "/wechat", messages=20, max_late=1.0, threads=12, token=TOKEN)
    openids = [d.openid for d in firsts]
    inbound, replies = _rows_per_member(openids)
    assert all(inbound[o] == 1 for o in openids), inbound
    assert all(replies[o] == 1 for o in openids), replies
    for key, received in bodies.items():
        assert len(received) == 3 and len(set(received)) == 1, (key, received)
        assert received[0].startswith("<xml"), (key, received)


def test_retry_storm_with_late_answers_sends_one_reply_through_the_api(live_server, app, fake_wechat):
    app.config["REPLY_DEADLINE_SECONDS"] = 0.0  # nothing is ready in time: every answer goes via the API
    firsts, bodies = storm(live_server + "/wechat", messages=10, max_late=1.0, threads=12, token=TOKEN)
    assert all(b == ["success"] * 3 for b in bodies.values()), bodies
    openids = [d.openid for d in firsts]
    end = time.monotonic() + 10
    while time.monotonic() < end and sum(_rows_per_member(openids)[1].values()) < len(openids):
        time.sleep(0.05)  # the processing threads finish after the webhook answered
    drain_outbox(2)
    sent = Counter(m["touser"] for m in fake_wechat.sent)
    assert all(sent[o] == 1 for o in openids), sent
    inbound, replies = _rows_per_member(openids)
    assert all(inbound[o] == 1 and replies[o] == 1 for o in openids)


def test_wechat_api_errors_are_retried_or_fall_back(app, wx, fake_wechat):
    app.config.update(REPLY_DEADLINE_SECONDS=0.0, WECHAT_API_TIMEOUT=1.0, WECHAT_TEMPLATE_ID="tmpl-1")
    outbound.configure(app.config)
    openids = [f"o-api-{i}" for i in range(6)]
    for i, openid in enumerate(openids):
        assert wx.post(message_xml(openid, "text", UNCOVERED, msg_id=7000 + i))[1] == "success"
    end = time.monotonic() + 10
    while time.monotonic() < end and sum(_rows_per_member(openids)[1].values()) < len(openids):
        time.sleep(0.05)
    fake_wechat.fail_next("timeout", "http500", -1, 45015)
    outbound.deliver_due()
    fake_wechat.expire_tokens()  # the next call gets 40001 and must refresh the token, then resend
    drain_outbox()
    delivered = Counter(m["touser"] for m in fake_wechat.sent + fake_wechat.templates)
    assert all(delivered[o] == 1 for o in openids), delivered
    assert len(fake_wechat.templates) == 1  # the 45015 one
    assert any(r.get("force_refresh") for r in fake_wechat.token_requests)
    with session_scope() as s:
        statuses = Counter(m.status for m in s.scalars(select(Message).where(Message.direction == "out")))
    assert statuses == {"sent": len(openids)}


def test_a_retry_processes_a_message_whose_worker_died(app, wx):
    xml = message_xml("o-orphan", "text", UNCOVERED, msg_id=8101)
    ReplyCache(get_redis()).claim("msg:o-orphan:8101")  # claimed, then the worker died: no heartbeat renews it
    time.sleep(1.0)  # an early retry, before the lease has lapsed
    _, reply, took = wx.post(xml)
    assert "健康顾问" in reply and took < app.config["REPLY_DEADLINE_SECONDS"]
    assert _rows_per_member(["o-orphan"])[0]["o-orphan"] == 1


class _RacingInbox(Inbox):
    """Replays like a second `make worker` process that reads the same spool head at the same moment."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__(inbox.hours)
        self.raced = False

    def receive(self, msg: Inbound, throttle: str | None = None):  # type: ignore[no-untyped-def]
        """On the first message, let the other worker replay the same head first."""
        if not self.raced:
            self.raced = True
            spool.replay(Inbox(self.hours), limit=1)
        return super().receive(msg, throttle)


def test_two_workers_replaying_the_spool_lose_nothing(app):
    for i in range(3):
        spool.keep(Inbound(openid=f"o-spool-{i}", kind="text", dedup_key=f"msg:o-spool-{i}:{i}", text=UNCOVERED),
                   answered=True)
    spool.replay(_RacingInbox(app.extensions["inbox"]))
    inbound, _ = _rows_per_member([f"o-spool-{i}" for i in range(3)])
    assert get_redis().llen(spool.SPOOL_KEY) == 0
    assert sorted(inbound) == [f"o-spool-{i}" for i in range(3)]


def test_replay_of_a_message_stored_before_the_connection_dropped_sends_its_reply(app):
    msg = Inbound(openid="o-acklost", kind="text", dedup_key="msg:o-acklost:1", text=UNCOVERED)
    app.extensions["inbox"].receive(msg)  # COMMIT reached PostgreSQL ...
    spool.keep(msg, answered=False)  # ... but its acknowledgement did not: the webhook spooled it, said "busy"
    spool.replay(app.extensions["inbox"])
    with session_scope() as s:
        out = s.scalars(select(Message).where(Message.direction == "out")).one()
    assert out.delivery == "custom" and out.status == "pending"


def test_pooled_connections_killed_by_a_database_restart_cost_no_message(app, pg_url):
    """Without a ping per checkout, a dead pooled connection fails once and the inbox retries on a fresh one."""
    import sqlalchemy as sa

    from bot import db

    if db.engine().dialect.name != "postgresql":
        return  # SQLite connections cannot be cut from outside
    inbox = app.extensions["inbox"]
    inbox.receive(Inbound(openid="o-restart", kind="text", dedup_key="msg:o-restart:1", text=UNCOVERED))
    killer = sa.create_engine(pg_url)
    with killer.connect() as conn:  # what a PostgreSQL restart does to every pooled connection
        killed = conn.execute(sa.text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
    killer.dispose()
    assert killed >= 1
    out = inbox.receive(Inbound(openid="o-restart", kind="text", dedup_key="msg:o-restart:2", text=UNCOVERED),
                        first=True)
    assert out.inbound_id is not None and not out.spooled
    inbound, _ = _rows_per_member(["o-restart"])
    assert inbound["o-restart"] == 2


def test_a_replayer_that_lost_its_lock_neither_pops_nor_releases_the_new_owners(app):
    """The spool lock carries an owner token: a replay round that outlived its lease stops at the next message
    and leaves the lock of the replayer that took over alone."""
    for i in range(2):
        spool.keep(Inbound(openid=f"o-lease-{i}", kind="text", dedup_key=f"msg:o-lease-{i}:{i}", text=UNCOVERED),
                   answered=True)

    class _SlowInbox(Inbox):
        def receive(self, msg: Inbound, throttle: str | None = None, *, first: bool = False):  # type: ignore[no-untyped-def]
            out = super().receive(msg, throttle, first=first)
            get_redis().set(spool.LOCK_KEY, b"other-replayer")  # our lease ran out and another worker took over
            return out

    assert spool.replay(_SlowInbox(app.extensions["inbox"].hours)) == 1
    assert get_redis().get(spool.LOCK_KEY) == b"other-replayer"
    assert get_redis().llen(spool.SPOOL_KEY) == 1
