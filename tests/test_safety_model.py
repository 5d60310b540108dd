"""Tests for the safety stage's back-up classifier: rules first, the model only adds red flags, never clears one."""
from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot import safety, safety_model
from bot.safety import assess, emergency_reply
from scripts import train_safety

ROOT = Path(__file__).resolve().parent.parent
# Indirect phrasings the rule lexicon does not know (checked below) and that are not in the training files.
INDIRECT_SELF_HARM = ["我觉得自己撑到头了，想去另一个地方找我妈，她在那边等我",
                      "我爸最近把存折都交给我了，还说以后你妈就拜托你了"]
UNNAMED_EMERGENCY = "我爸捂着肚子说疼，脸白得像纸，冒虚汗"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The artifact built by scripts/train_safety.py into a temporary directory (a few seconds)."""
    out = tmp_path_factory.mktemp("safety_model")
    assert train_safety.main(["--out", str(out)]) == 0
    return out


@pytest.fixture(autouse=True)
def _restore_default_model():
    """Every test starts from and returns to the default artifact path (loaded lazily)."""
    yield
    safety_model.configure(safety_model.DEFAULT_PATH)


class _AlwaysFires:
    """A stand-in model that raises the same flag on every message."""

    def __init__(self, flag: str) -> None:
        self.flag = flag

    def red_flag(self, norm_text: str) -> tuple[str, float]:
        return self.flag, 1.0


def test_artifact_missing_means_rules_only(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    safety_model.configure(tmp_path / "never-built")
    with caplog.at_level(logging.WARNING, logger=safety_model.__name__):
        for text in INDIRECT_SELF_HARM + [UNNAMED_EMERGENCY]:
            assert assess(text).flag == "none"  # the rules alone miss these
        assert (assess("我不想活了").flag, assess("我不想活了").rule) == ("self_harm", "suicide_explicit")
        assert assess("我爸胸口疼，一直出冷汗").rule == "chest_pain_sweat"
    warnings = [r for r in caplog.records if "not built" in r.getMessage()]
    assert len(warnings) == 1  # once per process, not once per message


def test_broken_artifact_means_rules_only(tmp_path: Path) -> None:
    (tmp_path / safety_model.MODEL_FILE).write_bytes(b"not a zip file")
    safety_model.configure(tmp_path)
    assert safety_model.get() is None
    assert assess(INDIRECT_SELF_HARM[0]).flag == "none"


@pytest.mark.parametrize("text", INDIRECT_SELF_HARM)
def test_model_raises_self_harm_the_rules_miss(built: Path, text: str) -> None:
    rules, _, _ = safety._assess_rules(text)
    assert rules.flag == "none"
    safety_model.configure(built)
    result = assess(text)
    assert (result.flag, result.rule, result.first_aid) == ("self_harm", "model_self_harm", None)


def test_model_raises_emergency_with_generic_first_aid(built: Path) -> None:
    assert safety._assess_rules(UNNAMED_EMERGENCY)[0].flag == "none"
    safety_model.configure(built)
    result = assess(UNNAMED_EMERGENCY)
    assert (result.flag, result.rule) == ("emergency", "model_emergency")
    assert result.first_aid == "请立即拨打120或尽快去最近的医院急诊，在等待时让患者保持安静、不要独处。"
    assert "120" in emergency_reply(result)


@pytest.mark.parametrize("model_flag", [None, "emergency", "self_harm"])
@pytest.mark.parametrize("text,flag,rule", [
    ("我爸胸口疼，一直出冷汗", "emergency", "chest_pain_sweat"), ("孩子突然抽搐了", "emergency", "seizure"),
    ("我不想活了", "self_harm", "suicide_explicit"), ("已经写好遗书", "self_harm", "suicide_plan"),
])
def test_model_never_clears_or_changes_a_rule_flag(text: str, flag: str, rule: str, model_flag: str | None) -> None:
    safety_model.use(_AlwaysFires(model_flag))  # type: ignore[arg-type]
    result = assess(text)
    assert (result.flag, result.rule) == (flag, rule)


def test_model_keeps_every_case_set_flag(built: Path) -> None:
    safety_model.configure(built)
    rows = train_safety.read_rows(train_safety.CASES)
    missed = [text for text, flag in rows if flag != "none" and assess(text).flag == "none"]
    assert missed == []


@pytest.mark.parametrize("text,blocked", [
    ("我不想死，我只是害怕明天的手术", "self_harm"),  # negated: the rules found 想死 and turned it down
    ("新闻里说有个明星自杀了", "self_harm"),  # media
    ("以前有过想死的念头，现在好了，想问问怎么保持", "self_harm"),  # recovered
    ("有人晕倒了应该怎么急救", "emergency"),  # a first-aid question asked in advance
    ("心肺复苏怎么做", "emergency"),  # education
    ("我爸以前中风过，现在复查", "emergency"),  # history
])
def test_model_cannot_undo_the_rules_context(text: str, blocked: str) -> None:
    safety_model.use(_AlwaysFires(blocked))  # type: ignore[arg-type]
    assert assess(text).flag == "none"


@pytest.mark.parametrize("text", ["累死了", "气死我了", "想死你了", "笑得想死", "热死人了", "吓死我了，还好没事",
                                  "被这个方案搞死了", "死也不去相亲"])
def test_intensifiers_are_defused_before_the_model(text: str) -> None:
    model_text = safety._model_text(safety.normalize(text))
    assert "死" not in model_text


def test_suffering_is_not_defused() -> None:
    assert "想死" in safety._model_text(safety.normalize("累得想死"))
    assert "死了算了" in safety._model_text(safety.normalize("烦死了，死了算了"))


def test_look_alikes_stay_calm_with_the_built_model(built: Path) -> None:
    safety_model.configure(built)
    for text in ["累死了", "想死你了", "笑死我了", "心肺复苏怎么做", "去年中风过现在复查", "我想去旅游，有什么推荐",
                 "胸痛挂什么科", "体检需要空腹吗", "我已经准备好了，明天去体检",
                 # Ending a chat or the membership is not a farewell in crisis (the model used to flag these).
                 "结束", "再见", "好的，再见", "不用了", "我想退卡", "我想注销", "算了吧"]:
        assert assess(text).flag == "none", text


def test_small_talk_is_judged_by_the_rules_alone(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    safety_model.configure(built)
    monkeypatch.setattr(safety_model.SafetyModel, "red_flag", lambda self, text: ("self_harm", 0.99))
    assert assess("再见").flag == "none" and assess("结束").flag == "none"
    assert assess("世界再见").flag == "self_harm" and assess("我想结束").flag == "self_harm"
    assert assess("我想静静").flag == "self_harm"  # anything more than small talk still reaches the model


def test_build_is_deterministic(built: Path, tmp_path: Path) -> None:
    assert train_safety.main(["--out", str(tmp_path)]) == 0
    for name in (safety_model.MODEL_FILE, "meta.json"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_artifact_has_thresholds_and_meta(built: Path) -> None:
    model = safety_model.read(built)
    assert set(model.labels) == {"none", "emergency", "self_harm"}
    assert all(0.05 <= model.thresholds[f] <= 0.95 for f in ("emergency", "self_harm"))
    probs = model.proba(safety.normalize("体检需要空腹吗"))
    assert abs(sum(probs.values()) - 1.0) < 1e-9 and probs["none"] > 0.5


def test_loads_once_across_threads(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_read = safety_model.read
    monkeypatch.setattr(safety_model, "read", lambda path: calls.append(path) or real_read(path))
    safety_model.configure(built)
    results: list[str] = []
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        results.append(assess(INDIRECT_SELF_HARM[0]).flag)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [built] and results == ["self_harm"] * 8


def test_serving_never_imports_sklearn(built: Path) -> None:
    code = (
        "import sys, importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('s', {str(ROOT / 'bot' / 'safety.py')!r})\n"
        "m = importlib.util.module_from_spec(spec); sys.modules['s'] = m; spec.loader.exec_module(m)\n"
        f"m._backup.configure({str(built)!r})\n"
        f"assert m.assess({INDIRECT_SELF_HARM[0]!r}).rule == 'model_self_harm'\n"
        "assert 'sklearn' not in sys.modules and 'jieba' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


# Fresh batches, each measured once before its fixes (docs/safety.md, "Round 3" to "Round 7"): regression sets now.
FRESH_BATCHES = [("safety_fresh_r2.tsv", 500), ("safety_fresh_r4.tsv", 400), ("safety_fresh_r5.tsv", 300), ("safety_fresh_r6.tsv", 230),
                 ("safety_fresh_r7.tsv", 260), ("safety_fresh_r8.tsv", 220)]


@pytest.mark.parametrize("name, min_rows", FRESH_BATCHES)
def test_fresh_batch(built: Path, name: str, min_rows: int) -> None:
    """Every red flag of a fresh batch caught, false alarms <= 3 %; the batch is never trained on."""
    safety_model.configure(built)
    rows = train_safety.read_rows(ROOT / "tests" / "data" / name)
    training = {text for path in (train_safety.CORPUS, train_safety.CASES) for text, _ in train_safety.read_rows(path)}
    assert not training & {text for text, _ in rows}, "the fresh batch must never be trained on"
    assert len(rows) >= min_rows
    missed = [text for text, flag in rows if flag != "none" and assess(text).flag == "none"]
    calm = [text for text, flag in rows if flag == "none"]
    alarms = [text for text in calm if assess(text).flag != "none"]
    assert missed == []
    assert len(alarms) / len(calm) <= 0.03, alarms
