"""Evaluate knowledge-base answering on a `text<TAB>topic` file (topic NONE = must not answer).

    python scripts/eval_kb.py /work/shared/data/kb_dev.tsv                # index built from the seed YAML
    python scripts/eval_kb.py /work/shared/data/kb_dev.tsv --app          # the app's built index (flask kb reindex)

Prints aggregates only (never the evaluated texts). hit@1 = the best candidate's topic is the gold topic,
over in-scope rows, whether or not it is confident enough to answer. `none_answered` counts every NONE row the KB
alone would answer; `none_answered_reaching_kb` leaves out the NONE rows the pipeline keeps from
the KB (red flags, requests for a person, dose/prescription/stop-medicine/diagnosis guardrails, small talk,
account matters). With --app it also runs the whole dialogue
pipeline (safety, guardrails, then the KB) and counts its `answer` decisions the same way ("pipeline").
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def read_rows(paths: list[str]) -> list[tuple[str, str]]:
    """(text, topic) rows of the files, headers skipped."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(rec) >= 2 and rec[0].strip() and (rec[0], rec[1]) != ("text", "topic"):
                    rows.append((rec[0].strip(), rec[1].strip()))
    return rows


def index_from_seed(model_path: str, validation_dir: str) -> tuple[object, object]:
    """An in-memory index of every seed entry (ids in file order), thresholds calibrated on validation."""
    from knowledge_base import embedder, runtime
    from knowledge_base.calibrate import calibrate
    from knowledge_base.index import EntryDoc
    from knowledge_base.seed import read_seed_files

    model = embedder.load(model_path)
    docs = [EntryDoc(id=i, topic=e["topic"], department=e["department"], question=e["question"],
                     answer=e["answer"], similar=tuple(e.get("similar") or ()))
            for i, e in enumerate(read_seed_files(), 1)]
    index = runtime.build_index(model, docs)
    return index.with_thresholds(calibrate(index, model, validation_dir)), model


def index_from_app() -> tuple[object, object]:
    """The app's built index and model."""
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    from bot import create_app
    from knowledge_base import runtime

    create_app({"RUN_OUTBOX_IN_PROCESS": False, "AUTO_MIGRATE": False})
    state = runtime.current()
    return state.index, state.model


def pipeline_figures(rows: list[tuple[str, str]]) -> dict[str, float]:
    """Answer rates of the full pipeline (`python -m bot.cli ask` decisions) on the rows."""
    from bot.pipeline import decide

    in_scope = [(t, g) for t, g in rows if g != "NONE"]
    none = [t for t, g in rows if g == "NONE"]
    correct = wrong = 0
    for text, gold in in_scope:
        d = decide(text)
        if d.reason == "kb_answer":
            correct += d.kb_topic == gold
            wrong += d.kb_topic != gold
    none_answered = sum(decide(text).reason == "kb_answer" for text in none)
    n_in, n_none = max(len(in_scope), 1), max(len(none), 1)
    return {"answered_correct": round(correct / n_in, 4), "wrong_topic_answered": round(wrong / n_in, 4),
            "none_answered": round(none_answered / n_none, 4)}


def main(argv: list[str] | None = None) -> int:
    """Score the rows and print the figures as JSON."""
    import numpy as np

    from knowledge_base.calibrate import answered, evaluate, features, kept_from_kb, score_rows
    from knowledge_base.runtime import DEFAULT_VALIDATION_DIR

    ap = argparse.ArgumentParser(description="Evaluate KB answering")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--app", action="store_true", help="use the app's built index instead of the seed files")
    ap.add_argument("--model", default=os.environ.get("EMBEDDING_MODEL", str(ROOT / "instance" / "embedder")))
    ap.add_argument("--validation-dir", default=str(DEFAULT_VALIDATION_DIR))
    args = ap.parse_args(argv)

    index, model = index_from_app() if args.app else index_from_seed(args.model, args.validation_dir)
    th = index.thresholds
    rows = read_rows(args.files)
    gold = [topic for _, topic in rows]
    scored = score_rows(index, model, [text for text, _ in rows])
    f = features(index, scored, th.weight)
    figures = evaluate(gold, f, th)
    n_answered = int(answered(f, th).sum())
    wrong = figures["wrong_topic_answered"] * figures["in_scope"] + figures["none_answered"] * figures["none_rows"]
    figures["wrong_or_none_share_of_answers"] = round(wrong / n_answered, 4) if n_answered else 0.0
    kept = kept_from_kb([text for text, _ in rows]) & (np.array(gold) == "NONE")
    figures["none_answered_reaching_kb"] = evaluate(gold, f, th, kept)["none_answered"]
    figures["entries"] = sum(not index.is_decline(e) for e in index.entries)
    figures["decline_anchors"] = len(index.entries) - figures["entries"]
    figures["thresholds"] = {"weight": th.weight, "min_score": th.min_score, "min_margin": th.min_margin,
                             "min_decline_gap": th.min_decline_gap, "min_known_share": th.min_known_share,
                             "min_lone_score": th.min_lone_score}
    if th.report.get("cross_validated"):
        figures["validation_cross_validated"] = th.report["cross_validated"]
    if args.app:
        figures["pipeline"] = pipeline_figures(rows)
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
