"""Drill: PostgreSQL briefly unavailable, without touching the shared server. The app and the outbox worker
reach PostgreSQL through a TCP proxy in this process; the proxy is cut for a few seconds while members write.

    python scripts/drills/postgres_outage.py [--down 4] [--modes refuse,blackhole] [--duration 16]

refuse:    every connection is reset and new ones are refused (the database restarts or crashes);
blackhole: connections stay open but no byte gets through (a network partition); on restore they are reset.

Expected (the spool design, docs/operations.md): every member gets an answer or 'success' in time; a message
that could not be stored waits in the Redis spool and is stored when PostgreSQL is back, its real reply then
going out through the customer-service API; nothing is lost, nothing is stored or answered twice.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.drills.harness import (BackgroundLoad, OutboxWorker, PrivateRedis, TcpProxy, app_env,  # noqa: E402
                                    app_server, audit, banner, fake_wechat, print_json, resumed_after,
                                    scratch_database, timeline)

__all__ = ["main"]


def _spool_length(redis_url: str) -> int:
    import redis

    return int(redis.Redis.from_url(redis_url).llen("inbox:spool"))


def main() -> int:
    """Run one phase per mode; exit 1 when a message was lost or answered twice."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--down", type=float, default=4.0, help="seconds PostgreSQL stays unreachable")
    ap.add_argument("--at", type=float, default=5.0)
    ap.add_argument("--duration", type=float, default=16.0)
    ap.add_argument("--rate", type=float, default=40.0, help="messages per second arriving (open loop)")
    ap.add_argument("--clients", type=int, default=48, help="most messages in flight at once")
    ap.add_argument("--outbox-workers", type=int, default=1, help="`make worker` processes replaying the spool")
    ap.add_argument("--modes", default="refuse,blackhole")
    ap.add_argument("--redis-port", type=int, default=6391, help="a private Redis, so the spool is ours alone")
    args = ap.parse_args()
    from bot.spool import BUSY_REPLY

    private = PrivateRedis(args.redis_port).start()
    ok = True
    try:
        with scratch_database("pgout") as db_url, fake_wechat() as fake:
            proxy = TcpProxy().start()
            env = app_env(proxy.url(db_url), private.url, fake.base_url)
            server = app_server(env, name="pg-drill").start()
            workers = [OutboxWorker(env).start() for _ in range(args.outbox_workers)]
            try:
                server.wait_ready(90, workers=2)
                for mode in args.modes.split(","):
                    banner(f"PostgreSQL {mode} for {args.down:.0f} s at t={args.at:.0f} s; {args.rate:.0f} msg/s, "
                           f"WeChat-style retries, {args.outbox_workers} outbox worker(s)")
                    load = BackgroundLoad(server.url, clients=args.clients, duration=args.duration, retries=2,
                                          rate=args.rate, prefix=f"pg{mode[:2]}").start()
                    load.at(args.at)
                    t_down = time.time()
                    proxy.cut(mode)
                    time.sleep(args.down)
                    proxy.restore()
                    t_up = time.time()
                    result = load.join()
                    peak = _spool_length(private.url)
                    drained_at = None
                    end = time.monotonic() + 60
                    while time.monotonic() < end:
                        final = audit(db_url, result.deliveries, fake, private.url, BUSY_REPLY)
                        if drained_at is None and final.spooled_left == 0:
                            drained_at = time.time()
                        if final.spooled_left == 0 and final.pending == 0 and not final.lost:
                            break
                        time.sleep(0.5)
                    print("\n".join(timeline(result.deliveries, load.t0)))
                    during = [d for d in result.deliveries if t_down <= d.started <= t_up]
                    final = audit(db_url, result.deliveries, fake, private.url, BUSY_REPLY)
                    saw = final.visible
                    figures = {"phase": mode, "down_s": args.down, "outbox_workers": args.outbox_workers, **result.summary(), **final.figures(),
                               "sent_during_outage": len(during),
                               "outage_outcomes": {k: sum(d.outcome == k for d in during)
                                                   for k in ("xml", "success", "error", "other")},
                               "spool_left_after_load": peak,
                               "spool_drained_after_restore_s": round(drained_at - t_up, 1) if drained_at else None,
                               "resumed_after_s": resumed_after(result.deliveries, t_up)}
                    figures["pass"] = (not final.lost and final.stored_once == final.sent and final.spooled_left == 0
                                       and saw.get("one", 0) + saw.get("busy+one", 0) == final.sent
                                       and result.summary()["errors"] == 0)
                    print_json("postgres_outage", figures)
                    ok &= bool(figures["pass"])
            finally:
                for worker in workers:
                    worker.stop()
                server.stop()
                proxy.stop()
    finally:
        private.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
