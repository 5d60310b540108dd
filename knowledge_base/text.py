"""Text normalisation and jieba tokens for BM25 and the tokenizer vocabulary."""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

_jieba_lock = threading.Lock()
_jieba_ready = False
# Punctuation, symbols and whitespace carry no meaning for retrieval.
_NOISE = re.compile(r"^[\W_]+$")


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
