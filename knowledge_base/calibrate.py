"""Choose the fusion weight and the score and margin thresholds on our own validation questions.

Validation files: knowledge_base/validation/*.tsv with a header and rows `text<TAB>topic`, topic NONE for
questions the knowledge base must not answer. The choice maximises correct answers while keeping answers to NONE
rows at most MAX_NONE_ANSWERED and wrong-topic answers at most MAX_WRONG_TOPIC (stricter than the targets, to
leave room for questions we did not think of); ties go to the higher, safer threshold.
"""
from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

import numpy as np

from .index import KBIndex, Scored, Thresholds

log = logging.getLogger(__name__)

NONE = "NONE"
MAX_NONE_ANSWERED = 0.025  # share of NONE rows answered: half the 5% target
MAX_WRONG_TOPIC = 0.015  # share of in-scope rows answered with another topic's entry: half the 3% target
WEIGHTS = np.round(np.arange(0.3, 0.951, 0.05), 2)
MIN_SCORES = np.round(np.arange(0.30, 1.0001, 0.005), 3)
MIN_MARGINS = np.round(np.arange(0.0, 0.1501, 0.005), 3)


def read_validation(directory: str | Path) -> list[tuple[str, str]]:
    """(text, topic) rows of every .tsv file in `directory`, header rows skipped."""
    rows: list[tuple[str, str]] = []
    for path in sorted(Path(directory).glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(rec) < 2 or not rec[0].strip() or (rec[0], rec[1]) == ("text", "topic"):
                    continue
                rows.append((rec[0].strip(), rec[1].strip()))
    return rows


def score_rows(index: KBIndex, model: Any, texts: list[str], progress: bool = False) -> list[list[Scored]]:
    """Candidate score components for each text (batched encoding, then one search per text)."""
    from . import embedder
    from . import text as textmod

    vectors = embedder.encode(model, texts)
    items = zip(texts, vectors)
    if progress:
        from tqdm import tqdm

        items = tqdm(items, total=len(texts), unit="question", desc="calibrating")
    return [index.score(vec, textmod.tokens(text)) for text, vec in items]


def top_two(index: KBIndex, scored: list[list[Scored]], weight: float
            ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the best entry's topic, its fused score, its margin, and whether the two retrievers agree."""
    rankings = [index.rank(cands, weight) for cands in scored]
    topics = [index.entries[r.ranked[0].entry_id]["topic"] if r.ranked else "" for r in rankings]
    return (topics, np.array([r.score for r in rankings]), np.array([r.margin for r in rankings]),
            np.array([r.agree for r in rankings], dtype=bool))


def evaluate(gold: list[str], topics: list[str], best: np.ndarray, margin: np.ndarray, agree: np.ndarray,
             min_score: float, min_margin: float) -> dict[str, float]:
    """hit@1, answer rates and error rates at one threshold pair."""
    gold_arr, top_arr = np.array(gold), np.array(topics)
    answered = (best >= min_score) & (margin >= min_margin) & agree
    in_scope = gold_arr != NONE
    n_in, n_none = max(int(in_scope.sum()), 1), max(int((~in_scope).sum()), 1)
    right = top_arr == gold_arr
    return {
        "rows": len(gold), "in_scope": int(in_scope.sum()), "none_rows": int((~in_scope).sum()),
        "hit_at_1": round(float((right & in_scope).sum() / n_in), 4),
        "answered_in_scope": round(float((answered & in_scope).sum() / n_in), 4),
        "answered_correct": round(float((answered & in_scope & right).sum() / n_in), 4),
        "wrong_topic_answered": round(float((answered & in_scope & ~right).sum() / n_in), 4),
        "none_answered": round(float((answered & ~in_scope).sum() / n_none), 4),
    }


def calibrate(index: KBIndex, model: Any, validation_dir: str | Path, progress: bool = False) -> Thresholds:
    """The best thresholds for this index on the validation files (defaults when there are none)."""
    rows = read_validation(validation_dir)
    if not rows or not index.entries:
        log.warning("no validation questions in %s: default thresholds", validation_dir)
        return Thresholds()
    gold = [topic for _, topic in rows]
    scored = score_rows(index, model, [text for text, _ in rows], progress=progress)
    gold_arr = np.array(gold)
    in_scope = gold_arr != NONE
    n_in, n_none = max(int(in_scope.sum()), 1), max(int((~in_scope).sum()), 1)
    best_key: tuple[float, ...] | None = None
    choice: tuple[float, float, float] = (Thresholds.weight, Thresholds.min_score, Thresholds.min_margin)
    for weight in WEIGHTS:
        topics, best, margin, agree = top_two(index, scored, float(weight))
        right = (np.array(topics) == gold_arr) & in_scope
        # answered[s, m, row] for every threshold pair at once
        ans = ((best[None, None, :] >= MIN_SCORES[:, None, None]) & (margin[None, None, :] >= MIN_MARGINS[None, :, None])
               & agree[None, None, :])
        correct = (ans & right).sum(axis=2) / n_in
        wrong = (ans & in_scope & ~right).sum(axis=2) / n_in
        none = (ans & ~in_scope).sum(axis=2) / n_none
        feasible = (wrong <= MAX_WRONG_TOPIC) & (none <= MAX_NONE_ANSWERED)
        for si, mi in zip(*np.nonzero(feasible)):
            # most correct answers; then fewer errors; then the safer (higher) thresholds
            key = (round(float(correct[si, mi]), 6), -round(float(wrong[si, mi] + none[si, mi]), 6),
                   float(MIN_SCORES[si]), float(MIN_MARGINS[mi]), -abs(float(weight) - 0.6))
            if best_key is None or key > best_key:
                best_key, choice = key, (float(weight), float(MIN_SCORES[si]), float(MIN_MARGINS[mi]))
    if best_key is None:
        log.warning("no threshold meets the validation constraints: answering nothing")
        choice = (Thresholds.weight, 1.01, 0.0)
    weight, min_score, min_margin = choice
    topics, best, margin, agree = top_two(index, scored, weight)
    report = evaluate(gold, topics, best, margin, agree, min_score, min_margin)
    report["max_none_answered"], report["max_wrong_topic"] = MAX_NONE_ANSWERED, MAX_WRONG_TOPIC
    return Thresholds(weight=weight, min_score=min_score, min_margin=min_margin,
                      calibrated_on=str(validation_dir), report=report)
