"""classifier.mandarin: traditional characters, written Cantonese and Shanghainese, characters typed one by one."""
from __future__ import annotations

import pytest

import classifier
from classifier.mandarin import to_mandarin


@pytest.mark.parametrize("text,mandarin", [
    ("醫生說我血壓偏高", "医生说我血压偏高"),
    ("我個女琴日開始發燒，佢而家唔肯食嘢", "我女儿昨天开始发烧，他现在不肯吃东西"),
    ("係咪要驗血？點解會咁", "是不是要验血？为什么会这么"),
    ("我老豆成日頭暈，心口翳", "我爸爸一整天头晕，胸口闷"),
    ("阿拉囡囡夜里厢困勿着", "我女儿夜里睡不着"), ("阿拉姆妈咳勿停，走勿动", "我妈妈咳不停，走不动"),
    ("小 便 疼  发 烧 三 天 了", "小便疼,发烧三天了"),
    ("我喺屋企度血壓，幾耐度一次？", "我在家里量血压，多久量一次？"), ("健檢的超音波報告要追蹤嗎", "体检的B超报告要复查吗"),
    ("屋头老辈子血压高 要注意啥子", "家里长辈血压高 要注意什么"), ("甘油三酯高，伐吃药好伐？", "甘油三酯高，不吃药好吗？"),
])
def test_dialects_and_spacing_become_plain_simplified_mandarin(text: str, mandarin: str) -> None:
    assert to_mandarin(text) == mandarin


@pytest.mark.parametrize("text", [
    "想早点解脱", "一个女孩子发烧", "血压跌低了怎么办", "我系统学过急救", "抑郁不了", "关系到胸口", "我爸 今天 头晕 想吐",
    "请勿吸烟", "闲人勿进", "切勿空腹服用",
])
def test_plain_mandarin_is_left_alone(text: str) -> None:
    assert to_mandarin(text) == text


@pytest.mark.parametrize("text,department", [
    ("我個女八個月大，肚痾咗兩日，一日痾五六次", "儿科"),
    ("我琴日開始牙骹痛，食嘢都咬唔落", "口腔科"),
    ("老豆最近成日唔記得嘢，講完又問過", "神经内科"),
])
def test_the_classifier_reads_cantonese(text: str, department: str) -> None:
    assert classifier.predict(text).department == department
