"""Neighbouring conditions: questions that share a topic's words but not its subject.

A question about low blood pressure, prostatitis or a parathyroid gland shares nearly every word with an entry on
hypertension, prostate hyperplasia or the thyroid, and retrieval scores it as a match ("28岁尿频尿急会阴胀痛 是前列腺炎吗"
got the BPH symptoms; probe round 3, 7 of 112 answers were such near misses). Each topic lists the conditions and
aspects next to it that its entries are not written for, and every topic shares the aspects no entry is written for
unless it says so (prices and insurance, which hospital, sick-leave papers, reprints); when a question names one, an
entry answers it only if the entry itself names it (an editor who writes an entry on 低血压 under hypertension makes
such questions answerable).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

# topic -> (pattern, words): a question matching the pattern needs an entry that mentions one of the words.
_PREGNANCY = r"怀孕|孕期|孕妇|孕早期|孕中期|孕晚期|妊娠|备孕"
_PREGNANCY_WORDS = ("孕", "妊娠")
_MAN = r"男(?:性|人|的|生|士|孩|朋友)|老公|丈夫|男友"
_BREAST = (
    (r"乳腺炎|积乳|堵奶|哺乳", ("乳腺炎", "哺乳")),
    (r"化疗|放疗|内分泌治疗|他莫昔芬|来曲唑", ("化疗",)),
    (r"副乳", ("副乳",)),
    (_MAN, ("男",)),
)
NEIGHBOURS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "hypertension": (
        (r"低血压|血压◇{0,4}(?:偏|太|很|有点|比较|有些)?低(?!压)", ("血压偏低", "血压低的", "低血压的人", "低血压怎么")),
        (_PREGNANCY, _PREGNANCY_WORDS), (r"子痫", ("子痫",)), (r"肺动脉高压", ("肺动脉高压",)),
        (r"门静脉高压", ("门静脉高压",)), (r"眼压", ("眼压",)), (r"颅内压", ("颅内压",)),
    ),
    "thyroid_function": (
        (r"甲状旁腺", ("甲状旁腺",)), (r"甲状腺癌|甲癌", ("甲状腺癌", "甲癌")), (r"碘131|碘-131|碘治疗", ("碘131", "碘治疗")),
        (_PREGNANCY, _PREGNANCY_WORDS), (r"结节", ("结节",)), (r"新生儿|足跟血|先天性", ("新生儿", "先天性")),
    ),
    "thyroid_nodule": (
        (r"甲状旁腺", ("甲状旁腺",)), (r"bethesda", ("bethesda",)),
        (r"细胞学|病理(?:结果|报告|是|说)|穿刺(?:结果|报告)", ("细胞学结果", "病理结果", "穿刺结果")),
        (r"(?:甲状腺癌|甲癌)◇*(?:转移|复发|靶向|碘131)", ("转移", "复发")),
    ),
    "prostate_hyperplasia": (
        (r"前列腺炎", ("前列腺炎",)), (r"前列腺癌", ("前列腺癌",)), (r"钙化", ("钙化",)),
    ),
    "breast_nodule": _BREAST,
    "breast_hyperplasia": _BREAST,
    "lung_nodule": (
        (r"肺大泡", ("肺大泡",)), (r"结核", ("结核",)), (r"纵隔|胸腺", ("纵隔", "胸腺")),
        (r"积液", ("积液",)), (r"造影剂|增强ct", ("造影剂",)), (r"肺炎", ("肺炎",)),
        # another organ's nodule seen on the same CT ("CT说肾上腺上有个结节")
        (r"(?:肾上腺|肝脏?|肾脏?|胰腺|脾脏?|甲状腺|乳腺|淋巴结)[^，。？！,?!]{0,10}结节", ("肾上腺", "肝结节", "肾结节", "胰腺")),
    ),
    "fatty_liver": (
        (r"肝囊肿", ("肝囊肿",)), (r"血管瘤", ("血管瘤",)), (r"肝硬化", ("肝硬化",)), (r"乙肝|丙肝|肝炎", ("乙肝", "肝炎")),
        (r"肝癌", ("肝癌",)), (r"胆囊|胆结石|胆管", ("胆囊", "胆结石")),
    ),
    "anemia": (
        (r"地中海贫血|地贫", ("地中海贫血", "地贫")), (r"再生障碍|再障", ("再生障碍",)), (r"溶血", ("溶血",)),
        (r"白血病", ("白血病",)), (r"血小板", ("血小板",)), (r"白细胞", ("白细胞",)),
    ),
    "hpv": ((_MAN, ("男",)), (r"尖锐湿疣|疣", ("疣",)), (_PREGNANCY, _PREGNANCY_WORDS),
            (r"hsil|lsil|cin|锥切|癌前病变", ("锥切", "hsil", "cin"))),
    "h_pylori": ((_PREGNANCY, _PREGNANCY_WORDS),),
    "child_fever": ((r"体温(?:偏|过)?低|低体温", ("体温偏低", "低体温")), (r"疫苗", ("疫苗",))),
    "overweight": ((r"增重|增肥|长胖|长肉|太瘦|消瘦|体重不足|体重过轻", ("增重", "增肥", "长胖")),),
    "cold_cough": (
        (r"肺炎", ("肺炎",)), (r"哮喘", ("哮喘",)), (r"结核", ("结核",)), (r"慢阻肺", ("慢阻肺",)), (r"百日咳", ("百日咳",)),
        (r"支原体", ("支原体",)),
    ),
    "blood_glucose": ((_PREGNANCY, _PREGNANCY_WORDS), (r"1型|一型", ("1型",)), (r"胰岛素泵", ("胰岛素泵",))),
    "gastritis": ((r"胆囊|胆结石", ("胆囊", "胆结石")), (r"胰腺", ("胰腺",)), (r"阑尾", ("阑尾",)), (r"肠梗阻", ("肠梗阻",)),
                  (r"萎缩|肠化|异型增生|不典型增生", ("肠化", "慢性萎缩性")), (r"麻醉|无痛", ("麻醉",))),
    "alcohol": ((r"过敏|红疙瘩|风团|荨麻疹", ("过敏",)),),
    "gum_bleeding": ((r"种植", ("种植",)), (r"拔牙|智齿", ("拔牙", "智齿")), (r"假牙|义齿", ("假牙", "义齿"))),
    "eczema": (
        (r"银屑病|牛皮癣", ("银屑病", "牛皮癣")), (r"白癜风", ("白癜风",)), (r"痤疮|青春痘", ("痤疮", "青春痘")),
        (r"带状疱疹", ("带状疱疹",)), (r"脚气|足癣|灰指甲", ("脚气", "足癣", "灰指甲")),
    ),
    "cervical_spine": ((r"腰椎|腰间盘|腰突", ("腰椎", "腰间盘")), (r"膝", ("膝",))),
    # Refunds, cancelling or transferring the card are for a person, not the entries on what the card covers.
    "membership": ((r"退钱|退款|退费|退卡|注销|取消(?:会员|卡)|转让|转给别人", ("退款", "退卡", "注销", "转让")),),
    "hyperuricemia": ((r"结石", ("结石",)),),
    "osteoporosis": ((r"骨水泥|椎体成形|压缩性骨折", ("骨水泥", "椎体成形", "压缩性骨折")),),
    "hyperlipidemia": ((r"脂蛋白a|lp\(a\)", ("脂蛋白a", "lp(a)")), (r"斑块", ("斑块",)), (r"支架|搭桥", ("支架", "搭桥"))),
    # Family history entries are written for diabetes, blood pressure, cancer and the heart, not mental or rare
    # inherited illness.
    "family_history": ((r"精神分裂|双相|抑郁症|自闭|孤独症|精神病|癫痫|地中海贫血|地贫|血友病|色盲",
                        ("精神分裂", "精神疾病", "抑郁症", "双相", "自闭", "癫痫", "地中海贫血", "血友病", "色盲")),),
}
# Aspects no health entry is written for unless it says so: prices and insurance, which hospital, papers.
ASPECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"多少钱|费用|价格|价钱|贵不贵|医保|报销|能报|自费|(?:挂号|专家|门诊|检查|手术|住院)费", ("钱", "费用", "价格", "医保", "报销", "元")),
    (r"哪家医院|哪个医院|哪里的医院|什么医院|哪(?:里|儿)(?:能|可以)?(?:做|查|看|治)|去哪(?:里|儿)?(?:做|查|看|治)|推荐(?:个|一家|一个)?(?:医院|专家)|哪个专家",
     ("哪家", "合作机构", "预约")),
    (r"病假|假条|盖章|诊断证明|开证明", ("病假", "盖章", "证明")),
    (r"补打|补办|丢了|弄丢|遗失", ("补打", "补办", "丢")),
    # After an operation ("甲状腺全切后声音嘶哑", "旋切术后注意什么"): the entries are written for before one.
    (r"术后|手术后|做完手术|开完刀|(?:切除|全切|切掉|切了)(?:以后|之后|后)", ("术后", "手术后")),
)
_GAP = "[^，。？！,.?!\\s]"  # "◇" in a pattern: any character but a clause break
# Topics whose entries are about one organ or one complaint: a question that names none of it is about something
# else, however many words it shares ("痛经厉害怎么缓解" got the entry on cyclical breast pain, "总是莫名焦虑" the one
# on insomnia and stress).
SUBJECT_WORDS: dict[str, str] = {
    "breast_nodule": r"乳|胸|咪咪|奶|bi-?rads|钼靶|腋下|小叶|纤维腺瘤",
    "breast_hyperplasia": r"乳|胸|咪咪|奶|钼靶|腋下|小叶|纤维腺瘤",
    "insomnia": r"睡|眠|觉|醒|夜|熬|作息|褪黑|安定|梦|困",
    "prostate_hyperplasia": r"前列腺|psa|尿|起夜|小便|排尿",
    "lung_nodule": r"肺|磨玻璃|ct|结节|gg",
    "hpv": r"hpv|宫颈|tct|疫苗|人乳头|[二四九]价|疣",
    "gum_bleeding": r"牙|龈|口腔|刷|漱|嘴",
}


def _compile(pairs: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Patterns compiled once, with their words."""
    return tuple((re.compile(p.replace("◇", _GAP), re.IGNORECASE), words) for p, words in pairs)


_COMPILED = {topic: _compile(pairs + ASPECTS) for topic, pairs in NEIGHBOURS.items()}
_SUBJECT = {topic: re.compile(pattern, re.IGNORECASE) for topic, pattern in SUBJECT_WORDS.items()}
_ASPECTS_ONLY = _compile(ASPECTS)


def covers(topic: str, entry_text: str, entry_words: AbstractSet[str], text: str) -> bool:
    """Whether an entry of `topic` (its question and answer `entry_text`, its phrasings' tokens `entry_words`) covers
    every neighbouring condition the question `text` names, and the question names the topic's subject."""
    haystack, question = entry_text.lower(), text.lower()
    if topic in _SUBJECT and not _SUBJECT[topic].search(question):
        return False
    return all(any(w in haystack or w in entry_words for w in needed)
               for pattern, needed in _COMPILED.get(topic, _ASPECTS_ONLY) if pattern.search(question))
