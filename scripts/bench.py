"""`make bench`: the serving benchmark, the floor beside it, micro-benchmarks, start-up, memory and the fault
drills; writes the `## Webhook` and `## Serving` sections of docs/benchmarks.md (other sections are left alone).

    python scripts/bench.py                      # everything, about 8 minutes
    python scripts/bench.py --no-drills          # serving figures only
    python scripts/bench.py --duration 5 --no-drills --no-write   # a quick look, nothing written

Everything runs on loopback: a throw-away PostgreSQL database, Redis database 9 (BENCH_REDIS_URL), gunicorn
started exactly as `make serve` does (gunicorn.conf.py: WORKERS=2, THREADS=3, models warmed per worker after the
fork, no preload, OMP_NUM_THREADS=1) and the floor (scripts/floor_app.py) with the same numbers.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.drills.harness import (LOG_DIR, REDIS_URL, ROOT, TOKEN, Server, app_env, app_server, audit,  # noqa: E402
                                    fake_wechat, floor_server, scratch_database, serving_settings)
from scripts.loadgen import QUESTIONS, _Conn, percentile, run_load, signed_query, text_xml  # noqa: E402

DOC = ROOT / "docs" / "benchmarks.md"
PACKAGES = ["flask", "gunicorn", "wechatpy", "xmltodict", "sqlalchemy", "psycopg2-binary", "redis", "scikit-learn",
            "jieba", "sentence-transformers", "torch", "faiss-cpu", "numpy"]
DRILLS = ["retry_storm", "redis_restart", "postgres_outage", "worker_kill", "wechat_api_errors"]
TARGETS = {"ratio": 0.5, "p99_ms": 100.0, "errors": 0, "rss_mb": 600.0, "ready_s": 8.0}


# ---- machine -------------------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    """What this ran on."""
    import psutil
    import sqlalchemy as sa

    from scripts.drills.harness import PG_ADMIN_URL

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    engine = sa.create_engine(PG_ADMIN_URL)
    with engine.connect() as conn:
        pg = str(conn.execute(sa.text("SHOW server_version")).scalar())
    engine.dispose()
    import redis

    info = redis.Redis.from_url(REDIS_URL).info("server")
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "kernel": platform.release(), "python": platform.python_version(), "postgresql": pg.split()[0],
            "redis": info.get("redis_version"), "packages": versions, "loadavg_at_start": os.getloadavg()[0]}


# ---- micro-benchmarks (run in a fresh process) ---------------------------------------------------------------
def _timed(fn: Any, inputs: list[str], repeat: int) -> dict[str, float]:
    """Call fn on every input `repeat` times; per-call p50/p99/mean in ms."""
    times = []
    for _ in range(repeat):
        for text in inputs:
            start = time.perf_counter()
            fn(text)
            times.append((time.perf_counter() - start) * 1000)
    return {"calls": len(times), "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
            "mean_ms": round(statistics.fmean(times), 2)}


def _rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def micro(database_url: str | None) -> dict[str, Any]:
    """Classifier, KB and pipeline timings in this process; with a database, the in-process webhook stages."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    inputs = [q for cat in ("kb", "routed", "emergency") for q in QUESTIONS[cat]]
    out: dict[str, Any] = {"inputs": len(inputs), "rss_start_mb": _rss_mb()}
    instance = Path(os.environ.get("INSTANCE_PATH", ROOT / "instance"))

    import classifier

    classifier.configure(str(instance / "classifier"))
    start = time.perf_counter()
    try:
        classifier.load()
        out["classifier_load_s"] = round(time.perf_counter() - start, 2)
        out["classifier_predict"] = _timed(classifier.predict, inputs, 5)
    except Exception as exc:
        out["classifier_error"] = type(exc).__name__
    out["rss_after_classifier_mb"] = _rss_mb()

    import knowledge_base

    knowledge_base.configure(os.environ.get("EMBEDDING_MODEL", str(instance / "embedder")),
                             os.environ.get("KB_INDEX_PATH", str(instance / "kb_index")))
    start = time.perf_counter()
    try:
        knowledge_base.lookup("血压高怎么办")
        out["kb_load_s"] = round(time.perf_counter() - start, 2)
        out["kb_lookup"] = _timed(knowledge_base.lookup, inputs, 5)
        out["kb_answered"] = sum(knowledge_base.lookup(q).best is not None for q in QUESTIONS["kb"])
        out["kb_questions"] = len(QUESTIONS["kb"])
    except Exception as exc:
        out["kb_error"] = type(exc).__name__
    out["rss_after_kb_mb"] = _rss_mb()

    from bot.pipeline import decide

    out["pipeline_decide"] = _timed(decide, inputs, 3)
    if database_url:
        out.update(_in_process_webhook(database_url, inputs))
    out["rss_end_mb"] = _rss_mb()
    return out


