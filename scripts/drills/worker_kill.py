"""Drill: a gunicorn worker killed with -9 under load. For each kill the drill sends a probe message on a fresh
connection and kills the worker that accepted it ~8 ms later, while the probe is being processed (its Redis
claim taken, its transaction under way); the probe's client retries like WeChat after a given delay (default:
1 s for the first kill, 5 s, WeChat's own timeout, for the second). The next kill waits until the replacement
worker answers. The background load (60 msg/s, new connection per message) keeps going throughout.

    python scripts/drills/worker_kill.py [--retry-delays 1,5] [--rate 60] [--duration 40]

Checked in PostgreSQL afterwards: every message (probes included) stored once, one bot reply each, what each
member saw, and how long the replacement worker took to answer.
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import signal
import sys
import threading
import time
import uuid
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.drills.harness import (LOG_DIR, REDIS_URL, TOKEN, BackgroundLoad, OutboxWorker, Server,  # noqa: E402
                                    app_env, app_server, audit, banner, fake_wechat, print_json, scratch_database,
                                    timeline, wait_settled)
from scripts.loadgen import QUESTIONS, WECHAT_TIMEOUT, Delivery, _Conn, _send  # noqa: E402

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


def probe_kill(server: Server, retry_delay: float, prefix: str) -> tuple[Delivery, int | None]:
    """Send one message on a fresh connection and kill -9 the worker handling it while it processes; the
    client retries like WeChat after `retry_delay` s. Returns the delivery and the killed pid (None: missed)."""
    conn = _Conn("127.0.0.1", server.port, WECHAT_TIMEOUT)
    conn.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=WECHAT_TIMEOUT)
    conn.conn.connect()
    conn.last_used = time.monotonic()  # a fresh connection: a failure is an error to retry like WeChat, not idle
    client_port = conn.conn.sock.getsockname()[1]
    d = Delivery(openid=f"{prefix}-{uuid.uuid4().hex[:8]}", msg_id=10**15 + int(time.time() * 1000) % 10**12,
                 category="probe", text=QUESTIONS["routed"][0])
    owner = None
    end = time.monotonic() + 1.0
    while owner is None and time.monotonic() < end:  # the worker that accepted our connection
        for p in server.workers():
            try:
                if any(c.raddr and c.raddr.port == client_port for c in p.net_connections(kind="tcp")):
                    owner = p.pid
            except psutil.Error:
                pass
    sender = threading.Thread(target=_send, args=(conn, "/wechat", TOKEN, d, 2, retry_delay, None))
    sender.start()
    time.sleep(0.008)  # the request is in: signature checked, claim taken, the transaction under way
    if owner is not None:
        os.kill(owner, signal.SIGKILL)
    sender.join(3 * (WECHAT_TIMEOUT + retry_delay) + 5)
    conn.close()
    return d, owner


def main() -> int:
    """Run the drill; exit 1 when a message was lost or answered twice."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--retry-delays", default="1,5",
                    help="one kill per value: seconds after the dropped connection before the probe's retry")
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
            delays = [float(x) for x in args.retry_delays.split(",") if x]
            banner(f"kill -9 the worker handling a probe message, {len(delays)} times from t={args.first:.0f} s, "
                   f"each once the previous replacement answers; {args.rate:.0f} msg/s, WeChat-style retries")
            load = BackgroundLoad(server.url, clients=args.clients, duration=args.duration, retries=2,
                                  rate=args.rate, prefix="wk", keepalive=False).start()
            load.at(args.first)
            probes: list[tuple[Delivery, float]] = []
            for k, delay in enumerate(delays):
                if not load.thread.is_alive():
                    break
                before = {p.pid for p in server.workers()}
                probe, victim = probe_kill(server, delay, f"wkprobe{k}")
                killed_at = probe.started + 0.008
                probes.append((probe, delay))
                replacement = None
                end = time.monotonic() + 30
                while time.monotonic() < end and load.thread.is_alive():
                    if replacement is None:
                        new = {p.pid for p in server.workers()} - before
                        if new:
                            replacement = new.pop()
                    elif replacement in _pids_by_openid(access).values():
                        break  # the replacement answers: the next kill hits a fully served server
                    time.sleep(0.1)
                kills.append({"victim": victim, "at_s": round(killed_at - load.t0, 1), "replacement": replacement,
                              "killed_at": killed_at})
                time.sleep(args.gap)
            result = load.join()
            wait_settled(db_url, result.deliveries + [p for p, _ in probes], fake)
            print("\n".join(timeline(result.deliveries, load.t0)))
        finally:
            worker.stop()
            server.stop()
        pid_of = _pids_by_openid(access)
        for kill in kills:
            answered = [d.finished for d in result.deliveries if pid_of.get(d.openid) == kill["replacement"]]
            at = kill.pop("killed_at")
            kill["replacement_first_answer_s"] = round(min(answered) - at, 2) if answered else None  # type: ignore[operator]
        final = audit(db_url, result.deliveries + [p for p, _ in probes], fake)
        summary = result.summary()
        first_try_errors = sum(d.attempts > 1 for d in result.deliveries)
        probe_audit = audit(db_url, [p for p, _ in probes], fake)
        lost_keys = set(probe_audit.lost)
        for kill, (probe, delay) in zip(kills, probes):
            kill["probe"] = {"retry_after_s": delay, "attempts": probe.attempts, "answer": probe.outcome,
                             "stored": probe.dedup_key not in lost_keys}
        figures = {**summary, **final.figures(), "killed": len(kills), "kills": kills,
                   "probes_lost": len(lost_keys),
                   "dropped_then_retried": first_try_errors,
                   "replacement_ready_s": max((k["replacement_first_answer_s"] for k in kills
                                               if k["replacement_first_answer_s"] is not None), default=None)}
        figures["pass"] = (not final.lost and final.stored_once == final.sent and final.visible.get("one") == final.sent
                           and summary["errors"] == 0 and all(v is not None for v in (k["victim"] for k in kills)))
        print_json("worker_kill", figures)
        return 0 if figures["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
