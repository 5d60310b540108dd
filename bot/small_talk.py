"""Greetings, thanks, acknowledgements, goodbyes and bare numbers: a short word from the bot (`texts.SMALL_TALK`),
not a ticket.

Only a whole message that is nothing but such words counts ("你好", "在吗？", "好的谢谢", "👍"); "你好，我想问
血压" goes on through the pipeline. Without this, every "你好" and "谢谢" opened a ticket in the advisors' queue.
"""
from __future__ import annotations

import re

PHRASES = {
    # "你"/"您" before these are companions: "你是机器人还是真人" is 你 + 是机器人还是真人.
    "identity": ["是谁", "是机器人还是真人", "是真人还是机器人", "是机器人还是人工", "是人工还是机器人", "机器人还是真人",
                 "是不是机器人", "是不是真人", "是不是人工", "是机器人吗", "是机器人", "是真人吗", "是真人", "是人工吗",
                 "是ai吗", "是人工智能吗", "是不是自动回复", "是自动回复吗", "是自动回复", "叫什么名字", "叫什么"],
    "thanks": ["谢谢", "多谢", "感谢", "谢啦", "谢了", "辛苦了", "辛苦", "thankyou", "thanks", "thank", "thx",
               "你", "您", "医生", "老师"],
    "goodbye": ["再见", "拜拜", "bye", "晚安", "886", "结束咨询", "结束对话", "结束", "我先走了", "先走了", "我先下了",
                "先下了", "回头聊", "改天聊", "下次聊", "回头再问", "改天再问", "下次再问"],
    "greeting": ["你好", "您好", "hello", "hi", "哈喽", "嗨", "在吗", "在不在", "有人在吗", "有人吗", "早上好",
                 "上午好", "中午好", "下午好", "晚上好", "早安", "早"],
    "ack": ["好的", "好滴", "好吧", "好", "收到", "我明白了", "明白了", "明白", "我知道了", "知道了", "我了解了", "了解了",
            "了解", "我懂了", "okay", "ok", "行",
            "可以", "没事了", "没有了", "没问题了", "没问题", "懂了", "不用了", "不需要了", "先这样"],
}
# Words that only make sense beside another phrase ("谢谢你", "谢谢医生"), never on their own.
_COMPANIONS = {"你", "您", "医生", "老师"}
# Longest first, so "你好" is not read as "你" + "好".
_ORDERED = sorted(((p, k) for k, ps in PHRASES.items() for p in ps), key=lambda pk: -len(pk[0]))
# Punctuation, spaces, emoji and modal particles around the words.
_FILLER = re.compile(r"[\s\W_啊呀哈哦噢呢啦嘛哒吖嗯~～]+")
_PUNCTUATION_ONLY = re.compile(r"^[\s?？.。…!！,，~～]+$")  # "？", "。。。": are you there?
_NUMBER_ONLY = re.compile(r"^[\d\s.,，。/%+-]+$")  # "5", "3.2", "150/95": a number with nothing to say what it is
# When a message mixes kinds, the reply answers the most telling one ("好的，谢谢" is thanks).
_PRIORITY = ("identity", "thanks", "goodbye", "greeting", "ack")  # "unclear" is never mixed
MAX_CHARS = 30  # small talk is short
# The member's own next step, with no question in it: "好的，那我明天去医院看看", "那我再观察两天吧", "我去挂个号".
_PLAN = re.compile(
    r"(?:那|那么|那就|行|嗯)?(?:我|我们)?(?:就|还是|先|再)?"
    r"(?:明天|今天|后天|下午|晚上|周末|下周|过两天|过几天|回头|改天|马上|这就|晚点|抽空|有空)?(?:就|先|再|还是)?"
    r"(?:去|到)?(?:医院|门诊|社区医院)?(?:去)?"
    r"(?:看看|看一下|看下|看医生|看病|挂个号|挂号|查查|查一下|检查一下|复查一下|复查|"
    r"观察(?:一下|几天|两天|一段时间)?|试试|试一下|(?:按|照)(?:你|您)说的(?:做|来|试试)?)(?:吧|了|去)?"
)
_PLAN_AROUND = [p for p, k in _ORDERED if k in ("ack", "thanks")]  # "好的，…", "…，谢谢"


def kind(text: str) -> str | None:
    """The kind of small talk a whole message is, or None when it says anything more."""
    if not text.strip() or len(text) > MAX_CHARS:
        return None
    if _PUNCTUATION_ONLY.match(text):
        return "greeting"
    if _NUMBER_ONLY.match(text):
        return "unclear"
    rest = _FILLER.sub("", text.lower())
    if not rest:
        return "ack"  # 嗯嗯, 哈哈, 👍
    if _is_plan(rest):
        return "plan"
    kinds: set[str] = set()
    while rest:
        match = next(((p, k) for p, k in _ORDERED if rest.startswith(p)), None)
        if match is None:
            return None
        if match[0] not in _COMPANIONS:
            kinds.add(match[1])
        rest = rest[len(match[0]):]
    # "医生" or "你" alone is a question about to follow, not small talk.
    return next((k for k in _PRIORITY if k in kinds), None)


def _is_plan(rest: str) -> bool:
    """The message states the member's next step ("那我明天去医院看看"), maybe after an "好的" or before a "谢谢"."""
    while not _PLAN.fullmatch(rest):
        shorter = next((rest[len(p):] for p in _PLAN_AROUND if rest.startswith(p)), None) or \
            next((rest[:-len(p)] for p in _PLAN_AROUND if rest.endswith(p)), None)
        if not shorter:
            return False
        rest = shorter
    return True
