"""Entries in SQL (the source of truth): create, edit, publish, archive, each change a new version.

After a change is committed the index follows: a published entry is upserted, any other is removed. If the
index cannot be updated (not built yet, or built with another model) the change still stands and
`flask kb reindex` picks it up.
"""
from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import KB_STATUSES, KBEntry, KBEntryVersion, utcnow
from models.member import HEALTH_TAGS

from .errors import EntryNotFound, InvalidEntry
from .index import MAX_PHRASINGS, EntryDoc

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
CONTENT_FIELDS = ("question", "similar", "answer", "topic", "department", "tags")
EDITABLE_FIELDS = ("key", *CONTENT_FIELDS)
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,79}$")
ANSWER_MIN, ANSWER_MAX = 80, 300  # characters of a published answer
MIN_SIMILAR = 3  # similar phrasings a published entry needs to be found reliably
_SPLIT_LIST = re.compile(r"[\n|｜]+")
_SPLIT_TAGS = re.compile(r"[\s,，、|｜;；]+")


@lru_cache(maxsize=1)
def topics() -> dict[str, str]:
    """KB topics and their usual department, from knowledge_base/topics.tsv."""
    with open(ROOT / "knowledge_base" / "topics.tsv", encoding="utf-8", newline="") as fh:
        return {row["topic"]: row["department"] for row in csv.DictReader(fh, delimiter="\t")}


@lru_cache(maxsize=1)
def departments() -> frozenset[str]:
    """The 25 department names, from classifier/departments.tsv."""
    with open(ROOT / "classifier" / "departments.tsv", encoding="utf-8", newline="") as fh:
        return frozenset(row["name"] for row in csv.DictReader(fh, delimiter="\t"))


def as_list(value: Any, tags: bool = False) -> list[str]:
    """A list of stripped, distinct strings from a list or a delimited cell."""
    if value is None:
        return []
    if isinstance(value, str):
        value = (_SPLIT_TAGS if tags else _SPLIT_LIST).split(value)
    elif not isinstance(value, (list, tuple)):
        raise InvalidEntry([f"{'标签' if tags else '相似问法'}应为列表或文本"])
    items = [str(v).strip() for v in value if v is not None and str(v).strip()]
    return list(dict.fromkeys(items))


def clean(data: dict[str, Any]) -> dict[str, Any]:
    """Normalise editable fields: strip strings, split list cells; unknown fields are dropped."""
    out: dict[str, Any] = {}
    for name in EDITABLE_FIELDS:
        if name not in data:
            continue
        value = data[name]
        if name in ("similar", "tags"):
            out[name] = as_list(value, tags=name == "tags")
        elif name == "key":
            out[name] = (str(value).strip() or None) if value is not None else None
        else:
            out[name] = "" if value is None else str(value).strip()
    return out


def validate(data: dict[str, Any], status: str) -> list[str]:
    """Problems with an entry's content (Chinese, for editors); publishing asks for more than a draft."""
    errors = []
    question, answer = data.get("question", ""), data.get("answer", "")
    topic, department = data.get("topic", ""), data.get("department", "")
    similar, tags, key = data.get("similar", []), data.get("tags", []), data.get("key")
    if status not in KB_STATUSES:
        errors.append(f"状态无效：{status}（应为 {'/'.join(KB_STATUSES)}）")
    if not question:
        errors.append("问题不能为空")
    elif len(question) > 200:
        errors.append("问题过长（最多200字）")
    if key is not None and not KEY_PATTERN.match(key):
        errors.append(f"key 无效：{key}（小写字母、数字、-、_，2-80个字符）")
    if topic and topic not in topics():
        errors.append(f"未知主题：{topic}")
    if department and department not in departments():
        errors.append(f"未知科室：{department}")
    bad_tags = [t for t in tags if t not in HEALTH_TAGS]
    if bad_tags:
        errors.append(f"未知标签：{'、'.join(bad_tags)}（可选：{'、'.join(HEALTH_TAGS)}）")
    if len(similar) + 1 > MAX_PHRASINGS:
        errors.append(f"相似问法过多（最多{MAX_PHRASINGS - 1}条）")
    if any(len(s) > 200 for s in similar):
        errors.append("相似问法过长（每条最多200字）")
    if status == "published":
        if not topic:
            errors.append("发布前需要填写主题")
        if not department:
            errors.append("发布前需要填写科室")
        if not ANSWER_MIN <= len(answer) <= ANSWER_MAX:
            errors.append(f"答案需 {ANSWER_MIN}-{ANSWER_MAX} 字，现在 {len(answer)} 字")
        if len(similar) < MIN_SIMILAR:
            errors.append(f"发布前至少需要{MIN_SIMILAR}条相似问法，现在{len(similar)}条")
    elif status == "archived" and not answer:
        errors.append("答案不能为空")
    return errors


def content(entry: KBEntry) -> dict[str, Any]:
    """An entry's editable fields."""
    return {"key": entry.key, **{name: getattr(entry, name) for name in CONTENT_FIELDS}}


def snapshot(session: Session, entry: KBEntry, author: str, note: str) -> KBEntryVersion:
    """Record the entry as it is now as a new version."""
    version = KBEntryVersion(entry=entry, version=entry.version, status=entry.status, author=author or "unknown",
                             note=(note or "")[:255], **{name: getattr(entry, name) for name in CONTENT_FIELDS})
    session.add(version)
    return version


