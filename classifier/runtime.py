"""The serving form of the trained pipeline: plain numpy arrays, no scikit-learn import, one file.

scikit-learn's per-call validation costs milliseconds for a single short text and importing it costs
about a second, so `predict` runs this exported copy of the same linear model instead. The training
script checks that both give the same probabilities before it writes the artifact.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifier import features
from classifier.features import char_ngrams, normalize, tokenize

RUNTIME_FILE = "runtime.npz"
# A pasted report can run to thousands of characters; the department shows in the first few hundred, and
# segmenting the rest would only cost latency.
MAX_CHARS = 600


@dataclass
class Runtime:
    """TF-IDF vocabularies and idf, linear weights, and per-department sigmoid calibration."""

    labels: list[str]
    word_index: dict[str, int]
    word_idf: np.ndarray
    word_ngrams: tuple[int, int]
    char_index: dict[str, int]
    char_idf: np.ndarray
    char_ngrams: tuple[int, int]
    weights: np.ndarray  # (n_word_features + n_char_features, n_labels)
    intercept: np.ndarray
    sigmoid_a: np.ndarray
    sigmoid_b: np.ndarray
    thresholds: dict[str, float]
    # jieba's prefix dictionary (word -> frequency, prefixes 0) and total the words were cut with; None:
    # jieba's full dictionary with the medical one (artifacts built before the compact dictionary).
    dictionary: tuple[dict[str, int], int] | None = field(default=None, repr=False)

    def _block(self, grams: list[str], index: dict[str, int], idf: np.ndarray, offset: int) -> tuple[list[int], list[float]]:
        """Sublinear TF-IDF, L2-normalised, of one feature block (as TfidfVectorizer computes it)."""
        counts = Counter(g for g in grams if g in index)
        idx = [index[g] for g in counts]
        vals = [(1.0 + math.log(c)) * float(idf[i]) for i, c in zip(idx, counts.values())]
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        return [i + offset for i in idx], [v / norm for v in vals]

    def _word_grams(self, text: str) -> list[str]:
        """Word n-grams in the order TfidfVectorizer builds them."""
        tokens = tokenize(normalize(text))
        lo, hi = self.word_ngrams
        grams = list(tokens) if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    def scores(self, text: str) -> np.ndarray:
        """Raw linear scores per department."""
        text = text[:MAX_CHARS]
        wi, wv = self._block(self._word_grams(text), self.word_index, self.word_idf, 0)
        lo, hi = self.char_ngrams
        ci, cv = self._block(char_ngrams(text, lo, hi), self.char_index, self.char_idf, len(self.word_index))
        idx = wi + ci
        if not idx:
            return self.intercept.astype(np.float64)
        return np.asarray(wv + cv, dtype=np.float64) @ self.weights[idx].astype(np.float64) + self.intercept

    def proba(self, text: str) -> np.ndarray:
        """Calibrated probabilities per department, summing to 1 (one-vs-rest sigmoids, normalised)."""
        p = 1.0 / (1.0 + np.exp(self.sigmoid_a * self.scores(text) + self.sigmoid_b))
        total = p.sum()
        return p / total if total > 0 else np.full_like(p, 1.0 / len(p))

    def proba_many(self, texts: list[str]) -> np.ndarray:
        """Probabilities for several texts, one row each."""
        return np.vstack([self.proba(t) for t in texts]) if texts else np.zeros((0, len(self.labels)))

    def save(self, directory: str | Path) -> Path:
        """Write runtime.npz (no pickles: loading it can never run code)."""
        path = Path(directory) / RUNTIME_FILE
        tmp = path.with_name(path.name + ".tmp.npz")
        extra: dict[str, np.ndarray] = {}
        if self.dictionary is not None:
            freq, total = self.dictionary
            if max(freq.values(), default=0) >= 2**31:
                raise ValueError("jieba word frequency too large for int32")
            # One UTF-8 string, split on load: smaller and much faster to read than an array of strings.
            extra = {"jieba_words": np.frombuffer("\n".join(freq).encode("utf-8"), dtype=np.uint8),
                     "jieba_freq": np.fromiter(freq.values(), dtype=np.int64, count=len(freq)).astype(np.int32),
                     "jieba_total": np.array(total, dtype=np.int64)}
        np.savez(
            tmp, **extra,
            labels=np.array(self.labels),
            word_vocab=np.array(_ordered(self.word_index)), word_idf=self.word_idf,
            word_ngrams=np.array(self.word_ngrams),
            char_vocab=np.array(_ordered(self.char_index)), char_idf=self.char_idf,
            char_ngrams=np.array(self.char_ngrams),
            weights=self.weights, intercept=self.intercept, sigmoid_a=self.sigmoid_a, sigmoid_b=self.sigmoid_b,
            thresholds=np.array([self.thresholds["confidence"], self.thresholds["margin"]]),
        )
        tmp.replace(path)
        return path


def _ordered(index: dict[str, int]) -> list[str]:
    """Vocabulary as a list where position == feature index."""
    out = [""] * len(index)
    for term, i in index.items():
        out[i] = term
    return out


def load(directory: str | Path) -> Runtime:
    """Read runtime.npz and segment with its dictionary from now on; FileNotFoundError when absent."""
    path = Path(directory) / RUNTIME_FILE
    with np.load(path, allow_pickle=False) as z:
        t = z["thresholds"]
        dictionary = _dictionary(z, path)
        _install(dictionary)
        return Runtime(
            labels=[str(x) for x in z["labels"]],
            word_index=_index(z["word_vocab"]),
            word_idf=z["word_idf"], word_ngrams=tuple(int(x) for x in z["word_ngrams"]),
            char_index=_index(z["char_vocab"]),
            char_idf=z["char_idf"], char_ngrams=tuple(int(x) for x in z["char_ngrams"]),
            weights=z["weights"], intercept=z["intercept"], sigmoid_a=z["sigmoid_a"], sigmoid_b=z["sigmoid_b"],
            thresholds={"confidence": float(t[0]), "margin": float(t[1])},
            dictionary=dictionary,
        )


def _index(vocab: np.ndarray) -> dict[str, int]:
    """Term -> feature index for a vocabulary stored in index order."""
    return dict(zip(vocab.tolist(), range(len(vocab))))


def load_dictionary(directory: str | Path) -> None:
    """Segment with the dictionary of the artifact in `directory` (e.g. before using its model.joblib)."""
    path = Path(directory) / RUNTIME_FILE
    with np.load(path, allow_pickle=False) as z:
        _install(_dictionary(z, path))


def _dictionary(z: Any, path: Path) -> tuple[dict[str, int], int] | None:
    """The jieba prefix dictionary stored in an open runtime.npz, None in artifacts built without one."""
    if "jieba_words" not in z.files:
        return None
    words = z["jieba_words"].tobytes().decode("utf-8").split("\n")
    freq = z["jieba_freq"].tolist()
    if len(words) != len(freq):
        raise ValueError(f"{path}: {len(words)} dictionary words but {len(freq)} frequencies")
    return dict(zip(words, freq)), int(z["jieba_total"])


def _install(dictionary: tuple[dict[str, int], int] | None) -> None:
    """Make the word features use this dictionary (None: jieba's full one)."""
    if dictionary is None:
        features.use_dictionary(None)
    else:
        features.use_dictionary(*dictionary)


def from_pipeline(pipeline: Any, thresholds: dict[str, float],
                  dictionary: tuple[dict[str, int], int] | None = None) -> Runtime:
    """Export a fitted words+chars TF-IDF → calibrated LinearSVC pipeline (single calibrated classifier)."""
    union, clf = pipeline.steps[0][1], pipeline.steps[-1][1]
    words = dict(union.transformer_list)["words"]
    chars = dict(union.transformer_list)["chars"]
    if len(clf.calibrated_classifiers_) != 1:
        raise ValueError("export needs CalibratedClassifierCV(ensemble=False)")
    cal = clf.calibrated_classifiers_[0]
    svm = cal.estimator
    if list(svm.classes_) != list(clf.classes_):
        raise ValueError("calibrated classes differ from the SVM's")
    analyzer = chars.analyzer  # functools.partial(char_ngrams, n_min=.., n_max=..)
    return Runtime(
        labels=[str(c) for c in clf.classes_],
        word_index={str(k): int(v) for k, v in words.vocabulary_.items()},
        word_idf=words.idf_.astype(np.float64),
        word_ngrams=tuple(words.ngram_range),
        char_index={str(k): int(v) for k, v in chars.vocabulary_.items()},
        char_idf=chars.idf_.astype(np.float64),
        char_ngrams=(analyzer.keywords["n_min"], analyzer.keywords["n_max"]),
        weights=np.ascontiguousarray(svm.coef_.T, dtype=np.float32),
        intercept=np.asarray(svm.intercept_, dtype=np.float64),
        sigmoid_a=np.array([c.a_ for c in cal.calibrators], dtype=np.float64),
        sigmoid_b=np.array([c.b_ for c in cal.calibrators], dtype=np.float64),
        thresholds=dict(thresholds),
        dictionary=dictionary,
    )
