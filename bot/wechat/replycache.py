"""Exactly-once in Redis: the first delivery claims the message, retries get the same reply body."""
from __future__ import annotations

import logging
import time

import redis

log = logging.getLogger(__name__)

TTL_SECONDS = 900  # WeChat retries within ~15 s; keep replies much longer than that
PENDING = b"\x00pending"


class ReplyCache:
    """Claims dedup keys and caches rendered reply bodies so every retry gets the same answer."""

    def __init__(self, client: redis.Redis, prefix: str = "wx:", lease_seconds: float = 1.5) -> None:
        self.client = client
        self.prefix = prefix
        # A claim is a short lease that the request renews while it waits for its answer (`renew`): if the
        # worker holding it dies, the claim lapses within the lease and a retry takes the message over.
        self.lease_ms = int(lease_seconds * 1000)

    def claim(self, key: str) -> bool | None:
        """True if this delivery is the first; False for a retry; None if Redis is unreachable."""
        try:
            return bool(self.client.set(self.prefix + key, PENDING, nx=True, px=self.lease_ms))
        except redis.RedisError as exc:
            log.warning("reply cache unavailable (%s); falling back to database dedup", type(exc).__name__)
            return None

    def renew(self, key: str) -> None:
        """Extend a pending claim by one lease (the heartbeat of a live request)."""
        try:
            self.client.pexpire(self.prefix + key, self.lease_ms)
        except redis.RedisError:
            pass

    def store(self, key: str, body: str) -> None:
        """Remember the body sent for `key` (an XML reply or 'success')."""
        try:
            self.client.set(self.prefix + key, body.encode("utf-8"), ex=TTL_SECONDS)
        except redis.RedisError as exc:
            log.warning("could not cache reply (%s)", type(exc).__name__)

    def release(self, key: str) -> None:
        """Forget a claim whose processing failed, so a retry can process the message again."""
        try:
            self.client.delete(self.prefix + key)
        except redis.RedisError:
            pass

    def wait(self, key: str, deadline: float) -> str | None:
        """Wait until the first delivery has its body, or the deadline passes."""
        while True:
            try:
                value = self.client.get(self.prefix + key)
            except redis.RedisError:
                return None
            if value is None:
                return None  # claim expired or released: the caller processes it
            if value != PENDING:
                return value.decode("utf-8")
            if time.monotonic() >= deadline:
                return "success"
            time.sleep(0.05)
