"""Opening tickets in the advisor queue, with priority and response-time target."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models import Conversation, Member, Ticket, utcnow

from .hours import ServiceHours
from .pipeline import FALLBACK_DEPARTMENT, Decision


def open_ticket(session: Session, member: Member, conversation: Conversation, *, reason: str,
                priority: str, summary: str, hours: ServiceHours, decision: Decision | None = None,
                department: str | None = None, now: datetime | None = None) -> Ticket:
    """Put a chat in the advisor queue; the SLA clock runs in advisor hours."""
    now = now or utcnow()
    ticket = Ticket(
        member=member, conversation=conversation, reason=reason, priority=priority,
        summary=summary[:2000], status="open", sla_due_at=hours.due(priority, now), created_at=now,
        department=department or (decision.department if decision else None) or FALLBACK_DEPARTMENT,
    )
    if decision is not None:
        ticket.department_confidence = decision.department_confidence
        ticket.department_uncertain = decision.department_uncertain
        ticket.departments_top3 = decision.departments_top3
        ticket.kb_candidates = decision.kb_candidates or None
    session.add(ticket)  # written with the message that opened it, in the inbox's one flush
    return ticket


def escalate_priority(ticket: Ticket, priority: str, hours: ServiceHours, now: datetime | None = None) -> None:
    """Raise a ticket's priority (never lower it) and pull its due time in."""
    if priority < ticket.priority:  # "P0" < "P1" < ...
        ticket.priority = priority
        ticket.sla_due_at = min(ticket.sla_due_at, hours.due(priority, now or utcnow()))
