"""A scope rule from departments.tsv that word features cannot carry: 儿科 is for patients under 14.

The model learns "孩子/儿子/女儿 → 儿科" from parents' questions, but numbers are folded into placeholders by
magnitude, so it cannot tell a 12-year-old from a 19-year-old. When every age a message states is 14 or over,
and every child it mentions has such an age, the question is about an adult and 儿科 is taken out. The other way
round, a child given an age under 14 ("女儿7岁", "4岁的儿子", "宝宝7个月") or a school year ("上幼儿园", "读初一"), with
no adult age and no matter of the mother's own in the message (breastfeeding, pregnancy, her period), puts 儿科 first
even when an organ's words are stronger ("女儿7岁，扁桃体老发炎"); the organ's department stays second. So does a
word only said of a young child ("宝宝", "小朋友"), unless that child is one to come or one an adult's illness might
pass to. Children's vision stays with 眼科, as the scope says.
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
_NUMBER = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_KID = CHILD.pattern + r"|宝贝|bb|BB|老大|老二|老三|大宝|二宝|三宝"  # 老大/二宝: a family's first or second child
_UNIT = r"周岁|岁半?|个多?月|个半月|月大|天大?"
CHILD_AGE = re.compile(rf"(?:{_KID})(?:今年|现在|才|刚|刚满|已经)?({_NUMBER})\s*({_UNIT})|"
                       rf"({_NUMBER})\s*({_UNIT})(?:的|大的|多的)?(?:{_KID}|男孩|女孩|男宝|女宝)|"
                       rf"^\s*({_NUMBER})\s*({_UNIT})[，,、。\s]")
MOTHERS_OWN = re.compile(r"哺乳|喂奶|母乳|奶水|断奶|产后|月子|生完|生了孩子|生孩子|产假|二胎|怀孕|备孕|孕|宝妈|我自己|本人|剖腹产|顺产|"
                         r"我[^，,。！？\s]{0,4}(?:乳房|月经|例假)")
# A child at kindergarten or primary school, or in the first year of middle school, is under 14 ("我上小学的时候" is not).
SCHOOL = re.compile(r"(?:上|读|在)(?:幼儿园|托班|小学|[一二三四五六]年级|初一)(?!的时候|时)")
# Words only ever said of a young child (a 宝宝 or 小朋友 has no adult age to state).
YOUNG_CHILD = re.compile(r"宝宝|婴儿|婴幼儿|新生儿|幼儿|小朋友|小宝|娃娃|娃儿|小娃|仔仔|崽崽|囡囡|(?<![a-z])bb(?![a-z霜])", re.IGNORECASE)
# ...unless the child is one to come or the one an adult's illness might pass to ("能要宝宝吗", "会传染给宝宝吗").
CHILD_NOT_THE_PATIENT = re.compile(r"要(?:个)?(?:宝宝|孩子|小孩)|生(?:下来的)?(?:宝宝|孩子)|遗传|传染给|传给|吓着|影响(?:到)?(?:宝宝|孩子)")
KEEP_FOR_CHILDREN = ("眼科", "产科")  # the scope gives children's vision to 眼科; a pregnancy is never a child's matter
_CN = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def about_adults(text: str) -> bool:
    """Every stated age is 14 or over and every child mentioned is given such an age."""
    ages = [int(a) for a in AGE.findall(text)]
    if not ages or min(ages) < ADULT_AGE or YOUNG.search(text):
        return False
    return all(AGE.search(text, m.end(), m.end() + AGE_NEAR_CHILD) for m in CHILD.finditer(text))


def _number(word: str) -> int:
    """An age's number, in digits or Chinese numerals up to 99."""
    if word.isdigit():
        return int(word)
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_CN.get(tens, 1) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)
    return _CN.get(word, 99)


def about_a_child(text: str) -> bool:
    """A child is given an age under 14, no age of 14 or over is stated and the mother's own matter is absent."""
    if MOTHERS_OWN.search(text) or any(int(a) >= ADULT_AGE for a in AGE.findall(text)):
        return False
    if SCHOOL.search(text) or (YOUNG_CHILD.search(text) and not CHILD_NOT_THE_PATIENT.search(text)):
        return True
    for m in CHILD_AGE.finditer(text):
        groups = m.groups()
        number, unit = next((groups[i], groups[i + 1]) for i in range(0, len(groups), 2) if groups[i])
        if "岁" not in unit or _number(number) < ADULT_AGE:
            return True
    return False


def apply(text: str, probs: np.ndarray, labels: list[str]) -> np.ndarray:
    """`probs` without 儿科 (renormalised) when the message is about adults; with 儿科 and the best department
    swapped when it is about a child under 14; unchanged otherwise."""
    if PAEDIATRICS not in labels:
        return probs
    ped = labels.index(PAEDIATRICS)
    if about_adults(text):
        out = probs.copy()
        out[ped] = 0.0
        total = out.sum()
        return out / total if total > 0 else probs
    top = int(probs.argmax())
    if labels[top] not in KEEP_FOR_CHILDREN and top != ped and about_a_child(text):
        out = probs.copy()
        out[ped], out[top] = probs[top], probs[ped]
        return out
    return probs
