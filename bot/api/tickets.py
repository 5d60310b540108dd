"""The advisor queue and conversations: list, view, claim, assign, transfer, reply, notes, resolve, reopen."""
from __future__ import annotations

from typing import Any

from flask import jsonify, request
from sqlalchemy import select

from models import Member, Message, User, utcnow

from .. import outbound, queue
from ..db import session_scope
from . import bp
from .common import audit_view, body, me
from .serialize import iso, message_json, ticket_detail, ticket_summary, user_names
from .spec import ANY_ROLE, I, S, api_route, array, obj, q, ref

ADVISOR = ("advisor",)
TICKET = "/tickets/<int:ticket_id>"


def _detail(ticket_id: int) -> Any:
    """The ticket as the conversation view shows it."""
    with session_scope() as db:
        return jsonify(ticket_detail(db, queue.get_ticket(db, ticket_id), utcnow()))


@api_route(bp, "/queue", "GET", roles=ADVISOR, summary="工单队列：优先级从高到低，同优先级先到先得", tag="队列",
           response=ref("Queue"), errors=(400,), query=[
               q("filter", "all | mine | my_departments | unassigned | breached | resolved",
                 {"type": "string", "enum": list(queue.FILTERS), "default": "all"}),
               q("department", "只看某个科室"), q("priority", "只看某个优先级",
                                              {"type": "string", "enum": ["P0", "P1", "P2", "P3"]})])
def queue_list() -> Any:
    """Tickets of one filter, with the count of every filter (for the tabs)."""
    user, now = me(), utcnow()
    name = request.args.get("filter", "all")
    with session_scope() as db:
        tickets = queue.list_tickets(db, user, name, department=request.args.get("department") or None,
                                     priority=request.args.get("priority") or None, now=now)
        names = user_names(db)
        members = {m.id: m for m in db.scalars(select(Member).where(
            Member.id.in_({t.member_id for t in tickets})))} if tickets else {}
        rows = [ticket_summary(t, members[t.member_id], names, now) for t in tickets]
        counts = queue.queue_counts(db, user, now)
    return jsonify(tickets=rows, counts=counts, now=iso(now))


@api_route(bp, TICKET, "GET", roles=ADVISOR, summary="会话详情：工单、会员资料、48 小时窗口、完整聊天记录、知识库候选",
           tag="会话", response=ref("TicketDetail"), errors=(404,))
def ticket_get(ticket_id: int) -> Any:
    """The conversation view; viewing is audited."""
    with session_scope() as db:
        ticket = queue.get_ticket(db, ticket_id)
        audit_view(db, me(), "ticket", ticket.id)
        return jsonify(ticket_detail(db, ticket, utcnow()))


@api_route(bp, TICKET + "/claim", "POST", roles=ADVISOR, summary="认领（两名顾问不可能同时认领成功）", tag="会话",
           response=ref("TicketDetail"), errors=(404, 409))
def ticket_claim(ticket_id: int) -> Any:
    """Claim an open, unassigned ticket."""
    with session_scope() as db:
        queue.claim(db, ticket_id, me())
    return _detail(ticket_id)


@api_route(bp, TICKET + "/assign", "POST", roles=ADVISOR, summary="分配给某位顾问", tag="会话",
           body=obj(["user_id"], user_id=I), response=ref("TicketDetail"), errors=(404, 409))
