"""Drill: a retry storm. Every message is delivered 3 times, two at once and one late; the answer must be one
inbound row, one bot reply and one reply seen by the member, with the same body for all three deliveries.

    python scripts/drills/retry_storm.py [--messages 120] [--deadline 0.05]

Phase "in time" uses the normal reply deadline; phase "late" sets REPLY_DEADLINE_SECONDS very low so every
answer misses the passive window and goes out through the customer-service API (outbox worker + fake WeChat).
"""
from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scripts.drills.harness import (REDIS_URL, TOKEN, OutboxWorker, app_env, app_server, audit, banner,  # noqa: E402
                                    fake_wechat, print_json, reply_content, scratch_database)
from scripts.loadgen import QUESTIONS, Delivery, _Conn, signed_query, text_xml  # noqa: E402

__all__ = ["storm", "main"]


def storm(url: str, messages: int, seed: int = 7, max_late: float = 6.0, threads: int = 24,
          token: str = TOKEN) -> tuple[list[Delivery], dict[str, list[str]]]:
    """Deliver each message 3 times (at 0 s, within 0.2 s, and 0.5..max_late s later); returns the first
    delivery of each message (for the audit) and every body received per dedup key."""
    rng = random.Random(seed)
    host, port = "127.0.0.1", int(url.split(":")[2].split("/")[0])
    run = f"rs{int(time.time())}{rng.randrange(1000):03d}"
    texts = QUESTIONS["kb"] + QUESTIONS["routed"] + QUESTIONS["emergency"][:1]
    firsts: list[Delivery] = []
    schedule: list[tuple[float, Delivery, bytes]] = []
    for n in range(messages):
        d = Delivery(openid=f"{run}-{n:05d}", msg_id=10**15 + int(time.time()) * 1000 + n, category="storm",
                     text=rng.choice(texts))
        firsts.append(d)
        xml = text_xml(d.openid, d.text, d.msg_id)
        start = n * 0.05  # a steady 20 new messages per second
        for offset in (0.0, rng.uniform(0.0, 0.2), rng.uniform(0.5, max_late)):
            schedule.append((start + offset, d, xml))
    schedule.sort(key=lambda item: item[0])
    bodies: dict[str, list[str]] = {d.dedup_key: [] for d in firsts}
    lock = threading.Lock()
    local = threading.local()
    t0 = time.monotonic()

    def deliver(item: tuple[float, Delivery, bytes]) -> None:
        at, d, xml = item
        time.sleep(max(0.0, t0 + at - time.monotonic()))
        conn = getattr(local, "conn", None) or _Conn(host, port, 10.0)
        local.conn = conn
        try:
            status, body = conn.post(f"/wechat?{signed_query(token, {'openid': d.openid})}", xml)
        except OSError as exc:
            status, body = 0, f"error {type(exc).__name__}"
        with lock:
            bodies[d.dedup_key].append(body if status == 200 else f"HTTP {status} {body[:60]}")
            if status == 200 and (d.outcome == "error" or (d.outcome == "success" and body.startswith("<xml"))):
                d.status, d.body = status, body
                d.outcome = "xml" if body.startswith("<xml") else "success"

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(deliver, schedule))
    return firsts, bodies


def _phase(name: str, db_url: str, fake: object, messages: int, deadline: float | None) -> dict[str, object]:
    extra = {"REPLY_DEADLINE_SECONDS": str(deadline)} if deadline is not None else {}
    env = app_env(db_url, REDIS_URL, fake.base_url, **extra)  # type: ignore[attr-defined]
    server = app_server(env, name=f"storm-{name.replace(' ', '-')}").start()
    worker = OutboxWorker(env).start()
    try:
        server.wait_ready(90, workers=2)
        firsts, bodies = storm(server.url, messages)
        # Let the outbox worker deliver the late answers.
        end = time.monotonic() + 30
        while time.monotonic() < end:
            result = audit(db_url, firsts, fake)
            if result.pending == 0 and sum(result.replies.values()) == len(firsts):
                break
            time.sleep(0.5)
    finally:
        worker.stop()
        server.stop()
    result = audit(db_url, firsts, fake)
    same_body = sum(1 for b in bodies.values() if len(b) == 3 and len({reply_content(x) or x for x in b}) == 1)
    figures = {"phase": name, "deadline_s": deadline, **result.figures(), "deliveries": 3 * messages,
               "same_body_all_3": same_body}
    figures["pass"] = (result.stored_once == messages and not result.lost and result.replies.get("1") == messages
                       and result.visible.get("one") == messages and same_body == messages)
    return figures


def main() -> int:
    """Run both phases and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=120)
    ap.add_argument("--deadline", type=float, default=0.05, help="REPLY_DEADLINE_SECONDS for the late phase")
    args = ap.parse_args()
    ok = True
    with scratch_database("storm") as db_url, fake_wechat() as fake:
        for name, deadline in (("in time", None), ("late", args.deadline)):
            banner(f"retry storm, {name}: {args.messages} messages x 3 deliveries")
            figures = _phase(name, db_url, fake, args.messages, deadline)
            print_json("retry_storm", figures)
            ok &= bool(figures["pass"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