def _in_process_webhook(database_url: str, inputs: list[str]) -> dict[str, Any]:
    """Single-threaded cost of each webhook stage: floor, inbox.receive (database), the full webhook."""
    import uuid

    from bot import create_app
    from bot.inbox import Inbound
    from scripts.floor_app import create_floor_app

    app = create_app({"DATABASE_URL": database_url, "REDIS_URL": REDIS_URL, "WECHAT_TOKEN": TOKEN,
                      "AUTO_MIGRATE": False, "RUN_OUTBOX_IN_PROCESS": False, "TESTING": True})
    inbox = app.extensions["inbox"]
    run = uuid.uuid4().hex[:6]
    n = 0

    def through_inbox(text: str) -> None:
        nonlocal n
        n += 1
        inbox.receive(Inbound(openid=f"mi-{run}-{n}", kind="text", dedup_key=f"msg:mi-{run}-{n}:{n}", text=text),
                      first=True)  # as the webhook calls it after winning the Redis claim

    def post(client: Any) -> Any:
        def call(text: str) -> None:
            nonlocal n
            n += 1
            res = client.post(f"/wechat?{signed_query(TOKEN)}", data=text_xml(f"mw-{run}-{n}", text, 10**12 + n))
            assert res.status_code == 200 and res.data.startswith(b"<xml"), res.data[:80]
        return call

    from sqlalchemy import event

    from bot import db

    statements = 0

    def count(*_: Any) -> None:
        nonlocal statements
        statements += 1

    floor = create_floor_app(TOKEN).test_client()
    out = {"floor_in_process": _timed(post(floor), inputs, 3)}
    event.listen(db.engine(), "before_cursor_execute", count)
    out["inbox_receive"] = _timed(through_inbox, inputs, 3)
    event.remove(db.engine(), "before_cursor_execute", count)
    out["sql_statements_per_message"] = round(statements / out["inbox_receive"]["calls"], 1)
    out["webhook_in_process"] = _timed(post(app.test_client()), inputs, 3)
    return out


