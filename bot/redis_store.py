"""The shared Redis connection: a real server from REDIS_URL, or an in-process one for local use."""
from __future__ import annotations

import logging

import redis

log = logging.getLogger(__name__)
_client: redis.Redis | None = None


def configure(url: str) -> redis.Redis:
    """Connect to Redis at `url`; an empty url starts an embedded, single-process fakeredis."""
    global _client
    if url:
        _client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2,
                                       health_check_interval=30, retry_on_timeout=True)
    else:
        import fakeredis

        log.warning("REDIS_URL is not set: using an embedded in-process Redis; run a single process only")
        _client = fakeredis.FakeRedis(server=fakeredis.FakeServer())
    return _client


def get_redis() -> redis.Redis:
    """The process's Redis client."""
    if _client is None:
        raise RuntimeError("redis not configured; call bot.redis_store.configure() or create_app()")
    return _client
