"""What the editor pages and the KB API share: search, diffs between versions, drafts from advisor replies.

Every change goes through the knowledge_base package (it keeps the version history, the index and the Redis KB
version in step); this module only reads entries and writes the audit rows.
"""
from __future__ import annotations

import difflib
import re
from typing import Any

from sqlalchemy import select

import knowledge_base as kb
from knowledge_base import store
from models import KBEntry, KBEntryVersion, Message, User

from ..auth import audit
from ..db import session_scope
from ..queue import Conflict, Invalid, NotFound

__all__ = ["search", "entry_json", "version_json", "diff", "render_version", "change", "draft_from_reply",
           "unanswered", "topics", "STATUS_NAMES"]

STATUS_NAMES = {"draft": "草稿", "published": "已发布", "archived": "已下线"}
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


def topics() -> dict[str, str]:
    """KB topics and their usual department."""
    from knowledge_base.store import topics as read_topics

    return dict(read_topics())


def _iso(value: Any) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat() + "Z"


def entry_json(entry: KBEntry) -> dict[str, Any]:
    """An entry for the API."""
    return {"id": entry.id, "key": entry.key, "question": entry.question, "similar": list(entry.similar or []),
            "answer": entry.answer, "topic": entry.topic, "department": entry.department,
            "tags": list(entry.tags or []), "status": entry.status, "version": entry.version,
            "source_ticket_id": entry.source_ticket_id, "created_at": _iso(entry.created_at),
            "updated_at": _iso(entry.updated_at)}


def version_json(v: KBEntryVersion) -> dict[str, Any]:
    """A version for the API."""
    return {"version": v.version, "question": v.question, "similar": list(v.similar or []), "answer": v.answer,
            "topic": v.topic, "department": v.department, "tags": list(v.tags or []), "status": v.status,
            "author": v.author, "note": v.note, "created_at": _iso(v.created_at)}


def search(text: str = "", status: str | None = None, topic: str | None = None) -> list[KBEntry]:
    """Entries whose question, phrasings, answer, topic or key contain `text` (case-insensitive), newest first."""
    needle = (text or "").strip().casefold()
    with session_scope() as db:
        query = select(KBEntry).order_by(KBEntry.updated_at.desc(), KBEntry.id.desc())
        if status:
            query = query.where(KBEntry.status == status)
        if topic:
            query = query.where(KBEntry.topic == topic)
        entries = list(db.scalars(query))
    if not needle:
        return entries
    return [e for e in entries if needle in "\n".join(
        [e.question, e.answer, e.topic, e.key or "", e.department, *(e.similar or []), *(e.tags or [])]).casefold()]


def render_version(v: KBEntryVersion | KBEntry) -> list[str]:
    """An entry as lines for diffing; the answer one sentence per line so a diff points at the change."""
    lines = [f"问题：{v.question}", f"主题：{v.topic}", f"科室：{v.department}",
             f"标签：{'、'.join(v.tags or []) or '无'}", f"状态：{STATUS_NAMES.get(v.status, v.status)}", "相似问法："]
    lines += [f"  · {s}" for s in v.similar or []]
    lines.append("答案：")
    lines += [f"  {part}" for part in _SENTENCE_END.split(v.answer or "") if part.strip()]
    return lines


def diff(entry_id: int, from_version: int | None = None, to_version: int | None = None) -> dict[str, Any]:
    """A unified diff between two versions (default: the one before the latest, and the latest)."""
    versions = {v.version: v for v in store.history(entry_id)}
    if not versions:
        raise NotFound("条目没有历史版本")
    to_version = to_version or max(versions)
    from_version = from_version or max([n for n in versions if n < to_version], default=to_version)
    if from_version not in versions or to_version not in versions:
        raise NotFound("版本不存在")
    old, new = versions[from_version], versions[to_version]
    lines = list(difflib.unified_diff(render_version(old), render_version(new), f"v{from_version}",
                                      f"v{to_version}", lineterm="", n=2))
    return {"from_version": from_version, "to_version": to_version, "diff": "\n".join(lines),
            "lines": lines, "from": version_json(old), "to": version_json(new)}


def _author(user: User) -> str:
    return user.username


def change(action: str, user: User, entry_id: int | None = None, data: dict[str, Any] | None = None) -> KBEntry:
    """Create, edit, publish or archive through the knowledge_base store, then audit it.

    Raises knowledge_base.InvalidEntry (with every problem) or knowledge_base.EntryNotFound.
    """
    data = dict(data or {})
    note = str(data.pop("note", "") or "")[:255]
    author = _author(user)
    if action == "create":
        entry = store.create(data, author, note or "新建")
    elif action == "edit":
        assert entry_id is not None
        entry = store.edit(entry_id, data, author, note or "修改")
    elif action == "publish":
        assert entry_id is not None
        entry = store.publish(entry_id, author, note or "发布")
    elif action == "archive":
        assert entry_id is not None
        entry = store.archive(entry_id, author, note or "下线")
    else:
        raise Invalid(f"未知操作：{action}")
    with session_scope() as db:
        audit(db, user.id, f"kb_{action}", "kb_entry", entry.id, f"v{entry.version} {STATUS_NAMES.get(entry.status, entry.status)}")
    return entry


def draft_from_reply(message_id: int, user: User) -> KBEntry:
    """Turn an advisor's reply into a draft entry: the member's question before it, the reply as the answer."""
    with session_scope() as db:
        msg = db.get(Message, message_id)
        if msg is None or msg.sender != "advisor" or msg.msg_type != "text":
            raise NotFound("只能从顾问发给会员的回复生成草稿")
        if msg.ticket_id is None:
            raise Conflict("这条回复不属于任何工单")
        ticket_id, answer = msg.ticket_id, msg.content
        # The member's last words before this reply, in the same ticket, are the question it answers.
        question = db.scalars(select(Message.content).where(
            Message.ticket_id == ticket_id, Message.direction == "in", Message.id < msg.id,
            Message.msg_type.in_(("text", "voice")), Message.content != "")
            .order_by(Message.id.desc()).limit(1)).first() or ""
    entry = kb.draft_from_reply(ticket_id, question, answer, _author(user))
    with session_scope() as db:
        audit(db, user.id, "kb_draft_from_reply", "kb_entry", entry.id, f"工单 #{ticket_id} 消息 #{message_id}")
    return entry


def unanswered(limit: int = 50) -> list[dict[str, Any]]:
    """Groups of similar questions that escalated because no entry was confident, biggest first."""
    return kb.unanswered_groups(limit=limit)
