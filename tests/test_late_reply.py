"""When the answer is not ready within the deadline, WeChat gets 'success' and the reply goes out later."""
from __future__ import annotations

from sqlalchemy import select

from bot import outbound
from bot.db import session_scope
from models import Message
from scripts.simulate import message_xml

from .test_webhook import UNCOVERED, counts


def test_late_answer_is_delivered_through_the_customer_service_api(app, wx, fake_wechat):
    app.config["REPLY_DEADLINE_SECONDS"] = 0.0  # nothing can be ready in zero seconds
    xml = message_xml("o-late", "text", UNCOVERED, msg_id=42)
    status, body, took = wx.post(xml)
    assert status == 200 and body == "success"
    # A retry gets the same 'success', and nothing is processed twice.
    assert wx.post(xml)[1] == "success"
    for _ in range(100):
        with session_scope() as s:
            out = s.scalars(select(Message).where(Message.direction == "out")).first()
            if out is not None and out.status == "pending":
                break
        import time

        time.sleep(0.05)
    assert outbound.deliver_due() == 1
    sent = fake_wechat.wait_for(1)
    assert sent[0]["touser"] == "o-late" and "健康顾问" in sent[0]["text"]["content"]
    assert counts() == (1, 1, 1)
    with session_scope() as s:
        out = s.scalars(select(Message).where(Message.direction == "out")).one()
        assert out.status == "sent" and out.delivery == "custom"
