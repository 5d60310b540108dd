"""Back-up classifier for the safety stage: a numpy export of a TF-IDF (character n-grams) + logistic regression model.

The rule lexicon in bot/safety.py decides first; this model is only asked when the rules say "none", and may then
raise a red flag for phrasings the lexicon has never seen (it never clears one). Built by scripts/train_safety.py
into instance/safety/ (or $SAFETY_MODEL_PATH). Serving needs numpy only, never scikit-learn; the artifact is loaded
lazily, once per process. Without an artifact the safety stage runs on the rules alone and logs a warning once.
"""
from __future__ import annotations

import io
import json
import logging
import math
import os
import threading
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["SafetyModel", "configure", "use", "get", "read", "features", "DEFAULT_PATH", "MODEL_FILE", "LABELS"]

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(os.environ.get("SAFETY_MODEL_PATH")
                    or Path(__file__).resolve().parent.parent / "instance" / "safety")
MODEL_FILE = "safety_model.npz"
LABELS = ("none", "emergency", "self_harm")
NGRAMS = (1, 3)
# Bounds the cost of a pasted report; chat messages are far shorter (a risk sentence at the end of a long story
# still counts, but a very long message dilutes it, so the rules stay the main guard there).
MAX_CHARS = 1000
_SEPARATORS = str.maketrans({c: "|" for c in ",!?;。\n…~:."})


def features(norm_text: str, n_min: int = NGRAMS[0], n_max: int = NGRAMS[1]) -> list[str]:
    """Character n-grams of a message already normalised by bot.safety.normalize (clause breaks become '|')."""
    text = norm_text[:MAX_CHARS].translate(_SEPARATORS)
    grams: list[str] = []
    for n in range(n_min, n_max + 1):
        grams += [text[i:i + n] for i in range(len(text) - n + 1) if (n > 1 or text[i] != "|")]
    return grams


@dataclass
class SafetyModel:
    """Vocabulary, idf, linear weights per label and the probability threshold per red flag."""

    labels: tuple[str, ...]
    index: dict[str, int]
    idf: Any  # np.ndarray (n_features,)
    weights: Any  # np.ndarray (n_features, n_labels)
    intercept: Any  # np.ndarray (n_labels,)
    ngrams: tuple[int, int]
    thresholds: dict[str, float]  # red flag -> minimum probability to raise it

    def proba(self, norm_text: str) -> dict[str, float]:
        """Probability per label (softmax of the linear scores) for a normalised message."""
        import numpy as np

        counts = Counter(g for g in features(norm_text, *self.ngrams) if g in self.index)
        scores = np.asarray(self.intercept, dtype=np.float64).copy()
        if counts:
            idx = [self.index[g] for g in counts]
            vals = np.array([(1.0 + math.log(c)) for c in counts.values()]) * self.idf[idx]  # sublinear tf-idf
            vals /= math.sqrt(float(vals @ vals)) or 1.0
            scores += vals @ self.weights[idx]
        scores -= scores.max()
        p = np.exp(scores)
        p /= p.sum()
        return {label: float(v) for label, v in zip(self.labels, p)}

    def red_flag(self, norm_text: str) -> tuple[str | None, float]:
        """The red flag the model raises (or None) and its probability: the flag furthest above its threshold."""
        p = self.proba(norm_text)
        best = max(("self_harm", "emergency"), key=lambda f: p[f] / self.thresholds[f])
        return (best if p[best] >= self.thresholds[best] else None), p[best]

    def save(self, directory: str | Path, meta: dict[str, Any] | None = None) -> Path:
        """Write the .npz (no pickles; fixed zip timestamps, so the same model gives the same bytes) and meta.json."""
        import numpy as np

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        vocab = [""] * len(self.index)
        for gram, i in self.index.items():
            vocab[i] = gram
        arrays = {
            "labels": np.array(self.labels), "vocab": np.array(vocab), "idf": np.asarray(self.idf, dtype=np.float64),
            "weights": np.asarray(self.weights, dtype=np.float32),
            "intercept": np.asarray(self.intercept, dtype=np.float64),
            "ngrams": np.array(self.ngrams), "flags": np.array(sorted(self.thresholds)),
            "thresholds": np.array([self.thresholds[f] for f in sorted(self.thresholds)], dtype=np.float64),
        }
        path = directory / MODEL_FILE
        tmp = path.with_name(path.name + ".tmp")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for name, array in arrays.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, array, allow_pickle=False)
                z.writestr(zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buf.getvalue())
        tmp.replace(path)
        if meta is not None:
            (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                                 encoding="utf-8")
        return path


def read(directory: str | Path) -> SafetyModel:
    """Load an artifact directory; FileNotFoundError when it has not been built."""
    import numpy as np

    with np.load(Path(directory) / MODEL_FILE, allow_pickle=False) as z:
        return SafetyModel(
            labels=tuple(str(x) for x in z["labels"]),
            index={g: i for i, g in enumerate(z["vocab"].tolist())},
            idf=z["idf"], weights=z["weights"], intercept=z["intercept"],
            ngrams=tuple(int(x) for x in z["ngrams"]),  # type: ignore[arg-type]
            thresholds={str(f): float(t) for f, t in zip(z["flags"], z["thresholds"])},
        )


_lock = threading.Lock()
_path: Path = DEFAULT_PATH
_model: SafetyModel | None = None
_tried = False  # loading was attempted (a missing artifact is not retried on every message)


def configure(path: str | Path) -> None:
    """Use the artifact in `path`; a model loaded from elsewhere is dropped and reloaded lazily."""
    global _path, _model, _tried
    with _lock:
        _path, _model, _tried = Path(path), None, False


def use(model: SafetyModel | None) -> None:
    """Serve this in-memory model (or rules only with None) instead of loading the artifact (scripts, tests)."""
    global _model, _tried
    with _lock:
        _model, _tried = model, True


def get() -> SafetyModel | None:
    """The loaded model, loading it on first use; None (rules only) when there is no usable artifact."""
    global _model, _tried
    if _tried:
        return _model
    with _lock:
        if not _tried:
            try:
                _model = read(_path)
                if set(_model.labels) != set(LABELS) or set(_model.thresholds) != {"emergency", "self_harm"}:
                    raise ValueError(f"unexpected labels {_model.labels} or thresholds {_model.thresholds}")
            except FileNotFoundError:
                _model = None
                log.warning("safety back-up model not built at %s (run scripts/train_safety.py); rules only", _path)
            except Exception as exc:  # truncated or foreign file: the rules still protect members
                _model = None
                log.warning("safety back-up model at %s cannot be loaded (%s); rules only", _path, exc)
            _tried = True
    return _model
