"""Text normalisation, the jieba word tokenizer with the medical dictionary, and character n-grams."""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from . import drugs
from .mandarin import to_mandarin

DICT_PATH = Path(__file__).with_name("medical_dict.txt")

_lock = threading.Lock()
_tokenizer: Any = None  # a private jieba.Tokenizer, so other packages' jieba use is unaffected

# Greetings and politeness say nothing about the department but differ between writers; drop them so the
# model cannot learn a writer's style instead of the medical content.
_FILLER = re.compile(
    "|".join([
        "(?:医生|大夫|专家|老师)?(?:你好|您好)", "请问一下", "请问", "想咨询一下", "咨询一下", "想问一下", "想问问", "问一下",
        "谢谢(?:医生|大夫|您|你)?", "麻烦(?:您|你)(?:帮忙)?(?:看看|看一下)?", "麻烦帮忙看看", "在线等", "急急急",
    ])
)
# Numbers become one placeholder per magnitude: "3岁" and "63岁" must differ (children vs adults), while
# the exact report value (7.8 or 8.1) matters to the advisor, not to the department.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PLACEHOLDERS = {1: "①", 2: "②"}
_DECIMAL = "④"
_LONG = "③"
_PUNCT = re.compile(r"[^\w①②③④]+")


def _number(match: re.Match[str]) -> str:
    """Placeholder for one number."""
    s = match.group(0)
    if "." in s:
        return _DECIMAL
    return _PLACEHOLDERS.get(len(s), _LONG)


def normalize(text: str) -> str:
    """Half-width lower-case simplified Mandarin without filler or punctuation; numbers replaced by magnitude placeholders."""
    text = drugs.with_uses(to_mandarin(unicodedata.normalize("NFKC", text or "").lower()))
    text = _FILLER.sub(" ", text)
    text = _NUMBER.sub(_number, text)
    # Punctuation style differs between writers and carries no medical meaning; keep only the break.
    return " ".join(_PUNCT.sub(" ", text).replace("_", " ").split())


# Function words and question frames: every department's questions use them, but how often depends on who
# wrote a corpus file, so left in they teach the model the writer instead of the medicine.
STOPWORDS = frozenset("""
的 了 我 你 他 她 它 我们 你们 他们 是 有 在 就 都 也 还 又 再 很 太 挺 特别 非常 比较 有点 有些 一点 一些 一下 一直 一样
吗 呢 吧 啊 呀 哦 嘛 啦 哈 么 嗯 着 过 得 地 和 跟 与 及 或 或者 还是 而且 但是 但 可是 然后 所以 因为 如果 虽然 就是
这 那 这个 那个 这样 那样 这种 那种 这些 那些 这么 那么 什么 怎么 怎样 怎么样 怎么办 咋 咋办 咋整 为什么 为啥 啥 哪 哪些 哪里 多少 几
要 想 会 能 能不能 可以 可不可以 应该 需要 需不需要 用不用 要不要 是不是 有没有 会不会 好不好 行不行 该 得了
现在 最近 这几天 平时 经常 总是 老是 一般 有时候 时候 以后 之后 以前 之前 后来 今天 昨天 今年 去年
说 问 看 知道 觉得 感觉 发现 出现 开始 还有 问题 情况 原因 什么原因 怎么回事 怎么 办 谢谢 医生 大夫 请问 你好 您好
一个 个 次 天 些 点 下 上 中 里 人 自己 本人
""".split())
_STOP_CHARS = frozenset("的了我你他她它是有在就都也还又再很太吗呢吧啊呀哦嘛啦么着过得地和跟与或这那什怎样咋啥哪些多少要想会能可以该现最近平经常总一般时候以后之前说问看知道觉感发出开始情况原因办谢医生请好个次天点下上中里人自己本")


def stop_gram(gram: str) -> bool:
    """True for character n-grams made only of function-word characters."""
    return all(c in _STOP_CHARS for c in gram)


def get_tokenizer() -> Any:
    """The tokenizer in use: the compact dictionary a loaded artifact installed, else `full_tokenizer()`."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = full_tokenizer()
    return _tokenizer


def full_tokenizer() -> Any:
    """A new jieba tokenizer with jieba's whole dictionary (~350k words, 0.8 s to load) and the medical one."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    if DICT_PATH.exists():
        tok.load_userdict(str(DICT_PATH))
    return tok


