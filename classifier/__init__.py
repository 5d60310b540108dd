"""Department routing: which of the 25 departments a member's question belongs to.

The model is loaded lazily, once per process, from the artifact directory built by
scripts/train_classifier.py (default: instance/classifier/, or whatever `configure` sets).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifier import concern, scope
from classifier.corpus import department_names

__all__ = ["Prediction", "configure", "predict", "load", "ClassifierError", "ModelNotAvailable", "DEPARTMENTS"]

DEPARTMENTS: list[str] = department_names()
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "instance" / "classifier"


@dataclass(frozen=True)
class Prediction:
    """The routing decision for one question."""

    department: str
    confidence: float
    top3: list[tuple[str, float]]
    uncertain: bool


class ClassifierError(Exception):
    """The classifier cannot be used (broken or incompatible artifact)."""


class ModelNotAvailable(ClassifierError):
    """No artifact has been built at the configured path."""


_lock = threading.Lock()
_path: Path = DEFAULT_PATH
_artifact: Any = None  # classifier.runtime.Runtime once loaded


def configure(path: str) -> None:
    """Set the artifact directory; a model loaded from elsewhere is dropped and reloaded lazily."""
    global _path, _artifact
    with _lock:
        new = Path(path)
        if new != _path:
            _path, _artifact = new, None


def load(path: str | None = None) -> None:
    """Load the artifact (once per process; pass a path to load from somewhere else)."""
    _load(path)


def _load(path: str | None = None) -> Any:
    """Load if needed and return the runtime model."""
    global _path, _artifact
    with _lock:
        target = Path(path) if path is not None else _path
        if _artifact is not None and target == _path:
            return _artifact
        from classifier import runtime  # numpy only; scikit-learn is never imported to serve

        try:
            model = runtime.load(target)
        except FileNotFoundError as exc:
            raise ModelNotAvailable(f"no classifier built at {target}; run scripts/train_classifier.py") from exc
        except Exception as exc:  # truncated or foreign file
            raise ClassifierError(f"cannot load classifier from {target}: {exc}") from exc
        unknown = set(model.labels) - set(DEPARTMENTS)
        if unknown:
            raise ClassifierError(f"classifier at {target} knows departments not in departments.tsv: {sorted(unknown)}")
        from classifier.features import get_tokenizer

        get_tokenizer()  # build jieba's dictionary now, not on the first member's message
        _path, _artifact = target, model
        return model


def predict(text: str) -> Prediction:
    """Best department, its probability, the best three, and whether to route to the generalists instead."""
    model = _artifact if _artifact is not None else _load()
    text = text or ""
    probs = scope.apply(text, concern.read(model, text), model.labels)
    order = probs.argsort()[::-1][:3]
    top3 = [(model.labels[i], float(probs[i])) for i in order]
    p1, p2 = top3[0][1], top3[1][1] if len(top3) > 1 else 0.0
    t = model.thresholds
    flag = p1 < t["confidence"] or (p1 - p2) < t["margin"] or not text.strip()
    return Prediction(department=top3[0][0], confidence=p1, top3=top3, uncertain=bool(flag))
