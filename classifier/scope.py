"""A scope rule from departments.tsv that word features cannot carry: 儿科 is for patients under 14.

The model learns "孩子/儿子/女儿 → 儿科" from parents' questions, but numbers are folded into placeholders by
magnitude, so it cannot tell a 12-year-old from a 19-year-old. When every age a message states is 14 or over,
and every child it mentions has such an age, the question is about an adult and 儿科 is taken out.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing the package must stay free of numpy (see classifier/__init__.py)
    import numpy as np

PAEDIATRICS = "儿科"
ADULT_AGE = 14
AGE = re.compile(r"(\d{1,3})\s*(?:周岁|岁)")
YOUNG = re.compile(r"\d+\s*(?:个多?月|月大|天大|周大)|婴儿|新生儿|幼儿|满月")
CHILD = re.compile(r"宝宝|孩子|小孩|儿子|女儿|闺女|小朋友|娃|孙子|孙女|外孙")
AGE_NEAR_CHILD = 10  # characters after a child word within which its age is looked for


def about_adults(text: str) -> bool:
    """Every stated age is 14 or over and every child mentioned is given such an age."""
    ages = [int(a) for a in AGE.findall(text)]
    if not ages or min(ages) < ADULT_AGE or YOUNG.search(text):
        return False
    return all(AGE.search(text, m.end(), m.end() + AGE_NEAR_CHILD) for m in CHILD.finditer(text))


def apply(text: str, probs: np.ndarray, labels: list[str]) -> np.ndarray:
    """`probs` without 儿科 (renormalised) when the message is about adults; unchanged otherwise."""
    if PAEDIATRICS not in labels or not about_adults(text):
        return probs
    out = probs.copy()
    out[labels.index(PAEDIATRICS)] = 0.0
    total = out.sum()
    return out / total if total > 0 else probs
