"""Greetings, thanks, acknowledgements and goodbyes: a friendly word from the bot, not a ticket.

Only a whole message that is nothing but such words counts ("你好", "在吗？", "好的谢谢", "👍"); "你好，我想问
血压" goes on through the pipeline. Without this, every "你好" and "谢谢" opened a ticket in the advisors' queue.
"""
from __future__ import annotations

import re

from . import texts

# Filler that may surround the words: punctuation, spaces, emoji and modal particles.
_FILLER = r"[\s\W_啊呀哈哦噢呢啦嘛哒吖~～]*"
_KINDS = {
    "thanks": r"(?:谢谢|多谢|感谢|谢啦|谢了|辛苦了?|thanks?|thank you|thx)(?:你|您|医生|老师|啦|了)*",
    "greeting": r"(?:你好|您好|hi|hello|哈喽|嗨|在吗|在不在|有人吗|有人在吗|早上好|上午好|中午好|下午好|晚上好|早安|早)",
    "goodbye": r"(?:再见|拜拜|bye|晚安|886)",
    "identity": r"(?:你是谁|你是机器人吗?|你是真人吗?|你是ai吗?|你是人工智能吗?|你叫什么(?:名字)?)",
    "ack": r"(?:好的?|好滴|嗯+|哦+|噢|哈哈+|收到|明白了?|知道了|了解了?|ok|okay|行|可以|好吧|没事了|没有了|没问题了?|懂了)",
}
_ONE = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KINDS.items())
# One to three such phrases ("好的，谢谢！", "你好在吗") and nothing else.
_MESSAGE = re.compile(rf"^{_FILLER}(?:(?:{_ONE}){_FILLER}){{1,3}}$", re.IGNORECASE)
_PHRASE = re.compile(_ONE, re.IGNORECASE)
_PUNCTUATION_ONLY = re.compile(r"^[\s?？.。…!！,，~～]+$")  # "？", "。。。": are you there?
_SYMBOLS_ONLY = re.compile(r"^[\s\W_]+$")  # 👍, 🙏: no words at all

REPLIES = {
    "thanks": texts.SMALL_TALK_THANKS,
    "greeting": texts.SMALL_TALK_GREETING,
    "goodbye": texts.SMALL_TALK_GOODBYE,
    "identity": texts.SMALL_TALK_IDENTITY,
    "ack": texts.SMALL_TALK_ACK,
}
# When a message mixes kinds, the reply answers the most telling one ("好的，谢谢" is thanks).
_ORDER = ("identity", "thanks", "goodbye", "greeting", "ack")


def kind(text: str) -> str | None:
    """The kind of small talk a whole message is, or None when it says anything more."""
    if not text.strip():
        return None
    if _PUNCTUATION_ONLY.match(text):
        return "greeting"
    if _SYMBOLS_ONLY.match(text):
        return "ack"
    if not _MESSAGE.match(text):
        return None
    found = {k for m in _PHRASE.finditer(text) for k, v in m.groupdict().items() if v}
    return next(k for k in _ORDER if k in found)


def reply(text: str) -> str | None:
    """The bot's friendly answer to small talk, or None when the message is not small talk."""
    k = kind(text)
    return REPLIES[k] if k else None
