"""Choose the fusion weight and the answer thresholds on our own validation questions, cross-validated.

Validation files: knowledge_base/validation/*.tsv with a header and rows `text<TAB>topic`, topic NONE for
questions the knowledge base must not answer. A threshold choice is (weight, min_lone_score, min_score,
min_margin, min_decline_gap, min_known_share); it maximises correct answers under limits on answered NONE rows and
wrong-topic answers.

Which NONE rows count: the pipeline never hands the KB a message that its safety stage flags (emergency,
self-harm, high-risk finding), that asks for a person, or that trips a guardrail (dose, prescription, stopping a
medicine, diagnosis), so such NONE rows cannot be answered in production and count as not answered (the share
stays over all NONE rows). Without the bot package every NONE row counts.

Limits met on the rows a choice was fitted on are met less well on new questions, so the limits used for fitting
are themselves chosen by cross-validation: repeated stratified k-fold splits (fit on k-1 folds, count on the one
left out, every fold in turn) pick the in-sample limits with the most held-out correct answers whose pooled
held-out rates stay within MAX_NONE_ANSWERED and MAX_WRONG_TOPIC; the final choice is fitted on every row with
those limits, and the held-out figures are reported.
"""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .index import Candidates, KBIndex, Thresholds

log = logging.getLogger(__name__)

NONE = "NONE"
MAX_NONE_ANSWERED = 0.04  # held-out share of our hard near-miss NONE rows answered (the target is 5%)
MAX_WRONG_TOPIC = 0.02  # held-out share of in-scope rows answered with another topic's entry (the target is 3%)
WEIGHTS = np.round(np.arange(0.5, 0.901, 0.1), 2)
LONE_SCORES = (1.01, 0.95, 0.9)  # a lone close entry answers from this fused score (1.01: never)
ARMS = tuple((float(w), lone) for w in WEIGHTS for lone in LONE_SCORES)  # fitted one after another
MIN_SCORES = np.round(np.arange(0.20, 1.0001, 0.01), 3)
MIN_MARGINS = np.round(np.arange(0.0, 0.3001, 0.03), 3)
MIN_DECLINE_GAPS = np.round(np.arange(-0.2, 0.5001, 0.025), 3)
MIN_KNOWN_SHARES = np.array([0.0, 0.8, 0.85, 0.9])  # not 1.0: one rare character (a name, a typo) must not veto
# In-sample limits tried by the cross-validation: (NONE answered, wrong topic, tolerance). With a tolerance of t
# grid steps, a NONE row that would pass if the score and decline-gap thresholds were t steps lower counts as
# answered while fitting: a safety margin that gives points between the coarse steps of the NONE limit.
IN_SAMPLE_LIMITS = tuple((n, w, tol) for n in (0.0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03) for w in (0.005, 0.01)
                         for tol in (0, 1, 2))
CV_FOLDS = 5
CV_REPEATS = 6
CV_SEED = 7
_GRIDS = (MIN_SCORES, MIN_MARGINS, MIN_DECLINE_GAPS, MIN_KNOWN_SHARES)
_GRID = tuple(len(g) for g in _GRIDS)


