"""Load the seed entries (knowledge_base/seed/*.yaml) into SQL, idempotently by `key`.

A seed entry nobody has edited since (every version by the seed author) follows the YAML; one an editor has
touched is left alone and reported, because SQL is the source of truth once people work on it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from models import KBEntry, KBEntryVersion

from . import store
from .errors import ImportFailed
from .index import DECLINE_BASE, DECLINE_TOPIC, EntryDoc

SEED_DIR = Path(__file__).resolve().parent / "seed"
SEED_AUTHOR = "seed"
DECLINE_FILE = "_decline.yaml"  # decline anchors; files starting with "_" are not topics
DECLINE_CHUNK = 10  # phrasings per anchor (keeps anchor documents about as long as an entry's for BM25)


@dataclass
class SeedReport:
    """What a seed run did."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)  # edited by people since: not overwritten
    indexed: bool | None = None


def read_seed_files(directory: str | Path = SEED_DIR) -> list[dict[str, Any]]:
    """Every entry of every YAML file, in file order, with `_source` = 'file.yaml#n'."""
    entries = []
    for path in sorted(Path(directory).glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise ImportFailed({0: [f"{path.name}: 顶层应为列表"]})
        for n, item in enumerate(data, 1):
            entries.append({**(item or {}), "_source": f"{path.name}#{n}"})
    return entries


def read_decline(directory: str | Path = SEED_DIR) -> list[tuple[str, list[str]]]:
    """(reason, phrasings) of every decline group in `_decline.yaml` (none when the file is missing)."""
    path = Path(directory) / DECLINE_FILE
    if not path.exists():
        return []
    groups = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [(str(g["reason"]), [str(p).strip() for p in g.get("phrasings") or [] if str(p).strip()]) for g in groups]


def decline_docs(directory: str | Path = SEED_DIR) -> list[EntryDoc]:
    """The decline anchors as index documents: each group cut into chunks of DECLINE_CHUNK phrasings."""
    docs: list[EntryDoc] = []
    for reason, phrasings in read_decline(directory):
        for start in range(0, len(phrasings), DECLINE_CHUNK):
            chunk = phrasings[start:start + DECLINE_CHUNK]
            docs.append(EntryDoc(id=DECLINE_BASE + len(docs), topic=DECLINE_TOPIC, department="",
                                 question=chunk[0], answer=f"decline:{reason}", similar=tuple(chunk[1:]),
                                 decline=True))
    return docs


def seed_groups(directory: str | Path = SEED_DIR) -> list[list[str]]:
    """Each seed entry's question and similar phrasings: the embedder's training groups."""
    return [[e["question"], *store.as_list(e.get("similar"))] for e in read_seed_files(directory) if e.get("question")]


def decline_phrasings(directory: str | Path = SEED_DIR) -> list[str]:
    """Every decline phrasing: the embedder's hard negatives."""
    return [p for _, phrasings in read_decline(directory) for p in phrasings]


def load_seed(directory: str | Path = SEED_DIR, publish: bool = False, author: str = SEED_AUTHOR) -> SeedReport:
    """Create or update seed entries in one transaction; every bad entry is reported and nothing is written."""
    items = read_seed_files(directory)
    report = SeedReport()
    errors: dict[int, list[str]] = {}
    seen: dict[str, int] = {}
    for n, item in enumerate(items, 1):
        key = item.get("key")
        problems = store.validate(store.clean(item), "published" if publish else "draft")
        if not key:
            problems.append("缺少 key")
        elif key in seen:
            problems.append(f"key 重复（与第{seen[key]}条）：{key}")
        else:
            seen[key] = n
        if problems:
            errors[n] = [f"{item['_source']}: {p}" for p in problems]
    if errors:
        raise ImportFailed(errors)

    changed: list[KBEntry] = []
    with store._session_scope() as session:
        existing = {e.key: e for e in session.scalars(select(KBEntry).where(KBEntry.key.in_(list(seen))))}
        authors: dict[int, set[str]] = {}
        for entry_id, who in session.execute(select(KBEntryVersion.entry_id, KBEntryVersion.author)
                                             .where(KBEntryVersion.entry_id.in_([e.id for e in existing.values()]))):
            authors.setdefault(entry_id, set()).add(who)
        for item in items:
            key, data = item["key"], store.clean(item)
            entry = existing.get(key)
            if entry is None:
                entry = store.create_in(session, data, author, "种子导入", "published" if publish else "draft")
                report.created.append(key)
                changed.append(entry)
                continue
            if authors.get(entry.id, set()) - {author}:
                report.kept_edited.append(key)
                continue
            old_status = entry.status
            new_status = "published" if publish and old_status == "draft" else old_status
            if store.update_in(session, entry, data, author, "种子更新", status=new_status):
                (report.published if new_status != old_status else report.updated).append(key)
                changed.append(entry)
            else:
                report.unchanged.append(key)
    report.indexed = store.sync_index(changed) if changed else None
    return report
