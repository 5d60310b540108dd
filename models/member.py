"""Members: the people who write to the official account."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

HEALTH_TAGS = ("血压", "超重", "高脂", "家族", "饮酒", "结节", "乳腺", "甲状腺", "增生")
CITY_TIERS = ("S", "A", "B", "C")


class Member(Base):
    """A WeChat user of the official account, identified by openid."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    openid: Mapped[str] = mapped_column(String(64), unique=True)
    subscribed: Mapped[bool] = mapped_column(default=True)
    subscribed_at: Mapped[datetime | None]
    unsubscribed_at: Mapped[datetime | None]
    display_name: Mapped[str | None] = mapped_column(String(64))
    gender: Mapped[str | None] = mapped_column(String(8))  # 男 / 女
    city: Mapped[str | None] = mapped_column(String(32))
    city_tier: Mapped[str | None] = mapped_column(String(1))  # S/A/B/C
    health_tags: Mapped[list] = mapped_column(default=list)
    # The customer-service window opens with each inbound message (48 h, a few messages).
    last_inbound_at: Mapped[datetime | None]
    window_messages_sent: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
