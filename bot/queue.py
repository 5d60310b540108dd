"""The advisor queue: listing tickets, claim, assign, transfer, reply, notes, resolve and reopen.

Every change writes an audit row in the caller's transaction. Replies and the rating question are stored as
pending outbound messages; the caller calls `outbound.wake()` after the commit and the worker sends them.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select, update
from sqlalchemy.orm import Session

from models import Conversation, DepartmentLabel, Member, Message, Ticket, User, utcnow

from . import outbound, texts
from .auth import audit

__all__ = [
    "QueueError", "NotFound", "Conflict", "Forbidden", "Invalid", "FILTERS", "CANNED_REPLIES",
    "departments", "list_tickets", "queue_counts", "get_ticket", "sla_state", "window_state", "history",
    "claim", "assign", "transfer", "reply", "add_note", "resolve", "reopen", "retry_message",
    "advisor_ratings", "member_label",
]

FILTERS = ("all", "mine", "my_departments", "unassigned", "breached", "resolved")
NOTE_STATUS = "internal"  # internal notes are never delivered, so the outbox worker never picks them up
MAX_TEXT = 2000
HISTORY_LIMIT = 300

# Replies advisors use often. Careful wording: no diagnosis, no doses; say when to see a doctor.
CANNED_REPLIES: list[dict[str, str]] = [
    {"title": "问候", "text": "您好，我是您的健康顾问，已经看到您的问题，正在为您查看，请稍候。"},
    {"title": "补充信息", "text": "为了更好地帮您分析，请补充一下：症状持续多久了？有没有其他不舒服？"
                              "目前有没有在用药或做过相关检查？"},
    {"title": "发报告", "text": "方便的话请把检查或体检报告拍照发过来（每页一张，尽量清晰），我帮您一起看看。"},
    {"title": "建议就诊", "text": "您说的情况建议近期到医院相应科室面诊，医生当面检查会更稳妥。需要协助预约的话，"
                              "请告诉我您所在的城市和方便的时间。"},
    {"title": "急症提醒", "text": "如果出现胸痛、呼吸困难、意识不清、剧烈头痛、一侧肢体无力等情况，"
                              "请立即拨打 120 或去最近的急诊。"},
    {"title": "用药说明", "text": "用药的剂量、换药和停药需要接诊医生结合您的具体情况决定，请不要自行调整。"
                              "可以把目前的用药清单带给医生看。"},
    {"title": "预约体检", "text": "好的，已为您登记体检预约需求，我们会尽快和您确认机构、日期和注意事项。"},
    {"title": "结束询问", "text": "请问还有其他问题吗？如果没有，回复“结束”即可结束本次咨询。"},
]


class QueueError(Exception):
    """A queue action that cannot be done; `message` is Chinese for the advisor, `status` the HTTP status."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(QueueError):
    """No such ticket, message or user."""

    status = 404


class Conflict(QueueError):
    """The ticket is not in a state that allows this (claimed by someone else, already resolved, ...)."""

    status = 409


class Forbidden(QueueError):
    """Someone else handles this ticket."""

    status = 403


class Invalid(QueueError):
    """Bad input (empty text, unknown department, ...)."""

    status = 400


def departments() -> list[str]:
    """The 25 department names, in the classifier's order."""
    from classifier import DEPARTMENTS

    return list(DEPARTMENTS)


def member_label(member: Member) -> str:
    """A short name for a member: the display name, or 会员 and the end of the openid."""
    return member.display_name or f"会员·{member.openid[-6:]}"


