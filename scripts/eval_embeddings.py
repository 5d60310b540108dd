"""ROC-AUC of the embedding model on question pairs (same meaning or not), next to BM25 alone.

    python scripts/eval_embeddings.py /work/shared/data/medical_question_pairs.csv --model instance/embedder

The CSV has columns q1, q2, label (1 = same meaning), source. Embedding score: cosine of the two questions.
BM25 score: the symmetric normalised BM25 of each question against the other over jieba tokens, with idf from the
file's own questions (no labels used). Fused: the two combined with the KB's weight. Prints aggregates only.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def read_pairs(path: str) -> list[tuple[str, str, int, str]]:
    """(q1, q2, label, source) rows."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(r["q1"], r["q2"], int(r["label"]), r.get("source", "")) for r in csv.DictReader(fh)]


def bm25_scores(pairs: list[tuple[str, str, int, str]]) -> np.ndarray:
    """Symmetric normalised BM25 per pair, over the file's questions as the document collection."""
    from knowledge_base import text as textmod
    from knowledge_base.bm25 import BM25

    texts = sorted({t for q1, q2, _, _ in pairs for t in (q1, q2)})
    row = {t: i for i, t in enumerate(texts)}
    tokens = {t: textmod.tokens(t) for t in texts}
    bm25 = BM25([tokens[t] for t in texts])
    cache: dict[str, tuple[np.ndarray, float]] = {}

    def one_way(query: str, doc: str) -> float:
        if query not in cache:
            cache[query] = bm25.scores(tokens[query])
        raw, denom = cache[query]
        return min(float(raw[row[doc]] / denom), 1.0)

    return np.array([(one_way(q1, q2) + one_way(q2, q1)) / 2 for q1, q2, _, _ in pairs])


def cosine_scores(pairs: list[tuple[str, str, int, str]], model_path: str) -> np.ndarray:
    """Cosine of the two questions' embeddings."""
    from knowledge_base import embedder

    model = embedder.load(model_path)
    a = embedder.encode(model, [p[0] for p in pairs])
    b = embedder.encode(model, [p[1] for p in pairs])
    return (a * b).sum(axis=1)


def main(argv: list[str] | None = None) -> int:
    """Print ROC-AUC overall and per source."""
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description="Embedding vs BM25 ROC-AUC on question pairs")
    ap.add_argument("pairs")
    ap.add_argument("--model", default=os.environ.get("EMBEDDING_MODEL", str(ROOT / "instance" / "embedder")))
    ap.add_argument("--weight", type=float, default=None, help="fusion weight (default: the built index's)")
    args = ap.parse_args(argv)
    weight = args.weight
    if weight is None:
        weight = 0.7
        meta_dir = Path(os.environ.get("KB_INDEX_PATH", str(ROOT / "instance" / "kb_index")))
        try:
            from knowledge_base.index import current_generation_name

            name = current_generation_name(meta_dir)
            if name:
                weight = json.loads((meta_dir / f"{name}.json").read_text(encoding="utf-8"))["thresholds"]["weight"]
        except Exception:
            pass

    pairs = read_pairs(args.pairs)
    labels = np.array([p[2] for p in pairs])
    scores = {"embedding": cosine_scores(pairs, args.model), "bm25": bm25_scores(pairs)}
    scores["fused"] = weight * scores["embedding"] + (1 - weight) * scores["bm25"]
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        by_source[p[3]].append(i)
    result = {"pairs": len(pairs), "positives": int(labels.sum()), "fusion_weight": weight, "roc_auc": {}}
    for name, s in scores.items():
        entry = {"all": round(float(roc_auc_score(labels, s)), 4)}
        for source, idx in sorted(by_source.items()):
            entry[source] = round(float(roc_auc_score(labels[idx], s[idx])), 4)
        result["roc_auc"][name] = entry
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