def read_validation(directory: str | Path) -> list[tuple[str, str]]:
    """(text, topic) rows of every .tsv file in `directory`."""
    rows = []
    for path in sorted(Path(directory).glob("*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(rec) < 2 or not rec[0].strip() or (rec[0], rec[1]) == ("text", "topic"):
                    continue
                rows.append((rec[0].strip(), rec[1].strip()))
    return rows


def kept_from_kb(texts: list[str]) -> np.ndarray:
    """Which messages the pipeline keeps away from the KB (all False when the bot package is unavailable)."""
    try:
        from bot import non_health, safety, small_talk
        from bot.pipeline import HUMAN_REQUEST
    except Exception as exc:  # the KB also works without the bot package
        log.warning("bot safety stage unavailable (%s): every NONE row counts", exc)
        return np.zeros(len(texts), dtype=bool)
    out = []
    for text in texts:
        check = safety.assess(text)
        out.append(check.flag != "none" or bool(check.guardrail) or check.high_risk or bool(HUMAN_REQUEST.search(text))
                   or small_talk.kind(text) is not None or non_health.kind(text) in ("pet", "account"))
    return np.array(out, dtype=bool)


def score_rows(index: KBIndex, model: Any, texts: list[str], progress: bool = False) -> list[Candidates]:
    """Candidate score components for each text (batched encoding, then one search per text)."""
    from . import embedder
    from . import text as textmod

    texts = [textmod.query_text(t) for t in texts]
    vectors = embedder.encode(model, texts)
    items = zip(texts, vectors)
    if progress:
        from tqdm import tqdm

        items = tqdm(items, total=len(texts), unit="question", desc="calibrating")
    return [index.score(vec, textmod.tokens(text)) for text, vec in items]


@dataclass(frozen=True)
class Features:
    """Per row: the best entry's topic and what the answer decision looks at."""

    topics: list[str]
    score: np.ndarray
    margin: np.ndarray
    decline_gap: np.ndarray
    known_share: np.ndarray
    lone: np.ndarray

    def values(self) -> tuple[np.ndarray, ...]:
        """The thresholded values, in the order of the calibration grids."""
        return self.score, self.margin, self.decline_gap, self.known_share


def features(index: KBIndex, scored: list[Candidates], weight: float) -> Features:
    """Decision features of every row at one fusion weight."""
    r = [index.rank(cands, weight) for cands in scored]
    return Features([x.topic for x in r], np.array([x.score for x in r]), np.array([x.margin for x in r]),
                    np.array([x.decline_gap for x in r]), np.array([x.known_share for x in r]),
                    np.array([x.lone for x in r]))


def answered(f: Features, th: Thresholds) -> np.ndarray:
    """Which rows the thresholds answer (as `Ranking.answers` decides one)."""
    topic = (f.score >= th.min_score) & (f.margin >= th.min_margin) & (f.decline_gap >= th.min_decline_gap)
    return (topic | (f.lone >= th.min_lone_score)) & (f.known_share >= th.min_known_share)


def evaluate(gold: list[str], f: Features, th: Thresholds, kept: np.ndarray | None = None) -> dict[str, float]:
    """hit@1, answer rates and error rates at one threshold choice; `kept` rows are never answered."""
    gold_arr, top_arr = np.array(gold), np.array(f.topics)
    ans = answered(f, th) & (True if kept is None else ~kept)
    in_scope = gold_arr != NONE
    n_in, n_none = max(int(in_scope.sum()), 1), max(int((~in_scope).sum()), 1)
    right = top_arr == gold_arr
    return {
        "rows": len(gold), "in_scope": int(in_scope.sum()), "none_rows": int((~in_scope).sum()),
        "hit_at_1": round(float((right & in_scope).sum() / n_in), 4),
        "answered_in_scope": round(float((ans & in_scope).sum() / n_in), 4),
        "answered_correct": round(float((ans & in_scope & right).sum() / n_in), 4),
        "wrong_topic_answered": round(float((ans & in_scope & ~right).sum() / n_in), 4),
        "none_answered": round(float((ans & ~in_scope).sum() / n_none), 4),
    }


@dataclass(frozen=True)
class _Rows:
    """Every row's grid position at one weight: a row passes threshold i of a grid when i <= its index."""

    idx: np.ndarray  # (rows, 4): grid position of each thresholded value, -1 = below the lowest threshold
    cat: np.ndarray  # 0 right topic, 1 wrong topic, 2 NONE that reaches the KB, 3 NONE kept from the KB


def _grid_rows(gold: np.ndarray, f: Features, kept: np.ndarray, lone: float) -> _Rows:
    """Grid positions of the rows; a lone close entry (fused score >= `lone`) passes every score, margin and
    decline-gap threshold, and still needs the known share."""
    idx = np.stack([np.searchsorted(grid, values + 1e-9, side="right") - 1
                    for grid, values in zip(_GRIDS, f.values())], axis=1)
    idx[f.lone >= lone, :3] = np.array(_GRID[:3]) - 1
    cat = np.where(gold == NONE, np.where(kept, 3, 2), np.where(np.array(f.topics) == gold, 0, 1))
    return _Rows(idx, cat)


def _counts(rows: _Rows, pick: np.ndarray) -> np.ndarray:
    """counts[cat, s, m, d, k] = rows of `pick` answered at those thresholds (cats right, wrong, NONE): a
    reversed cumulative sum of a histogram along every axis."""
    out = np.zeros((3, *_GRID), dtype=np.int32)
    keep = pick & (rows.idx >= 0).all(axis=1)
    flat = np.ravel_multi_index(tuple(np.maximum(rows.idx, 0).T), _GRID)
    rev = (slice(None, None, -1),) * len(_GRID)
    for c in range(3):
        hist = np.bincount(flat[keep & (rows.cat == c)], minlength=int(np.prod(_GRID))).reshape(_GRID)[rev]
        for axis in range(len(_GRID)):
            hist = hist.cumsum(axis)
        out[c] = hist[rev]
    return out


def _tolerant(none: np.ndarray, tol: int) -> np.ndarray:
    """NONE counts as if the score and decline-gap thresholds were `tol` grid steps lower."""
    if not tol:
        return none
    lower_s = np.maximum(np.arange(none.shape[0]) - tol, 0)
    lower_d = np.maximum(np.arange(none.shape[2]) - tol, 0)
    return none[lower_s][:, :, lower_d]


def _choose(counts: list[np.ndarray], n_in: int, n_none: int, limits: tuple[float, float, int]
            ) -> tuple[int, ...] | None:
    """(arm index, s, m, d, k) with the most right answers within the limits; ties go to fewer errors, then
    higher (safer) thresholds, then the weight nearest 0.6, then no or fewer lone answers."""
    max_none, max_wrong, tol = limits
    best_key, best = None, None
    total = 2 * (n_in + n_none) + 1
    order = np.arange(int(np.prod(_GRID)), dtype=np.int64).reshape(_GRID)  # later = higher thresholds
    for wi, c in enumerate(counts):
        right, wrong, none = (c[k].astype(np.int64) for k in range(3))
        feasible = (_tolerant(none, tol) <= max_none * n_none + 1e-9) & (wrong <= max_wrong * n_in + 1e-9)
        if not feasible.any():
            continue
        key = np.where(feasible, (right * total + (total - 1 - wrong - none)) * order.size + order, -1)
        flat = int(key.argmax())
        cand = (int(key.flat[flat]), -abs(ARMS[wi][0] - 0.6), ARMS[wi][1])
        if best_key is None or cand > best_key:
            best_key, best = cand, (wi, *np.unravel_index(flat, _GRID))
    return None if best is None else tuple(int(x) for x in best)


def _rates(counts: list[np.ndarray], choice: tuple[int, ...], n_in: int, n_none: int) -> np.ndarray:
    """(right, wrong, none) rates of a choice on the rows `counts` were made from."""
    wi, *cell = choice
    c = counts[wi][(slice(None), *cell)]
    return np.array([c[0] / max(n_in, 1), c[1] / max(n_in, 1), c[2] / max(n_none, 1)])


def _folds(gold: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """A stratified k-fold split: every label's rows are shuffled and dealt round-robin; the fold of each row."""
    fold = np.zeros(len(gold), dtype=np.int64)
    for label in np.unique(gold):
        idx = rng.permutation(np.flatnonzero(gold == label))
        fold[idx] = (np.arange(len(idx)) + rng.integers(k)) % k
    return fold


def cross_validate(grid: list[_Rows], gold: np.ndarray, folds: int = CV_FOLDS, repeats: int = CV_REPEATS,
                   seed: int = CV_SEED) -> dict[tuple[float, float, int], np.ndarray]:
    """Mean held-out (right, wrong, none) rates for each in-sample limit of IN_SAMPLE_LIMITS: repeated stratified
    k-fold, thresholds fitted on k-1 folds and counted on the one left out."""
    rng = np.random.default_rng(seed)
    in_scope = gold != NONE
    counts = {lim: np.zeros(3) for lim in IN_SAMPLE_LIMITS}  # held-out (right, wrong, none) counts
    n_test_total = np.zeros(2)
    for _ in range(repeats):
        fold = _folds(gold, folds, rng)
        for k in range(folds):
            test_mask = fold == k
            fit_counts = [_counts(g, ~test_mask) for g in grid]
            test_counts = [_counts(g, test_mask) for g in grid]
            n_fit = (int((~test_mask & in_scope).sum()), int((~test_mask & ~in_scope).sum()))
            n_test = (int((test_mask & in_scope).sum()), int((test_mask & ~in_scope).sum()))
            n_test_total += n_test
            for lim in IN_SAMPLE_LIMITS:
                choice = _choose(fit_counts, *n_fit, lim)
                if choice is not None:
                    counts[lim] += _rates(test_counts, choice, 1, 1)  # raw counts
    # pooled over every held-out fold: held-out answers / held-out rows
    return {lim: c / np.array([n_test_total[0], n_test_total[0], n_test_total[1]]) for lim, c in counts.items()}


def calibrate(index: KBIndex, model: Any, validation_dir: str | Path, progress: bool = False) -> Thresholds:
    """The best thresholds for this index on the validation files (defaults when there are none)."""
    rows = read_validation(validation_dir)
    if not rows or not index.entries:
        log.warning("no validation questions in %s: default thresholds", validation_dir)
        return Thresholds()
    texts = [text for text, _ in rows]
    gold = np.array([topic for _, topic in rows])
    kept = kept_from_kb(texts) & (gold == NONE)
    scored = score_rows(index, model, texts, progress=progress)
    feats = {float(w): features(index, scored, float(w)) for w in WEIGHTS}
    grid = [_grid_rows(gold, feats[w], kept, lone) for w, lone in ARMS]
    n_in, n_none = int((gold != NONE).sum()), int((gold == NONE).sum())

    held = cross_validate(grid, gold, CV_FOLDS, CV_REPEATS)
    ok = [lim for lim in IN_SAMPLE_LIMITS
          if held[lim][1] <= MAX_WRONG_TOPIC + 1e-9 and held[lim][2] <= MAX_NONE_ANSWERED + 1e-9]
    nothing = Thresholds(min_score=1.01, calibrated_on=str(validation_dir))
    if not ok:
        log.warning("no in-sample limit keeps the held-out error rates within bounds: answering nothing")
        return nothing
    # most held-out right answers; ties go to the stricter limits (listed first)
    limits = max(ok, key=lambda lim: (round(float(held[lim][0]), 6), -IN_SAMPLE_LIMITS.index(lim)))
    choice = _choose([_counts(g, np.ones(len(gold), dtype=bool)) for g in grid], n_in, n_none, limits)
    if choice is None:
        return nothing
    wi, si, mi, di, ki = choice
    weight, lone = ARMS[wi]
    th = Thresholds(weight=weight, min_score=float(MIN_SCORES[si]), min_margin=float(MIN_MARGINS[mi]),
                    min_decline_gap=float(MIN_DECLINE_GAPS[di]), min_known_share=float(MIN_KNOWN_SHARES[ki]),
                    min_lone_score=lone, calibrated_on=str(validation_dir))
    report: dict[str, Any] = evaluate(list(gold), feats[weight], th, kept)
    report["kb_alone_none_answered"] = evaluate(list(gold), feats[weight], th)["none_answered"]
    report["none_rows_kept_from_kb"] = int(kept.sum())
    report["cross_validated"] = {
        "answered_correct": round(float(held[limits][0]), 4), "wrong_topic_answered": round(float(held[limits][1]), 4),
        "none_answered": round(float(held[limits][2]), 4),
        "in_sample_limits": {"none": limits[0], "wrong": limits[1], "tolerance_steps": limits[2]},
        "splits": f"{CV_REPEATS} x stratified {CV_FOLDS}-fold"}
    report["max_none_answered"], report["max_wrong_topic"] = MAX_NONE_ANSWERED, MAX_WRONG_TOPIC
    return Thresholds(weight=th.weight, min_score=th.min_score, min_margin=th.min_margin,
                      min_decline_gap=th.min_decline_gap, min_known_share=th.min_known_share,
                      min_lone_score=th.min_lone_score, calibrated_on=str(validation_dir), report=report)