def run_micro(database_url: str) -> dict[str, Any]:
    """The micro-benchmarks in a fresh process, as a gunicorn worker would see them."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false", "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "LOG_LEVEL": "ERROR", "INSTANCE_PATH": str(ROOT / "instance")}
    res = subprocess.run([sys.executable, __file__, "--micro", "--database-url", database_url], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        return {"error": res.stderr[-800:]}
    return json.loads(res.stdout.strip().splitlines()[-1])


# ---- the served webhook --------------------------------------------------------------------------------------
def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes."""
    import psutil

    total = 0.0
    for pid in pids:
        try:
            t = psutil.Process(pid).cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def _postgres_backends(database_url: str | None) -> list[int]:
    """Server processes of the connections to our scratch database."""
    if not database_url:
        return []
    import sqlalchemy as sa

    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        pids = [int(p) for p in conn.execute(sa.text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalars()]
    engine.dispose()
    return pids


def measure(server: Server, duration: float, concurrency: list[int], warmup: float,
            database_url: str | None = None, rates: list[float] | None = None) -> dict[str, Any]:
    """Warm up, then one load run per concurrency (closed loop) and per rate (open loop, at most 64 in
    flight); CPU per message by process group; worker memory afterwards."""
    if warmup:
        run_load(server.url, TOKEN, clients=max(concurrency), duration=warmup, prefix="warm")
    runs = {}
    deliveries = []
    plans = [(str(c), {"clients": c}) for c in concurrency]
    plans += [(f"{r:g}/s", {"clients": 64, "rate": r}) for r in rates or []]
    for name, plan in plans:
        workers, backends = [p.pid for p in server.workers()], _postgres_backends(database_url)
        before = (_cpu_seconds(workers), _cpu_seconds(backends), _cpu_seconds([os.getpid()]), time.perf_counter())
        result = run_load(server.url, TOKEN, duration=duration, prefix=f"b{len(runs)}", **plan)  # type: ignore[arg-type]
        after = (_cpu_seconds(workers), _cpu_seconds(backends), _cpu_seconds([os.getpid()]), time.perf_counter())
        runs[name] = summary = result.summary()
        if "rate" in plan:
            summary["rate"] = plan["rate"]
        n = max(1, summary["messages"])
        summary["cpu_ms_per_msg"] = {name: round((after[i] - before[i]) * 1000 / n, 2)
                                     for i, name in enumerate(("workers", "postgres", "loadgen"))}
        summary["cpu_busy"] = round(sum(after[i] - before[i] for i in range(3)) / (after[3] - before[3]), 2)
        deliveries += result.deliveries
    return {"runs": runs, "memory": server.memory(), "deliveries": deliveries}


def startup(env: dict[str, str], log_dir: Path, timeout: float = 60.0, pollers: int = 4) -> dict[str, Any]:
    """Start the webhook and send full-pipeline questions from the first moment: per worker, the time from its
    process start (and from the master's) to the first answered message that ran the classifier and the KB."""
    import threading

    import psutil

    access = log_dir / f"access-{int(time.time())}.log"
    server = app_server(env, access_log=access, name="startup")
    texts = QUESTIONS["kb"] + QUESTIONS["routed"]
    answered: list[tuple[str, float, str]] = []  # openid, time answered, body
    lock = threading.Lock()
    stop = threading.Event()
    worker_start: dict[int, float] = {}

    def poll(k: int) -> None:
        i = 0
        while not stop.is_set():
            i += 1
            openid = f"su-{k}-{i}-{int(time.time() * 1000)}"
            conn = _Conn("127.0.0.1", server.port, 30.0)  # a new connection each time, so both workers get some
            try:
                status, body = conn.post(f"/wechat?{signed_query(TOKEN, {'openid': openid})}",
                                         text_xml(openid, texts[(k * 7 + i) % len(texts)], 10**14 + k * 10**6 + i))
                if status == 200:
                    with lock:
                        answered.append((openid, time.time(), body))
            except OSError:
                time.sleep(0.02)
            finally:
                conn.close()

    server.start()
    threads = [threading.Thread(target=poll, args=(k,), daemon=True) for k in range(pollers)]
    for t in threads:
        t.start()
    end = time.monotonic() + timeout
    result: dict[str, Any] = {}
    try:
        while time.monotonic() < end:
            for p in server.workers():
                if p.pid not in worker_start:
                    try:
                        worker_start[p.pid] = p.create_time()
                    except psutil.Error:
                        pass
            anyone, full = _first_answers(access, answered, env["DATABASE_URL"], lock)
            workers = serving_settings()["workers"]
            if len(full) >= workers or (len(anyone) >= workers and time.monotonic() > end - timeout / 2):
                break  # without built models no answer can show the classifier and the KB: stop halfway
            time.sleep(0.25)
        stop.set()
        for t in threads:
            t.join(35)
        anyone, full = _first_answers(access, answered, env["DATABASE_URL"], lock)
        per_worker = []
        for pid, at in sorted((full or anyone).items()):
            started = worker_start.get(pid)
            per_worker.append({"pid": pid, "from_worker_start_s": round(at - started, 2) if started else None,
                               "from_master_start_s": round(at - server.started_at, 2)})
        result = {"workers": per_worker, "answered": len(answered), "models_used": bool(full)}
        warm = re.findall(r"models ready in ([0-9.]+) s", server.log_tail(400))
        result["warmup_s"] = [float(x) for x in warm]
    finally:
        stop.set()
        server.stop()
    return result


def _first_answers(access: Path, answered: list[tuple[str, float, str]], database_url: str,
                   lock: Any) -> tuple[dict[int, float], dict[int, float]]:
    """pid -> time of its first XML answer, and of its first one that went through the classifier and the KB."""
    import sqlalchemy as sa

    try:
        lines = access.read_text().splitlines()
    except OSError:
        return {}, {}
    pid_of = {}
    for line in lines:
        m = re.match(r"<(\d+)> (\d+) \S+ .*openid=([^& ]+)", line)
        if m and m.group(2) == "200":
            pid_of[m.group(3)] = int(m.group(1))
    with lock:
        done = [(o, t) for o, t, body in answered if body.startswith("<xml")]
    if not done:
        return {}, {}
    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT m.openid, x.decision FROM messages x JOIN members m ON m.id = x.member_id "
                                    "WHERE x.direction = 'in' AND m.openid = ANY(:o)"),
                            {"o": [o for o, _ in done]}).all()
    engine.dispose()
    full = {o for o, d in rows if _used_models(d)}
    first: dict[int, float] = {}
    first_full: dict[int, float] = {}
    for openid, at in sorted(done, key=lambda x: x[1]):
        pid = pid_of.get(openid)
        if pid is None:
            continue
        first.setdefault(pid, at)
        if openid in full:
            first_full.setdefault(pid, at)
    return first, first_full


