"""Okapi BM25 over jieba tokens, kept as postings (documents and weights per token) so a query costs a few adds."""
from __future__ import annotations

import math
from collections import Counter

import numpy as np


class BM25:
    """BM25 over documents (lists of tokens); scores are also given normalised to about [0, 1]."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        from scipy import sparse  # lazily: importing the package must stay cheap

        self.k1, self.b = k1, b
        self.n_docs = len(docs)
        vocab: dict[str, int] = {}
        df: Counter[str] = Counter()
        rows, cols, tfs = [], [], []
        lengths = np.array([len(d) for d in docs], dtype=np.float64)
        for i, doc in enumerate(docs):
            counts = Counter(doc)
            df.update(counts.keys())
            for tok, tf in counts.items():
                rows.append(i)
                cols.append(vocab.setdefault(tok, len(vocab)))
                tfs.append(tf)
        self.vocab = vocab
        n = max(self.n_docs, 1)
        self.idf = np.zeros(len(vocab), dtype=np.float64)
        for tok, j in vocab.items():
            self.idf[j] = math.log(1.0 + (n - df[tok] + 0.5) / (df[tok] + 0.5))
        # An unseen token is as informative as the rarest possible one: the KB does not know it.
        self.max_idf = math.log(1.0 + (n + 0.5) / 0.5)
        avgdl = float(lengths.mean()) if self.n_docs else 1.0
        tf = np.array(tfs, dtype=np.float64)
        norm = k1 * (1.0 - b + b * lengths[np.array(rows, dtype=np.int64)] / max(avgdl, 1e-9)) if tfs else tf
        weights = self.idf[np.array(cols, dtype=np.int64)] * tf * (k1 + 1.0) / (tf + norm) if tfs else tf
        matrix = sparse.csc_matrix((weights, (rows, cols)), shape=(self.n_docs, len(vocab)))
        # Per token: the documents holding it and their weights (slices of the CSC arrays, no copies). Adding
        # them up directly costs a fraction of scipy's column slicing for the handful of tokens in a question.
        ptr = matrix.indptr
        self.postings = [(matrix.indices[ptr[j]:ptr[j + 1]], matrix.data[ptr[j]:ptr[j + 1]])
                         for j in range(len(vocab))]

    def scores(self, query: list[str]) -> tuple[np.ndarray, float]:
        """Raw BM25 score of every document, and the normaliser of this query.

        The normaliser is the score a document of average length would get for holding each query token once
        (sum of the tokens' idf, unseen tokens at the maximum idf), so raw / normaliser reads as "share of the
        query's information the document covers".
        """
        counts = Counter(query)
        known = [(self.vocab[t], c) for t, c in counts.items() if t in self.vocab]
        denom = sum(self.idf[self.vocab[t]] * c if t in self.vocab else self.max_idf * c for t, c in counts.items())
        if not known or not self.n_docs:
            return np.zeros(self.n_docs, dtype=np.float64), max(denom, 1e-9)
        raw = np.zeros(self.n_docs, dtype=np.float64)
        for j, c in known:
            docs, weights = self.postings[j]
            raw[docs] += c * weights  # a token occurs once per column, so no index repeats
        return raw, max(denom, 1e-9)

    def normalized(self, query: list[str]) -> np.ndarray:
        """Scores divided by the query's normaliser, clipped to [0, 1]."""
        raw, denom = self.scores(query)
        return np.clip(raw / denom, 0.0, 1.0)
