"""Database engine and sessions: one engine per process, one session per unit of work."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

_engine: Engine | None = None
_sessions: sessionmaker[Session] | None = None


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL and a busy timeout so threads can share it."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    # Short timeouts: a database outage must not hold a WeChat reply past its 5-second window.
    # A hung server (not just a refused connection) must fail fast too: statement timeout and TCP keepalives.
    # No ping before each checkout (a round trip per message): a connection that died with a restart fails its
    # first statement, SQLAlchemy then refreshes the whole pool, and the inbox retries once.
    return create_engine(url, pool_size=5, max_overflow=10, pool_timeout=2,
                         connect_args={"connect_timeout": 2, "options": "-c statement_timeout=3000",
                                       "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
                                       "keepalives_count": 2})


def configure(url: str) -> Engine:
    """Point this process at a database."""
    global _engine, _sessions
    if _engine is not None:
        _engine.dispose()
    _engine = make_engine(url)
    _sessions = sessionmaker(_engine, expire_on_commit=False)
    return _engine


def engine() -> Engine:
    """The process's engine."""
    if _engine is None:
        raise RuntimeError("database not configured; call bot.db.configure() or create_app()")
    return _engine


@contextmanager
def session_scope() -> Iterator[Session]:
    """A transaction: committed on success, rolled back on any error."""
    if _sessions is None:
        raise RuntimeError("database not configured")
    session = _sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def upgrade_schema(url: str) -> None:
    """Bring the schema up to date with the Alembic migrations."""
    from alembic import command
    from alembic.config import Config as AlembicConfig
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    cfg = AlembicConfig(str(root / "alembic.ini"))
    cfg.set_main_option("script_location", str(root / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def init_app(app: Flask) -> None:
    """Configure the database for the app and register `flask db-upgrade`."""
    configure(app.config["DATABASE_URL"])

    @app.cli.command("db-upgrade")
    def db_upgrade_command() -> None:
        """Apply the Alembic migrations."""
        upgrade_schema(app.config["DATABASE_URL"])
        print("database schema is up to date")
