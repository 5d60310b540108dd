"""Measure the department classifier on a labelled CSV/TSV file (columns: text, department).

Usage: .venv/bin/python scripts/eval_classifier.py FILE [FILE ...] [--model DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifier import DEFAULT_PATH  # noqa: E402
from classifier import corpus  # noqa: E402


def evaluate(rows: list[tuple[str, str]], model_dir: str, top_pairs: int = 10) -> dict:
    """All figures for labelled rows; predictions never leave this function except as aggregates."""
    import numpy as np

    from classifier import concern, model, runtime, scope

    served = runtime.load(model_dir)  # measure exactly what predict() serves, main concern and scope rule included
    meta_file = Path(model_dir) / model.META_FILE
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    texts = [t for t, _ in rows]
    y = [d for _, d in rows]
    probs = np.vstack([scope.apply(t, concern.read(served, t), served.labels) for t in texts])
    pred = [served.labels[i] for i in probs.argmax(axis=1)]
    result = model.metrics(y, probs, served.labels)
    unsure = model.uncertain(probs, served.thresholds)
    confident = ~unsure
    # What the pipeline actually does: uncertain questions go to the generalists.
    routed = ["内科" if u else p for u, p in zip(unsure, pred)]
    result.update({
        "uncertain_rate": float(unsure.mean()),
        "accuracy_when_confident": float(sum(p == t for p, t, c in zip(pred, y, confident) if c) / max(1, confident.sum())),
        "routed_accuracy": float(sum(r == t for r, t in zip(routed, y)) / len(y)),
        "thresholds": served.thresholds,
        "model_version": meta.get("version"),
        "per_department": model.per_department(y, pred, served.labels),
        "confused_pairs": model.confused_pairs(y, pred, top_pairs),
    })
    return result


_BENCH_CHILD = """
import json, sys, time
t0 = time.perf_counter()
import classifier
classifier.configure(sys.argv[1])
classifier.load()
load_s = time.perf_counter() - t0
from classifier import features
texts = json.loads(sys.stdin.read())
for t in texts[:100]:
    classifier.predict(t)  # warm-up
lat = []
for _ in range(int(sys.argv[2])):
    for t in texts:
        features._tokens.cache_clear()  # measure a text never seen before, not a cache hit
        features._char_grams.cache_clear()
        s = time.perf_counter()
        classifier.predict(t)
        lat.append(time.perf_counter() - s)
print(json.dumps({"load_s": load_s, "latencies_s": lat}))
"""


def bench(texts: list[str], model_dir: str, runs: int = 5, repeats: int = 3) -> dict:
    """Load time in fresh processes and single-text predict latency, on one core with one BLAS thread."""
    import subprocess

    import numpy as np

    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    root = str(Path(__file__).resolve().parent.parent)
    pin = ["taskset", "-c", "0"] if sys.platform.startswith("linux") and _has_taskset() else []
    loads: list[float] = []
    lat: list[float] = []
    for i in range(runs):
        out = subprocess.run(pin + [sys.executable, "-c", _BENCH_CHILD, model_dir, str(repeats if i == 0 else 0)],
                             input=json.dumps(texts), capture_output=True, text=True, env=env, cwd=root, check=True)
        res = json.loads(out.stdout)
        loads.append(res["load_s"])
        lat += res["latencies_s"]
    ms = np.array(lat) * 1000
    size = sum(f.stat().st_size for f in Path(model_dir).iterdir() if f.is_file())
    return {
        "load_s_median": float(np.median(loads)), "load_s_max": float(max(loads)), "load_runs": runs,
        "predict_ms_p50": float(np.percentile(ms, 50)), "predict_ms_p99": float(np.percentile(ms, 99)),
        "predict_ms_max": float(ms.max()), "predict_calls": int(len(ms)), "pinned_to_one_core": bool(pin),
        "artifact_mb": size / 1e6,
    }


def _has_taskset() -> bool:
    """Whether taskset is available to pin the benchmark to one core."""
    import shutil

    return shutil.which("taskset") is not None


def print_report(name: str, r: dict) -> None:
    """Human-readable report."""
    print(f"== {name}  ({r['n']} questions, model {r['model_version']})")
    print(f"accuracy           {r['accuracy']:.3f}")
    print(f"balanced accuracy  {r['balanced_accuracy']:.3f}")
    print(f"macro-F1           {r['macro_f1']:.3f}")
    print(f"top-3 accuracy     {r['top3_accuracy']:.3f}")
    t = r["thresholds"]
    print(f"uncertain          {r['uncertain_rate']:.1%} (confidence < {t['confidence']} or margin < {t['margin']}); "
          f"accuracy when confident {r['accuracy_when_confident']:.3f}; routed accuracy {r['routed_accuracy']:.3f}")
    print()
    print(f"{'department':<10}{'support':>8}{'precision':>10}{'recall':>8}{'F1':>7}")
    for d in r["per_department"]:
        name_col = d["department"] + "\u3000" * (6 - len(d["department"]))  # pad with full-width spaces
        print(f"{name_col:<8}{d['support']:>8}{d['precision']:>10.3f}{d['recall']:>8.3f}{d['f1']:>7.3f}")
    if "bench" in r:
        b = r["bench"]
        print(f"load {b['load_s_median']:.2f} s median / {b['load_s_max']:.2f} s max over {b['load_runs']} processes; "
              f"predict p50 {b['predict_ms_p50']:.2f} ms, p99 {b['predict_ms_p99']:.2f} ms "
              f"({b['predict_calls']} calls, one core: {b['pinned_to_one_core']}); artifact {b['artifact_mb']:.1f} MB")
    if r["confused_pairs"]:
        print()
        print("most confused (true -> predicted: count)")
        for c in r["confused_pairs"]:
            print(f"  {c['true']} -> {c['predicted']}: {c['count']}")
    print()


def main(argv: list[str] | None = None) -> int:
    """Evaluate each file given; exit code 2 when a file or the model cannot be used."""
    ap = argparse.ArgumentParser(description="Evaluate the department classifier.")
    ap.add_argument("files", nargs="+", help="CSV or TSV with 'text' and 'department' columns (or a directory of *.tsv)")
    ap.add_argument("--model", default=str(DEFAULT_PATH), help="artifact directory (default: instance/classifier)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--pairs", type=int, default=10, help="how many confused pairs to list")
    ap.add_argument("--bench", action="store_true",
                    help="also measure load time (fresh processes) and predict latency on the files' texts")
    args = ap.parse_args(argv)

    results = {}
    for f in args.files:
        try:
            rows, problems = corpus.read_dir(f) if Path(f).is_dir() else corpus.read_labelled(f)
        except corpus.CorpusError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if problems:
            print(f"{f}: skipped {len(problems)} rows (first: {problems[0]})", file=sys.stderr)
        if not rows:
            print(f"error: {f}: no usable rows", file=sys.stderr)
            return 2
        try:
            results[f] = evaluate(rows, args.model, args.pairs)
        except FileNotFoundError:
            print(f"error: no classifier at {args.model}; run scripts/train_classifier.py", file=sys.stderr)
            return 2
        results[f]["skipped_rows"] = len(problems)
        if args.bench:
            results[f]["bench"] = bench([t for t, _ in rows], args.model)
    if args.json:
        print(json.dumps(results if len(results) > 1 else next(iter(results.values())), ensure_ascii=False, indent=2))
    else:
        for f, r in results.items():
            print_report(f, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