def _check_key_free(session: Session, key: str | None, entry_id: int | None) -> list[str]:
    """An error when another entry already uses `key`."""
    if not key:
        return []
    other = session.scalar(select(KBEntry.id).where(KBEntry.key == key))
    return [f"key 已被条目 #{other} 使用：{key}"] if other is not None and other != entry_id else []


def create_in(session: Session, data: dict[str, Any], author: str, note: str = "新建",
              status: str = "draft", source_ticket_id: int | None = None) -> KBEntry:
    """Add an entry inside an open session (flushed, so it has an id)."""
    data = clean(data)
    data.setdefault("similar", [])
    data.setdefault("tags", [])
    errors = validate(data, status) + _check_key_free(session, data.get("key"), None)
    if errors:
        raise InvalidEntry(errors)
    now = utcnow()
    entry = KBEntry(status=status, version=1, source_ticket_id=source_ticket_id, created_at=now, updated_at=now,
                    **{"question": "", "answer": "", "topic": "", "department": "", **data})
    session.add(entry)
    session.flush()
    snapshot(session, entry, author, note)
    return entry


def update_in(session: Session, entry: KBEntry, changes: dict[str, Any], author: str, note: str = "",
              status: str | None = None) -> bool:
    """Apply changes (and a new status) inside an open session; False when nothing changed."""
    changes = clean(changes)
    new = {**content(entry), **changes}
    new_status = status or entry.status
    if new == content(entry) and new_status == entry.status:
        return False
    errors = validate(new, new_status) + _check_key_free(session, new.get("key"), entry.id)
    if errors:
        raise InvalidEntry(errors)
    for name, value in changes.items():
        setattr(entry, name, value)
    entry.status = new_status
    entry.version += 1
    entry.updated_at = utcnow()
    snapshot(session, entry, author, note)
    return True


def _get(session: Session, entry_id: int) -> KBEntry:
    """The entry with this id, or EntryNotFound."""
    entry = session.get(KBEntry, entry_id)
    if entry is None:
        raise EntryNotFound(f"没有编号为 {entry_id} 的条目")
    return entry


def doc(entry: KBEntry) -> EntryDoc:
    """What the index needs of an entry."""
    return EntryDoc(id=entry.id, topic=entry.topic, department=entry.department, question=entry.question,
                    answer=entry.answer, similar=tuple(entry.similar or ()))


def sync_index(entries: Iterable[KBEntry]) -> bool:
    """Bring the index in line with committed entries; False when it could not (reindex will)."""
    from . import runtime

    entries = list(entries)
    if not entries:
        return True
    upserts = [doc(e) for e in entries if e.status == "published"]
    removals = [e.id for e in entries if e.status != "published"]
    try:
        runtime.settings()
    except Exception:
        return False  # no index configured in this process (e.g. a bare script)
    try:
        return runtime.apply_changes(upserts, removals)
    except Exception as exc:  # the SQL change stands; `flask kb reindex` repairs the index
        log.warning("knowledge-base index not updated (%s: %s); run `flask kb reindex`", type(exc).__name__, exc)
        return False


def _session_scope():  # type: ignore[no-untyped-def]
    """bot.db's transaction scope (imported late: bot imports this package)."""
    from bot.db import session_scope

    return session_scope()


def create(data: dict[str, Any], author: str, note: str = "新建", status: str = "draft") -> KBEntry:
    """Add an entry (a draft unless `status` says otherwise)."""
    with _session_scope() as session:
        entry = create_in(session, data, author, note, status)
    if status == "published":
        sync_index([entry])
    return entry


def edit(entry_id: int, changes: dict[str, Any], author: str, note: str = "修改") -> KBEntry:
    """Change an entry's content; a published entry is re-indexed at once."""
    with _session_scope() as session:
        entry = _get(session, entry_id)
        changed = update_in(session, entry, changes, author, note)
    if changed and entry.status == "published":
        sync_index([entry])
    return entry


def set_status(entry_id: int, status: str, author: str, note: str = "") -> KBEntry:
    """Move an entry to draft, published or archived."""
    with _session_scope() as session:
        entry = _get(session, entry_id)
        note = note or {"published": "发布", "archived": "下线"}.get(status, "改为草稿")
        changed = update_in(session, entry, {}, author, note, status=status)
    if changed:
        sync_index([entry])
    return entry


def publish(entry_id: int, author: str, note: str = "发布") -> KBEntry:
    """Publish an entry: it can answer members from now on."""
    return set_status(entry_id, "published", author, note)


def archive(entry_id: int, author: str, note: str = "下线") -> KBEntry:
    """Archive an entry: it stops answering at once."""
    return set_status(entry_id, "archived", author, note)


def get(entry_id: int) -> KBEntry:
    """One entry."""
    with _session_scope() as session:
        return _get(session, entry_id)


def list_entries(status: str | None = None, topic: str | None = None) -> list[KBEntry]:
    """Entries by id, optionally filtered."""
    with _session_scope() as session:
        query = select(KBEntry).order_by(KBEntry.id)
        if status:
            query = query.where(KBEntry.status == status)
        if topic:
            query = query.where(KBEntry.topic == topic)
        return list(session.scalars(query))


def history(entry_id: int) -> list[KBEntryVersion]:
    """Every version of an entry, oldest first."""
    with _session_scope() as session:
        _get(session, entry_id)
        return list(session.scalars(select(KBEntryVersion).where(KBEntryVersion.entry_id == entry_id)
                                    .order_by(KBEntryVersion.version)))


def published_docs() -> list[EntryDoc]:
    """Every published entry, for a full reindex."""
    return [doc(e) for e in list_entries(status="published")]
