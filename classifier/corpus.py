"""Reading and validating labelled questions (the project corpus and operators' own CSV/TSV logs)."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEPARTMENTS_FILE = PACKAGE_DIR / "departments.tsv"
TRAIN_DIR = PACKAGE_DIR / "corpus" / "train"
HELDOUT_DIR = PACKAGE_DIR / "corpus" / "heldout"
MAX_TEXT_CHARS = 2000  # longer rows are almost always pasted reports; cut rather than drop


class CorpusError(ValueError):
    """A labelled file cannot be used at all (missing columns, unreadable)."""


@dataclass(frozen=True)
class Problem:
    """One skipped row and why."""

    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def read_departments(path: Path = DEPARTMENTS_FILE) -> list[tuple[str, str]]:
    """(code, name) pairs in file order."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r["code"].strip(), r["name"].strip()) for r in csv.DictReader(fh, delimiter="\t")]


def department_names() -> list[str]:
    """The 25 department names in departments.tsv order."""
    return [name for _, name in read_departments()]


def _delimiter(path: Path) -> str:
    """Tab for .tsv/.txt, comma for .csv."""
    return "," if path.suffix.lower() == ".csv" else "\t"


def read_labelled(path: str | Path, departments: list[str] | None = None) -> tuple[list[tuple[str, str]], list[Problem]]:
    """(text, department) rows of one CSV/TSV file plus the rows skipped; department codes are accepted too."""
    path = Path(path)
    names = departments or department_names()
    known = set(names)
    by_code = {code: name for code, name in read_departments()} if departments is None else {}
    rows: list[tuple[str, str]] = []
    problems: list[Problem] = []
    try:
        fh = open(path, encoding="utf-8-sig", newline="")  # utf-8-sig: Excel exports start with a BOM
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror})") from exc
    with fh:
        reader = csv.DictReader(fh, delimiter=_delimiter(path))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "text" not in header or "department" not in header:
            raise CorpusError(f"{path}: needs a header with 'text' and 'department' columns, found {header or 'none'}")
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            text = " ".join((row.get("text") or "").split())
            label = (row.get("department") or "").strip()
            label = by_code.get(label, label)
            if not text:
                problems.append(Problem(str(path), line, "empty text"))
            elif not label:
                problems.append(Problem(str(path), line, "empty department"))
            elif label not in known:
                problems.append(Problem(str(path), line, f"unknown department {label!r} (must be one of the 25 names in departments.tsv)"))
            else:
                rows.append((text[:MAX_TEXT_CHARS], label))
    return rows, problems


def read_dir(directory: str | Path) -> tuple[list[tuple[str, str]], list[Problem]]:
    """All *.tsv files of a corpus directory, in sorted file order."""
    rows: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for path in sorted(Path(directory).glob("*.tsv")):
        r, p = read_labelled(path)
        rows += r
        problems += p
    return rows, problems


def dedupe(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[str]]:
    """Sorted unique rows; a text labelled with two departments keeps its first label (sorted) and is reported."""
    seen: dict[str, str] = {}
    conflicts: list[str] = []
    for text, label in sorted(set(rows)):
        if text in seen:
            conflicts.append(f"{text!r}: {seen[text]} / {label}")
            continue
        seen[text] = label
    return sorted(seen.items()), conflicts


def data_hash(rows: list[tuple[str, str]]) -> str:
    """sha256 of the sorted training rows, so the same data always gives the same hash."""
    h = hashlib.sha256()
    for text, label in sorted(rows):
        h.update(f"{text}\t{label}\n".encode("utf-8"))
    return h.hexdigest()
