"""Outbound delivery through the fake WeChat API: retries, token expiry, the 48-hour window, failures kept."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import outbound
from bot.db import session_scope
from models import Member, Message, utcnow

from .conftest import drain_outbox, member_with_conversation


@pytest.fixture
def queued(app):
    """Queue one advisor message to a member who wrote recently; returns its id."""
    app.config["WECHAT_API_TIMEOUT"] = 1.0
    outbound.configure(app.config)

    def make(openid: str = "o-out", *, last_inbound_hours: float = 1, text: str = "您好，这是健康顾问的回复。"):
        with session_scope() as s:
            member, conv = member_with_conversation(
                s, openid, last_inbound_at=utcnow() - timedelta(hours=last_inbound_hours))
            return outbound.queue_text(s, member, conv.id, text, sender="advisor").id

    return make


def state(message_id: int) -> Message:
    with session_scope() as s:
        return s.get(Message, message_id)


def test_delivers_customer_service_text(queued, fake_wechat):
    mid = queued()
    assert outbound.deliver_due() == 1
    assert fake_wechat.sent[-1] == {"touser": "o-out", "msgtype": "text", "text": {"content": "您好，这是健康顾问的回复。"}}
    msg = state(mid)
    assert msg.status == "sent" and msg.delivery == "custom" and msg.attempts == 1


def test_token_expiry_40001_refreshes_and_resends(queued, fake_wechat):
    mid = queued()
    outbound.deliver_due()
    fake_wechat.expire_tokens()
    mid2 = queued("o-out2")
    outbound.deliver_due()
    assert state(mid2).status == "sent" and len(fake_wechat.sent) == 2
    assert fake_wechat.token_requests[-1]["force_refresh"] is True
    assert state(mid).status == "sent"


@pytest.mark.parametrize("failure", ["timeout", "http500", -1])
def test_transient_errors_are_retried(queued, fake_wechat, failure):
    mid = queued()
    fake_wechat.fail_next(failure)
    outbound.deliver_due()
    first = state(mid)
    assert first.status == "pending" and first.attempts == 1 and first.last_error
    drain_outbox(1)
    assert state(mid).status == "sent"


def test_out_of_window_45015_falls_back_to_template(app, queued, fake_wechat):
    app.config["WECHAT_TEMPLATE_ID"] = "tmpl-1"
    outbound.configure(app.config)
    mid = queued()
    fake_wechat.fail_next(45015)
    outbound.deliver_due()
    msg = state(mid)
    assert msg.status == "sent" and msg.delivery == "template"
    assert fake_wechat.templates[-1]["template_id"] == "tmpl-1"


def test_known_closed_window_goes_straight_to_template(app, queued, fake_wechat):
    app.config["WECHAT_TEMPLATE_ID"] = "tmpl-1"
    outbound.configure(app.config)
    mid = queued(last_inbound_hours=49)
    outbound.deliver_due()
    assert state(mid).delivery == "template" and not fake_wechat.sent


def test_without_template_an_out_of_window_message_fails_visibly(app, queued, fake_wechat):
    app.config["WECHAT_TEMPLATE_ID"] = ""
    outbound.configure(app.config)
    mid = queued(last_inbound_hours=72)
    outbound.deliver_due()
    msg = state(mid)
    assert msg.status == "failed" and "48-hour" in msg.last_error
    outbound.retry(mid)
    assert state(mid).status == "pending"


def test_persistent_errors_end_as_failed_not_lost(queued, fake_wechat):
    mid = queued()
    fake_wechat.fail_next(*([-1] * outbound.MAX_ATTEMPTS))
    drain_outbox(outbound.MAX_ATTEMPTS + 1)
    msg = state(mid)
    assert msg.status == "failed" and msg.attempts == outbound.MAX_ATTEMPTS


def test_window_cap_limits_customer_service_messages(queued, fake_wechat):
    first = queued("o-cap")
    with session_scope() as s:
        member = s.scalars(select(Member)).one()
        for i in range(outbound.WINDOW_CAP):
            outbound.queue_text(s, member, state(first).conversation_id, f"第{i}条", sender="advisor")
    outbound.deliver_due()
    with session_scope() as s:
        statuses = [m.status for m in s.scalars(select(Message).order_by(Message.id))]
    assert statuses.count("sent") == outbound.WINDOW_CAP  # the sixth needs a template; none is configured
    assert statuses.count("failed") == 1
