"""The scikit-learn pipeline, training, metrics, uncertainty thresholds and the artifact on disk."""
from __future__ import annotations

import json
import platform
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import balanced_accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from functools import partial

from classifier.features import char_ngrams, normalize, tokenize

FORMAT_VERSION = 1
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
SEED = 20240601

# Hyper-parameters of the shipped model; see docs/classifier.md for how they were chosen.
PARAMS: dict[str, Any] = {
    "C": 0.5,
    "word_ngrams": (1, 2),
    "char_ngrams": (1, 3),
    "min_df": 1,
    "class_weight": "balanced",
    "ensemble": False,
}
# Default uncertainty rule (confidence < threshold or top1 - top2 < margin), replaced by the held-out choice.
DEFAULT_THRESHOLDS = {"confidence": 0.30, "margin": 0.10}


def build_pipeline(params: dict[str, Any] | None = None) -> Pipeline:
    """TF-IDF over jieba words and character n-grams, a linear SVM, sigmoid-calibrated probabilities."""
    p = {**PARAMS, **(params or {})}
    words = TfidfVectorizer(
        preprocessor=normalize, tokenizer=tokenize, token_pattern=None, lowercase=False,
        ngram_range=tuple(p["word_ngrams"]), min_df=p["min_df"], sublinear_tf=True, dtype=np.float32,
    )
    n_min, n_max = p["char_ngrams"]
    chars = TfidfVectorizer(
        analyzer=partial(char_ngrams, n_min=n_min, n_max=n_max), lowercase=False,
        min_df=p["min_df"], sublinear_tf=True, dtype=np.float32,
    )
    # Calibrated SVM probabilities measured better (lower log-loss) than logistic regression's own; see docs.
    svm = LinearSVC(C=p["C"], class_weight=p["class_weight"], random_state=SEED)
    # ensemble=False: one SVM on all rows (calibrated on cross-validated scores) keeps the artifact small.
    clf = CalibratedClassifierCV(svm, cv=5, method="sigmoid", ensemble=p["ensemble"])
    return Pipeline([("features", FeatureUnion([("words", words), ("chars", chars)])), ("clf", clf)])


def uncertain(probs: np.ndarray, thresholds: dict[str, float]) -> np.ndarray:
    """Rows whose best probability is low or whose top two are close."""
    top = -np.sort(-probs, axis=1)
    second = top[:, 1] if top.shape[1] > 1 else np.zeros(len(top))
    return (top[:, 0] < thresholds["confidence"]) | ((top[:, 0] - second) < thresholds["margin"])


