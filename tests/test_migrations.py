"""The Alembic migrations build exactly the schema the ORM models describe, on SQLite and PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot import db
from models import Base


def _differences(url: str) -> list[object]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_migrations_match_the_models(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'schema.db'}"
        db.upgrade_schema(url)
    else:
        url = request.getfixturevalue("pg_url")  # migrated with Alembic for the session
    assert _differences(url) == []


def test_a_members_latest_conversation_and_ticket_are_indexed_lookups(pg_url: str) -> None:
    """The inbox asks for max(id) per member on every message, the console for a member's latest messages;
    neither may walk all history."""
    engine = sa.create_engine(pg_url)
    try:
        indexes = {ix["name"]: ix["column_names"] for table in ("conversations", "tickets", "messages")
                   for ix in sa.inspect(engine).get_indexes(table)}
    finally:
        engine.dispose()
    assert indexes["ix_conversations_member_id_id"] == ["member_id", "id"]
    assert indexes["ix_tickets_member_id_id"] == ["member_id", "id"]
    assert indexes["ix_messages_member_id_id"] == ["member_id", "id"]
