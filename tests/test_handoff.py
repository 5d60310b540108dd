"""Handoff through the webhook: emergencies open P0 tickets, follow-ups join the open ticket, 结束 and rating."""
from __future__ import annotations

from sqlalchemy import select

from bot.db import session_scope
from models import Message, Ticket
from scripts.simulate import message_xml

from .test_webhook import UNCOVERED


def tickets() -> list[Ticket]:
    with session_scope() as s:
        return list(s.scalars(select(Ticket).order_by(Ticket.id)))


def test_emergency_opens_a_p0_ticket_and_replies_at_once(wx):
    _, reply, _ = wx.post(message_xml("o-em", "text", "我爸胸口剧痛满头大汗"))
    assert "120" in reply
    [ticket] = tickets()
    assert ticket.priority == "P0" and ticket.reason == "emergency"
    assert (ticket.sla_due_at - ticket.created_at).total_seconds() <= 15 * 60


def test_hello_and_thanks_open_no_ticket(wx):
    for text in ("你好", "在吗", "谢谢"):
        _, reply, _ = wx.post(message_xml("o-hello", "text", text))
        assert "健康顾问" not in reply or "人工" in reply
    assert tickets() == []


def test_off_topic_opens_no_ticket_and_a_service_matter_opens_a_service_ticket(wx):
    _, reply, _ = wx.post(message_xml("o-off", "text", "帮我订个外卖"))
    assert "健康助手" in reply
    assert tickets() == []
    _, reply, _ = wx.post(message_xml("o-svc", "text", "上个月的发票还没收到"))
    assert "会员服务" in reply
    [ticket] = tickets()
    assert ticket.reason == "service" and ticket.department == "内科" and ticket.priority == "P2"


def test_an_animal_bite_opens_a_p1_ticket_and_its_care_reaches_a_member_already_with_an_advisor(wx):
    _, reply, _ = wx.post(message_xml("o-bite", "text", "被狗咬了一口出血了"))
    assert "冲洗伤口" in reply
    [ticket] = tickets()
    assert ticket.reason == "urgent_care" and ticket.priority == "P1"
    with session_scope() as s:
        s.get(Ticket, ticket.id).status = "claimed"
    _, reply, _ = wx.post(message_xml("o-bite", "text", "刚才又被猫抓了一下"))
    assert "冲洗伤口" in reply
    assert len(tickets()) == 1


def test_a_bare_number_after_the_rating_opens_no_ticket(wx):
    wx.post(message_xml("o-num", "text", UNCOVERED))
    wx.post(message_xml("o-num", "text", "结束"))
    wx.post(message_xml("o-num", "text", "5"))
    _, reply, _ = wx.post(message_xml("o-num", "text", "5"))
    assert "没太看明白" in reply
    assert len(tickets()) == 1


def test_follow_up_messages_join_the_open_ticket(wx):
    wx.post(message_xml("o-join", "text", UNCOVERED))
    _, reply, _ = wx.post(message_xml("o-join", "text", "补充一下，已经两个月了"))
    assert "补充" in reply
    [ticket] = tickets()
    with session_scope() as s:
        joined = s.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)).all()
        assert [m.ticket_id for m in joined] == [ticket.id, ticket.id]


def test_red_flag_in_an_open_ticket_raises_priority(wx):
    wx.post(message_xml("o-raise", "text", UNCOVERED))
    _, reply, _ = wx.post(message_xml("o-raise", "text", "我爸胸口剧痛满头大汗"))
    assert "120" in reply
    [ticket] = tickets()
    assert ticket.priority == "P0"


def test_member_ends_with_jieshu_then_rates(wx):
    wx.post(message_xml("o-end", "text", UNCOVERED))
    _, reply, _ = wx.post(message_xml("o-end", "text", "结束"))
    assert "1–5" in reply and reply.count("已结束") == 1
    _, thanks, _ = wx.post(message_xml("o-end", "text", "5"))
    assert "感谢" in thanks
    [ticket] = tickets()
    assert ticket.status == "resolved" and ticket.rating == 5


def test_high_risk_finding_is_answered_and_followed_up_within_the_hour(wx):
    _, reply, _ = wx.post(message_xml("o-p1", "text", "体检报告说甲状腺结节TI-RADS 4a类，这是什么意思"))
    [ticket] = tickets()
    assert ticket.priority == "P1" and ticket.reason in ("high_risk", "no_answer")
    assert "健康顾问" in reply


def test_a_follow_up_is_read_with_the_previous_question(wx):
    _, first, _ = wx.post(message_xml("o-fu", "text", "查出幽门螺杆菌阳性"))
    _, follow_up, _ = wx.post(message_xml("o-fu", "text", "会传染吗"))
    assert "传" in follow_up and follow_up != first  # the transmission entry, not the same answer again
    with session_scope() as s:
        last = s.scalars(select(Message).where(Message.direction == "in").order_by(Message.id.desc())).first()
        assert last.decision["context"] == "查出幽门螺杆菌阳性。会传染吗"
        assert last.decision["department"] == "消化内科"
    # an escalated follow-up's ticket shows the question it follows
    wx.post(message_xml("o-fu2", "text", "最近老是失眠，睡不着"))
    wx.post(message_xml("o-fu2", "text", "还有别的办法吗"))
    [ticket] = tickets()
    assert ticket.summary == "最近老是失眠，睡不着。还有别的办法吗" and ticket.department == "精神心理科"
    # a message that names its own subject is read alone
    wx.post(message_xml("o-fu", "text", "牙龈老是出血"))
    with session_scope() as s:
        last = s.scalars(select(Message).where(Message.direction == "in").order_by(Message.id.desc())).first()
        assert last.decision.get("context") is None
