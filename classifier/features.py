"""Text normalisation and the jieba word tokenizer with the project's medical user dictionary."""
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

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# Tokens that carry no department signal: punctuation, symbols, bare whitespace.
_NOISE = re.compile(r"^[\W_]+$")


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, numbers collapsed to 0, whitespace squeezed."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    # Report values (7.8, 140/90) matter for the advisor, not for the department; keep only "a number".
    text = _DIGITS.sub("0", text)
    return _SPACE.sub(" ", text).strip()


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
    """Words of an already normalised text, without punctuation."""
    return [w for w in get_tokenizer().lcut(text, HMM=True) if w.strip() and not _NOISE.match(w)]
