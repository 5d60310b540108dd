"""JSON shapes of tickets, messages, members and users (timestamps: ISO 8601 UTC with a trailing Z)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditLog, DepartmentLabel, Member, Message, Ticket, User

from .. import queue

REASONS = {
    "emergency": "紧急情况", "self_harm": "心理危机", "no_answer": "未能自动回答", "human_request": "要求人工",
    "guardrail": "用药/诊断", "image": "图片/报告", "booking": "预约体检", "joined_ticket": "补充消息",
    "kb_answer": "知识库回答", "small_talk": "寒暄", "high_risk": "高风险结果", "service": "会员服务",
    "off_topic": "非健康问题", "urgent_care": "需当天就医",
}
SENDERS = {"member": "会员", "bot": "助手", "advisor": "顾问", "system": "系统"}


def iso(value: datetime | None) -> str | None:
    """Naive UTC -> '2026-11-23T05:01:02Z'."""
    return None if value is None else value.replace(microsecond=0).isoformat() + "Z"


def _dates(data: dict[str, Any]) -> dict[str, Any]:
    return {k: iso(v) if isinstance(v, datetime) else v for k, v in data.items()}


def user_names(db: Session) -> dict[int, str]:
    """Every console user's shown name by id (a small table)."""
    return {uid: shown or name for uid, name, shown in db.execute(
        select(User.id, User.username, User.display_name))}


def user_json(user: User) -> dict[str, Any]:
    """A console account, without its password hash."""
    return {"id": user.id, "username": user.username, "display_name": user.display_name or user.username,
            "role": user.role, "departments": list(user.departments or []), "active": user.active}


def ticket_summary(ticket: Ticket, member: Member, names: dict[int, str], now: datetime) -> dict[str, Any]:
    """One queue row."""
    assignee = None if ticket.assignee_id is None else {"id": ticket.assignee_id,
                                                        "name": names.get(ticket.assignee_id, "?")}
    return {
        "id": ticket.id, "status": ticket.status, "priority": ticket.priority, "department": ticket.department,
        "department_confidence": ticket.department_confidence, "department_uncertain": ticket.department_uncertain,
        "departments_top3": ticket.departments_top3, "reason": ticket.reason,
        "reason_label": REASONS.get(ticket.reason, ticket.reason), "summary": ticket.summary[:200],
        "member": {"id": member.id, "name": queue.member_label(member)}, "assignee": assignee,
        "created_at": iso(ticket.created_at), "claimed_at": iso(ticket.claimed_at),
        "first_response_at": iso(ticket.first_response_at), "resolved_at": iso(ticket.resolved_at),
        "rating": ticket.rating, "sla": _dates(queue.sla_state(ticket, now)),
    }


def member_json(member: Member) -> dict[str, Any]:
    """The profile shown beside the chat."""
    return {"id": member.id, "name": queue.member_label(member), "openid_tail": member.openid[-6:],
            "gender": member.gender, "city": member.city, "city_tier": member.city_tier,
            "health_tags": list(member.health_tags or []), "subscribed": member.subscribed,
            "created_at": iso(member.created_at)}


def message_json(msg: Message, names: dict[int, str]) -> dict[str, Any]:
    """One message of the history, with its delivery state."""
    decision = msg.decision or {}
    return {
        "id": msg.id, "direction": msg.direction, "sender": msg.sender,
        "sender_label": "备注" if msg.msg_type == "note" else SENDERS.get(msg.sender, msg.sender),
        "msg_type": msg.msg_type, "content": msg.content, "delivery": msg.delivery, "status": msg.status,
        "attempts": msg.attempts, "last_error": msg.last_error,
        "author": names.get(msg.author_id) if msg.author_id else None,
        "created_at": iso(msg.created_at), "sent_at": iso(msg.sent_at), "ticket_id": msg.ticket_id,
        "decision_reason": decision.get("reason"), "kb_entry_id": decision.get("kb_entry_id"),
    }


def ticket_detail(db: Session, ticket: Ticket, now: datetime) -> dict[str, Any]:
    """The conversation view: ticket, profile, window, full history, KB candidates, re-labels."""
    names = user_names(db)
    member = db.get(Member, ticket.member_id)
    window = _dates(queue.window_state(member, now))
    window["template_fallback"] = bool(current_app.config.get("WECHAT_TEMPLATE_ID"))
    labels = db.scalars(select(DepartmentLabel).where(DepartmentLabel.ticket_id == ticket.id)
                        .order_by(DepartmentLabel.id)).all()
    return {
        **ticket_summary(ticket, member, names, now), "summary": ticket.summary,
        "member": member_json(member), "window": window,
        "messages": [message_json(m, names) for m in queue.history(db, member.id)],
        "kb_candidates": list(ticket.kb_candidates or []),
        "labels": [{"id": lb.id, "old_department": lb.old_department, "new_department": lb.new_department,
                    "user": names.get(lb.user_id) if lb.user_id else None, "created_at": iso(lb.created_at)}
                   for lb in labels],
        "now": iso(now),
    }


def audit_json(row: AuditLog, names: dict[int, str]) -> dict[str, Any]:
    """One audit log row."""
    return {"id": row.id, "user": names.get(row.user_id) if row.user_id else None, "action": row.action,
            "object_type": row.object_type, "object_id": row.object_id, "detail": row.detail,
            "created_at": iso(row.created_at)}
