"""Drill: Redis restarted under load. A private redis-server (port 6390 by default, nothing on disk, never the
shared 6379) is stopped while members write, stays down a few seconds and comes back empty. Then every message
sent just before the restart is delivered again, as a WeChat retry would be, with its claim and cached reply
gone. Expected: no message lost, no duplicate reply, the same answer on the retry, service resumes.

    python scripts/drills/redis_restart.py [--port 6390] [--down 3] [--duration 20] [--clients 8]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.drills.harness import (TOKEN, BackgroundLoad, OutboxWorker, PrivateRedis, app_env, app_server,  # noqa: E402
                                    audit, banner, fake_wechat, print_json, reply_content, resumed_after,
                                    scratch_database, timeline, wait_settled)
from scripts.loadgen import _Conn, signed_query, text_xml  # noqa: E402

__all__ = ["main"]


def redeliver(url: str, deliveries: list, window: tuple[float, float]) -> dict[str, int]:  # type: ignore[type-arg]
    """Deliver again every message first sent inside `window` (time.time() bounds); compare the replies."""
    port = int(url.split(":")[2].split("/")[0])
    conn = _Conn("127.0.0.1", port, 10.0)
    same = changed = failed = 0
    try:
        for d in deliveries:
            if not (window[0] <= d.started <= window[1]) or d.outcome != "xml":
                continue
            try:
                status, body = conn.post(f"/wechat?{signed_query(TOKEN, {'openid': d.openid})}",
                                         text_xml(d.openid, d.text, d.msg_id))
            except OSError:
                failed += 1
                continue
            if status == 200 and reply_content(body) == reply_content(d.body):
                same += 1
            else:
                changed += 1
    finally:
        conn.close()
    return {"redelivered": same + changed + failed, "same_reply": same, "different_reply": changed,
            "failed": failed}


def main() -> int:
    """Run the drill; exit 1 when a message was lost or answered twice."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=6390)
    ap.add_argument("--down", type=float, default=3.0, help="seconds Redis stays down")
    ap.add_argument("--at", type=float, default=6.0, help="stop Redis this many seconds into the load")
    ap.add_argument("--duration", type=float, default=20.0)
    ap.add_argument("--rate", type=float, default=40.0, help="messages per second arriving (open loop)")
    ap.add_argument("--clients", type=int, default=48, help="most messages in flight at once")
    args = ap.parse_args()
    private = PrivateRedis(args.port).start()
    try:
        with scratch_database("redis") as db_url, fake_wechat() as fake:
            env = app_env(db_url, private.url, fake.base_url)
            server = app_server(env, name="redis-drill").start()
            worker = OutboxWorker(env).start()
            try:
                server.wait_ready(90, workers=2)
                banner(f"Redis restart: {args.rate:.0f} msg/s for {args.duration:.0f} s, Redis down "
                       f"{args.down:.0f} s at t={args.at:.0f} s")
                load = BackgroundLoad(server.url, clients=args.clients, duration=args.duration, retries=2,
                                      rate=args.rate, prefix="rr").start()
                load.at(args.at)
                t_down = time.time()
                private.stop()
                time.sleep(args.down)
                private.start()
                t_up = time.time()
                result = load.join()
                again = redeliver(server.url, result.deliveries, (t_down - 5.0, t_up))
                wait_settled(db_url, result.deliveries, fake)
                print("\n".join(timeline(result.deliveries, load.t0)))
            finally:
                worker.stop()
                server.stop()
            final = audit(db_url, result.deliveries, fake)
            figures = {**result.summary(), **final.figures(), "redis_down_s": args.down,
                       "resumed_after_s": resumed_after(result.deliveries, t_up), **again}
            figures["pass"] = (not final.lost and final.stored_once == final.sent
                               and final.visible.get("one") == final.sent and again["different_reply"] == 0
                               and again["failed"] == 0)
            print_json("redis_restart", figures)
            return 0 if figures["pass"] else 1
    finally:
        private.stop()


if __name__ == "__main__":
    sys.exit(main())
