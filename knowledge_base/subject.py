"""Who a question is about, for entries written for one kind of person.

Most entries are written for adults; child_fever's are for children, and family_history's answer a member whose
relatives have a disease. A question about a child, or about one's own disease, can share nearly every word with such
an entry and still need another answer ("孩子缺钙怎么补" is not adult osteoporosis, "我有冠心病 能不能运动" is not a
family history, "大人发烧39度" is not a child's fever, "我是糖尿病患者 能吃水果吗" is not prediabetes), so the knowledge
base declines it and an advisor answers. An entry whose phrasings ask about a child ("宝宝湿疹怎么护理", "孩子要不要查
幽门螺杆菌") may answer one.
"""
from __future__ import annotations

import re

FOR_CHILDREN = frozenset({"child_fever"})
FOR_RELATIVES = frozenset({"family_history"})
# overweight's thresholds are adults' (a child's weight is judged on growth charts) and hyperlipidemia's targets and
# treatment are adults' (a child's high cholesterol is a paediatrician's), whoever the phrasings mention.
FOR_ADULTS = frozenset({"overweight", "hyperlipidemia"})
# Service topics answer a parent booking for a child as well as anyone.
FOR_ANYONE = frozenset({"checkup_prep", "checkup_report", "first_report", "membership", "booking", "human_advisor"})

# blood_glucose's entries are about thresholds, screening and prediabetes: a member who already has diabetes and
# asks how to live with it ("我是糖尿病患者 能吃水果吗") got "糖尿病前期能逆转吗".
FOR_THE_UNDIAGNOSED = {
    "blood_glucose": re.compile(r"(?:我|本人|自己)(?:就)?(?:是|有|得了|患有?|确诊(?:了)?)(?:2型|二型|1型|一型)?糖尿病(?!前期)|"
                                r"糖尿病(?:患者|病人)|(?:(?:已经|被)确诊(?:为|了)?|确诊了)(?:2型|二型|1型|一型)?糖尿病(?!前期)|"
                                r"糖尿病(?:确诊|诊断)?了?(?:\d+|[一二两三四五六七八九十几]+)多?年"),
}

ADULT_AGE = 14
_AGE = re.compile(r"(\d{1,3})\s*(?:周岁|岁)")
# An age in months or days: "8个月大", "3个月的宝宝", "宝宝才5个月" (not a duration: "胃胀3个月了").
_YOUNG = re.compile(r"\d+\s*(?:个多?月|月|天|周)(?:大|的?(?:宝宝|宝贝|孩子|婴儿|小孩|娃|男宝|女宝))|"
                    r"(?:宝宝|宝贝|孩子|婴儿|小孩|娃|儿子|女儿|闺女|男宝|女宝|孙子|孙女|外孙)[^,，。！？!?\s]{0,4}\d+\s*(?:个多?月|天)|"
                    r"婴儿|婴幼儿|新生儿|幼儿|满月|月龄|高热惊厥|热性惊厥")
_CHILD = re.compile(r"宝宝|宝贝|孩子|小孩|小儿(?!子)|儿子|女儿|闺女|小朋友|儿童|娃|孙子|孙女|外孙|学生")
# The question opens with a child as its subject ("孩子幽门螺杆菌阳性要治吗", not "会传染给孩子吗"); a son or daughter
# of unknown age may be grown up.
_CHILD_FIRST = re.compile(r"^(?:请问|你好|您好|医生)?[,，\s]*(?:我家|我的|家里|家里的|我)?(?:的)?(?:大|小|二)?"
                          r"(?:宝宝|宝贝|孩子|小孩|小儿(?!子)|小朋友|娃|婴儿|新生儿|幼儿|儿童)")
CHILD_WORDS = frozenset({"宝宝", "宝贝", "孩子", "小孩", "小朋友", "儿童", "婴儿", "幼儿", "新生儿", "儿子", "女儿", "闺女"})
_RELATIVES = re.compile(r"家族|家里|家人|家中|我们家|咱家|全家|几代|三代|遗传|基因|brca|亲戚|亲属|血缘|"
                        r"父|母|爸|妈|爷|奶|外公|外婆|姥|兄|哥|弟|姐|妹|叔|伯|姑|舅|姨|祖|长辈|上一辈|老一辈", re.IGNORECASE)


def _ages(text: str) -> list[int]:
    """Ages in years the message states; [] when it states none, or an age in months or days."""
    return [] if _YOUNG.search(text) else [int(a) for a in _AGE.findall(text)]


def about_a_child(text: str) -> bool:
    """The question is about a child under 14: it opens with one, or gives an age in months or under 14 years."""
    ages = _ages(text)
    if ages and min(ages) >= ADULT_AGE:
        return False
    return bool(_CHILD_FIRST.search(text) or _YOUNG.search(text) or (ages and _CHILD.search(text)))


def mentions_a_child(text: str) -> bool:
    """A child is mentioned anywhere and no stated age says they are grown up."""
    ages = _ages(text)
    return not (ages and min(ages) >= ADULT_AGE) and bool(_CHILD.search(text) or _YOUNG.search(text))


def fits(topic: str, entry_words: frozenset[str] | set[str], text: str) -> bool:
    """Whether an entry of `topic` (its phrasings' words: `entry_words`) can answer a question about the person
    `text` is about."""
    if topic in FOR_ANYONE:
        return True
    if topic in FOR_CHILDREN:
        return mentions_a_child(text)
    if topic in FOR_ADULTS and about_a_child(text):
        return False
    if topic in FOR_RELATIVES and not _RELATIVES.search(text):
        return False
    if topic in FOR_THE_UNDIAGNOSED and FOR_THE_UNDIAGNOSED[topic].search(text):
        return False
    return not about_a_child(text) or bool(CHILD_WORDS & entry_words)
