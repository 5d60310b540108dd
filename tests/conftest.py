"""Shared fixtures: both backends (embedded SQLite + in-process Redis, real PostgreSQL + Redis), the app,
a live HTTP server, the local fake WeChat API and a signing WeChat client."""
from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa
from werkzeug.serving import make_server

from bot import create_app, db
from models import Base
from scripts.simulate import SimClient, message_xml

from .fake_wechat import FakeWeChat

PG_ADMIN_URL = os.environ.get("TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
TOKEN, APPID = "test-token", "wx1234567890abcdef"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters, as WeChat issues
ROOT = Path(__file__).resolve().parent.parent


def _unavailable(what: str, exc: Exception) -> None:
    """Skip with a clear message, or fail when CI requires the real services."""
    message = f"{what} is not reachable ({type(exc).__name__}: {exc}); start it (see README, Testing)"
    if REQUIRE_SERVICES:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated with Alembic."""
    name = f"assistant_test_{uuid.uuid4().hex[:8]}"
    try:
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        _unavailable("PostgreSQL", exc)
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    db.upgrade_schema(url)
    yield url
    db.configure("sqlite://")  # release pooled connections before dropping
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """A real Redis (database 15), flushed per test."""
    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as exc:
        _unavailable("Redis", exc)
    return TEST_REDIS_URL


@pytest.fixture(scope="session")
def fake_wechat() -> Iterator[FakeWeChat]:
    """The local fake WeChat API, over real HTTP."""
    fake = FakeWeChat().start()
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def kb_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the built KB index for the session: tests publish entries into it, and the operator's
    instance/kb_index (what `make run` serves) must not change under them."""
    import shutil

    built = ROOT / "instance" / "kb_index"
    copy = tmp_path_factory.mktemp("kb") / "kb_index"
    if built.is_dir():
        shutil.copytree(built, copy)
    return str(copy)


def _empty_tables() -> None:
    with db.engine().begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


@pytest.fixture(params=["embedded", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, object]:
    """Settings for one backend: embedded defaults, or real PostgreSQL + Redis."""
    if request.param == "embedded":
        return {"DATABASE_URL": f"sqlite:///{tmp_path / 'test.db'}", "REDIS_URL": "", "AUTO_MIGRATE": True}
    url = request.getfixturevalue("pg_url")
    rurl = request.getfixturevalue("redis_url")
    redis.Redis.from_url(rurl).flushdb()
    return {"DATABASE_URL": url, "REDIS_URL": rurl, "AUTO_MIGRATE": False}


@pytest.fixture
def app(backend: dict[str, object], fake_wechat: FakeWeChat, kb_index: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The app on one backend, with clean tables and the fake WeChat API."""
    fake_wechat.sent.clear()
    fake_wechat.templates.clear()
    fake_wechat.failures.clear()
    config = {
        "TESTING": True, "WECHAT_TOKEN": TOKEN, "WECHAT_APPID": APPID, "WECHAT_SECRET": "test-secret",
        "WECHAT_AES_KEY": AES_KEY, "WECHAT_API_BASE_URL": fake_wechat.base_url, "RUN_OUTBOX_IN_PROCESS": False,
        "ADVISOR_HOURS": "00:00-23:59", "KB_INDEX_PATH": kb_index, **backend,
    }
    application = create_app(config)
    _empty_tables()
    yield application
    _empty_tables()


@pytest.fixture
def warm_models(app) -> None:  # type: ignore[no-untyped-def]
    """Load the classifier and KB as gunicorn does before traffic (once per process), so timing tests see a
    warm process."""
    from bot.warmup import warm

    warm()


@pytest.fixture
def live_server(app, warm_models):  # type: ignore[no-untyped-def]
    """The app served over real HTTP in a thread."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def wx(live_server: str) -> SimClient:
    """A WeChat-like client posting signed plain-mode messages to the live server."""
    return SimClient(live_server + "/wechat", TOKEN, APPID)


@pytest.fixture
def wx_aes(live_server: str) -> SimClient:
    """The same, in safe (AES) mode."""
    return SimClient(live_server + "/wechat", TOKEN, APPID, AES_KEY)


def member_with_conversation(session, openid: str, **profile):  # type: ignore[no-untyped-def]
    """Store a member and one conversation; returns (member, conversation)."""
    from models import Conversation, Member

    member = Member(openid=openid, **profile)
    session.add(member)
    session.flush()
    conv = Conversation(member_id=member.id)
    session.add(conv)
    session.flush()
    return member, conv


def drain_outbox(rounds: int = 8) -> None:
    """Run delivery rounds, making every retry due at once."""
    from bot import outbound
    from bot.db import session_scope
    from models import Message, utcnow

    for _ in range(rounds):
        with session_scope() as s:
            for m in s.scalars(sa.select(Message).where(Message.status == "pending")):
                m.next_attempt_at = utcnow()
        outbound.deliver_due()


__all__ = ["message_xml", "member_with_conversation", "drain_outbox"]
