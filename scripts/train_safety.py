"""Build the safety stage's back-up classifier (TF-IDF character n-grams + logistic regression, numpy export).

Usage:
  .venv/bin/python scripts/train_safety.py [--out DIR] [--data FILE.tsv ...]      build the artifact
  .venv/bin/python scripts/train_safety.py --author-cv [--show]                    cross-validate by author only
  .venv/bin/python scripts/train_safety.py --eval FILE.tsv ...                      build, then rules vs rules + model

Training data: bot/safety_corpus.tsv and tests/data/safety_cases.tsv (+ RULE_CASES in tests/test_safety.py), two
sets written by different authors (header `text<TAB>flag`), plus generated calm rows in suicidal sentence frames.
The thresholds are chosen on author-held-out probabilities (train on one set, predict the other, and the reverse), so
they reflect phrasings the model has not seen; the final model is then trained on everything. Deterministic: the same
inputs give the same artifact, byte for byte. Takes a few seconds. See docs/safety.md, "Back-up classifier".
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import importlib.util
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # small build on a shared host

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # bot/safety.py reads messages through classifier.mandarin
CORPUS = ROOT / "bot" / "safety_corpus.tsv"
CASES = ROOT / "tests" / "data" / "safety_cases.tsv"
# The per-rule examples in the rule tests come from the same author as the case set and are trained on with it.
RULE_TESTS = ROOT / "tests" / "test_safety.py"
FLAGS = ("emergency", "self_harm")
C = 8.0  # inverse regularisation, chosen by the author cross-validation (2-16 within noise)
MIN_DF = 2  # a gram seen in one message only is that writer's noise
# False alarms the model may add on top of the rules, as a share of calm messages in the author-held-out set: the
# whole stage must stay within 3 % on look-alikes, and the rules already spend part of that.
MODEL_FA_BUDGET = 0.015
THRESHOLD_GRID = tuple(round(0.05 + 0.01 * i, 2) for i in range(91))  # 0.05 .. 0.95


def load_safety():
    """Import bot/safety.py by path (and with it bot/safety_model.py) without starting the Flask app."""
    spec = importlib.util.spec_from_file_location("bot_safety_train", ROOT / "bot" / "safety.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_rows(path: Path) -> list[tuple[str, str]]:
    """(text, flag) rows of a `text<TAB>flag` file."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["text"], r["flag"].strip()) for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r.get("text")]
    bad = [r for r in rows if r[1] not in ("none",) + FLAGS]
    if bad:
        raise SystemExit(f"error: {path}: unknown flag in {bad[:3]}")
    return rows


# Counterfactual look-alikes: the sentence frames suicidal messages use ("我每天都在想…", "我已经准备好了，…",
# "我不想再…了") filled with everyday plans. Without them the model learns the frame instead of what follows it and
# flags "我每天都在想怎样才能瘦得快一点". Trained on in every fold; never measured (they are not real messages).
_FRAMES = ("我想{}", "我真的很想{}", "我每天都在想怎样才能{}", "我已经准备好了，明天就{}", "我已经决定了，这个月就{}",
           "我想好了，过完年就{}", "{p}说她想{}", "{p}一直说要{}", "今晚就要{}了，有点紧张", "我想用最简单的方法{}")
_PLANS = ("去旅游", "学游泳", "换个工作", "瘦十斤", "睡个懒觉", "去吃火锅", "去看海", "去爬山", "把烟戒了", "考驾照", "去体检",
          "做个胃镜", "去看牙", "养只猫", "搬家", "回老家过年", "去看演唱会", "学做饭", "把房子装修一下", "换个发型", "去健身房",
          "去相亲", "带孩子去迪士尼", "出去散散心", "把血压降下来", "把血糖控制好", "要个二胎", "学弹钢琴", "去云南住一个月",
          "报个瑜伽班", "考研", "开个小店", "去海南过冬", "给爸妈买个按摩椅", "戒掉奶茶", "把牙齿矫正了", "早睡早起",
          "找个中医调理一下", "去看看心理咨询师", "把胃养好", "治好失眠", "解决掉脱发", "把体重减下来", "把酒戒了")
_STOPS = ("熬夜", "吃外卖", "加班", "喝酒", "胖下去", "跟老公吵架", "拖延", "刷手机到半夜", "抽烟", "为小事生气",
          "让爸妈操心", "乱花钱", "随便停药", "喝冰水")
