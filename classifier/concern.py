"""The member's main concern: in "膝盖有点酸不管它，主要想问尿里泡沫多" the urine decides the department, not the knee.

A clause that starts with 主要是 / 主要想问 / 主要问 names what the member is asking about; its probabilities are
averaged with the whole message's (which still tells who is asking and what else is going on). A message without
such a clause is read as before. "主要症状有哪些" and "主要有哪些" are questions, not markers.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # importing the package must stay free of numpy (see classifier/__init__.py)
    import numpy as np

MARKER = re.compile(r"(?:^|[,，;；。!！?？\s])(?:这次|不过|但是?|其实|今天|现在|我|还有)*主要(?:是|想问(?:一下|下)?|问)(?!的|不是)")
MIN_CHARS = 4  # a shorter rest ("主要是累") says too little to outweigh the message
WEIGHT = 0.5  # share of the concern's probabilities; 0.5 to 1.0 gave the same answers on our sets


def main_concern(text: str) -> str | None:
    """The text after the last main-concern marker, or None."""
    markers = list(MARKER.finditer(text))
    if not markers:
        return None
    rest = text[markers[-1].end():].strip(" ，,：:")
    return rest if len(rest) >= MIN_CHARS else None


def read(model: Any, text: str) -> np.ndarray:
    """The model's probabilities for `text`, with its main concern weighed in."""
    probs = model.proba(text)
    concern = main_concern(text)
    return probs if concern is None else (1 - WEIGHT) * probs + WEIGHT * model.proba(concern)