def ticket_assign(ticket_id: int) -> Any:
    """Assign the ticket to an advisor."""
    data = body()
    try:
        assignee = int(data.get("user_id"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise queue.Invalid("请选择顾问") from None
    with session_scope() as db:
        queue.assign(db, ticket_id, assignee, me())
    return _detail(ticket_id)


@api_route(bp, TICKET + "/transfer", "POST", roles=ADVISOR, summary="转科室（重新标注科室，保存用于再训练）",
           tag="会话", body=obj(["department"], department=S, keep={"type": "boolean", "default": False,
                                                                    "description": "保留由我处理；否则退回队列"}),
           response=ref("TicketDetail"), errors=(404,))
def ticket_transfer(ticket_id: int) -> Any:
    """Re-label the department; the ticket goes back to the queue of the new department unless keep."""
    data = body()
    with session_scope() as db:
        queue.transfer(db, ticket_id, str(data.get("department", "")), me(), keep=bool(data.get("keep")))
    return _detail(ticket_id)


@api_route(bp, TICKET + "/reply", "POST", roles=ADVISOR, summary="回复会员（经客服消息接口由后台发送，失败自动重试）",
           tag="会话", body=obj(["text"], text=S), response=ref("Message"), errors=(404, 409))
def ticket_reply(ticket_id: int) -> Any:
    """Queue a reply for the outbox worker; claims an unassigned ticket first."""
    text = str(body().get("text", ""))
    with session_scope() as db:
        msg = queue.reply(db, ticket_id, me(), text)
        data = message_json(msg, user_names(db))
    outbound.wake()
    return jsonify(data)


@api_route(bp, TICKET + "/notes", "POST", roles=ADVISOR, summary="内部备注（不发送给会员）", tag="会话",
           body=obj(["text"], text=S), response=ref("Message"), errors=(404,))
def ticket_note(ticket_id: int) -> Any:
    """Add an internal note."""
    text = str(body().get("text", ""))
    with session_scope() as db:
        msg = queue.add_note(db, ticket_id, me(), text)
        data = message_json(msg, user_names(db))
    return jsonify(data)


@api_route(bp, TICKET + "/resolve", "POST", roles=ADVISOR, summary="结束工单，并向会员发送 1–5 分满意度提问",
           tag="会话", response=ref("TicketDetail"), errors=(404, 409))
def ticket_resolve(ticket_id: int) -> Any:
    """Resolve; the rating question goes out through the outbox."""
    with session_scope() as db:
        queue.resolve(db, ticket_id, me())
    outbound.wake()
    return _detail(ticket_id)


@api_route(bp, TICKET + "/reopen", "POST", roles=ADVISOR, summary="重新打开已结束的工单", tag="会话",
           response=ref("TicketDetail"), errors=(404, 409))
def ticket_reopen(ticket_id: int) -> Any:
    """Reopen a resolved ticket."""
    with session_scope() as db:
        queue.reopen(db, ticket_id, me())
    return _detail(ticket_id)


@api_route(bp, "/messages/<int:message_id>/retry", "POST", roles=ADVISOR, summary="重发一条发送失败的消息",
           tag="会话", response=ref("Message"), errors=(404, 409))
def message_retry(message_id: int) -> Any:
    """Put a failed message back in the outbox."""
    with session_scope() as db:
        queue.retry_message(db, message_id, me())
    outbound.retry(message_id)
    with session_scope() as db:
        return jsonify(message_json(db.get(Message, message_id), user_names(db)))


@api_route(bp, "/canned-replies", "GET", roles=ADVISOR, summary="常用回复", tag="会话",
           response=array(ref("Canned")))
def canned_replies() -> Any:
    """The canned replies of the reply box."""
    return jsonify(queue.CANNED_REPLIES)


@api_route(bp, "/departments", "GET", roles=ANY_ROLE, summary="25 个科室", tag="会话", response=array(S))
def department_list() -> Any:
    """Department names for transfer and filters."""
    return jsonify(queue.departments())


@api_route(bp, "/advisors", "GET", roles=ADVISOR, summary="可分配的顾问", tag="会话",
           response=array(obj(["id", "name"], id=I, name=S, departments=array(S))))
def advisor_list() -> Any:
    """Active advisors and admins, for the assign menu."""
    with session_scope() as db:
        users = db.scalars(select(User).where(User.active.is_(True), User.role.in_(("advisor", "admin")))
                           .order_by(User.username)).all()
        return jsonify([{"id": u.id, "name": u.display_name or u.username, "departments": u.departments}
                        for u in users])


@api_route(bp, "/stats/ratings", "GET", roles=ADVISOR, summary="每位顾问的满意度（平均分、评价数）", tag="统计",
           response=array(ref("Rating")))
def ratings() -> Any:
    """Satisfaction per advisor."""
    with session_scope() as db:
        return jsonify(queue.advisor_ratings(db))
