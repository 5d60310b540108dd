"""Knowledge-base entries (SQL is the source of truth) and their version history."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

KB_STATUSES = ("draft", "published", "archived")


class KBEntry(Base):
    """One question with its similar phrasings and answer."""

    __tablename__ = "kb_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(80), unique=True)  # stable slug of seed entries
    question: Mapped[str] = mapped_column(Text)
    similar: Mapped[list] = mapped_column(default=list)
    answer: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(40), index=True)
    department: Mapped[str] = mapped_column(String(16))
    tags: Mapped[list] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    version: Mapped[int] = mapped_column(default=1)
    source_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[KBEntryVersion]] = relationship(
        back_populates="entry", order_by="KBEntryVersion.version", cascade="all, delete-orphan"
    )


class KBEntryVersion(Base):
    """A snapshot of an entry after each change, with its author."""

    __tablename__ = "kb_entry_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("kb_entries.id"), index=True)
    version: Mapped[int]
    question: Mapped[str] = mapped_column(Text)
    similar: Mapped[list] = mapped_column(default=list)
    answer: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(40))
    department: Mapped[str] = mapped_column(String(16))
    tags: Mapped[list] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10))
    author: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    entry: Mapped[KBEntry] = relationship(back_populates="versions")
