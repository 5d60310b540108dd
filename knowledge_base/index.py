"""The search index: FAISS IndexIDMap2 over float16 phrasing vectors fused with BM25 over jieba tokens.

Every published entry contributes one vector per phrasing (question and each similar phrasing) under ids
entry_id * STRIDE + k, so an entry's vectors are one id range: removed with a range selector, mapped back to the
entry with integer division, and an entry scores the best of its phrasings. Decline anchors (questions the KB must
never answer, knowledge_base/seed/_decline.yaml) are indexed the same way under ids from DECLINE_BASE: they never
answer, they only stand for "not ours" when the answer margin is measured. An index object is never changed after
it is built: updates make a new one and the caller swaps the reference (FAISS writes are not thread-safe).
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from . import text as textmod
from .bm25 import BM25
from .errors import IndexNotBuilt

STRIDE = 1024  # vector ids per entry; an entry holds at most STRIDE phrasings
MAX_PHRASINGS = STRIDE - 1
FAISS_K = 64  # phrasing vectors fetched per query before taking the best per entry
BM25_K = 10  # BM25's own best entries added to the candidates
TOPIC_TOP_K = 3  # a topic's score = mean fused score of its TOPIC_TOP_K best entries (missing ones count 0)
# A lone entry: one entry that matches almost word for word can answer even when the rest of its topic does not
# (its topic score is then low). It must lead every other topic's best entry and the best decline anchor by this.
LONE_LEAD = 0.2
FORMAT = 1
DECLINE_TOPIC = "_decline"  # the pseudo-topic of decline anchors
DECLINE_BASE = 1 << 40  # anchor ids start here, far above any SQL entry id (vector ids stay below 2**51)


@dataclass(frozen=True)
class Match:
    """One candidate entry and its fused score."""

    entry_id: int
    topic: str
    department: str
    question: str
    answer: str
    score: float

    def as_dict(self) -> dict[str, Any]:
        """JSON-safe summary for tickets and logs (without the answer text)."""
        return {"entry_id": self.entry_id, "topic": self.topic, "department": self.department,
                "question": self.question, "score": round(float(self.score), 4)}


@dataclass(frozen=True)
class Lookup:
    """The answer to use (only when confident) and the top candidates for advisors."""

    best: Match | None
    candidates: list[Match]


@dataclass(frozen=True)
class Thresholds:
    """Fusion weight and answer thresholds, calibrated on our validation questions at reindex time."""

    weight: float = 0.7  # fused = weight * cosine + (1 - weight) * normalised BM25
    min_score: float = 0.5  # the topic's score: mean fused score of its TOPIC_TOP_K best entries
    min_margin: float = 0.03  # topic score over the best other topic's
    min_decline_gap: float = 0.4  # the best entry's fused score over the best decline anchor's
    min_known_share: float = 0.85  # share of the question's Chinese characters that occur in some entry
    min_lone_score: float = 1.01  # a lone entry's fused score (see LONE_LEAD); above 1: no lone answers
    calibrated_on: str = "defaults"
    report: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EntryDoc:
    """What the index needs of one published entry."""

    id: int
    topic: str
    department: str
    question: str
    answer: str
    similar: tuple[str, ...] = ()
    decline: bool = False  # a decline anchor, not an entry

    def phrasings(self) -> list[str]:
        """The question and its distinct similar phrasings, at most MAX_PHRASINGS."""
        seen = dict.fromkeys(t.strip() for t in [self.question, *self.similar] if t and t.strip())
        return list(seen)[:MAX_PHRASINGS]

    def meta(self) -> dict[str, Any]:
        """The stored form (the BM25 tokens included, so an update never re-tokenises the others)."""
        return {"id": self.id, "topic": self.topic, "department": self.department, "question": self.question,
                "answer": self.answer, "n": len(self.phrasings()), "decline": self.decline,
                "tokens": [tok for p in self.phrasings() for tok in textmod.tokens(p)]}


@dataclass(frozen=True)
class Scored:
    """A candidate's score components."""

    entry_id: int
    cosine: float
    bm25: float

    def fused(self, weight: float) -> float:
        """The weighted sum used for ranking and thresholds."""
        return weight * self.cosine + (1.0 - weight) * self.bm25


