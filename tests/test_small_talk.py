"""Which whole messages are small talk (a friendly word, no ticket) and which go on through the pipeline."""
from __future__ import annotations

import pytest

from bot import small_talk


@pytest.mark.parametrize("text, kind", [
    ("你好", "greeting"), ("在吗？", "greeting"), ("医生你好", "greeting"), ("？", "greeting"),
    ("谢谢", "thanks"), ("好的，谢谢！", "thanks"), ("谢谢医生", "thanks"), ("Thank you!", "thanks"),
    ("嗯嗯", "ack"), ("收到", "ack"), ("ok👌", "ack"), ("👍", "ack"), ("哈哈", "ack"),
    ("拜拜", "goodbye"), ("晚安", "goodbye"), ("结束", "goodbye"), ("不用了，谢谢", "thanks"),
    ("你是机器人吗", "identity"), ("你是机器人还是真人", "identity"), ("您是真人吗？", "identity"),
    ("是不是自动回复啊", "identity"), ("你叫什么名字", "identity"), ("我先走了 拜拜", "goodbye"),
    ("我先下了，回头再问", "goodbye"), ("5", "unclear"), ("150/95", "unclear"), ("3.2", "unclear"),
    ("好的谢谢，我知道了", "thanks"), ("好的，那我明天去医院看看", "plan"), ("那我再观察两天吧", "plan"),
    ("明白了，我去挂个号", "plan"), ("行，我先按你说的试试", "plan"), ("我下周去复查，谢谢", "plan"),
])
def test_small_talk(text: str, kind: str) -> None:
    assert small_talk.kind(text) == kind


@pytest.mark.parametrize("text", [
    "你好，我想问血压", "好的，那我需要吃药吗", "谢谢，还有个问题", "好痛", "不好", "好多了", "嗯，头疼", "医生", "5分",
    "我想结束", "我走了", "我先走一步了", "hiv阳性", "你是医生吗，我想问血压", "哦" * 29 + "疼", "谢谢" * 40,
    "我明天去医院看看需要空腹吗", "好的，那我明天去医院看看胃", "去医院挂什么科", "那我去死吧", "观察两天还疼怎么办",
])
def test_anything_more_is_not_small_talk(text: str) -> None:
    assert small_talk.kind(text) is None
