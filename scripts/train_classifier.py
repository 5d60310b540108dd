"""Build the department classifier artifact from the project corpus plus operators' own labelled logs.

Usage: .venv/bin/python scripts/train_classifier.py [--out DIR] [--extra FILE.csv|.tsv ...] [--no-cv]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # the build is small; do not grab every core of a shared host
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm import tqdm  # noqa: E402

from classifier import DEFAULT_PATH  # noqa: E402
from classifier import corpus, drugs  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description="Train the department classifier.")
    ap.add_argument("--out", default=str(DEFAULT_PATH), help="artifact directory (default: instance/classifier)")
    ap.add_argument("--extra", nargs="*", default=[], metavar="FILE",
                    help="extra labelled CSV/TSV files with 'text' and 'department' columns")
    ap.add_argument("--corpus", default=str(corpus.TRAIN_DIR), help="training corpus directory (*.tsv)")
    ap.add_argument("--heldout", default=str(corpus.HELDOUT_DIR),
                    help="held-out directory (*.tsv): measured and used to choose the uncertainty thresholds")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds on the training rows")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation (faster)")
    ap.add_argument("--strict", action="store_true", help="fail instead of skipping bad rows in --extra files")
    ap.add_argument("--confidence", type=float, help="fix the uncertainty confidence threshold")
    ap.add_argument("--margin", type=float, help="fix the uncertainty top1-top2 margin")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Train, measure, choose thresholds, save; exit code 2 on unusable input."""
    args = parse_args(argv)
    started = time.perf_counter()
    folds = 0 if args.no_cv else args.folds
    bar = tqdm(total=5 + folds, desc="reading", unit="step", file=sys.stderr)

    rows, problems = corpus.read_dir(args.corpus)
    extra_rows: list[tuple[str, str]] = []
    extra_problems: list[corpus.Problem] = []
    try:
        for path in args.extra:
            r, p = corpus.read_labelled(path)
            extra_rows += r
            extra_problems += p
    except corpus.CorpusError as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for p in problems + extra_problems:
        tqdm.write(f"skipped {p}", file=sys.stderr)
    if extra_problems and args.strict:
        bar.close()
        print(f"error: {len(extra_problems)} bad rows in --extra files (see above); nothing was built", file=sys.stderr)
        return 2

    heldout: list[tuple[str, str]] = []
    if Path(args.heldout).is_dir():
        heldout, _ = corpus.read_dir(args.heldout)
    train, conflicts = corpus.dedupe(rows + extra_rows)
    for c in conflicts:
        tqdm.write(f"conflicting labels, kept the first: {c}", file=sys.stderr)
    held_texts = {t for t, _ in heldout}
    leaked = [r for r in train if r[0] in held_texts]
    if leaked:
        # Held-out questions must never be trained on; drop them from training rather than inflate the score.
        tqdm.write(f"dropped {len(leaked)} training rows that are also held-out questions", file=sys.stderr)
        train = [r for r in train if r[0] not in held_texts]
    if len({d for _, d in train}) < 2:
        bar.close()
        print("error: need labelled rows for at least two departments", file=sys.stderr)
        return 2
    bar.update()

    from classifier import features, model

    # A compact jieba dictionary, stored in runtime.npz: loading jieba's own ~350k words took 0.8 s of the
    # classifier's start-up. It must cut every training text exactly as the full dictionary does.
    bar.set_description("dictionary")
    full = features.full_tokenizer()
    freq, total = features.compact_dictionary([t for t, _ in train], full)
    features.use_dictionary(dict(freq), total)
    compact = features.get_tokenizer()
    differ = [t for t, _ in train if compact.lcut(features.normalize(t)) != full.lcut(features.normalize(t))]
    if differ:
        bar.close()
        print(f"error: the compact dictionary cuts {len(differ)} training texts differently, e.g. {differ[0]!r}; "
              "nothing was built", file=sys.stderr)
        return 3
    del full
    dictionary = {"entries": len(freq), "words": sum(1 for f in freq.values() if f), "total": total,
                  "min_freq": features.COMPACT_MIN_FREQ, "sha256": features.dictionary_id(freq, total)}
    bar.update()

    digest = corpus.data_hash(train)
    cv: dict[str, float] = {}
    if folds:
        bar.set_description("cross-validating")
        cv = model.cross_validate(train, folds=folds, progress=bar.update)

    bar.set_description("fitting")
    pipeline = model.fit(train)
    labels = [str(c) for c in pipeline.classes_]
    bar.update()

    bar.set_description("held-out")
    from classifier import runtime

    held_metrics: dict[str, float] = {}
    thresholds = dict(model.DEFAULT_THRESHOLDS)
    held = [(t, d) for t, d in heldout if d in labels]
    served = runtime.from_pipeline(pipeline, thresholds, (freq, total))
    # The served copy must compute what scikit-learn computes; check on real questions before saving.
    probe = [t for t, _ in held] or [t for t, _ in train[:200]]
    parity = float(abs(served.proba_many(probe) - pipeline.predict_proba(probe)).max())
    if parity > 1e-4:
        bar.close()
        print(f"error: exported model differs from the pipeline by {parity:.2e}; nothing was saved", file=sys.stderr)
        return 3
    if held:
        probs = served.proba_many([t for t, _ in held])
        y = [d for _, d in held]
        held_metrics = model.metrics(y, probs, labels)
        thresholds = model.choose_thresholds(y, probs, labels)
    if args.confidence is not None:
        thresholds["confidence"] = args.confidence
    if args.margin is not None:
        thresholds["margin"] = args.margin
    served.thresholds = thresholds
    if held:
        held_metrics["uncertain_rate"] = float(model.uncertain(probs, thresholds).mean())
    bar.update()

    bar.set_description("saving")
    counts = {d: sum(1 for _, x in train if x == d) for d in labels}
    meta = {
        "version": f"{model.FORMAT_VERSION}.{digest[:12]}",
        "format": model.FORMAT_VERSION,
        "data_hash": digest,
        "labels": labels,
        "training_size": len(train),
        "training_counts": counts,
        "extra_files": [str(p) for p in args.extra],
        "extra_rows": len(extra_rows),
        "skipped_rows": len(problems) + len(extra_problems),
        "params": {k: list(v) if isinstance(v, tuple) else v for k, v in model.PARAMS.items()},
        "seed": model.SEED,
        "runtime_max_abs_diff": parity,
        "jieba_dictionary": dictionary,
        "drug_table_sha256": drugs.table_id(),
        "metrics": {"cross_validation": cv, "folds": folds, "heldout": held_metrics},
        "thresholds": thresholds,
        "environment": model.environment(),
        "created_at": model.now_iso(),
    }
    model.save(model.Artifact(pipeline, labels, thresholds, meta), args.out, served)
    bar.update()
    bar.close()

    size_mb = sum(f.stat().st_size for f in Path(args.out).iterdir() if f.is_file()) / 1e6
    print(f"trained on {len(train)} rows, {len(labels)} departments, data hash {digest[:12]}")
    if cv:
        print(f"cross-validation ({folds} folds): accuracy {cv['accuracy']:.3f}, "
              f"balanced accuracy {cv['balanced_accuracy']:.3f}, macro-F1 {cv['macro_f1']:.3f}")
    if held_metrics:
        print(f"held-out ({held_metrics['n']} rows): accuracy {held_metrics['accuracy']:.3f}, "
              f"top-3 {held_metrics['top3_accuracy']:.3f}, uncertain {held_metrics['uncertain_rate']:.1%}")
    print(f"uncertain when confidence < {thresholds['confidence']} or top1-top2 < {thresholds['margin']}")
    print(f"wrote {args.out} ({size_mb:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
