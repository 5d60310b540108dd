"""Import and export entries as CSV or XLSX: one row per entry, all rows or none.

Columns: id, key, status, topic, department, question, similar, answer, tags. `similar` holds one phrasing per
line (or separated by |), `tags` are separated by spaces or commas. A row with an id (or a known key) updates that
entry; any other row creates one. Row numbers in errors are spreadsheet rows (the header is row 1).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import KB_STATUSES, KBEntry

from . import store
from .errors import ImportFailed

COLUMNS = ("id", "key", "status", "topic", "department", "question", "similar", "answer", "tags")
REQUIRED = ("question", "answer", "topic", "department")


@dataclass
class ImportReport:
    """What an import did."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    indexed: bool | None = None


def read_rows(path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """(spreadsheet row number, {column: value}) for every non-empty data row of a CSV or XLSX file."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        raw = [[("" if c is None else c) for c in row] for row in sheet.iter_rows(values_only=True)]
    elif path.suffix.lower() in (".csv", ".txt"):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            raw = list(csv.reader(fh))
    else:
        raise ImportFailed({0: [f"不支持的文件类型：{path.suffix}（请用 .csv 或 .xlsx）"]})
    if not raw:
        raise ImportFailed({1: ["文件为空"]})
    header = [str(h).strip().lower() for h in raw[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFailed({1: [f"缺少列：{', '.join(missing)}"]})
    rows = []
    for number, values in enumerate(raw[1:], start=2):
        record = {h: v for h, v in zip(header, values) if h in COLUMNS}
        if any(str(v).strip() for v in record.values()):
            rows.append((number, record))
    return rows


def _entry_id(value: Any) -> int | None:
    """An id cell as an int (XLSX gives floats), None when empty; ValueError when not a number."""
    text = str(value).strip() if value is not None else ""
    return int(float(text)) if text else None


def import_file(path: str | Path, author: str, note: str | None = None) -> ImportReport:
    """Import every row in one transaction, or raise ImportFailed listing each bad row and import nothing."""
    rows = read_rows(path)
    note = note or f"导入 {Path(path).name}"
    errors: dict[int, list[str]] = {}
    report = ImportReport()
    changed: list[KBEntry] = []
    with store._session_scope() as session:
        by_key = {e.key: e for e in session.scalars(select(KBEntry).where(KBEntry.key.is_not(None)))}
        keys_in_file: dict[str, int] = {}
        plan: list[tuple[int, KBEntry | None, dict[str, Any], str]] = []
        for number, record in rows:
            problems: list[str] = []
            data = store.clean(record)
            status = str(record.get("status") or "").strip() or None
            entry_id = None
            try:
                entry_id = _entry_id(record.get("id"))
            except ValueError:
                problems.append(f"id 不是数字：{record.get('id')}")
            entry = session.get(KBEntry, entry_id) if entry_id is not None else by_key.get(data.get("key") or "")
            if entry_id is not None and entry is None:
                problems.append(f"没有编号为 {entry_id} 的条目")
            key = data.get("key")
            if key:
                if key in keys_in_file:
                    problems.append(f"key 与第{keys_in_file[key]}行重复：{key}")
                keys_in_file[key] = number
                owner = by_key.get(key)
                if owner is not None and entry is not None and owner.id != entry.id:
                    problems.append(f"key 已被条目 #{owner.id} 使用：{key}")
            if status and status not in KB_STATUSES:
                problems.append(f"状态无效：{status}（应为 {'/'.join(KB_STATUSES)}）")
            for column in REQUIRED:
                if not data.get(column):
                    problems.append(f"{column} 列不能为空")
            target_status = status or (entry.status if entry is not None else "draft")
            merged = {**(store.content(entry) if entry is not None else {}), **data}
            problems += [p for p in store.validate(merged, target_status) if p not in problems]
            if problems:
                errors[number] = list(dict.fromkeys(problems))
            else:
                plan.append((number, entry, data, target_status))
        if errors:
            raise ImportFailed(errors)  # rolls the session back: nothing is imported
        for number, entry, data, status in plan:
            try:
                if entry is None:
                    entry = store.create_in(session, data, author, note, status)
                    report.created.append(entry.id)
                    changed.append(entry)
                elif store.update_in(session, entry, data, author, note, status=status):
                    report.updated.append(entry.id)
                    changed.append(entry)
                else:
                    report.unchanged.append(entry.id)
            except Exception as exc:  # e.g. a constraint only the database sees
                raise ImportFailed({number: [str(exc)]}) from exc
    report.indexed = store.sync_index(changed) if changed else None
    return report


def export_rows(status: str | None = None) -> list[dict[str, Any]]:
    """Entries as rows with the import columns."""
    return [{"id": e.id, "key": e.key or "", "status": e.status, "topic": e.topic, "department": e.department,
             "question": e.question, "similar": "\n".join(e.similar or []), "answer": e.answer,
             "tags": " ".join(e.tags or [])} for e in store.list_entries(status=status)]


def export_file(path: str | Path, status: str | None = None) -> int:
    """Write entries to a CSV or XLSX file (by extension); returns the number of rows."""
    path = Path(path)
    rows = export_rows(status)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "kb"
        sheet.append(list(COLUMNS))
        for row in rows:
            sheet.append([row[c] for c in COLUMNS])
        book.save(path)
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    return len(rows)
