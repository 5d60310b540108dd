"""Questions the knowledge base could not answer, grouped for editors; advisor replies become drafts."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

import numpy as np
from sqlalchemy import select

from models import KBEntry, Message, Ticket, utcnow

from . import embedder, runtime, store
from .errors import EntryNotFound

GROUP_THRESHOLD = 0.75  # cosine to a group's centre to join it
MAX_MESSAGES = 5000  # newest unanswered messages considered


def unanswered_messages(days: int = 30, max_messages: int = MAX_MESSAGES) -> list[Message]:
    """Inbound messages that escalated because no entry was confident, newest first."""
    since = utcnow() - timedelta(days=days)
    with store._session_scope() as session:
        query = (select(Message).where(Message.direction == "in", Message.created_at >= since)
                 .order_by(Message.created_at.desc(), Message.id.desc()).limit(max_messages * 4))
        # The reason lives in a JSON column: filter here so SQLite and PostgreSQL behave alike.
        found = [m for m in session.scalars(query)
                 if isinstance(m.decision, dict) and m.decision.get("reason") == "no_answer" and m.content.strip()]
    return found[:max_messages]


def group_texts(vectors: np.ndarray, threshold: float = GROUP_THRESHOLD) -> list[list[int]]:
    """Greedy single pass: each row joins the first group whose centre is close enough, else starts one."""
    groups: list[list[int]] = []
    centres: list[np.ndarray] = []
    sums: list[np.ndarray] = []
    for i, vec in enumerate(vectors):
        if centres:
            sims = np.stack(centres) @ vec
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                groups[best].append(i)
                sums[best] = sums[best] + vec
                norm = np.linalg.norm(sums[best])
                centres[best] = sums[best] / norm if norm > 0 else sums[best]
                continue
        groups.append([i])
        sums.append(vec.copy())
        centres.append(vec.copy())
    return groups


def unanswered_groups(limit: int = 20, days: int = 30, threshold: float = GROUP_THRESHOLD) -> list[dict[str, Any]]:
    """Groups of similar unanswered questions, biggest first, for editors to turn into entries."""
    messages = unanswered_messages(days)
    if not messages:
        return []
    texts = [m.content.strip() for m in messages]
    vectors = embedder.encode(runtime.model(), texts)
    out = []
    for members in group_texts(vectors, threshold):
        centre = vectors[members].sum(axis=0)
        typical = members[int(np.argmax(vectors[members] @ centre))]
        candidates = (messages[members[0]].decision or {}).get("kb_candidates") or []
        out.append({
            "size": len(members),
            "question": texts[typical],
            "examples": list(dict.fromkeys(texts[i] for i in members))[:5],
            "message_ids": [messages[i].id for i in members],
            "ticket_ids": sorted({messages[i].ticket_id for i in members if messages[i].ticket_id}),
            "department": (messages[typical].decision or {}).get("department"),
            "nearest_entry": candidates[0] if candidates else None,
            "first_at": min(messages[i].created_at for i in members).isoformat(timespec="seconds"),
            "last_at": max(messages[i].created_at for i in members).isoformat(timespec="seconds"),
        })
    out.sort(key=lambda g: g["last_at"], reverse=True)
    out.sort(key=lambda g: g["size"], reverse=True)  # stable: biggest first, newest first among equals
    return out[:limit]


def _topic_for(ticket: Ticket) -> str:
    """The KB topic a ticket is about: its best KB candidate's, else the first topic of its department."""
    for cand in ticket.kb_candidates or []:
        if isinstance(cand, dict) and cand.get("topic") in store.topics():
            return str(cand["topic"])
    for topic, department in store.topics().items():
        if department == ticket.department:
            return topic
    return ""


def draft_from_reply(ticket_id: int, question: str, answer: str, author: str) -> KBEntry:
    """A draft entry from an advisor's reply: the member's message as question, topic/department from the ticket."""
    with store._session_scope() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise EntryNotFound(f"没有编号为 {ticket_id} 的工单")
        question = (question or ticket.summary or "").strip()
        department = ticket.department if ticket.department in store.departments() else ""
        data = {"question": question[:200], "answer": (answer or "").strip(), "topic": _topic_for(ticket),
                "department": department, "similar": [], "tags": []}
        return store.create_in(session, data, author, f"由工单 #{ticket_id} 的顾问回复生成", "draft",
                               source_ticket_id=ticket_id)
