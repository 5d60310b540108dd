"""Medicines named by brand: "拜新同能掰开吃吗" is read as a question about a blood-pressure drug.

Members name the medicine on the box; the corpus mostly names diseases and drug classes. `with_uses` writes after
each known name its generic name and what it treats (`drugs.tsv`), so the router sees the disease words. The
table is ours (general pharmacology), loaded once.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("drugs.tsv")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern of every name (longest first), each name's gloss, and the generic names."""
    gloss: dict[str, str] = {}
    generics: set[str] = set()
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, generic, uses = line.split("\t")
        generics.add(generic.lower())
        for name in names.split("|"):
            gloss[name.lower()] = f"{generic} {uses}" if generic != name else uses
    ordered = sorted(gloss, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), gloss, frozenset(generics)


def names() -> tuple[str, ...]:
    """Every medicine name of the table, brand and generic, lower case, longest first."""
    _, gloss, generics = _table()
    return tuple(sorted(set(gloss) | generics, key=len, reverse=True))


def table_id() -> str:
    """sha256 of the table, recorded beside a trained model (its features read through it)."""
    return hashlib.sha256(_TABLE.read_bytes()).hexdigest()


def with_uses(text: str) -> str:
    """`text` (lower case) with each known medicine followed by its generic name and what it treats."""
    pattern, gloss, _ = _table()
    return pattern.sub(lambda m: f"{m.group(0)}（{gloss[m.group(0)]}）", text)