def _used_models(decision: Any) -> bool:
    """Did this decision come from a loaded classifier and a loaded KB?"""
    if isinstance(decision, str):
        decision = json.loads(decision)
    if not decision:
        return False
    return decision.get("department_confidence") is not None and bool(decision.get("kb_candidates"))


def run_bench_kb(entries: int = 1000, queries: int = 500) -> dict[str, Any]:
    """The KB helper's scale benchmark (scripts/bench_kb.py), when it and the embedding model exist."""
    script = ROOT / "scripts" / "bench_kb.py"
    if not script.exists() or not (ROOT / "instance" / "embedder").exists():
        return {}
    cmd = [sys.executable, str(script), "--entries", str(entries), "--queries", str(queries)]
    try:
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=240,
                             env={**os.environ, "OMP_NUM_THREADS": "1", "LOG_LEVEL": "WARNING"})
    except subprocess.TimeoutExpired:
        return {"command": " ".join(cmd[1:]), "error": "timed out after 240 s"}
    lines = [line for line in res.stdout.splitlines() if line.strip() and "%|" not in line]
    return {"command": "python scripts/bench_kb.py " + " ".join(cmd[2:]), "exit": res.returncode,
            "output": lines[-8:], "error": res.stderr[-400:] if res.returncode else ""}


def run_drills(names: list[str], timeout: float = 240.0) -> dict[str, Any]:
    """Run each drill script; collect its FIGURE lines."""
    out: dict[str, Any] = {}
    for name in names:
        script = ROOT / "scripts" / "drills" / f"{name}.py"
        if not script.exists():
            out[name] = {"error": "not written yet"}
            continue
        start = time.perf_counter()
        print(f"drill {name} ...", flush=True)
        try:
            res = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                                 timeout=timeout)
            figures = [json.loads(line.split(" ", 2)[2]) for line in res.stdout.splitlines()
                       if line.startswith("FIGURE ")]
            out[name] = {"exit": res.returncode, "seconds": round(time.perf_counter() - start, 1), "figures": figures}
            if not figures:
                tail = (res.stderr or res.stdout).strip().splitlines()
                out[name]["error"] = " / ".join(tail[-3:])[-400:]
                print(f"drill {name} failed:\n" + "\n".join(tail[-25:]), flush=True)
        except subprocess.TimeoutExpired:
            out[name] = {"error": f"timed out after {timeout:.0f} s"}
    return out


# ---- the document --------------------------------------------------------------------------------------------
def _row(name: str, r: dict[str, Any]) -> str:
    cpu = r.get("cpu_ms_per_msg", {})
    cpu_text = " / ".join(f"{cpu[k]:.2f}" for k in ("workers", "postgres", "loadgen")) if cpu else "-"
    load = f"{r['rate']:g} msg/s arriving" if "rate" in r else f"{r['clients']} client{'s' * (r['clients'] != 1)}"
    return (f"| {name} | {load} | {r['messages']} | {r['throughput']:.0f} | {r['p50_ms']:.1f} | "
            f"{r['p90_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['errors']} | {r['non_xml']} | "
            f"{cpu_text} |")


def _ok(flag: bool) -> str:
    return "met" if flag else "**missed**"