@dataclass(frozen=True)
class Candidates:
    """What a search found for one question: the scored candidates and how much of the question the KB knows."""

    items: list[Scored]
    known_share: float = 1.0  # share of its distinct Chinese characters found in some entry's phrasings


@dataclass(frozen=True)
class Ranking:
    """Candidates best first (decline anchors included), with what the answer decision needs."""

    ranked: list[Scored]
    best: Scored | None  # the best entry (never an anchor)
    topic: str  # its topic
    score: float  # its fused score
    margin: float  # over the best entry of another topic
    decline_gap: float  # its fused score minus the best decline anchor's (negative: an anchor is closer)
    known_share: float  # share of the question's Chinese characters found in some entry
    agree: bool  # the best-cosine and best-BM25 candidates are both of the best entry's topic (shown, not required)
    lone: float = 0.0  # the best entry's fused score when it leads other topics and the anchors by LONE_LEAD, else 0

    def answers(self, th: Thresholds) -> bool:
        """Confident enough to answer with the best entry: its topic clears the thresholds, or the entry alone
        matches closely enough."""
        if self.best is None or self.known_share < th.min_known_share:
            return False
        return (self.score >= th.min_score and self.margin >= th.min_margin
                and self.decline_gap >= th.min_decline_gap) or self.lone >= th.min_lone_score


def _faiss() -> Any:
    """faiss, imported lazily and limited to one thread per search (requests run in parallel instead)."""
    import faiss

    faiss.omp_set_num_threads(1)
    return faiss


def _new_faiss(dim: int) -> Any:
    """An empty IndexIDMap2 over inner-product vectors stored as float16: half the memory a flat float32 index
    scans per query (2.4x faster with 120k vectors), scores equal to 4 decimals."""
    faiss = _faiss()
    return faiss.IndexIDMap2(faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT))


def _id_range(entry_id: int) -> tuple[int, int]:
    """The vector id range [lo, hi) of an entry."""
    return entry_id * STRIDE, (entry_id + 1) * STRIDE


