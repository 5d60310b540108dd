"""Text normalisation and jieba tokens for BM25 and the tokenizer vocabulary."""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

from classifier.mandarin import to_mandarin

_jieba_lock = threading.Lock()
_jieba_ready = False
# Punctuation, symbols and whitespace carry no meaning for retrieval.
_NOISE = re.compile(r"^[\W_]+$")


# A greeting or a self-introduction clause at the start ("医生您好，", "我今年45岁，", "女，32岁，") says nothing about
# the question, yet pulled "我今年45岁，体检发现空腹血糖6.5" toward the family-history entries ("我今年40岁，父亲…").
_PREAMBLE = re.compile(
    r"^(?:(?:(?:医生|大夫|老师|专家)?(?:您好|你好)(?:医生|大夫)?|打扰(?:一下|了)|"
    r"(?:我|本人)?(?:今年)?\d{1,3}岁(?:了)?|(?:男|女)(?:性)?[,，、\s]*\d{1,3}岁|\d{1,3}岁(?:男|女)(?:性)?)[,，。.!！:：\s]+|"
    r"(?:请问(?:一下|下)?|麻烦问(?:一下|下)?|我?(?:想|要)(?:问问|问|咨询|请教)(?:一下|下)?|(?:问|咨询|请教)(?:一下|下))"
    r"(?:医生|大夫)?[,，。.!！:：\s]*)"
)
_MIN_QUESTION_CHARS = 4

# Members' shorthand and frequent typos of the words the entries are written with ("tj要带啥", "感帽和流感咋区分"):
# no phrasing holds them, so the question would miss its entry or be declined for unknown characters.
_SHORTHAND = tuple((re.compile(pattern, re.IGNORECASE), word) for pattern, word in (
    (r"(?<![a-z])tj(?![a-z])", "体检"), (r"(?<![a-z])sm(?![a-z])", "睡眠"), (r"(?<![a-z])rx(?![a-z])", "乳腺"),
    (r"(?<![a-z])xt(?![a-z])", "血糖"), (r"感帽", "感冒"), (r"失棉", "失眠"), (r"胃境", "胃镜"), (r"血唐|血堂", "血糖"),
    (r"会圆卡", "会员卡"), (r"甲壮腺|甲装腺|甲状线", "甲状腺"), (r"湿诊", "湿疹"), (r"脂肪干", "脂肪肝"), (r"乳线", "乳腺"), (r"前列线", "前列腺"),
    (r"血亚", "血压"), (r"幽门(?:螺旋|罗|罗旋)杆菌", "幽门螺杆菌"), (r"预越", "预约"), (r"(?<=乳腺)曾生", "增生"),
    (r"骨只疏松", "骨质疏松"), (r"(?<=尿酸|血压|血糖|血脂)搞(?!定|清|不|懂)", "高"),
    # Pinyin initials (round 7): 高血压, 糖尿病, 脂肪肝, 甲状腺, a baby, a ground-glass nodule.
    (r"(?<![a-z])gxy(?![a-z])", "高血压"), (r"(?<![a-z])tnb(?![a-z])", "糖尿病"), (r"(?<![a-z])zfg(?![a-z])", "脂肪肝"),
    (r"(?<![a-z])jzx(?![a-z])", "甲状腺"), (r"(?<![a-z])hyk(?![a-z])", "会员卡"), (r"(?<![a-z])szbg(?![a-z])", "首诊报告"), (r"(?<![a-z])bb(?![a-z]|霜|cream)", "宝宝"), (r"(?<![a-z])ggn(?![a-z])", "磨玻璃结节"),
))


def query_text(text: str) -> str:
    """The question in simplified Mandarin, without a leading greeting or self-introduction clause, members'
    shorthand spelled out (what queries are searched with)."""
    text = to_mandarin(text)
    while (m := _PREAMBLE.match(text)) and len(text) - m.end() >= _MIN_QUESTION_CHARS:
        text = text[m.end():]
    for pattern, word in _SHORTHAND:
        text = pattern.sub(word, text)
    return text


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), lower case, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(text.split())


def _jieba():  # type: ignore[no-untyped-def]
    """Initialise jieba once per process (about 0.5 s), quietly."""
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                jieba.setLogLevel(60)
                jieba.initialize()
                _jieba_ready = True
    return jieba


def words(text: str) -> list[str]:
    """jieba words of the normalised text, punctuation dropped (the tokenizer vocabulary)."""
    return [w for w in _jieba().lcut(normalize(text)) if w.strip() and not _NOISE.match(w)]


@lru_cache(maxsize=4096)
def _search_tokens(text: str) -> tuple[str, ...]:
    """Cached BM25 tokens of a normalised text."""
    words = [w for w in _jieba().lcut_for_search(text) if w.strip() and not _NOISE.match(w)]
    chars = [c for c in text if not c.isspace() and not _NOISE.match(c)]
    # Character bigrams catch what jieba segments differently in two phrasings (血压偏高 / 偏高的血压); a
    # two-character word also counts as a bigram, which weights real words above cross-word pairs.
    return tuple(words + [a + b for a, b in zip(chars, chars[1:])])


def tokens(text: str) -> list[str]:
    """BM25 tokens: jieba search-mode words (高血压 also yields 血压) plus character bigrams."""
    return list(_search_tokens(normalize(text)))