def webhook_section(res: dict[str, Any]) -> str:
    """The `## Webhook` section."""
    floor, hook = res["floor"]["runs"], res["webhook"]["runs"]
    top = str(max(int(k) for k in hook if k.isdigit()))
    ratio = hook[top]["throughput"] / floor[top]["throughput"] if floor[top]["throughput"] else 0.0
    lines = [
        "## Webhook", "",
        f"Measured by `make bench` (scripts/bench.py) on {res['date']}; machine and versions under Serving. "
        f"Each run: {res['duration']:.0f} s of signed, unique text messages (each from a new member, so every one "
        "runs safety, KB and classifier and writes to PostgreSQL) from scripts/loadgen.py, after a "
        f"{res['warmup']:.0f} s warm-up. Same gunicorn settings for both: {res['settings']}. "
        "\"N clients\" is a closed loop (each client sends its next message as soon as it has an answer: the most "
        "the server can take); \"msg/s arriving\" is an open loop at that rate, as members write, at most 64 in "
        "flight. CPU ms/msg: CPU time of the gunicorn workers, of the PostgreSQL backends serving them and of the "
        "load generator, divided by the messages of that run.", "",
        "| Server | Load | Messages | Msg/s | p50 ms | p90 ms | p99 ms | max ms | Errors | Non-XML | "
        "CPU ms/msg: workers / PostgreSQL / loadgen |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key in floor:
        lines.append(_row("floor (parse + fixed reply)", floor[key]))
    for key in hook:
        lines.append(_row("webhook (full pipeline)", hook[key]))
    a = res["webhook"].get("audit", {})
    errors = sum(r["errors"] for r in hook.values())
    lines += ["", f"Database check after the runs: {a.get('stored_once', '?')} of {a.get('sent', '?')} messages "
              f"stored exactly once, member saw {a.get('member_saw', {})}.", "",
              "| Target (2 workers, this machine) | Measured | |", "|---|---|---|",
              f"| throughput ≥ 50% of the floor's ({top} clients) | {ratio:.1%} "
              f"({hook[top]['throughput']:.0f} vs {floor[top]['throughput']:.0f} msg/s) | {_ok(ratio >= TARGETS['ratio'])} |",
              f"| p99 ≤ 100 ms at {top} clients | {hook[top]['p99_ms']:.1f} ms | "
              f"{_ok(hook[top]['p99_ms'] <= TARGETS['p99_ms'])} |",
              f"| 0 errors | {errors} | {_ok(errors == 0)} |"]
    m = res.get("micro", {})
    if "webhook_in_process" in m:
        lines += ["", "Where one message's time goes (single thread, in process, no HTTP; mean / p99 ms per "
                  "message over the loadgen questions):", "",
                  "| Stage | mean ms | p99 ms |", "|---|---|---|"]
        for key, label in (("floor_in_process", "floor: signature + parse + fixed reply"),
                           ("classifier_predict", "classifier.predict"), ("kb_lookup", "knowledge_base.lookup"),
                           ("pipeline_decide", "pipeline.decide (safety + KB + classifier, no database)"),
                           ("inbox_receive", "inbox.receive (decide + PostgreSQL transaction)"),
                           ("webhook_in_process", "full webhook (+ signature, Redis claim/limit/cache, thread hop)")):
            if key in m:
                lines.append(f"| {label} | {m[key]['mean_ms']:.2f} | {m[key]['p99_ms']:.2f} |")
        if "sql_statements_per_message" in m:
            lines.append(f"\ninbox.receive runs {m['sql_statements_per_message']} SQL statements per new member's "
                         "message (one transaction).")
    return "\n".join(lines) + "\n"


def serving_section(res: dict[str, Any]) -> str:
    """The `## Serving` section."""
    mc = res["machine"]
    pk = ", ".join(f"{k} {v}" for k, v in mc["packages"].items())
    lines = ["## Serving", "", "### Machine", "",
             f"- {mc['nproc']} CPUs ({mc['cpu']}), {mc['ram_gb']} GB RAM, Linux {mc['kernel']}",
             f"- Python {mc['python']}, PostgreSQL {mc['postgresql']}, Redis {mc['redis']} (all on loopback)",
             f"- {pk}",
             f"- load average when the run started: {mc['loadavg_at_start']:.2f} (other work on the machine skews "
             "every figure)", ""]
    st = res.get("startup", {})
    mem = res["webhook"].get("memory", [])
    ready = [w["from_worker_start_s"] for w in st.get("workers", []) if w.get("from_worker_start_s") is not None]
    rss = [w["rss_mb"] for w in mem]
    lines += ["### Start-up and memory", "",
              "Start-up: gunicorn started as `make serve` does while 4 pollers send full-pipeline questions from "
              "the first moment; for each worker, the time from its process start (and from the master's) to its "
              "first answered message whose stored decision shows that both the classifier and the KB ran.", "",
              "| Worker | from worker start s | from master start s |", "|---|---|---|"]
    for w in st.get("workers", []):
        lines.append(f"| pid {w['pid']} | {w['from_worker_start_s']} | {w['from_master_start_s']} |")
    if st.get("workers") and not st.get("models_used"):
        lines.append("| (classifier/KB not built: first answer of any kind) | | |")
    if st.get("warmup_s"):
        lines.append(f"\nModel warm-up logged by the workers (`models ready in`): {st['warmup_s']} s.")
    lines += ["", "Memory per worker after the load runs (RSS; USS = memory only that worker holds): " +
              ", ".join(f"{w['rss_mb']} MB RSS / {w['uss_mb']} MB USS" for w in mem) + ".", "",
              "| Target | Measured | |", "|---|---|---|",
              f"| RSS per worker ≤ 600 MB | {max(rss) if rss else '?'} MB | "
              f"{_ok(bool(rss) and max(rss) <= TARGETS['rss_mb'])} |",
              f"| worker ready after start ≤ 8 s | {max(ready) if ready else '?'} s | "
              f"{_ok(bool(ready) and max(ready) <= TARGETS['ready_s'])} |", ""]
    m = res.get("micro", {})
    lines += ["### Micro-benchmarks", "", "One process, one thread, OMP_NUM_THREADS=1, "
              f"{m.get('inputs', '?')} loadgen questions × 5:", "",
              "| What | load s | p50 ms | p99 ms | RSS after MB |", "|---|---|---|---|---|"]
    for key, load, rss_key, label in (("classifier_predict", "classifier_load_s", "rss_after_classifier_mb",
                                       "classifier.predict"),
                                      ("kb_lookup", "kb_load_s", "rss_after_kb_mb", "knowledge_base.lookup")):
        if key in m:
            lines.append(f"| {label} | {m.get(load, '?')} | {m[key]['p50_ms']} | {m[key]['p99_ms']} | "
                         f"{m.get(rss_key, '?')} |")
        else:
            lines.append(f"| {label} | not available: {m.get(key.split('_')[0] + '_error', m.get('error', '?'))} | | | |")
    if "kb_answered" in m:
        lines.append(f"\nThe KB answered {m['kb_answered']} of the {m['kb_questions']} loadgen questions meant for it.")
    kb = res.get("bench_kb")
    if kb:
        lines += ["", f"KB at a larger scale (`{kb['command']}`, the KB's own benchmark):", "", "```",
                  *(kb.get("output") or [kb.get("error", "")]), "```"]
    drills = res.get("drills")
    if not drills:
        earlier = _previous_drills()
        if earlier:
            lines += ["", earlier]
    if drills:
        lines += ["", "### Fault drills", "", f"Run on {res['date']}. Each drill (scripts/drills/) starts its own "
                  "servers, runs bounded load, injects the fault and checks PostgreSQL. Details and design: "
                  "docs/operations.md.", "",
                  "| Drill | Result | Figures |", "|---|---|---|"]
        for name, d in drills.items():
            if "figures" not in d or not d["figures"]:
                lines.append(f"| {name} | error | {d.get('error', '').replace('|', '/')} |")
                continue
            for f in d["figures"]:
                verdict = "pass" if f.get("pass") else "**fail**"
                lines.append(f"| {name} {f.get('phase', '')} | {verdict} | {_drill_summary(f)} |")
    lines += ["", "Reproduce: `make bench` (or `python scripts/bench.py --no-drills`); one drill: "
              "`python scripts/drills/<name>.py`."]
    return "\n".join(lines) + "\n"


def _previous_drills(path: Path = DOC) -> str:
    """The fault-drill table of the last full run, kept when this run skipped the drills."""
    text = path.read_text() if path.exists() else ""
    m = re.search(r"(?ms)^### Fault drills\n.*?(?=^Reproduce:|^## |\Z)", text)
    if not m:
        return ""
    block = m.group(0).rstrip()
    note = "(From the last run that included the drills; this run skipped them.)"  # the block says its date
    return block if note in block else block.replace("\n\n", f"\n\n{note}\n\n", 1)


def _drill_summary(f: dict[str, Any]) -> str:
    """The figures of one drill phase in one table cell."""
    keys = ("sent", "lost", "stored_once", "member_saw", "errors", "success", "retried", "p99_ms", "resumed_after_s",
            "outbox_failed", "spool_left", "same_reply", "different_reply", "same_body_all_3", "templates",
            "token_refreshes", "killed", "replacement_ready_s")
    parts = [f"{k}={f[k]}" for k in keys if k in f]
    return ", ".join(parts).replace("|", "/")


def update_doc(sections: dict[str, str], path: Path = DOC) -> None:
    """Replace (or append) our `## ` sections; every other section stays as it is."""
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    parts = re.split(r"(?m)^(?=## )", text)
    head, body = parts[0], parts[1:]
    titles = [p.splitlines()[0].strip() for p in body]
    for title, content in sections.items():
        block = content.rstrip("\n") + "\n\n"
        if f"## {title}" in titles:
            body[titles.index(f"## {title}")] = block
        else:
            body.append(block)
            titles.append(f"## {title}")
    if not head.endswith("\n\n"):
        head = head.rstrip("\n") + "\n\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((head + "".join(body)).rstrip("\n") + "\n")


def main() -> int:
    """Run the benchmark; exit 1 when a target was missed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=float, default=15.0, help="seconds per load run")
    ap.add_argument("--warmup", type=float, default=3.0)
    ap.add_argument("--clients", default="1,16", help="concurrency levels (closed loop), comma-separated")
    ap.add_argument("--rates", default="50", help="arrival rates in msg/s (open loop), comma-separated")
    ap.add_argument("--no-drills", action="store_true")
    ap.add_argument("--drills", default=",".join(DRILLS))
    ap.add_argument("--no-write", action="store_true", help="print the sections instead of updating the doc")
    ap.add_argument("--json", type=Path, help="write every figure as JSON here (default: a file in the log folder)")
    ap.add_argument("--micro", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--database-url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.micro:
        print(json.dumps(micro(args.database_url)))
        return 0

    concurrency = [int(c) for c in args.clients.split(",")]
    rates = [float(r) for r in args.rates.split(",") if r]
    started = time.perf_counter()
    res: dict[str, Any] = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                           "duration": args.duration, "warmup": args.warmup}
    res["machine"] = machine()
    s = serving_settings()
    res["settings"] = (f"{s['workers']} workers × {s['threads']} threads (gthread), timeout {s['timeout']} s, "
                       "no preload, OMP_NUM_THREADS=1, PostgreSQL + Redis on loopback")
    print(f"machine: {res['machine']['nproc']} CPUs, load average {res['machine']['loadavg_at_start']:.2f}", flush=True)
    with scratch_database("bench") as db_url, fake_wechat() as fake:
        env = app_env(db_url, REDIS_URL, fake.base_url)
        print("micro-benchmarks ...", flush=True)
        res["micro"] = run_micro(db_url)

        print("floor ...", flush=True)
        floor = floor_server(env).start()
        try:
            floor.wait_ready(30, workers=s["workers"])
            res["floor"] = measure(floor, args.duration, concurrency, args.warmup, rates=rates)
        finally:
            floor.stop()
        print("webhook start-up ...", flush=True)
        res["startup"] = startup(env, floor.log_path.parent)
        print("webhook ...", flush=True)
        hook = app_server(env).start()
        try:
            hook.wait_ready(90, workers=s["workers"])
            time.sleep(1.0)  # let both workers finish warming
            res["webhook"] = measure(hook, args.duration, concurrency, args.warmup, db_url, rates)
        finally:
            hook.stop()
        res["webhook"]["audit"] = audit(db_url, res["webhook"]["deliveries"], fake).figures()
    for part in ("floor", "webhook"):
        res[part].pop("deliveries", None)
    print("KB scale benchmark ...", flush=True)
    res["bench_kb"] = run_bench_kb()
    if not args.no_drills:
        res["drills"] = run_drills([d for d in args.drills.split(",") if d])
    res["seconds"] = round(time.perf_counter() - started, 1)

    sections = {"Webhook": webhook_section(res), "Serving": serving_section(res)}
    if args.no_write:
        print("\n".join(sections.values()))
    else:
        update_doc(sections)
        print(f"updated {DOC.relative_to(ROOT)} (## Webhook, ## Serving) in {res['seconds']} s")
    raw = args.json or LOG_DIR / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str))
    print(f"every figure: {raw}")
    print(json.dumps({k: res[k] for k in ("floor", "webhook", "startup")}, ensure_ascii=False, default=str)[:3000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
