"""A per-member rate limit, so one openid flooding the account cannot starve the others."""
from __future__ import annotations

import time

import redis

from .redis_store import get_redis


def count_message(openid: str, window_seconds: int = 60) -> int:
    """Count one message for `openid` in the current window; returns the count (0 if Redis is down)."""
    key = f"rl:{openid}:{int(time.time()) // window_seconds}"
    try:
        pipe = get_redis().pipeline()
        pipe.incr(key)
        pipe.expire(key, window_seconds + 5)
        return int(pipe.execute()[0])
    except redis.RedisError:
        return 0  # never block members because the limiter is unavailable
