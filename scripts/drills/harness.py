"""What every drill and `make bench` share: a throw-away database, gunicorn servers on loopback ports, the
outbox worker, a private Redis, a TCP proxy that can cut PostgreSQL, the fake WeChat API and the audit of
what ended up in PostgreSQL. Everything started here is stopped by its own process id."""
from __future__ import annotations

import json
import os
import re
import runpy
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from scripts.loadgen import Delivery  # noqa: E402

__all__ = ["ROOT", "TOKEN", "PG_ADMIN_URL", "REDIS_URL", "free_port", "scratch_database", "Server", "floor_server",
           "app_server", "OutboxWorker", "PrivateRedis", "TcpProxy", "fake_wechat", "audit", "timeline",
           "reply_content", "serving_settings", "app_env", "banner", "BackgroundLoad", "wait_settled",
           "resumed_after", "print_json"]

BIN = Path(sys.executable).parent
TOKEN = "drill-token"
APPID, SECRET = "wx-drill-appid", "drill-secret"
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")  # never 0 (shared) or 15 (tests)
LOG_DIR = Path(os.environ.get("BENCH_LOG_DIR", tempfile.gettempdir())) / "assistant-drills"
CONTENT = re.compile(r"<Content><!\[CDATA\[(.*?)\]\]></Content>", re.S)


def banner(text: str) -> None:
    """A visible heading in drill output."""
    print(f"\n== {text}", flush=True)


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serving_settings() -> dict[str, Any]:
    """workers, threads and timeouts from gunicorn.conf.py, so the floor runs with the very same settings."""
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    return {k: conf[k] for k in ("workers", "threads", "timeout", "graceful_timeout")}


@contextmanager
def scratch_database(prefix: str = "drill") -> Iterator[str]:
    """A fresh PostgreSQL database, migrated with Alembic, dropped afterwards."""
    name = f"assistant_{prefix}_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    try:
        subprocess.run([str(BIN / "python"), "-m", "flask", "--app", "server", "db-upgrade"], cwd=ROOT, check=True,
                       env={**os.environ, "DATABASE_URL": url, "LOG_LEVEL": "WARNING"}, capture_output=True,
                       timeout=120)
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def app_env(database_url: str, redis_url: str, wechat_api: str = "http://127.0.0.1:9/cgi-bin/",
            **extra: str) -> dict[str, str]:
    """The environment `make serve` would get in production, pointed at loopback services."""
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": redis_url, "WECHAT_TOKEN": TOKEN,
           "WECHAT_APPID": APPID, "WECHAT_SECRET": SECRET, "WECHAT_API_BASE_URL": wechat_api,
           "WECHAT_API_TIMEOUT": "1", "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false",
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "INSTANCE_PATH": str(ROOT / "instance"),
           "LOG_LEVEL": os.environ.get("BENCH_APP_LOG_LEVEL", "WARNING"), "RUN_OUTBOX_IN_PROCESS": "0"}
    env.update(extra)
    return env


class Server:
    """A gunicorn master with its workers, on a loopback port."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], port: int | None = None) -> None:
        self.name, self.env = name, env
        self.port = port or free_port()
        self.args = args
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = LOG_DIR / f"{name}-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0

    @property
    def url(self) -> str:
        """The webhook URL."""
        return f"http://127.0.0.1:{self.port}/wechat"

    def start(self) -> Server:
        """Start the master (it forks the workers)."""
        log = open(self.log_path, "wb")
        cmd = [str(BIN / "gunicorn"), *self.args, "--bind", f"127.0.0.1:{self.port}"]
        self.started_at = time.time()
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        log.close()
        return self

    def wait_ready(self, timeout: float = 60.0, workers: int | None = None) -> float:
        """Wait until /healthz answers (and `workers` workers exist); returns the seconds since start."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as res:
                    if res.status == 200 and (workers is None or len(self.workers()) >= workers):
                        return time.time() - self.started_at
            except OSError:
                pass
            time.sleep(0.05)
        raise TimeoutError(f"{self.name} not ready after {timeout} s; see {self.log_path}")

    def workers(self) -> list[psutil.Process]:
        """The live worker processes."""
        if self.proc is None:
            return []
        try:
            return [p for p in psutil.Process(self.proc.pid).children() if p.is_running()]
        except psutil.NoSuchProcess:
            return []

    def memory(self) -> list[dict[str, float]]:
        """RSS (and unique set size) of each worker, in MB."""
        out = []
        for p in self.workers():
            try:
                info = p.memory_full_info()
                out.append({"pid": p.pid, "rss_mb": round(info.rss / 2**20, 1), "uss_mb": round(info.uss / 2**20, 1)})
            except psutil.Error:
                pass
        return out

    def kill_worker(self) -> int:
        """kill -9 one worker; returns its pid."""
        victim = self.workers()[0]
        os.kill(victim.pid, signal.SIGKILL)
        return victim.pid

    def stop(self) -> None:
        """Graceful stop of the master; kill it and its workers (by pid) if that takes too long."""
        if self.proc is None or self.proc.poll() is not None:
            return
        pids = [p.pid for p in self.workers()]
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server log."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def floor_server(env: dict[str, str], port: int | None = None) -> Server:
    """The floor webhook (scripts/floor_app.py) with the serving settings of gunicorn.conf.py."""
    # gunicorn would read ./gunicorn.conf.py (and its model warm-up hook) by default: give the floor its own
    # config file holding the same numbers.
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    conf = LOG_DIR / "floor.gunicorn.conf.py"
    conf.write_text("".join(f"{k} = {v!r}\n" for k, v in serving_settings().items()))
    return Server("floor", ["-c", str(conf), "scripts.floor_app:app"], env, port)