class KBIndex:
    """An immutable search index with its entry metadata and thresholds."""

    def __init__(self, faiss_index: Any, entries: dict[int, dict[str, Any]], thresholds: Thresholds,
                 model_fingerprint: str, dim: int, generation: int = 0, bm25: BM25 | None = None) -> None:
        self.faiss_index = faiss_index
        self.entries = entries
        self.thresholds = thresholds
        self.model_fingerprint = model_fingerprint
        self.dim = dim
        self.generation = generation
        self._order = np.array(sorted(entries), dtype=np.int64)
        self._row = {int(eid): i for i, eid in enumerate(self._order)}
        self.bm25 = bm25 or BM25([entries[int(eid)]["tokens"] for eid in self._order])
        self._anchors: tuple[list[int], np.ndarray, np.ndarray] | None = None  # built on first search
        self._known: frozenset[str] | None = None  # characters of the entries' phrasings, built on first search
        self._vectors: dict[int, np.ndarray] = {}  # an entry's phrasing vectors, read from FAISS once
        self._words: dict[int, frozenset[str]] = {}  # an entry's distinct tokens, built once

    def _with(self, thresholds: Thresholds | None = None, generation: int | None = None) -> KBIndex:
        """The same entries and vectors with other thresholds or generation (BM25 reused)."""
        new = KBIndex(self.faiss_index, self.entries, thresholds or self.thresholds, self.model_fingerprint,
                      self.dim, self.generation if generation is None else generation, self.bm25)
        new._anchors, new._known, new._vectors, new._words = self._anchors, self._known, self._vectors, self._words
        return new

    # ---- building and updating -------------------------------------------------------------------------
    @classmethod
    def empty(cls, dim: int, model_fingerprint: str, thresholds: Thresholds | None = None) -> KBIndex:
        """An index without entries."""
        return cls(_new_faiss(dim), {}, thresholds or Thresholds(), model_fingerprint, dim)

    def updated(self, upserts: list[EntryDoc], vectors: list[np.ndarray], removals: list[int] = ()) -> KBIndex:
        """A new index with entries replaced or added (remove their ids, then add) and others removed."""
        faiss = _faiss()
        index = faiss.clone_index(self.faiss_index) if self.faiss_index.ntotal else _new_faiss(self.dim)
        entries = dict(self.entries)
        for entry_id in [*removals, *(d.id for d in upserts)]:
            if entry_id in entries:
                index.remove_ids(faiss.IDSelectorRange(*_id_range(entry_id)))
                del entries[entry_id]
        for doc, vecs in zip(upserts, vectors):
            meta = doc.meta()
            if len(vecs) != meta["n"]:
                raise ValueError(f"entry {doc.id}: {len(vecs)} vectors for {meta['n']} phrasings")
            ids = np.arange(doc.id * STRIDE, doc.id * STRIDE + len(vecs), dtype=np.int64)
            index.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32), ids)
            entries[doc.id] = meta
        return KBIndex(index, entries, self.thresholds, self.model_fingerprint, self.dim, self.generation)

    def with_thresholds(self, thresholds: Thresholds) -> KBIndex:
        """The same index with other thresholds."""
        return self._with(thresholds=thresholds)

    # ---- searching -------------------------------------------------------------------------------------
    def score(self, qvec: np.ndarray, qtokens: list[str]) -> Candidates:
        """Score components of the candidate entries (FAISS's best phrasings, BM25's best entries, every decline
        anchor) and the share of the question the KB knows."""
        if not self.entries:
            return Candidates([], 0.0)
        bm25 = self.bm25.normalized(qtokens)
        k = min(FAISS_K, self.faiss_index.ntotal)
        sims, ids = self.faiss_index.search(qvec.reshape(1, -1).astype(np.float32, copy=False), k)
        cosine: dict[int, float] = {}
        for sim, vid in zip(sims[0], ids[0]):
            if vid < 0:
                continue
            eid = int(vid) // STRIDE
            if sim > cosine.get(eid, -2.0):
                cosine[eid] = float(sim)
        top_bm25 = np.argsort(-bm25)[:BM25_K]
        for row in top_bm25:
            eid = int(self._order[row])
            if eid not in cosine and bm25[row] > 0:
                cosine[eid] = self._exact_cosine(eid, qvec)
        cosine.update(self._anchor_cosines(qvec))  # every anchor, exactly: the decline gap needs the best one
        return Candidates([Scored(eid, cos, float(bm25[self._row[eid]])) for eid, cos in cosine.items()],
                          self.known_share(qtokens))

    def known_share(self, qtokens: list[str]) -> float:
        """Share of the distinct Chinese characters of a question (its BM25 tokens cover them all) that occur in
        some entry's phrasings: a question about something no entry mentions (a drug name, another organ) has
        characters the KB has never seen, while in-scope questions almost never do."""
        if self._known is None:
            self._known = frozenset(ch for e in self.entries.values() if not e.get("decline")
                                    for tok in e["tokens"] for ch in tok)
        chars = {ch for tok in qtokens for ch in tok if "\u4e00" <= ch <= "\u9fff"}
        return sum(ch in self._known for ch in chars) / len(chars) if chars else 1.0

    def _anchor_cosines(self, qvec: np.ndarray) -> dict[int, float]:
        """Best cosine of every decline anchor (a few hundred vectors kept as one matrix)."""
        if self._anchors is None:
            ids = [int(e) for e in self._order if self.entries[int(e)].get("decline")]
            rows = [self.faiss_index.reconstruct(e * STRIDE + k) for e in ids for k in range(self.entries[e]["n"])]
            starts = np.cumsum([0] + [self.entries[e]["n"] for e in ids[:-1]]).astype(np.int64)
            matrix = np.vstack(rows).astype(np.float32) if rows else np.zeros((0, self.dim), dtype=np.float32)
            self._anchors = (ids, matrix, starts)
        ids, matrix, starts = self._anchors
        if not ids:
            return {}
        best = np.maximum.reduceat(matrix @ qvec.ravel().astype(np.float32), starts)
        return dict(zip(ids, best.astype(float).tolist()))

    def _exact_cosine(self, entry_id: int, qvec: np.ndarray) -> float:
        """Best cosine over an entry's phrasings (for entries only BM25 found)."""
        vecs = self._vectors.get(entry_id)
        if vecs is None:  # reconstructing from FAISS costs more than the product itself: keep the matrix
            n = self.entries[entry_id]["n"]
            vecs = np.vstack([self.faiss_index.reconstruct(entry_id * STRIDE + k) for k in range(n)])
            self._vectors[entry_id] = vecs
        return float((vecs @ qvec.ravel()).max())

    def words(self, entry_id: int) -> frozenset[str]:
        """The distinct tokens of an entry's phrasings."""
        words = self._words.get(entry_id)
        if words is None:
            words = self._words[entry_id] = frozenset(self.entries[entry_id]["tokens"])
        return words

    def is_decline(self, entry_id: int) -> bool:
        """Whether an id is a decline anchor."""
        return bool(self.entries[entry_id].get("decline"))

    def rank(self, candidates: Candidates, weight: float) -> Ranking:
        """Candidates by fused score; the best entry, its margin over other topics, and whether both retrievers
        point at its topic.

        The margin is measured against a *different* topic (two entries of the same topic close together are no
        confusion, since the answer is judged by topic): the larger of its topic score's lead and the best entry's
        lead over every other topic's best entry, so one entry that matches exactly is not outvoted by a broad
        topic with several half-matching entries. Decline anchors are measured apart (the decline gap): on our
        validation that gap separated must-not-answer questions best (ROC-AUC 0.97).
        """
        scored = candidates.items
        ranked = sorted(scored, key=lambda s: (-s.fused(weight), s.entry_id))
        best = next((s for s in ranked if not self.is_decline(s.entry_id)), None)
        if best is None:
            return Ranking(ranked, None, "", 0.0, 0.0, -1.0, candidates.known_share, False)
        topic = self.entries[best.entry_id]["topic"]
        per_topic: dict[str, list[float]] = {}
        for s in ranked:  # best first, so each list is sorted
            if not self.is_decline(s.entry_id):
                per_topic.setdefault(self.entries[s.entry_id]["topic"], []).append(s.fused(weight))

        def topic_score(values: list[float]) -> float:
            return sum(values[:TOPIC_TOP_K]) / TOPIC_TOP_K

        score = topic_score(per_topic.pop(topic))
        fused = best.fused(weight)
        entry_lead = fused - max((v[0] for v in per_topic.values()), default=0.0)
        margin = max(score - max((topic_score(v) for v in per_topic.values()), default=0.0), entry_lead)
        anchor = max((s.fused(weight) for s in scored if self.is_decline(s.entry_id)), default=-1.0)
        by_cosine = max(scored, key=lambda s: (s.cosine, -s.entry_id)).entry_id
        by_bm25 = max(scored, key=lambda s: (s.bm25, -s.entry_id)).entry_id
        agree = self.entries[by_cosine]["topic"] == topic == self.entries[by_bm25]["topic"]
        lone = fused if min(entry_lead, fused - anchor) >= LONE_LEAD else 0.0
        return Ranking(ranked, best, topic, score, margin, fused - anchor, candidates.known_share, agree, lone)

    def decide(self, candidates: Candidates, thresholds: Thresholds | None = None) -> Lookup:
        """Rank by fused score; the best entry answers only when it clears the score, topic-margin, decline-gap
        and known-share thresholds, or is a lone close match (`Ranking.answers`). Candidates are the top 3 entries
        (never anchors)."""
        th = thresholds or self.thresholds
        r = self.rank(candidates, th.weight)
        entries = [s for s in r.ranked if not self.is_decline(s.entry_id)][:3]
        matches = [self._match(s.entry_id, s.fused(th.weight)) for s in entries]
        return Lookup(best=matches[0] if r.answers(th) else None, candidates=matches)

    def _match(self, entry_id: int, score: float) -> Match:
        """A Match from the stored metadata."""
        e = self.entries[entry_id]
        return Match(entry_id=entry_id, topic=e["topic"], department=e["department"], question=e["question"],
                     answer=e["answer"], score=float(score))

    # ---- persistence -----------------------------------------------------------------------------------
    def save(self, directory: str | Path, generation: int) -> KBIndex:
        """Write generation files, then point CURRENT at them; each file lands whole via temp + os.replace."""
        faiss = _faiss()
        root = Path(directory)
        root.mkdir(parents=True, exist_ok=True)
        name = generation_name(generation)
        meta = {"format": FORMAT, "generation": generation, "dim": self.dim, "saved_at": time.time(),
                "model_fingerprint": self.model_fingerprint, "thresholds": asdict(self.thresholds),
                "entries": [self.entries[int(e)] for e in self._order]}
        _atomic_write(root / f"{name}.faiss", lambda p: faiss.write_index(self.faiss_index, str(p)))
        _atomic_write(root / f"{name}.json",
                      lambda p: p.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8"))
        _atomic_write(root / "CURRENT", lambda p: p.write_text(name, encoding="utf-8"))
        _prune(root, keep=3)
        return self._with(generation=generation)

    @classmethod
    def load(cls, directory: str | Path) -> KBIndex:
        """Read the generation CURRENT points at."""
        faiss = _faiss()
        root = Path(directory)
        name = current_generation_name(root)
        if name is None:
            raise IndexNotBuilt(f"no knowledge-base index in {root}; run `flask kb reindex`")
        meta = json.loads((root / f"{name}.json").read_text(encoding="utf-8"))
        index = faiss.read_index(str(root / f"{name}.faiss"))
        th = meta["thresholds"]
        thresholds = Thresholds(**{k: th[k] for k in Thresholds.__dataclass_fields__ if k in th})
        entries = {int(e["id"]): e for e in meta["entries"]}
        return cls(index, entries, thresholds, meta["model_fingerprint"], int(meta["dim"]), int(meta["generation"]))

    @property
    def ntotal(self) -> int:
        """Number of phrasing vectors."""
        return int(self.faiss_index.ntotal)


def generation_name(generation: int) -> str:
    """File stem of a generation."""
    return f"g{generation:08d}"


def current_generation_name(directory: str | Path) -> str | None:
    """The generation CURRENT points at, or None when nothing is built."""
    try:
        name = (Path(directory) / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def generation_number(directory: str | Path) -> int:
    """The current generation's number (0 when nothing is built)."""
    name = current_generation_name(directory)
    return int(name[1:]) if name else 0


def _atomic_write(target: Path, write: Callable[[Path], Any]) -> None:
    """Write to a temp file in the same directory, fsync, then os.replace onto the target."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(root: Path, keep: int) -> None:
    """Delete old generations (readers that opened one keep their file handles)."""
    names = sorted({p.stem for p in root.glob("g*.json")})
    for name in names[:-keep]:
        for suffix in (".json", ".faiss"):
            (root / f"{name}{suffix}").unlink(missing_ok=True)


__all__ = ["KBIndex", "EntryDoc", "Match", "Lookup", "Thresholds", "Scored", "Candidates", "Ranking", "STRIDE",
           "DECLINE_TOPIC",
           "DECLINE_BASE"]