@dataclass
class Artifact:
    """A fitted pipeline plus what is needed to interpret and trust it."""

    pipeline: Pipeline
    labels: list[str]
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities per text, columns in `labels` order."""
        return self.pipeline.predict_proba(list(texts))


def fit(rows: Sequence[tuple[str, str]], params: dict[str, Any] | None = None) -> Pipeline:
    """Fit a pipeline on (text, department) rows; rows are sorted first so input order never matters."""
    rows = sorted(rows)
    texts = [t for t, _ in rows]
    labels = [d for _, d in rows]
    return build_pipeline(params).fit(texts, labels)


def metrics(y_true: Sequence[str], probs: np.ndarray, labels: Sequence[str]) -> dict[str, float]:
    """Accuracy, balanced accuracy (over departments present), macro-F1 and top-3 accuracy."""
    labels = list(labels)
    order = np.argsort(-probs, axis=1)
    pred = [labels[i] for i in order[:, 0]]
    idx = {d: i for i, d in enumerate(labels)}
    true_idx = np.array([idx.get(d, -1) for d in y_true])
    top3 = np.any(order[:, :3] == true_idx[:, None], axis=1)
    present = sorted(set(y_true))
    with warnings.catch_warnings():
        # Predictions into departments absent from this file are expected (e.g. no 体检 rows in a set).
        warnings.simplefilter("ignore", UserWarning)
        balanced = float(balanced_accuracy_score(y_true, pred))
    return {
        "n": len(y_true),
        "accuracy": float(np.mean([p == t for p, t in zip(pred, y_true)])),
        "balanced_accuracy": balanced,
        "macro_f1": float(f1_score(y_true, pred, labels=present, average="macro", zero_division=0)),
        "top3_accuracy": float(np.mean(top3)),
    }


def per_department(y_true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[dict[str, Any]]:
    """Support, precision, recall and F1 for each department that occurs in truth or prediction."""
    used = [d for d in labels if d in set(y_true) or d in set(pred)]
    p, r, f, s = precision_recall_fscore_support(y_true, pred, labels=used, zero_division=0)
    return [
        {"department": d, "support": int(s[i]), "precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i])}
        for i, d in enumerate(used)
    ]


def confused_pairs(y_true: Sequence[str], pred: Sequence[str], top: int = 10) -> list[dict[str, Any]]:
    """The most frequent (true, predicted) mistakes."""
    counts: dict[tuple[str, str], int] = {}
    for t, p in zip(y_true, pred):
        if t != p:
            counts[(t, p)] = counts.get((t, p), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [{"true": t, "predicted": p, "count": c} for (t, p), c in ranked]


def choose_thresholds(y_true: Sequence[str], probs: np.ndarray, labels: Sequence[str],
                      wrong_cost: float = 1.0, unsure_cost: float = 0.35) -> dict[str, float]:
    """(confidence, margin) minimising the routing cost on labelled questions.

    A confident wrong routing costs `wrong_cost` (the member waits on the wrong advisor); an uncertain one
    costs `unsure_cost` (a generalist sees it and re-labels); a confident right one costs nothing.
    """
    pred_idx = probs.argmax(axis=1)
    correct = np.array([labels[i] == t for i, t in zip(pred_idx, y_true)])
    best = (float("inf"), DEFAULT_THRESHOLDS["confidence"], DEFAULT_THRESHOLDS["margin"])
    for conf in np.round(np.arange(0.0, 0.61, 0.05), 2):
        for margin in np.round(np.arange(0.0, 0.31, 0.05), 2):
            unsure = uncertain(probs, {"confidence": conf, "margin": margin})
            cost = wrong_cost * np.sum(~unsure & ~correct) + unsure_cost * np.sum(unsure)
            # Ties go to the lower thresholds: fewer questions pushed onto the generalists.
            if cost < best[0] - 1e-9:
                best = (cost, float(conf), float(margin))
    return {"confidence": best[1], "margin": best[2]}


def cross_validate(rows: Sequence[tuple[str, str]], folds: int = 5, params: dict[str, Any] | None = None,
                   progress: Callable[[], None] | None = None) -> dict[str, float]:
    """Stratified k-fold scores on the training rows (shuffled with the fixed seed)."""
    from sklearn.model_selection import StratifiedKFold

    rows = sorted(rows)
    texts = np.array([t for t, _ in rows], dtype=object)
    y = np.array([d for _, d in rows], dtype=object)
    oof_true: list[str] = []
    oof_probs: list[np.ndarray] = []
    labels: list[str] = sorted(set(y))
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, y):
        pipe = build_pipeline(params).fit(list(texts[train_idx]), list(y[train_idx]))
        probs = pipe.predict_proba(list(texts[test_idx]))
        # Align columns: a fold may lack a rare department.
        full = np.zeros((len(test_idx), len(labels)), dtype=float)
        for j, d in enumerate(pipe.classes_):
            full[:, labels.index(d)] = probs[:, j]
        oof_true += list(y[test_idx])
        oof_probs.append(full)
        if progress:
            progress()
    return metrics(oof_true, np.vstack(oof_probs), labels)


def save(artifact: Artifact, out_dir: str | Path, runtime: Any) -> None:
    """Write model.joblib, runtime.npz and meta.json (meta last: a complete meta means a complete artifact)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    meta_file = out / META_FILE
    meta_file.unlink(missing_ok=True)  # a half-written directory must not look complete
    tmp = out / (MODEL_FILE + ".tmp")
    joblib.dump({"format": FORMAT_VERSION, "pipeline": artifact.pipeline, "labels": artifact.labels,
                 "thresholds": artifact.thresholds}, tmp, compress=3)
    tmp.replace(out / MODEL_FILE)
    runtime.save(out)
    meta_tmp = out / (META_FILE + ".tmp")
    meta_tmp.write_text(json.dumps(artifact.meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    meta_tmp.replace(meta_file)


def load_artifact(path: str | Path) -> Artifact:
    """Read an artifact directory; FileNotFoundError when nothing is built there, ValueError when broken."""
    path = Path(path)
    model_file = path / MODEL_FILE
    if not model_file.exists():
        raise FileNotFoundError(str(model_file))
    data = joblib.load(model_file)
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise ValueError(f"{model_file}: unknown artifact format")
    meta_file = path / META_FILE
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    labels = list(data["labels"])
    if list(data["pipeline"].classes_) != labels:
        raise ValueError(f"{model_file}: label order does not match the fitted model")
    if (path / "runtime.npz").exists():
        from classifier import runtime

        runtime.load_dictionary(path)  # the pipeline's word features must cut words as they were trained
    return Artifact(data["pipeline"], labels, dict(data["thresholds"]), meta)


def now_iso() -> str:
    """UTC timestamp for meta.json."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def environment() -> dict[str, str]:
    """Library versions the artifact was built with (pickles are only safe with the same sklearn)."""
    import jieba
    import sklearn

    return {"python": platform.python_version(), "sklearn": sklearn.__version__, "jieba": jieba.__version__,
            "numpy": np.__version__}
