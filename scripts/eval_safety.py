"""Evaluate the safety stage on a TSV file (header `text<TAB>flag`, flag in none/emergency/self_harm).

Usage: python scripts/eval_safety.py FILE [--quiet]
Prints recall per flag, the false-alarm rate on calm messages, and every miss.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bot/safety.py reads messages through classifier.mandarin
FLAGS = ("emergency", "self_harm")


def _load_safety():
    """Import bot/safety.py by path so the evaluation does not pull in the Flask app from bot/__init__.py."""
    spec = importlib.util.spec_from_file_location("bot_safety_eval", ROOT / "bot" / "safety.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def read_cases(path: Path) -> list[tuple[str, str]]:
    """Rows of (text, expected flag)."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["text"], row["flag"].strip()) for row in reader if row.get("text")]


def evaluate(cases: list[tuple[str, str]]) -> dict:
    """Recall per flag, false-alarm rate and the misclassified cases."""
    safety = _load_safety()
    stats = {flag: [0, 0] for flag in FLAGS}  # flag -> [caught, total]
    calm = alarms = 0
    misses, false_alarms, wrong_kind = [], [], []
    for text, expected in cases:
        got = safety.assess(text)
        if expected in FLAGS:
            stats[expected][1] += 1
            if got.flag == "none":
                misses.append((expected, text))
            else:
                stats[expected][0] += 1  # flagged at all counts as caught: a person is alerted either way
                if got.flag != expected:
                    wrong_kind.append((expected, got.flag, got.rule, text))
        else:
            calm += 1
            if got.flag != "none":
                alarms += 1
                false_alarms.append((got.flag, got.rule, text))
    return {"stats": stats, "calm": calm, "alarms": alarms, "misses": misses,
            "false_alarms": false_alarms, "wrong_kind": wrong_kind}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--quiet", action="store_true", help="figures only, no message texts")
    args = parser.parse_args(argv)
    result = evaluate(read_cases(args.file))
    flagged_total = sum(total for _, total in result["stats"].values())
    flagged_caught = sum(caught for caught, _ in result["stats"].values())
    print(f"file: {args.file}")
    for flag, (caught, total) in result["stats"].items():
        rate = caught / total if total else float("nan")
        print(f"recall {flag:9}: {caught}/{total} = {rate:.3f}")
    if flagged_total:
        print(f"recall all      : {flagged_caught}/{flagged_total} = {flagged_caught / flagged_total:.3f}")
    fa_rate = result["alarms"] / result["calm"] if result["calm"] else 0.0
    print(f"false alarms    : {result['alarms']}/{result['calm']} = {fa_rate:.3f}")
    print(f"flagged as the other kind: {len(result['wrong_kind'])}")
    if not args.quiet:
        for expected, text in result["misses"]:
            print(f"MISS [{expected}] {text}")
        for flag, rule, text in result["false_alarms"]:
            print(f"FALSE ALARM [{flag}/{rule}] {text}")
        for expected, got, rule, text in result["wrong_kind"]:
            print(f"OTHER KIND [{expected} -> {got}/{rule}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