def app_server(env: dict[str, str], port: int | None = None, access_log: Path | None = None,
               name: str = "webhook") -> Server:
    """The real webhook exactly as `make serve` starts it (gunicorn -c gunicorn.conf.py server:app)."""
    args = ["-c", "gunicorn.conf.py"]
    if access_log is not None:
        args += ["--access-logfile", str(access_log), "--access-logformat", "%(p)s %(s)s %(L)s %(q)s"]
    return Server(name, [*args, "server:app"], env, port)


class OutboxWorker:
    """`make worker` (python -m bot.worker) as a subprocess."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.log_path = LOG_DIR / f"outbox-{uuid.uuid4().hex[:6]}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> OutboxWorker:
        """Start the worker process."""
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([str(BIN / "python"), "-m", "bot.worker"], cwd=ROOT, env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        return self

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after 15 s."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


class PrivateRedis:
    """A redis-server of our own on its own port (never the shared 6379), with nothing on disk."""

    def __init__(self, port: int = 6390) -> None:
        if port == 6379:
            raise ValueError("drills never touch the shared Redis on 6379")
        self.port = port
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        self.pidfile = LOG_DIR / f"redis-{port}.pid"
        self.logfile = LOG_DIR / f"redis-{port}.log"

    @property
    def url(self) -> str:
        """redis:// URL, database 0 of this private server."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        """Start it daemonized and wait for PING."""
        if self._ping():
            raise RuntimeError(f"something already listens on {self.port}; pick another port")
        subprocess.run(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                        "--appendonly", "no", "--daemonize", "yes", "--pidfile", str(self.pidfile),
                        "--logfile", str(self.logfile), "--dir", str(LOG_DIR)], check=True, timeout=10)
        end = time.monotonic() + 10
        while not self._ping():
            if time.monotonic() > end:
                raise TimeoutError("private redis did not start")
            time.sleep(0.05)
        return self

    def _ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server we started, by the pid it wrote."""
        try:
            pid = int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        end = time.monotonic() + 10
        while time.monotonic() < end and psutil.pid_exists(pid) and self._ping():
            time.sleep(0.05)
        if psutil.pid_exists(pid) and psutil.Process(pid).name().startswith("redis"):
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                os.kill(pid, signal.SIGKILL)
        while self._ping():
            time.sleep(0.05)


class TcpProxy:
    """A TCP proxy in front of PostgreSQL that can be cut: refuse (connections reset, new ones refused) or
    blackhole (bytes silently dropped, as in a network partition), then restored."""

    def __init__(self, target_port: int = 5432, port: int | None = None) -> None:
        self.target = ("127.0.0.1", target_port)
        self.port = port or free_port()
        self.mode = "up"
        self.lock = threading.Lock()
        self.pairs: list[tuple[socket.socket, socket.socket | None]] = []
        self.listener: socket.socket | None = None
        self.stopped = threading.Event()
        self.accepted = 0

    def start(self) -> TcpProxy:
        """Listen and forward."""
        self._listen()
        return self

    def _listen(self) -> None:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(128)
        self.listener = sock
        threading.Thread(target=self._accept, args=(sock,), daemon=True, name="proxy-accept").start()

    def _accept(self, sock: socket.socket) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = sock.accept()
            except OSError:
                return
            self.accepted += 1
            if self.mode == "blackhole":
                with self.lock:
                    self.pairs.append((client, None))  # held open, never answered
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=2)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if self.mode == "blackhole":
                    continue  # the partition eats the bytes
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _close_all(self) -> None:
        with self.lock:
            pairs, self.pairs = self.pairs, []
        for pair in pairs:
            for s in pair:
                if s is None:
                    continue
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def cut(self, mode: str = "refuse") -> None:
        """refuse: reset every connection and stop listening; blackhole: keep sockets open, drop all bytes."""
        self.mode = mode
        if mode == "refuse":
            if self.listener is not None:
                self.listener.close()
                self.listener = None
            self._close_all()

    def restore(self) -> None:
        """Back to normal; connections that lived through a blackhole are closed (their state is lost)."""
        if self.mode == "blackhole":
            self._close_all()
        self.mode = "up"
        if self.listener is None:
            self._listen()

    def stop(self) -> None:
        """Close everything."""
        self.stopped.set()
        if self.listener is not None:
            self.listener.close()
        self._close_all()

    def url(self, database_url: str) -> str:
        """`database_url` rewritten to go through the proxy."""
        return re.sub(r"@127\.0\.0\.1:\d+/", f"@127.0.0.1:{self.port}/", database_url)


@contextmanager
def fake_wechat() -> Iterator[Any]:
    """The local fake WeChat API (tests/fake_wechat.py) in this process, over real HTTP."""
    import logging

    from tests.fake_wechat import FakeWeChat

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per API call would drown the figures
    fake = FakeWeChat().start()
    try:
        yield fake
    finally:
        fake.stop()


def reply_content(body: str) -> str:
    """The Content of a passive XML reply ('' for 'success' or anything else)."""
    match = CONTENT.search(body or "")
    return match.group(1) if match else ""


@dataclass
class Audit:
    """What PostgreSQL (and the fake WeChat API) say happened to every message sent."""

    sent: int
    stored_once: int
    lost: list[str]
    spooled_left: int
    replies: Counter[str]
    visible: Counter[str]
    pending: int
    failed: int
    problems: list[dict[str, Any]]

    def figures(self) -> dict[str, Any]:
        """Flat figures for printing and the docs."""
        out = {"sent": self.sent, "stored_once": self.stored_once, "lost": len(self.lost),
               "spool_left": self.spooled_left, "bot_reply_rows": dict(self.replies),
               "member_saw": dict(self.visible), "outbox_pending": self.pending, "outbox_failed": self.failed}
        if self.problems:
            out["problem_examples"] = self.problems[:3]
        return out


def audit(database_url: str, deliveries: list[Delivery], fake: Any = None, redis_url: str | None = None,
          busy_text: str | None = None) -> Audit:
    """Check every message: one inbound row, one bot reply row, and what the member saw in WeChat.

    `member_saw` counts, per message, the replies that reached the member: the passive XML reply (WeChat
    shows one even when it retried) plus customer-service and template messages at the fake WeChat API.
    "one" is the goal; "busy+one" is the spool's holding note followed by the real answer."""
    keys = [d.dedup_key for d in deliveries]
    openids = [d.openid for d in deliveries]
    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        stored = Counter(row[0] for row in conn.execute(
            sa.text("SELECT dedup_key FROM messages WHERE dedup_key = ANY(:k)"), {"k": keys}))
        rows = conn.execute(sa.text(
            "SELECT m.openid, o.delivery, o.status FROM messages o JOIN members m ON m.id = o.member_id "
            "WHERE o.direction = 'out' AND o.sender = 'bot' AND m.openid = ANY(:o)"), {"o": openids}).all()
    engine.dispose()
    per_member: dict[str, list[tuple[str, str]]] = {}
    for openid, delivery, status in rows:
        per_member.setdefault(openid, []).append((delivery, status))
    spooled_left = 0
    if redis_url:
        import redis

        try:
            spooled_left = int(redis.Redis.from_url(redis_url).llen("inbox:spool"))
        except redis.RedisError:
            spooled_left = -1
    api_sent: Counter[str] = Counter()
    if fake is not None:
        api_sent.update(m.get("touser", "") for m in list(fake.sent))
        api_sent.update(m.get("touser", "") for m in list(fake.templates))
    replies: Counter[str] = Counter()
    visible: Counter[str] = Counter()
    problems: list[dict[str, Any]] = []
    pending = failed = 0
    for d in deliveries:
        mine = per_member.get(d.openid, [])
        replies[str(len(mine))] += 1
        pending += sum(status in ("pending", "sending") for _, status in mine)
        failed += sum(status == "failed" for _, status in mine)
        passive = reply_content(d.body) if d.outcome == "xml" else ""
        busy = bool(busy_text) and passive == busy_text
        real = (1 if passive and not busy else 0) + api_sent.get(d.openid, 0)
        label = {0: "none", 1: "one"}.get(real, f"{real} (duplicate)")
        visible[("busy+" if busy else "") + label] += 1
        if real != 1 or len(mine) != 1 or stored.get(d.dedup_key) != 1:
            problems.append({"openid": d.openid, "http": d.outcome, "attempts": d.attempts,
                             "passive": passive[:24], "stored": stored.get(d.dedup_key, 0),
                             "reply_rows": mine, "api_messages": api_sent.get(d.openid, 0)})
    return Audit(sent=len(deliveries), stored_once=sum(1 for k in keys if stored.get(k) == 1),
                 lost=[k for k in keys if stored.get(k, 0) == 0], spooled_left=spooled_left, replies=replies,
                 visible=visible, pending=pending, failed=failed, problems=problems)