def _user_name(db: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = db.get(User, user_id)
    return (user.display_name or user.username) if user else None


# ---- reading -------------------------------------------------------------------------------------------------

def _breached(now: datetime) -> Any:
    """SQL condition: no first response and the due time has passed."""
    return and_(Ticket.status != "resolved", Ticket.first_response_at.is_(None), Ticket.sla_due_at < now)


def _filtered(user: User, name: str, now: datetime, department: str | None = None,
              priority: str | None = None) -> Any:
    """The SELECT for one queue filter."""
    if name not in FILTERS:
        raise Invalid(f"未知筛选：{name}")
    query = select(Ticket)
    if name == "resolved":
        query = query.where(Ticket.status == "resolved")
    else:
        query = query.where(Ticket.status != "resolved")
    if name == "mine":
        query = query.where(Ticket.assignee_id == user.id)
    elif name == "my_departments":
        query = query.where(Ticket.department.in_(user.departments or []))
    elif name == "unassigned":
        query = query.where(Ticket.status == "open", Ticket.assignee_id.is_(None))
    elif name == "breached":
        query = query.where(_breached(now))
    if department:
        query = query.where(Ticket.department == department)
    if priority:
        query = query.where(Ticket.priority == priority)
    return query


def list_tickets(db: Session, user: User, filter: str = "all", *, department: str | None = None,
                 priority: str | None = None, limit: int = 200, now: datetime | None = None) -> list[Ticket]:
    """Tickets for one filter: most urgent priority first, first come first served within a priority."""
    now = now or utcnow()
    query = _filtered(user, filter, now, department, priority)
    if filter == "resolved":
        query = query.order_by(Ticket.resolved_at.desc(), Ticket.id.desc())
    else:
        query = query.order_by(Ticket.priority, Ticket.created_at, Ticket.id)
    return list(db.scalars(query.limit(max(1, min(limit, 500)))))


def queue_counts(db: Session, user: User, now: datetime | None = None) -> dict[str, int]:
    """How many tickets each filter holds (resolved: the last 24 hours are not special, all of them)."""
    now = now or utcnow()
    counts = {}
    for name in FILTERS:
        query = _filtered(user, name, now).with_only_columns(func.count(Ticket.id))
        counts[name] = int(db.scalar(query) or 0)
    return counts


def get_ticket(db: Session, ticket_id: int) -> Ticket:
    """The ticket; raises NotFound."""
    ticket = db.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound("工单不存在")
    return ticket


def sla_state(ticket: Ticket, now: datetime | None = None) -> dict[str, Any]:
    """The response-time target: seconds left (negative when late), breached, met."""
    now = now or utcnow()
    answered = ticket.first_response_at
    if answered is not None:
        return {"due_at": ticket.sla_due_at, "remaining_seconds": None, "breached": answered > ticket.sla_due_at,
                "met": answered <= ticket.sla_due_at, "answered_at": answered}
    if ticket.status == "resolved":
        return {"due_at": ticket.sla_due_at, "remaining_seconds": None, "breached": False, "met": None,
                "answered_at": None}
    remaining = int((ticket.sla_due_at - now).total_seconds())
    return {"due_at": ticket.sla_due_at, "remaining_seconds": remaining, "breached": remaining < 0, "met": None,
            "answered_at": None}


def window_state(member: Member, now: datetime | None = None) -> dict[str, Any]:
    """The customer-service window: open while the last member message is under 48 h old and the cap allows."""
    now = now or utcnow()
    left = max(0, outbound.WINDOW_CAP - (member.window_messages_sent or 0))
    if member.last_inbound_at is None:
        return {"open": False, "expires_at": None, "remaining_seconds": 0, "messages_left": left,
                "cap": outbound.WINDOW_CAP, "last_inbound_at": None}
    expires = member.last_inbound_at + outbound.WINDOW
    remaining = int((expires - now).total_seconds())
    return {"open": remaining > 0 and left > 0, "expires_at": expires, "remaining_seconds": max(0, remaining),
            "messages_left": left, "cap": outbound.WINDOW_CAP, "last_inbound_at": member.last_inbound_at}


def history(db: Session, member_id: int, limit: int = HISTORY_LIMIT) -> list[Message]:
    """The member's messages across every conversation, oldest first (the most recent `limit`)."""
    rows = db.scalars(select(Message).where(Message.member_id == member_id)
                      .order_by(Message.id.desc()).limit(limit)).all()
    return list(reversed(rows))


# ---- changing ------------------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise Invalid("内容不能为空")
    if len(text) > MAX_TEXT:
        raise Invalid(f"内容不能超过 {MAX_TEXT} 个字")
    return text


def _ensure_handler(db: Session, ticket: Ticket, user: User) -> None:
    """Only the assignee (or an admin) acts on a claimed ticket."""
    if ticket.assignee_id not in (None, user.id) and user.role != "admin":
        raise Forbidden(f"该工单已由 {_user_name(db, ticket.assignee_id)} 认领")


def claim(db: Session, ticket_id: int, user: User, now: datetime | None = None) -> Ticket:
    """Take an open, unassigned ticket. One conditional UPDATE, so two advisors can never both win."""
    now = now or utcnow()
    result = db.execute(
        update(Ticket).where(Ticket.id == ticket_id, Ticket.status == "open", Ticket.assignee_id.is_(None))
        .values(status="claimed", assignee_id=user.id, claimed_at=now)
        .execution_options(synchronize_session=False))
    ticket = get_ticket(db, ticket_id)
    if result.rowcount != 1:
        if ticket.status == "resolved":
            raise Conflict("工单已结束")
        if ticket.assignee_id == user.id:
            raise Conflict("您已认领该工单")
        raise Conflict(f"该工单已被 {_user_name(db, ticket.assignee_id) or '他人'} 认领")
    db.refresh(ticket)
    audit(db, user.id, "claim", "ticket", ticket.id)
    return ticket


def assign(db: Session, ticket_id: int, assignee_id: int, by: User, now: datetime | None = None) -> Ticket:
    """Give a ticket to an advisor (or take it from one); the ticket must not be resolved."""
    ticket = get_ticket(db, ticket_id)
    if ticket.status == "resolved":
        raise Conflict("工单已结束，请先重新打开")
    assignee = db.get(User, assignee_id)
    if assignee is None or not assignee.active or assignee.role not in ("advisor", "admin"):
        raise Invalid("只能分配给在职的健康顾问")
    old = ticket.assignee_id
    ticket.assignee_id, ticket.status, ticket.claimed_at = assignee.id, "claimed", now or utcnow()
    audit(db, by.id, "assign", "ticket", ticket.id, f"{_user_name(db, old) or '无'} → {assignee.display_name or assignee.username}")
    return ticket


def _member_text(db: Session, ticket: Ticket) -> str:
    """What the member wrote in this ticket: the text a department label is about."""
    rows = db.scalars(select(Message.content).where(
        Message.ticket_id == ticket.id, Message.direction == "in", Message.msg_type.in_(("text", "voice")))
        .order_by(Message.id).limit(10)).all()
    text = "\n".join(r for r in rows if r and r.strip()) or ticket.summary
    return text[:MAX_TEXT]


def transfer(db: Session, ticket_id: int, department: str, by: User, *, keep: bool = False) -> DepartmentLabel:
    """Re-label the ticket's department (stored for retraining); it returns to the queue unless `keep`."""
    ticket = get_ticket(db, ticket_id)
    if department not in departments():
        raise Invalid(f"未知科室：{department}")
    if department == ticket.department:
        raise Invalid("已经是这个科室")
    if ticket.status == "claimed":
        _ensure_handler(db, ticket, by)
    label = DepartmentLabel(ticket_id=ticket.id, text=_member_text(db, ticket), old_department=ticket.department,
                            new_department=department, user_id=by.id, created_at=utcnow())
    db.add(label)
    old = ticket.department
    ticket.department, ticket.department_uncertain = department, False
    if not keep and ticket.status == "claimed":
        ticket.status, ticket.assignee_id, ticket.claimed_at = "open", None, None
    audit(db, by.id, "transfer", "ticket", ticket.id, f"{old} → {department}{'（仍由本人处理）' if keep else ''}")
    db.flush()
    return label


def _latest_conversation(db: Session, member_id: int) -> int:
    return db.scalars(select(Conversation.id).where(Conversation.member_id == member_id)
                      .order_by(Conversation.id.desc()).limit(1)).one()


def reply(db: Session, ticket_id: int, user: User, text: str, now: datetime | None = None) -> Message:
    """Queue an advisor reply to the member (claiming an unassigned ticket first); call outbound.wake() after commit."""
    now = now or utcnow()
    text = _clean(text)
    ticket = get_ticket(db, ticket_id)
    if ticket.status == "resolved":
        raise Conflict("工单已结束，请先重新打开")
    if ticket.status == "open" and ticket.assignee_id is None:
        ticket = claim(db, ticket_id, user, now)
    _ensure_handler(db, ticket, user)
    member = db.get(Member, ticket.member_id)
    msg = outbound.queue_text(db, member, _latest_conversation(db, member.id), text, sender="advisor",
                              ticket_id=ticket.id, author_id=user.id)
    if ticket.first_response_at is None:
        ticket.first_response_at = now
    audit(db, user.id, "reply", "ticket", ticket.id, f"消息 #{msg.id}")
    return msg


def add_note(db: Session, ticket_id: int, user: User, text: str) -> Message:
    """An internal note on the ticket: stored beside the chat, never sent to the member."""
    text = _clean(text)
    ticket = get_ticket(db, ticket_id)
    msg = Message(member_id=ticket.member_id, conversation_id=_latest_conversation(db, ticket.member_id),
                  ticket_id=ticket.id, direction="out", sender="advisor", msg_type="note", content=text,
                  delivery="none", status=NOTE_STATUS, author_id=user.id, created_at=utcnow())
    db.add(msg)
    db.flush()
    audit(db, user.id, "note", "ticket", ticket.id, f"消息 #{msg.id}")
    return msg


def resolve(db: Session, ticket_id: int, user: User, now: datetime | None = None) -> Message | None:
    """End the ticket and ask the member for a 1-5 rating (queued; call outbound.wake() after commit)."""
    now = now or utcnow()
    ticket = get_ticket(db, ticket_id)
    if ticket.status == "resolved":
        raise Conflict("工单已结束")
    _ensure_handler(db, ticket, user)
    if ticket.assignee_id is None:
        ticket.assignee_id, ticket.claimed_at = user.id, now  # the rating belongs to whoever closed it
    ticket.status, ticket.resolved_at = "resolved", now
    member = db.get(Member, ticket.member_id)
    question = None
    if member.subscribed:
        ticket.rating_requested_at = now
        question = outbound.queue_text(db, member, _latest_conversation(db, member.id), texts.RATING_QUESTION,
                                       sender="system", ticket_id=ticket.id)
    audit(db, user.id, "resolve", "ticket", ticket.id)
    return question


def reopen(db: Session, ticket_id: int, user: User) -> Ticket:
    """Put a resolved ticket back in work, with its assignee; refused while the member has another open one."""
    ticket = get_ticket(db, ticket_id)
    if ticket.status != "resolved":
        raise Conflict("工单未结束，无需重新打开")
    other = db.scalars(select(Ticket.id).where(Ticket.member_id == ticket.member_id, Ticket.status != "resolved",
                                               Ticket.id != ticket.id).limit(1)).first()
    if other is not None:
        raise Conflict(f"该会员已有进行中的工单 #{other}")
    if ticket.assignee_id is None:
        ticket.assignee_id, ticket.claimed_at = user.id, utcnow()
    ticket.status, ticket.resolved_at = "claimed", None
    if ticket.rating is None:
        ticket.rating_requested_at = None  # a late "5" now joins the chat instead of rating a reopened ticket
    audit(db, user.id, "reopen", "ticket", ticket.id)
    return ticket


def retry_message(db: Session, message_id: int, user: User) -> Message:
    """Check that a failed outbound message may be sent again and audit it; the caller calls outbound.retry()."""
    msg = db.get(Message, message_id)
    if msg is None or msg.direction != "out" or msg.delivery == "none":
        raise NotFound("消息不存在")
    if msg.status != "failed":
        raise Conflict("只有发送失败的消息可以重发")
    audit(db, user.id, "retry", "message", msg.id, f"工单 #{msg.ticket_id}")
    return msg


def advisor_ratings(db: Session) -> list[dict[str, Any]]:
    """Per advisor: average satisfaction rating, how many ratings, how many tickets resolved."""
    rows = db.execute(
        select(User.id, User.username, User.display_name, func.avg(Ticket.rating), func.count(Ticket.rating),
               func.sum(case((Ticket.status == "resolved", 1), else_=0)),
               func.sum(case((Ticket.rating <= 2, 1), else_=0)))
        .join(Ticket, Ticket.assignee_id == User.id)
        .group_by(User.id, User.username, User.display_name)
        .order_by(func.count(Ticket.rating).desc(), User.username)).all()
    return [{"user_id": uid, "username": name, "display_name": shown or name,
             "average": round(float(avg), 2) if avg is not None else None, "count": int(count or 0),
             "resolved": int(resolved or 0), "low": int(low or 0)}
            for uid, name, shown, avg, count, resolved, low in rows]