# Words of jieba's dictionary at least this frequent are kept in the compact dictionary whatever the corpus.
COMPACT_MIN_FREQ = 20


def compact_dictionary(texts: Iterable[str], full: Any = None,
                       min_freq: int = COMPACT_MIN_FREQ) -> tuple[dict[str, int], int]:
    """The part of the full dictionary that segments `texts` exactly as the full dictionary does, and new
    text nearly so.

    jieba picks the most probable path through the words of its dictionary that occur in a text, scoring each
    word by log(freq / total). A dictionary holding every word that occurs anywhere in the texts (all edges
    of jieba's word graph), with the same frequencies and the same `total`, therefore cuts those texts
    exactly as the full one. So that unseen text is cut much as before, it also keeps
    - every word that contains one of those words (of 2+ characters): otherwise 心脏起搏器, unseen in
      training, would be cut into 心脏/起搏器 and read as a heart question;
    - every word with frequency >= `min_freq` (the common words new text is likely to use);
    - every single character jieba knows and every medical-dictionary word.
    Returns jieba's prefix dictionary (words with their frequency, then their prefixes with 0) and the total.
    """
    full = full or full_tokenizer()
    freq = full.FREQ
    seen: set[str] = set()
    for text in texts:
        s = normalize(text)
        for start, ends in full.get_DAG(s).items():
            seen.update(w for w in (s[start:end + 1] for end in ends) if freq.get(w))
    words = set(seen)
    if DICT_PATH.exists():
        for line in DICT_PATH.read_text(encoding="utf-8").splitlines():
            w = line.strip().split(" ")[0].lstrip("\ufeff")
            if w and freq.get(w):
                words.add(w)
    seen_long = {w for w in seen if len(w) > 1}
    for w, f in freq.items():
        if not f or w in words:
            continue
        n = len(w)
        if n == 1 or f >= min_freq or any(
                w[i:j] in seen_long for i in range(n - 1) for j in range(i + 2, n + 1) if j - i < n):
            words.add(w)
    out: dict[str, int] = {}
    for w in sorted(words):
        out[w] = freq[w]
    for w in sorted(words):
        for i in range(1, len(w)):
            out.setdefault(w[:i], 0)
    return out, int(full.total)


def dictionary_id(freq: dict[str, int], total: int) -> str:
    """sha256 of a prefix dictionary, in its order, and its total (recorded in meta.json)."""
    h = hashlib.sha256(str(total).encode())
    for w, f in freq.items():
        h.update(f"\n{w} {f}".encode("utf-8"))
    return h.hexdigest()


def use_dictionary(freq: dict[str, int] | None, total: int = 0) -> None:
    """Segment with this prefix dictionary from now on (None: jieba's full one with the medical dictionary).

    Process-wide, like the tokenizer itself; the tokenizer keeps `freq` (not a copy). Clears the word cache.
    """
    global _tokenizer
    with _lock:
        if freq is None:
            tok = None  # built lazily by get_tokenizer()
        else:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tok = jieba.Tokenizer()
            # jieba 0.42 keeps its prefix dictionary in FREQ/total; set them instead of initialize(), which
            # would read (or build and cache) the whole default dictionary.
            tok.FREQ, tok.total, tok.initialized = freq, int(total), True
        _tokenizer = tok
        _tokens.cache_clear()


def tokenize(text: str) -> list[str]:
    """Content words of an already normalised text."""
    return list(_tokens(text))


# Cached: cross-validation analyses the same texts once per fold, and members repeat short messages.
@lru_cache(maxsize=50_000)
def _tokens(text: str) -> tuple[str, ...]:
    """Uncached word segmentation without stop words."""
    return tuple(w for w in get_tokenizer().lcut(text, HMM=True) if not w.isspace() and w not in STOPWORDS)


def char_ngrams(text: str, n_min: int = 1, n_max: int = 3) -> list[str]:
    """Character n-grams of a raw text, never spanning a punctuation break."""
    return list(_char_grams(text, n_min, n_max))


@lru_cache(maxsize=50_000)
def _char_grams(text: str, n_min: int, n_max: int) -> tuple[str, ...]:
    """Uncached character n-grams without function-word-only grams."""
    grams: list[str] = []
    for segment in normalize(text).split():
        for n in range(n_min, n_max + 1):
            grams += [segment[i:i + n] for i in range(len(segment) - n + 1)]
    return tuple(g for g in grams if not stop_gram(g))