_STOP_FRAMES = ("我不想再{}了", "再也不想{}了，太伤身体", "以后不会再{}了", "{p}说再也不{}了")
_PEOPLE = ("我妈", "我老公", "我女儿", "我朋友", "我姐", "我爸", "我老婆", "我儿子")
_OTHER = ("我把旧衣服都送人了，以后用不上了", "我把过期的药都清理掉了", "我女儿把自己锁在书房里练琴",
          "我老公说要走了，去外地打工", "这是最后一次化疗了", "我想把自己收拾干净去面试", "我已经跟同事们道别了，下周去新公司",
          "我想彻底告别熬夜", "我要离开这里了，调去总部上班", "以后再也见不到这些老同事了，有点舍不得")


def frame_negatives() -> list[tuple[str, str]]:
    """Calm rows in suicidal sentence frames, generated deterministically (each plan in three frames)."""
    rows = []
    for i, plan in enumerate(_PLANS):
        for k in range(3):
            frame = _FRAMES[(i + k * 4) % len(_FRAMES)]
            rows.append(frame.format(plan, p=_PEOPLE[(i + k) % len(_PEOPLE)]))
    for i, stop in enumerate(_STOPS):
        for k in range(2):
            rows.append(_STOP_FRAMES[(i + k) % len(_STOP_FRAMES)].format(stop, p=_PEOPLE[i % len(_PEOPLE)]))
    return [(text, "none") for text in dict.fromkeys(rows + list(_OTHER))]


def read_rule_cases(path: Path, safety) -> list[tuple[str, str]]:
    """(text, flag) rows from RULE_CASES in the rule tests: a red-flag rule's positives carry its flag, others none."""
    if not path.is_file():
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    node = next((n for n in tree.body if isinstance(n, ast.AnnAssign | ast.Assign)
                 and "RULE_CASES" in ast.unparse(n.target if isinstance(n, ast.AnnAssign) else n.targets[0])), None)
    if node is None:
        return []
    flag_of = {rule.id: rule.flag for rule in safety._ALL_RULES}
    rows = []
    for rule_id, (positives, look_alikes) in ast.literal_eval(node.value).items():
        rows += [(t, flag_of.get(rule_id, "none")) for t in positives] + [(t, "none") for t in look_alikes]
    return rows


def dedupe(rows: list[tuple[str, str]], seen: set[str]) -> list[tuple[str, str]]:
    """Rows whose text was not seen before (the first label wins)."""
    out = []
    for text, flag in rows:
        if text not in seen:
            seen.add(text)
            out.append((text, flag))
    return out


@dataclass
class Split:
    """One author's rows with everything the evaluation needs, computed once."""

    name: str
    texts: list[str]
    flags: list[str]
    norms: list[str]  # what the model reads (normalised, intensifiers defused)
    rules: list[str]  # the rule lexicon's flag
    in_advance: list[bool]
    rejected: list[frozenset[str]]  # flags whose rules found their words but turned them down by context


def make_split(safety, name: str, rows: list[tuple[str, str]]) -> Split:
    """Normalise every text and run the rules on it once."""
    norms, rules, adv, rejected = [], [], [], []
    for text, _ in rows:
        result, norm, in_advance = safety._assess_rules(text)
        norms.append(safety._model_text(norm))
        rules.append(result.flag)
        adv.append(in_advance)
        rejected.append(frozenset(f for f in FLAGS if result.flag == "none" and safety._rejected_by_context(norm, f)))
    return Split(name, [t for t, _ in rows], [f for _, f in rows], norms, rules, adv, rejected)