def timeline(deliveries: list[Delivery], t0: float, step: float = 1.0) -> list[str]:
    """Per-second outcome counts (x = XML reply, s = success, e = error) relative to `t0`."""
    buckets: dict[int, Counter[str]] = {}
    for d in deliveries:
        buckets.setdefault(int((d.finished - t0) // step), Counter())[d.outcome] += 1
    lines = []
    for second in sorted(buckets):
        c = buckets[second]
        lines.append(f"t={second * step:+5.0f}s xml={c['xml']:3d} success={c['success']:3d} "
                     f"error={c['error'] + c['other']:3d}")
    return lines


def print_json(title: str, data: Any) -> None:
    """A figure as one JSON line, easy to grep and to paste into the docs."""
    print(f"FIGURE {title} {json.dumps(data, ensure_ascii=False, sort_keys=True)}", flush=True)


class BackgroundLoad:
    """`run_load` in a thread, so a drill can inject its fault while messages flow."""

    def __init__(self, url: str, **kwargs: Any) -> None:
        from scripts.loadgen import LoadResult, run_load

        self.result: LoadResult | None = None
        self.t0 = time.time()

        def work() -> None:
            self.result = run_load(url, TOKEN, **kwargs)

        self.thread = threading.Thread(target=work, name="background-load", daemon=True)

    def start(self) -> BackgroundLoad:
        """Start sending."""
        self.t0 = time.time()
        self.thread.start()
        return self

    def at(self, seconds: float) -> None:
        """Sleep until `seconds` after the start."""
        time.sleep(max(0.0, self.t0 + seconds - time.time()))

    def join(self, timeout: float = 120.0) -> Any:
        """Wait for the load to finish; returns its LoadResult."""
        self.thread.join(timeout)
        if self.result is None:
            raise TimeoutError("the load generator did not finish")
        return self.result


def wait_settled(database_url: str, deliveries: list[Delivery], fake: Any, redis_url: str | None = None,
                 busy_text: str | None = None, timeout: float = 45.0) -> Audit:
    """Poll the audit until the outbox is empty and the spool drained (or the timeout passes)."""
    end = time.monotonic() + timeout
    previous = None
    while True:
        result = audit(database_url, deliveries, fake, redis_url, busy_text)
        settled = result.pending == 0 and result.spooled_left <= 0
        # A message still missing may be in a processing thread for a moment: wait until two looks agree.
        if (settled and (not result.lost or previous == len(result.lost))) or time.monotonic() > end:
            return result
        previous = len(result.lost) if settled else None
        time.sleep(1.0)


def resumed_after(deliveries: list[Delivery], t_restore: float) -> float | None:
    """Seconds from the end of a fault until the first normal (XML) answer to a message sent after it."""
    times = sorted(d.finished for d in deliveries if d.started >= t_restore and d.outcome == "xml")
    return round(times[0] - t_restore, 2) if times else None
