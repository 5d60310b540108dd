"""Advisor service hours and response-time targets (SLA)."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from . import texts

# The service's standard: P0 emergency/self-harm, P1 high-risk findings, P2 normal, P3 complex or non-urgent.
SLA = {"P0": timedelta(minutes=15), "P1": timedelta(hours=1), "P2": timedelta(hours=2), "P3": timedelta(hours=24)}


class ServiceHours:
    """Daily advisor hours such as 08:30-21:30 in a given time zone."""

    def __init__(self, spec: str = "08:30-21:30", tz: str = "Asia/Shanghai") -> None:
        start, end = spec.split("-")
        self.spec = spec
        self.start = time.fromisoformat(start.strip())
        self.end = time.fromisoformat(end.strip())
        self.tz = ZoneInfo(tz)

    def _local(self, utc_naive: datetime) -> datetime:
        return utc_naive.replace(tzinfo=timezone.utc).astimezone(self.tz)

    def is_open(self, now: datetime) -> bool:
        """Whether advisors are on duty at `now` (naive UTC)."""
        t = self._local(now).time()
        return self.start <= t < self.end

    def next_open(self, now: datetime) -> datetime:
        """The next opening time after `now`, as naive UTC."""
        local = self._local(now)
        candidate = local.replace(hour=self.start.hour, minute=self.start.minute, second=0, microsecond=0)
        if candidate <= local:
            candidate += timedelta(days=1)
        return candidate.astimezone(timezone.utc).replace(tzinfo=None)

    def due(self, priority: str, now: datetime) -> datetime:
        """When a ticket of `priority` must get a first response; the clock starts when advisors are on duty."""
        start = now if self.is_open(now) else self.next_open(now)
        return start + SLA[priority]

    def when_text(self, priority: str, now: datetime) -> str:
        """Tell the member, in Chinese, when a person will reply."""
        if self.is_open(now):
            minutes = int(SLA[priority].total_seconds() // 60)
            span = f"{minutes} 分钟" if minutes < 60 else f"{minutes // 60} 小时"
            return texts.WHEN_WITHIN.format(minutes=span)
        opens = self._local(self.next_open(now))
        today = self._local(now).date()
        day = "今天" if opens.date() == today else "明天"
        return texts.WHEN_NEXT_OPEN.format(hours=self.spec, opens=f"{day} {opens:%H:%M}")
