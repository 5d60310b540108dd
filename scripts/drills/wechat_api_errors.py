"""Drill: the WeChat API misbehaves while the outbox worker (`make worker`) delivers replies.

    python scripts/drills/wechat_api_errors.py [--messages 60]

The webhook runs with REPLY_DEADLINE_SECONDS=0, so every answer misses the passive window and goes out through
the customer-service API of the local fake WeChat. The fake is told to answer with timeouts, HTTP 500,
-1 (system busy), 45015 (outside the 48-hour window: falls back to the template message) and to expire every
access token twice (40001: the client fetches a new one from /stable_token and resends).
Phase "retried": every reply must arrive exactly once. Phase "surfaced": with no template configured, a 45015
must end as a `failed` row with its reason, visible to advisors, not silently dropped.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlalchemy as sa  # noqa: E402

from scripts.drills.harness import (REDIS_URL, OutboxWorker, app_env, app_server, audit, banner,  # noqa: E402
                                    fake_wechat, print_json, scratch_database, wait_settled)
from scripts.loadgen import run_load  # noqa: E402

__all__ = ["main"]

FAILURES = ["timeout"] * 4 + ["http500"] * 4 + [-1] * 4 + [45015] * 8


def _outbound_rows(database_url: str, openids: list[str]) -> list[tuple[str, str, int, str | None]]:
    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT o.delivery, o.status, o.attempts, o.last_error FROM messages o JOIN members m "
            "ON m.id = o.member_id WHERE o.direction = 'out' AND m.openid = ANY(:o)"), {"o": openids}).all()
    engine.dispose()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def main() -> int:
    """Run both phases; exit 1 when a reply was lost, sent twice or failed silently."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=60)
    args = ap.parse_args()
    ok = True
    with scratch_database("wxapi") as db_url, fake_wechat() as fake:
        base = app_env(db_url, REDIS_URL, fake.base_url, REPLY_DEADLINE_SECONDS="0", WECHAT_API_TIMEOUT="1")
        server = app_server(base, name="wxapi-drill").start()
        worker = OutboxWorker({**base, "WECHAT_TEMPLATE_ID": "tmpl-drill"}).start()
        try:
            server.wait_ready(90, workers=2)
            banner(f"WeChat API errors: {args.messages} replies through the API; failures {FAILURES} "
                   "and two token expiries")
            fake.fail_next(*FAILURES)
            tokens_before = len(fake.token_requests)
            start = time.time()
            load = run_load(server.url, "drill-token", clients=4, count=args.messages, rate=20.0, prefix="wx")
            fake.expire_tokens()
            time.sleep(1.0)
            fake.expire_tokens()
            final = wait_settled(db_url, load.deliveries, fake, timeout=90)
            took = time.time() - start
            rows = _outbound_rows(db_url, [d.openid for d in load.deliveries])
            refreshes = [r for r in fake.token_requests[tokens_before:] if r.get("force_refresh")]
            figures = {"phase": "retried", **final.figures(), "http_success": load.summary()["success"],
                       "custom": sum(r[0] == "custom" and r[1] == "sent" for r in rows),
                       "templates": sum(r[0] == "template" and r[1] == "sent" for r in rows),
                       "attempts_max": max((r[2] for r in rows), default=0),
                       "retried_messages": sum(r[2] > 1 for r in rows), "token_refreshes": len(refreshes),
                       "failures_left_unused": len(fake.failures), "all_delivered_after_s": round(took, 1)}
            figures["pass"] = (final.visible.get("one") == final.sent and final.pending == 0 and final.failed == 0
                               and not final.lost)
            print_json("wechat_api_errors", figures)
            ok &= bool(figures["pass"])
        finally:
            worker.stop()

        banner("no template configured: out-of-window replies must fail visibly")
        worker = OutboxWorker({**base, "WECHAT_TEMPLATE_ID": ""}).start()
        try:
            fake.failures.clear()
            fake.fail_next(45015, 45015, 45015)
            load = run_load(server.url, "drill-token", clients=1, count=3, prefix="wx-nt")
            final = wait_settled(db_url, load.deliveries, fake, timeout=30)
            rows = _outbound_rows(db_url, [d.openid for d in load.deliveries])
            figures = {"phase": "surfaced", "sent": len(load.deliveries),
                       "failed": sum(r[1] == "failed" for r in rows),
                       "with_reason": sum(r[1] == "failed" and bool(r[3]) for r in rows),
                       "reasons": sorted({r[3] or "" for r in rows if r[1] == "failed"}),
                       "member_saw": final.figures()["member_saw"]}
            figures["pass"] = figures["failed"] == figures["with_reason"] == len(load.deliveries)
            print_json("wechat_api_errors", figures)
            ok &= bool(figures["pass"])
        finally:
            worker.stop()
            server.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
