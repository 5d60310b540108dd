"""Drill: a gunicorn worker killed with -9 under load, twice (the second kill waits until the first worker's
replacement answers). WeChat-style clients retry a dropped connection; gunicorn starts a replacement worker,
which warms its models before taking traffic.

    python scripts/drills/worker_kill.py [--kills 2] [--rate 60] [--duration 40]

Checked in PostgreSQL afterwards: every message stored once, one bot reply each, and what each member saw.
A message whose worker died mid-request is the interesting case: its Redis claim is left behind.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.drills.harness import (LOG_DIR, REDIS_URL, BackgroundLoad, OutboxWorker, app_env,  # noqa: E402
                                    app_server, audit, banner, fake_wechat, print_json, scratch_database, timeline,
                                    wait_settled)

__all__ = ["main"]


def _pids_by_openid(access: Path) -> dict[str, int]:
    """openid -> pid of the worker that answered it with 200, from the access log."""
    out: dict[str, int] = {}
    try:
        for line in access.read_text().splitlines():
            m = re.match(r"<(\d+)> 200 \S+ .*openid=([^& ]+)", line)
            if m:
                out[m.group(2)] = int(m.group(1))
    except OSError:
        pass
    return out


def main() -> int:
    """Run the drill; exit 1 when a message was lost or answered twice."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=2)
    ap.add_argument("--first", type=float, default=5.0, help="first kill this many seconds into the load")
    ap.add_argument("--gap", type=float, default=3.0,
                    help="seconds between a replacement's first answer and the next kill")
    ap.add_argument("--rate", type=float, default=60.0)
    ap.add_argument("--clients", type=int, default=48)
    ap.add_argument("--duration", type=float, default=40.0)
    args = ap.parse_args()
    with scratch_database("kill") as db_url, fake_wechat() as fake:
        env = app_env(db_url, REDIS_URL, fake.base_url)
        access = LOG_DIR / f"kill-access-{int(time.time())}.log"
        server = app_server(env, name="kill-drill", access_log=access).start()
        worker = OutboxWorker(env).start()
        kills: list[dict[str, object]] = []
        try:
            server.wait_ready(90, workers=2)
            time.sleep(1.0)
            banner(f"kill -9 a worker {args.kills} times from t={args.first:.0f} s, each once the previous "
                   f"replacement answers; {args.rate:.0f} msg/s, WeChat-style retries")
            load = BackgroundLoad(server.url, clients=args.clients, duration=args.duration, retries=2,
                                  rate=args.rate, prefix="wk", keepalive=False).start()
            load.at(args.first)
            for _ in range(args.kills):
                if not load.thread.is_alive():
                    break
                before = {p.pid for p in server.workers()}
                killed_at = time.time()
                victim, busy = server.kill_worker()
                replacement, spawned = None, None
                end = time.monotonic() + 30
                while time.monotonic() < end and load.thread.is_alive():
                    if replacement is None:
                        new = {p.pid for p in server.workers()} - before
                        if new:
                            replacement, spawned = new.pop(), time.time()
                    elif replacement in _pids_by_openid(access).values():
                        break  # the replacement answers: the next kill hits a fully served server
                    time.sleep(0.1)
                kills.append({"victim": victim, "mid_request": busy, "at_s": round(killed_at - load.t0, 1),
                              "replacement": replacement,
                              "killed_at": killed_at, "spawned_after_s": round(spawned - killed_at, 2) if spawned else None})
                time.sleep(args.gap)
            result = load.join()
            wait_settled(db_url, result.deliveries, fake)
            print("\n".join(timeline(result.deliveries, load.t0)))
        finally:
            worker.stop()
            server.stop()
        pid_of = _pids_by_openid(access)
        for kill in kills:
            answered = [d.finished for d in result.deliveries if pid_of.get(d.openid) == kill["replacement"]]
            at = kill.pop("killed_at")
            kill["replacement_first_answer_s"] = round(min(answered) - at, 2) if answered else None  # type: ignore[operator]
        final = audit(db_url, result.deliveries, fake)
        summary = result.summary()
        first_try_errors = sum(d.attempts > 1 for d in result.deliveries)
        figures = {**summary, **final.figures(), "killed": len(kills), "kills": kills,
                   "dropped_then_retried": first_try_errors,
                   "replacement_ready_s": max((k["replacement_first_answer_s"] for k in kills
                                               if k["replacement_first_answer_s"] is not None), default=None)}
        figures["pass"] = (not final.lost and final.stored_once == final.sent and final.visible.get("one") == final.sent
                           and summary["errors"] == 0)
        print_json("worker_kill", figures)
        return 0 if figures["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
