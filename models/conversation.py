"""Conversations and every inbound and outbound message."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .member import Member

if TYPE_CHECKING:
    from .ticket import Ticket


class Conversation(Base):
    """A run of messages with one member; a new one starts after a day of silence."""

    __tablename__ = "conversations"
    # (member_id, id): a member's latest conversation is one index probe, however much history there is.
    __table_args__ = (Index("ix_conversations_member_id_id", "member_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(default=utcnow)

    member: Mapped[Member] = relationship()


class Message(Base):
    """One message in or out. Inbound ones carry a dedup key; outbound ones a delivery state."""

    __tablename__ = "messages"
    # (member_id, id): a member's latest messages (the console's history) without walking every member's.
    __table_args__ = (Index("ix_messages_outbox", "status", "next_attempt_at"),
                      Index("ix_messages_member_id_id", "member_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in / out
    sender: Mapped[str] = mapped_column(String(8))  # member / bot / advisor / system
    msg_type: Mapped[str] = mapped_column(String(16))  # text, voice, image, event, note, ...
    # Inbound: "msg:<openid>:<MsgId>" or "evt:<openid>:<CreateTime>:<event>"; unique = processed once.
    dedup_key: Mapped[str | None] = mapped_column(String(160), unique=True)
    content: Mapped[str] = mapped_column(Text, default="")
    media_id: Mapped[str | None] = mapped_column(String(256))
    decision: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))  # None is SQL NULL, not JSON null
    # Outbound delivery: passive (in the HTTP reply), custom (customer-service API), template, none (internal note).
    delivery: Mapped[str | None] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12), default="received")  # received / pending / sent / failed
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(255))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    sent_at: Mapped[datetime | None]

    member: Mapped[Member] = relationship()
    conversation: Mapped[Conversation] = relationship()
    ticket: Mapped[Ticket | None] = relationship()
