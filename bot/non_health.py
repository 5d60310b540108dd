"""Messages that are not health questions: membership and service matters, and requests outside the service.

An account matter ("我的卡什么时候到期", "怎么续费", "发票怎么开") goes to an advisor before the knowledge base is
asked: only an advisor can look it up, and the membership entries would answer something else. A service matter the
knowledge base could not answer ("你们回复太慢了") also goes to an advisor, worded as a service request, not as a
symptom for a department; an off-topic request ("帮我订个外卖", "今天天气怎么样") gets a word about what the assistant
does and no ticket. Any health word in the message wins: "药过期了还能吃吗" and "外卖吃多了胃疼" are health questions.
A pet's own health ("我家狗狗拉肚子怎么办") is a vet's matter, whatever health words it uses, unless a person is in it
(an allergy, a bite, an infection passed on, a pregnancy).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from classifier.features import DICT_PATH

Kind = Literal["pet", "account", "service", "off_topic"]

# Words that make a message a health question whatever else it says. Broad on purpose: a health question read as
# off-topic would get no ticket, while a service question read as a health one only gets the usual wording.
_HEALTH = re.compile(
    r"病|药|疼|痛|症|炎|癌|瘤|结节|囊肿|息肉|血|糖|脂|尿|大便|小便|便秘|排便|咳|痰|烧|发热|吐|泻|痒|肿|晕|发麻|麻木|"
    r"酸痛|反酸|胀|抽筋|失眠|睡眠|"
    r"睡不着|胖|瘦|减肥|体重|饮食|营养|医|诊|疫苗|过敏|心慌|心跳|心率|心脏|心悸|肝|肺|胃|肾|肠|骨|关节|腰|颈|眼|耳|鼻|"
    r"喉|嗓|牙|皮肤|头发|头晕|头疼|头痛|月经|孕|产检|产后|流产|早产|哺乳|宝宝|婴儿|手术|治疗|康复|检查|体检|化验|报告|指标|"
    r"ct|b超|彩超|核磁|胃镜|肠镜|hpv|健康|身体|不舒服|难受|症状|焦虑|抑郁|情绪|压力|吸烟|抽烟|戒烟|喝酒|饮酒|戒酒|"
    r"白酒|啤酒|红酒|运动|锻炼|"
    r"挂号|就诊|门诊|专家|住院|胶囊|颗粒|丸|注射液|口服液|片|针|胰岛素|移植|菌|病毒|感染|阳性|阴性|偏高|偏低|超标|异常|结石|斑块|甲状腺|乳腺|前列腺|疝|痔|疹|痘|癣|疮|伤|疤|"
    r"出汗|乏力|疲劳|注意力|多动|发育|身高|长高|视力|近视|记忆|体质|调理|中医|保健|养生|补品|维生素|钙",
    re.IGNORECASE,
)
# The message opens with the animal as its subject ("狗毛过敏", "狗皮膏药", "猫砂" do not).
_PET_SUBJECT = re.compile(
    r"^(?:我家|家里|我的|我养的|家养的)?的?(?:一只|那只|这只|只)?(?:狗狗|猫咪|宠物|小狗|小猫|狗子|猫猫|兔子|仓鼠|鹦鹉|金毛|"
    r"泰迪|柯基|哈士奇|柴犬|比熊|布偶|英短|边牧|狗|猫)(?!毛|粮|砂|皮|肉|屎)"
)
# A person in a pet message: their allergy, a bite or scratch, an infection passed on, a pregnancy, a family member.
_PET_PERSON = re.compile(r"过敏|传染|传给|人畜|弓形虫|狂犬|孕|咬|抓|挠|舔|我|孩子|宝宝|小孩|老人|家人|人")
# Expiry, renewal, payment and account matters: no knowledge-base entry answers them (on our validation files
# every question with these words is a must-not-answer one).
_ACCOUNT = re.compile(
    r"到期|(?:卡|会员|账号)[^，。,]{0,3}过期|有效期|续费|续卡|激活|办(?:一)?张?卡|开卡|退卡|退费|退款|发票|收据|扣款|付款|支付|账号|账户|绑定|"
    r"解绑|换绑|手机号|积分|优惠"
)
# The membership, prices and the service itself: an advisor handles them, not a department.
_SERVICE = re.compile(
    r"无限卡|会员|开通|价格|多少钱|收费|费用|权益|投诉|表扬|建议|"
    r"(?:回复|回答|服务|处理)(?:得|的)?(?:太|很|好|真|也太)?(?:慢|差|晚)|没人回|不回(?:复|消息|我)|怎么还没(?:人)?回|"
    r"(?:服务|客服|咨询|联系|你们的?)电话|联系方式|电话(?:是)?多少"
)
# The member's own records and the service's people, whatever health words come with them ("帮我查一下我的体检预约",
# "顾问回复太慢了我要投诉", "我想换个顾问"): only an advisor can look them up or act on them.
_PERSONAL = re.compile(
    r"查(?:一下|下|查)?我的(?:体检)?(?:预约|订单|会员|卡|账号|账户|积分|权益|咨询记录)|"
    r"我的(?:预约|订单)(?:呢|在哪|到哪|怎么样|成功了吗|进度)|投诉|换(?:一个|个|一位|位)?(?:健康)?(?:顾问|管家|管理师)|"
    r"不想要(?:这个)?顾问"
)
# Requests that have nothing to do with health or the membership.
_OFF_TOPIC = re.compile(
    r"外卖|天气|快递|打车|叫车|导航|股票|基金|彩票|笑话|唱(?:一)?首歌|翻译|电影|电视剧|话费|"
    r"机票|火车票|酒店|订餐|点餐|菜谱|星座|算命|红包|比分|新闻|餐厅|饭店|美食|景点|旅游攻略|游戏"
)
# Drug, disease, symptom and test names the regex cannot list ("缬沙坦", "阿莫西林胶囊", "癫痫") are in the
# classifier's medical dictionary.
_LONGEST_TERM = 8
MAX_OFF_TOPIC_CHARS = 40  # a long message is more likely to hide a health question than to be pure chat


def kind(text: str) -> Kind | None:
    """"pet", "account", "service", "off_topic" or None (a health question, or not sure)."""
    pet = _PET_SUBJECT.search(text)
    if pet and not _PET_PERSON.search(text, pet.end()):
        return "pet"
    if _PERSONAL.search(text):
        return "account"
    if _HEALTH.search(text) or _names_a_medical_term(text):
        return None
    if _ACCOUNT.search(text):
        return "account"
    if _SERVICE.search(text):
        return "service"
    if len(text) <= MAX_OFF_TOPIC_CHARS and _OFF_TOPIC.search(text):
        return "off_topic"
    return None


@lru_cache(maxsize=1)
def _medical_terms() -> frozenset[str]:
    """The medical dictionary's names and symptoms of two characters or more (tags n and v; tag l holds colloquial
    phrases such as family words and 怎么办, which say nothing about health)."""
    with open(DICT_PATH, encoding="utf-8") as f:
        rows = [line.split() for line in f if line.strip()]
    return frozenset(row[0] for row in rows if len(row[0]) >= 2 and row[-1] in ("n", "v"))


def _names_a_medical_term(text: str) -> bool:
    """True when some substring of the message is a medical dictionary word."""
    terms = _medical_terms()
    text = text.lower()
    return any(text[i:j] in terms for i in range(len(text) - 1)
               for j in range(i + 2, min(len(text), i + _LONGEST_TERM) + 1))