def fit(safety_model, norms: list[str], flags: list[str], thresholds: dict[str, float]):
    """Train TF-IDF + logistic regression and export it; the export must reproduce scikit-learn's probabilities."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=safety_model.features, sublinear_tf=True, min_df=MIN_DF, dtype=np.float64)
    x = vec.fit_transform(norms)
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, tol=1e-8)
    clf.fit(x, flags)
    order = [list(clf.classes_).index(label) for label in safety_model.LABELS]
    model = safety_model.SafetyModel(
        labels=safety_model.LABELS,
        index={str(g): int(i) for g, i in vec.vocabulary_.items()},
        idf=vec.idf_.astype(np.float64),
        weights=np.ascontiguousarray(clf.coef_[order].T, dtype=np.float32),
        intercept=clf.intercept_[order].astype(np.float64),
        ngrams=safety_model.NGRAMS,
        thresholds=dict(thresholds),
    )
    probe = norms[:: max(1, len(norms) // 50)]
    want = clf.predict_proba(vec.transform(probe))[:, order]
    got = np.array([[model.proba(t)[label] for label in safety_model.LABELS] for t in probe])
    if not np.allclose(want, got, atol=1e-4):
        raise SystemExit(f"error: numpy export differs from scikit-learn (max {abs(want - got).max():.2e})")
    return model


def _served_model_flag(safety, text: str) -> str | None:
    """The flag the serving code raises through the model (None when the rules decide or nothing fires)."""
    result = safety.assess(text)
    return result.flag if result.rule in ("model_emergency", "model_self_harm") else None


def model_texts(safety, rows: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """What the model reads for each row, and the labels."""
    return [safety._model_text(safety.normalize(t)) for t, _ in rows], [f for _, f in rows]


def held_out_proba(safety, safety_model, splits: list[Split],
                   extra: tuple[list[str], list[str]]) -> dict[str, list[dict[str, float]]]:
    """Per split, the probabilities of a model trained on the other split(s) (plus the generated rows) only."""
    out = {}
    for held in splits:
        train = [s for s in splits if s is not held]
        model = fit(safety_model, sum((s.norms for s in train), extra[0]), sum((s.flags for s in train), extra[1]),
                    {"emergency": 0.5, "self_harm": 0.5})
        out[held.name] = [model.proba(n) for n in held.norms]
    return out


def choose_thresholds(safety, splits: list[Split], probas: dict[str, list[dict[str, float]]]) -> dict[str, float]:
    """Most red flags caught among the rules' misses, with the model's extra false alarms within the budget."""
    import numpy as np

    rows, is_flag = [], []  # rules-"none" messages: (p_emergency, p_self_harm, emergency allowed, self-harm allowed)
    n_calm = 0
    for s in splits:
        for p, flag, rule, adv, rej in zip(probas[s.name], s.flags, s.rules, s.in_advance, s.rejected):
            n_calm += flag == "none"
            if rule == "none":
                allowed = (not adv and "emergency" not in rej, "self_harm" not in rej)
                rows.append((p["emergency"], p["self_harm"], *allowed))
                is_flag.append(flag != "none")
    a = np.array(rows, dtype=np.float64).reshape(-1, 4)
    flagged = np.array(is_flag, dtype=bool)
    budget = int(MODEL_FA_BUDGET * n_calm)
    best = None
    for t_e in THRESHOLD_GRID:
        for t_s in THRESHOLD_GRID:
            # Same decision as SafetyModel.red_flag + safety._model_flag: the flag with the larger p / threshold.
            pick_sh = a[:, 1] / t_s >= a[:, 0] / t_e
            fires = np.where(pick_sh, (a[:, 1] >= t_s) & (a[:, 3] > 0), (a[:, 0] >= t_e) & (a[:, 2] > 0))
            fa = int((fires & ~flagged).sum())
            if fa > budget:
                continue
            key = (int((fires & flagged).sum()), -fa, t_e + t_s)  # ties: fewer false alarms, then higher thresholds
            if best is None or key > best[0]:
                best = (key, {"emergency": t_e, "self_harm": t_s})
    if best is None:
        raise SystemExit("error: no threshold pair keeps the model within the false-alarm budget")
    return best[1]


def _fires(p: dict[str, float], in_advance: bool, rejected: frozenset[str], t: dict[str, float]) -> bool:
    """Same decision as safety._model_flag, from stored probabilities and gates."""
    best = max(FLAGS, key=lambda f: p[f] / t[f])
    if p[best] < t[best]:
        return False
    return not (best == "emergency" and in_advance) and best not in rejected


def report(split: Split, decide, show: bool = False, model_row: str = "model alone") -> dict[str, object]:
    """Recall per flag and false alarms of rules only, the model (`model_row` says how) and rules + model."""
    figures: dict[str, object] = {}
    for mode in ("rules", "model", "rules+model"):
        caught = {f: 0 for f in FLAGS}
        total = {f: split.flags.count(f) for f in FLAGS}
        calm = split.flags.count("none")
        alarms = 0
        lines = []
        for i, flag in enumerate(split.flags):
            m = decide(i) if mode != "rules" else None
            fired = {"rules": split.rules[i] != "none", "model": m is not None,
                     "rules+model": split.rules[i] != "none" or m is not None}[mode]
            if flag in FLAGS:
                caught[flag] += fired
                if not fired and mode == "rules+model":
                    lines.append(f"  MISS [{flag}] {split.texts[i]}")
            elif fired:
                alarms += 1
                if mode == "rules+model" and split.rules[i] == "none":
                    lines.append(f"  MODEL FALSE ALARM [{m}] {split.texts[i]}")
        key = mode if mode != "model" else model_row.replace(" ", "_")
        figures[key] = {"recall": {f: [caught[f], total[f]] for f in FLAGS}, "false_alarms": [alarms, calm]}
        rec = "  ".join(f"{f} {caught[f]}/{total[f]} = {caught[f] / max(1, total[f]):.3f}" for f in FLAGS)
        label = model_row if mode == "model" else mode
        print(f"  {label:12} recall {rec}  false alarms {alarms}/{calm} = {alarms / max(1, calm):.3f}")
        if show and lines:
            print("\n".join(lines))
    return figures


def author_cv(safety, safety_model, splits: list[Split], extra: tuple[list[str], list[str]],
              show: bool) -> tuple[dict[str, float], dict[str, object]]:
    """Train on one author's file, evaluate rules + model on the other, both ways; choose the thresholds."""
    probas = held_out_proba(safety, safety_model, splits, extra)
    thresholds = choose_thresholds(safety, splits, probas)
    print(f"thresholds (author-held-out, model false-alarm budget {MODEL_FA_BUDGET:.1%}): {thresholds}")
    figures = {}
    for s in splits:
        others = ", ".join(o.name for o in splits if o is not s)
        print(f"train on {others} -> evaluate on {s.name}:")
        p = probas[s.name]
        figures[s.name] = report(s, lambda i: _flag_from(p[i], s.in_advance[i], s.rejected[i], thresholds), show)
    return thresholds, figures


