"""Department classifier: API shape, determinism, short messages, extra-file validation, missing artifact."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import classifier
from classifier import corpus, model

ROOT = Path(__file__).resolve().parent.parent
TRAIN_SCRIPT = ROOT / "scripts" / "train_classifier.py"
EVAL_SCRIPT = ROOT / "scripts" / "eval_classifier.py"


def _train_rows() -> list[tuple[str, str]]:
    """The project corpus, deduplicated exactly as the training script does."""
    rows, _ = corpus.read_dir(corpus.TRAIN_DIR)
    return corpus.dedupe(rows)[0]


@pytest.fixture(scope="session")
def artifact_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained once per test session on the project corpus (no cross-validation: speed)."""
    out = tmp_path_factory.mktemp("clf")
    if not _train_rows():
        pytest.skip("no training corpus yet")
    res = subprocess.run([sys.executable, str(TRAIN_SCRIPT), "--out", str(out), "--no-cv"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    return out


@pytest.fixture()
def loaded(artifact_dir: Path):
    """The package pointed at the session artifact, restored afterwards."""
    previous = classifier._path
    classifier.configure(str(artifact_dir))
    classifier.load()
    yield artifact_dir
    classifier.configure(str(previous))


def test_departments_are_the_25_in_file_order() -> None:
    names = [n for _, n in corpus.read_departments()]
    assert classifier.DEPARTMENTS == names
    assert len(names) == 25 and names[0] == "内科"


def test_public_api() -> None:
    assert set(classifier.__all__) == {"Prediction", "configure", "predict", "load", "ClassifierError",
                                       "ModelNotAvailable", "DEPARTMENTS"}
    assert issubclass(classifier.ModelNotAvailable, classifier.ClassifierError)


def test_importing_the_package_does_not_import_sklearn() -> None:
    code = "import sys, classifier; print('sklearn' in sys.modules, 'jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_model_not_available_when_no_artifact(tmp_path: Path) -> None:
    previous = classifier._path
    try:
        classifier.configure(str(tmp_path / "nothing-here"))
        with pytest.raises(classifier.ModelNotAvailable):
            classifier.predict("牙疼")
        with pytest.raises(classifier.ModelNotAvailable):
            classifier.load()
    finally:
        classifier.configure(str(previous))


def test_prediction_shape(loaded: Path) -> None:
    pred = classifier.predict("最近胃胀反酸，吃完饭更难受")
    assert isinstance(pred, classifier.Prediction)
    assert pred.department in classifier.DEPARTMENTS
    assert len(pred.top3) == 3 and pred.top3[0] == (pred.department, pred.confidence)
    probs = [p for _, p in pred.top3]
    assert probs == sorted(probs, reverse=True)
    assert 0.0 <= sum(probs) <= 1.0 + 1e-6
    assert all(d in classifier.DEPARTMENTS for d, _ in pred.top3)
    assert isinstance(pred.uncertain, bool)


def test_empty_message_is_uncertain(loaded: Path) -> None:
    assert classifier.predict("").uncertain
    assert classifier.predict("   ").uncertain


@pytest.mark.parametrize("text, expected", [
    ("牙疼", {"口腔科"}),
    ("智齿发炎了", {"口腔科"}),
    ("近视加深了", {"眼科"}),
    ("宝宝发烧三十九度", {"儿科"}),
    ("乳房有硬块", {"乳腺外科"}),
    ("血糖有点高", {"内分泌科"}),
    ("老是失眠焦虑", {"精神心理科", "神经内科"}),
    ("胃疼反酸", {"消化内科"}),
])
def test_short_messages_route_sensibly(loaded: Path, text: str, expected: set[str]) -> None:
    pred = classifier.predict(text)
    assert pred.department in expected or any(d in expected for d, _ in pred.top3[:2]), pred


def test_same_data_same_hash_and_predictions(tmp_path: Path) -> None:
    rows = _train_rows()
    # A stratified slice keeps this fast while still covering every department.
    small = [r for i, r in enumerate(rows) if i % 4 == 0]
    assert corpus.data_hash(small) == corpus.data_hash(list(reversed(small)))
    texts = ["头疼好几天了", "宝宝拉肚子", "膝盖疼上下楼更明显"]
    a = model.fit(small).predict_proba(texts)
    b = model.fit(list(reversed(small))).predict_proba(texts)
    assert (a == b).all()


def test_meta_json_records_provenance(artifact_dir: Path) -> None:
    meta = json.loads((artifact_dir / "meta.json").read_text(encoding="utf-8"))
    for key in ("version", "data_hash", "labels", "training_size", "metrics", "thresholds", "created_at"):
        assert key in meta
    assert meta["data_hash"] == corpus.data_hash(_train_rows()) or meta["training_size"] < len(_train_rows())
    assert set(meta["labels"]) <= set(classifier.DEPARTMENTS)
    assert set(meta["thresholds"]) == {"confidence", "margin"}
    assert meta["runtime_max_abs_diff"] < 1e-4


def test_extra_file_with_unknown_department_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "logs.csv"
    bad.write_text("text,department\n牙龈老出血,口腔科\n心里慌,心脏科\n,内科\n", encoding="utf-8")
    rows, problems = corpus.read_labelled(bad)
    assert rows == [("牙龈老出血", "口腔科")]
    assert any("unknown department '心脏科'" in str(p) and ":3:" in str(p) for p in problems)
    assert any("empty text" in str(p) for p in problems)
    res = subprocess.run([sys.executable, str(TRAIN_SCRIPT), "--out", str(tmp_path / "m"), "--no-cv", "--strict",
                          "--extra", str(bad)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert res.returncode == 2
    assert "unknown department '心脏科'" in res.stderr
    assert not (tmp_path / "m" / "model.joblib").exists()


def test_extra_file_without_columns_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "logs.tsv"
    bad.write_text("question\tlabel\n牙疼\t口腔科\n", encoding="utf-8")
    with pytest.raises(corpus.CorpusError, match="'text' and 'department'"):
        corpus.read_labelled(bad)


def test_department_codes_are_accepted_in_extra_files(tmp_path: Path) -> None:
    f = tmp_path / "logs.tsv"
    f.write_text("text\tdepartment\n牙龈老出血\tDENT\n", encoding="utf-8")
    assert corpus.read_labelled(f)[0] == [("牙龈老出血", "口腔科")]


def test_eval_script_json(artifact_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "eval.tsv"
    f.write_text("text\tdepartment\n牙疼得睡不着\t口腔科\n眼睛干涩发红\t眼科\n孩子咳嗽有痰\t儿科\n", encoding="utf-8")
    res = subprocess.run([sys.executable, str(EVAL_SCRIPT), str(f), "--model", str(artifact_dir), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    for key in ("accuracy", "balanced_accuracy", "macro_f1", "top3_accuracy", "per_department", "confused_pairs"):
        assert key in out
    assert out["n"] == 3


def test_served_runtime_matches_the_sklearn_pipeline(artifact_dir: Path) -> None:
    from classifier import runtime

    served = runtime.load(artifact_dir)
    art = model.load_artifact(artifact_dir)
    texts = ["牙疼", "孩子发烧咳嗽三天了", "体检发现甲状腺结节，要不要穿刺", "", "血压150/95，头晕"]
    diff = abs(served.proba_many(texts) - art.pipeline.predict_proba(texts)).max()
    assert diff < 1e-4
    assert served.labels == art.labels


def test_compact_dictionary_cuts_like_jiebas_full_one(artifact_dir: Path) -> None:
    from classifier import features, runtime

    meta = json.loads((artifact_dir / "meta.json").read_text(encoding="utf-8"))
    served = runtime.load(artifact_dir)  # installs the artifact's dictionary (no 0.8 s load of jieba's own)
    compact = features.get_tokenizer()
    assert served.dictionary is not None and compact.FREQ is served.dictionary[0]
    assert len(compact.FREQ) == meta["jieba_dictionary"]["entries"] < 300_000
    full = features.full_tokenizer()
    assert compact.total == full.total
    texts = [features.normalize(t) for t, _ in _train_rows()[::10]]
    assert [compact.lcut(t) for t in texts] == [full.lcut(t) for t in texts]
    # Unseen longer words that contain a training word stay whole instead of turning into that word.
    assert compact.lcut("心脏起搏器") == full.lcut("心脏起搏器") == ["心脏起搏器"]


@pytest.mark.parametrize("text, adults", [
    ("我家孩子19岁，脸上长痘", True),
    ("我儿子25岁，最近老咳嗽", True),
    ("40岁男，胃疼", True),
    ("我28岁，宝宝发烧", False),  # the baby is given no age
    ("我60岁了，孙子5岁发烧", False),
    ("我35岁，女儿8个月，拉肚子", False),
    ("孩子13岁，头疼", False),
    ("宝宝发烧", False),
])
def test_scope_rule_reads_stated_ages(text: str, adults: bool) -> None:
    from classifier import scope

    assert scope.about_adults(text) is adults


def test_scope_rule_takes_paediatrics_out_for_adults_only() -> None:
    import numpy as np

    from classifier import scope

    labels = ["儿科", "皮肤科", "内科"]
    probs = np.array([0.5, 0.4, 0.1])
    adjusted = scope.apply("我家孩子19岁，脸上长痘", probs, labels)
    assert adjusted[0] == 0.0 and adjusted.sum() == pytest.approx(1.0) and adjusted.argmax() == 1
    assert scope.apply("孩子3岁，脸上长痘", probs, labels) is probs


def test_predict_applies_the_scope_rule(loaded: Path) -> None:
    prediction = classifier.predict("我家孩子19岁，脸上长痘，额头和下巴最多")
    assert "儿科" not in [d for d, _ in prediction.top3]


@pytest.mark.parametrize("text, child", [
    ("女儿6岁，扁桃体老是发炎", True), ("3岁的儿子脚崴了", True), ("宝宝九个月，湿疹一直不好", True),
    ("5岁，鼻塞打喷嚏半个月", True), ("孩子两岁半，晚上磨牙", True),
    ("儿子十五岁长痘", False), ("我35岁，女儿7岁，我最近胃疼", False), ("孩子4个月，我在喂奶能吃头孢吗", False),
    ("生完孩子两个月，老是想哭", False), ("我13岁来的月经，现在痛经", False), ("咳嗽两个月了", False),
    ("儿子上二年级，老是揉眼睛", True), ("我上小学的时候得过肝炎", False), ("孩子都上幼儿园了，我这两天月经量特别少", False),
    ("小朋友晚上睡觉老打呼噜", True), ("宝宝湿疹反反复复", True), ("乙肝小三阳能要宝宝吗", False), ("我有癫痫，会遗传给宝宝吗", False),
])
def test_scope_rule_finds_a_child_under_fourteen(text: str, child: bool) -> None:
    from classifier import scope

    assert scope.about_a_child(text) is child


def test_scope_rule_puts_paediatrics_first_for_a_child_and_keeps_the_organ_second() -> None:
    import numpy as np

    from classifier import scope

    labels = ["儿科", "耳鼻喉科", "眼科"]
    probs = np.array([0.3, 0.6, 0.1])
    adjusted = scope.apply("女儿6岁，扁桃体老是发炎", probs, labels)
    assert list(adjusted) == [0.6, 0.3, 0.1]
    assert scope.apply("儿子20岁，扁桃体老是发炎", probs, labels)[0] == 0.0
    eyes = np.array([0.3, 0.1, 0.6])
    assert scope.apply("孩子8岁近视，要不要戴眼镜", eyes, labels) is eyes  # children's vision stays with 眼科


@pytest.mark.parametrize("text, concern", [
    ("腰有点酸不要紧，这次主要想问小便发红", "小便发红"), ("肩膀是老毛病了，不过主要是最近心慌得厉害", "最近心慌得厉害"),
    ("糖尿病的主要症状有哪些", None), ("乙肝主要有哪些传播途径", None), ("有点累，主要是累", None),
])
def test_the_main_concern_is_the_clause_after_its_marker(text: str, concern: str | None) -> None:
    from classifier import concern as main

    assert main.main_concern(text) == concern


def test_predict_weighs_in_the_main_concern(loaded: Path) -> None:
    assert classifier.predict("膝盖疼是老毛病了，这次主要是小便里有血").department in ("泌尿外科", "肾内科")


def test_medicines_are_read_with_what_they_treat() -> None:
    from classifier import drugs, features

    assert drugs.with_uses("拜新同能掰开吗") == "拜新同（硝苯地平控释片 降压药 高血压）能掰开吗"
    assert "降糖药" in features.normalize("格华止饭后吃")
    for plain in ("今天血压有点高", "结果值得乐观吗", "糖尿病能喝莫斯利安酸奶吗", "太宁静了睡不着"):
        assert drugs.with_uses(plain) == plain
    assert "阿托伐他汀" in drugs.names() and "立普妥" in drugs.names()


@pytest.mark.parametrize("text,expected", [
    ("波依定吃了脚踝肿", "心血管内科"), ("亚莫利早饭前还是早饭后", "内分泌科"), ("洛赛克能一直吃吗", "消化内科"),
    ("来士普吃了两周还是没精神", "精神心理科"), ("保列治要吃半年才见效吗", "泌尿外科"), ("德巴金吃了体重涨了好多", "神经内科"),
    ("博路定停了会反弹吗", "感染科"), ("福善美为什么要站着吃", "骨科"),
])
def test_a_medicine_named_by_brand_routes_to_the_department_of_its_disease(loaded: Path, text: str,
                                                                            expected: str) -> None:
    assert classifier.predict(text).department == expected
