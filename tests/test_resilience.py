"""Rate limit per member, the database-outage spool, message retention and masked logs."""
from __future__ import annotations

import logging
import time
from datetime import timedelta

from sqlalchemy import select

from bot import db, retention, spool
from bot.db import session_scope
from bot.logging_setup import MaskingFilter, mask
from bot.redis_store import get_redis
from models import Message, utcnow
from scripts.simulate import message_xml

from .conftest import member_with_conversation
from .test_webhook import UNCOVERED, counts

UNREACHABLE_DB = "postgresql://postgres@127.0.0.1:1/nowhere"


def test_a_flooding_member_is_throttled_without_losing_messages(app, wx):
    app.config["MEMBER_RATE_LIMIT"] = 3
    replies = [wx.post(message_xml("o-flood", "text", f"{UNCOVERED}，第{i}次"))[1] for i in range(5)]
    assert all("健康顾问" in r or "补充" in r for r in replies[:3])
    assert "稍等" in replies[3] and replies[4] == "success"
    assert counts()[0] == 5  # every message is stored
    # A red flag is never throttled, and other members are unaffected.
    assert "120" in wx.post(message_xml("o-flood", "text", "我爸胸口剧痛满头大汗"))[1]
    assert "冲洗伤口" in wx.post(message_xml("o-flood", "text", "刚被狗咬了一口"))[1]  # nor is an animal bite
    assert "健康顾问" in wx.post(message_xml("o-calm", "text", UNCOVERED))[1]


def test_database_outage_spools_and_replays(app, wx):
    real_url = app.config["DATABASE_URL"]
    db.configure(UNREACHABLE_DB)
    try:
        _, busy, _ = wx.post(message_xml("o-outage", "text", UNCOVERED, msg_id=501))
        _, urgent, _ = wx.post(message_xml("o-outage", "text", "我爸胸口剧痛满头大汗", msg_id=502))
        _, bite, _ = wx.post(message_xml("o-bite-outage", "text", "刚被猫抓破了手", msg_id=503))
        # A retry during the outage gets the same answer and is not spooled twice.
        assert wx.post(message_xml("o-outage", "text", UNCOVERED, msg_id=501))[1] == busy
    finally:
        db.configure(real_url)
    assert "稍后" in busy and "120" in urgent and "冲洗伤口" in bite
    assert get_redis().llen(spool.SPOOL_KEY) == 3
    assert spool.replay(app.extensions["inbox"]) == 3
    assert get_redis().llen(spool.SPOOL_KEY) == 0
    assert counts() == (3, 3, 2)  # the emergency joins the first message's ticket; the bite has its own
    with session_scope() as s:
        out = {m.content[:4]: m for m in s.scalars(select(Message).where(Message.direction == "out"))}
    pending = [m for m in out.values() if m.status == "pending"]
    assert len(pending) == 1 and pending[0].delivery == "custom"  # the real answer goes out via the API


def test_retention_erases_old_bodies_only(app):
    with session_scope() as s:
        member, conv = member_with_conversation(s, "o-old")
        for age in (400, 10):
            s.add(Message(member_id=member.id, conversation_id=conv.id, direction="in", sender="member",
                          msg_type="text", content=f"{age}天前的消息", created_at=utcnow() - timedelta(days=age)))
    assert retention.purge(365) == 1
    with session_scope() as s:
        contents = sorted(m.content for m in s.scalars(select(Message)))
    assert contents == ["10天前的消息", retention.ERASED]


def test_phone_and_id_numbers_are_masked():
    assert mask("电话13812345678") == "电话138****5678"
    assert mask("身份证110101199003071234") == "身份证110101********1234"
    assert mask("订单号 20261123000012345678") == "订单号 20261123000012345678"  # not a phone or ID
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "member %s wrote", ("13912345678",), None)
    MaskingFilter().filter(record)
    assert "13912345678" not in record.getMessage()


def test_a_hung_database_does_not_hold_other_members(app, wx):
    """A message stuck on a database that stopped answering gets the holding note once it has waited
    DATABASE_STALL_SECONDS (its real answer follows through the API), and the next ones get it at once (spooled,
    replayed later) instead of queueing behind it; normal service resumes when the wait ends."""
    import threading

    inbox = app.extensions["inbox"]
    inbox.stall_seconds = 0.2
    release = threading.Event()
    real_receive = inbox._receive

    def hang_first(msg, throttle=None, *, first=False):  # type: ignore[no-untyped-def]
        if msg.openid == "o-hung":
            release.wait(10)  # what a partitioned PostgreSQL does to its caller
        return real_receive(msg, throttle, first=first)

    inbox._receive = hang_first
    stuck: list[tuple[int, str, float]] = []
    try:
        waiter = threading.Thread(target=lambda: stuck.append(wx.post(message_xml("o-hung", "text", UNCOVERED,
                                                                                  msg_id=601))))
        waiter.start()
        waiter.join(3)
        assert inbox.stalled()
        _, busy, took = wx.post(message_xml("o-next", "text", UNCOVERED, msg_id=602))
        _, urgent, _ = wx.post(message_xml("o-next2", "text", "我爸胸口剧痛满头大汗", msg_id=603))
    finally:
        release.set()
        inbox._receive = real_receive
    assert stuck and stuck[0][1] == spool.BUSY_REPLY and stuck[0][2] < 2.0  # not the whole 4 s deadline
    assert busy == spool.BUSY_REPLY and "120" in urgent and took < 1.0
    deadline = time.monotonic() + 5
    while inbox.stalled() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not inbox.stalled()
    assert get_redis().llen(spool.SPOOL_KEY) == 2
    assert spool.replay(inbox) == 2
    assert counts()[0] == 3  # the stuck message and both spooled ones, each stored once
    with session_scope() as s:
        later = s.scalars(select(Message).where(Message.direction == "out", Message.delivery == "custom")).all()
    assert len(later) == 2  # the stuck one's and the spooled calm one's real answers go out via the API
    assert "健康顾问" in wx.post(message_xml("o-after", "text", UNCOVERED, msg_id=604))[1]
