"""Rate limit per member, the database-outage spool, message retention and masked logs."""
from __future__ import annotations

import logging
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
    assert "健康顾问" in wx.post(message_xml("o-calm", "text", UNCOVERED))[1]


def test_database_outage_spools_and_replays(app, wx):
    real_url = app.config["DATABASE_URL"]
    db.configure(UNREACHABLE_DB)
    try:
        _, busy, _ = wx.post(message_xml("o-outage", "text", UNCOVERED, msg_id=501))
        _, urgent, _ = wx.post(message_xml("o-outage", "text", "我爸胸口剧痛满头大汗", msg_id=502))
        # A retry during the outage gets the same answer and is not spooled twice.
        assert wx.post(message_xml("o-outage", "text", UNCOVERED, msg_id=501))[1] == busy
    finally:
        db.configure(real_url)
    assert "稍后" in busy and "120" in urgent
    assert get_redis().llen(spool.SPOOL_KEY) == 2
    assert spool.replay(app.extensions["inbox"]) == 2
    assert get_redis().llen(spool.SPOOL_KEY) == 0
    assert counts() == (2, 2, 1)  # one ticket: the emergency joins the first message's ticket
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
