"""Text normalisation, the jieba word tokenizer with the medical dictionary, and character n-grams."""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

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
    """Half-width lower-case text without filler or punctuation; numbers replaced by magnitude placeholders."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = _FILLER.sub(" ", text)
    text = _NUMBER.sub(_number, text)
    # Punctuation style differs between writers and carries no medical meaning; keep only the break.
    return " ".join(_PUNCT.sub(" ", text).replace("_", " ").split())


def get_tokenizer() -> Any:
    """The jieba tokenizer with the medical dictionary, built once per process."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                if DICT_PATH.exists():
                    tok.load_userdict(str(DICT_PATH))
                _tokenizer = tok
    return _tokenizer


def tokenize(text: str) -> list[str]:
    """Words of an already normalised text."""
    return [w for w in get_tokenizer().lcut(text, HMM=True) if not w.isspace()]


def char_ngrams(text: str, n_min: int = 1, n_max: int = 3) -> list[str]:
    """Character n-grams of a raw text, never spanning a punctuation break."""
    grams: list[str] = []
    for segment in normalize(text).split():
        for n in range(n_min, n_max + 1):
            grams += [segment[i:i + n] for i in range(len(segment) - n + 1)]
    return grams
