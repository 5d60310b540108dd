"""Tickets: the human advisor queue."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .conversation import Conversation
from .member import Member

PRIORITIES = ("P0", "P1", "P2", "P3")
STATUSES = ("open", "claimed", "resolved")


class Ticket(Base):
    """An escalated chat waiting for, or handled by, a health advisor."""

    __tablename__ = "tickets"
    # (member_id, id): a member's latest open ticket is one index probe, however many tickets there are.
    __table_args__ = (Index("ix_tickets_queue", "status", "priority", "created_at"),
                      Index("ix_tickets_member_id_id", "member_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"))
    department: Mapped[str] = mapped_column(String(16), index=True)
    department_confidence: Mapped[float | None]
    department_uncertain: Mapped[bool] = mapped_column(default=False)
    departments_top3: Mapped[list | None]
    kb_candidates: Mapped[list | None]
    priority: Mapped[str] = mapped_column(String(2))
    reason: Mapped[str] = mapped_column(String(24))  # emergency, self_harm, no_answer, human_request, image, ...
    summary: Mapped[str] = mapped_column(Text, default="")  # the message that opened it
    status: Mapped[str] = mapped_column(String(10), default="open")
    sla_due_at: Mapped[datetime]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    rating: Mapped[int | None]
    rating_requested_at: Mapped[datetime | None]

    member: Mapped[Member] = relationship()
    conversation: Mapped[Conversation] = relationship()


class DepartmentLabel(Base):
    """An advisor's re-label of a ticket's department: training data for the classifier."""

    __tablename__ = "department_labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    old_department: Mapped[str] = mapped_column(String(16))
    new_department: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