def _flag_from(p: dict[str, float], in_advance: bool, rejected: frozenset[str], t: dict[str, float]) -> str | None:
    """The flag `_fires` would raise."""
    if not _fires(p, in_advance, rejected, t):
        return None
    return max(FLAGS, key=lambda f: p[f] / t[f])


def main(argv: list[str] | None = None) -> int:
    """Cross-validate by author, choose thresholds, train on everything, save."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=None, help="artifact directory (default: $SAFETY_MODEL_PATH or instance/safety)")
    ap.add_argument("--data", nargs="*", type=Path, default=[CORPUS, CASES],
                    help="training files, one per author (default: bot/safety_corpus.tsv tests/data/safety_cases.tsv; "
                         "RULE_CASES from tests/test_safety.py join the case set's author)")
    ap.add_argument("--author-cv", action="store_true", help="only cross-validate by author and print figures")
    ap.add_argument("--show", action="store_true", help="print the held-out misses and model false alarms")
    ap.add_argument("--eval", nargs="*", type=Path, default=[], metavar="FILE",
                    help="after building, print rules vs rules + model on these files (never trained on)")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    safety = load_safety()
    safety_model = safety._backup
    seen: set[str] = set()
    splits = []
    for p in args.data:
        rows = read_rows(p) + (read_rule_cases(RULE_TESTS, safety) if p.resolve() == CASES.resolve() else [])
        splits.append(make_split(safety, p.name, dedupe(rows, seen)))
    extra = model_texts(safety, frame_negatives())
    if len(splits) >= 2:
        thresholds, figures = author_cv(safety, safety_model, splits, extra, args.show)
    else:
        thresholds, figures = {"emergency": 0.5, "self_harm": 0.5}, {}
        print("one training file only: no author cross-validation, thresholds 0.5", file=sys.stderr)
    if args.author_cv:
        print(f"done in {time.perf_counter() - started:.1f} s")
        return 0
    norms = sum((s.norms for s in splits), extra[0])
    flags = sum((s.flags for s in splits), extra[1])
    model = fit(safety_model, norms, flags, thresholds)
    out = Path(args.out) if args.out else safety_model.DEFAULT_PATH
    rows_text = "\n".join(f"{t}\t{f}" for s in splits for t, f in zip(s.texts, s.flags))
    digest = hashlib.sha256(rows_text.encode()).hexdigest()[:16]
    meta = {"data": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in args.data],
            "rule_tests": str(RULE_TESTS.relative_to(ROOT)), "generated_calm_rows": len(extra[0]),
            "data_sha256_16": digest, "rows": {f: flags.count(f) for f in ("none",) + FLAGS},
            "features": len(model.index), "ngrams": list(safety_model.NGRAMS), "C": C, "min_df": MIN_DF,
            "thresholds": thresholds, "model_fa_budget": MODEL_FA_BUDGET, "author_cv": figures}
    path = model.save(out, meta)
    elapsed = time.perf_counter() - started
    print(f"saved {path} ({len(model.index)} features, thresholds {thresholds}) in {elapsed:.1f} s")
    if args.eval:
        safety_model.use(model)
        for p in args.eval:
            print(f"evaluate {p}:")
            s = make_split(safety, p.name, read_rows(p))
            report(s, lambda i: _served_model_flag(safety, s.texts[i]), args.show, model_row="model adds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
