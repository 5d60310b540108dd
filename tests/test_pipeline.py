"""The dialogue pipeline's stage order, and the `python -m bot.cli ask` format."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from bot.hours import ServiceHours
from bot import pipeline
from bot.pipeline import PUBLIC_FIELDS, MemberState, decide

HOURS = ServiceHours("08:30-21:30", "Asia/Shanghai")
DAYTIME = datetime(2026, 11, 23, 3, 0)  # 11:00 in Shanghai
NIGHT = datetime(2026, 11, 23, 16, 0)  # 00:00 in Shanghai
ROOT = Path(__file__).resolve().parent.parent


def test_emergency_comes_before_everything():
    d = decide("我爸胸口剧痛满头大汗", MemberState(open_ticket_id=7), hours=HOURS, now=DAYTIME)
    assert d.action == "emergency" and d.safety == "emergency" and d.priority == "P0"
    assert "120" in d.reply and d.kb_entry_id is None


def test_self_harm_goes_to_psychiatry_with_hotline():
    d = decide("我真的不想活了", hours=HOURS, now=DAYTIME)
    assert d.action == "emergency" and d.safety == "self_harm"
    assert d.department == "精神心理科" and d.priority == "P0" and "12356" in d.reply


def test_emergency_at_night_says_when_a_person_replies():
    d = decide("我妈突然说话不清楚，半边脸歪了", hours=HOURS, now=NIGHT)
    assert d.action == "emergency" and "120" in d.reply and "08:30" in d.reply


def test_open_ticket_means_the_bot_does_not_talk_over_the_advisor():
    d = decide("血压140/90算高吗", MemberState(open_ticket_id=3), hours=HOURS, now=DAYTIME)
    assert d.action == "escalate" and d.reason == "joined_ticket" and d.kb_entry_id is None


def test_explicit_request_for_a_person():
    for text in ("人工", "转人工", "我要找医生", "请帮我联系健康顾问"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "escalate" and d.reason == "human_request", text
    # asking when to see a doctor is a health question, not a request for a person in the chat
    for text in ("肺结节多大需要找医生处理", "这种情况该找医生看吗"):
        assert decide(text, hours=HOURS, now=DAYTIME).reason != "human_request", text


def test_greetings_and_thanks_get_a_friendly_word_not_a_ticket():
    for text, expected in (("你好", "您好"), ("在吗？", "您好"), ("好的，谢谢！", "不客气"), ("👍", "好的"),
                           ("你是机器人吗", "健康助手"), ("拜拜", "再见")):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "answer" and d.reason == "small_talk" and d.priority is None, text
        assert expected in d.reply and d.department is None, text


def test_small_talk_with_a_question_goes_on_through_the_pipeline():
    for text in ("你好，血压140/90算高吗", "好的，那我需要吃药吗", "谢谢，还有个问题：右膝盖上下楼梯疼"):
        assert decide(text, hours=HOURS, now=DAYTIME).reason != "small_talk", text


def test_red_flags_and_open_tickets_come_before_small_talk():
    assert decide("我不想活了，再见", hours=HOURS, now=DAYTIME).action == "emergency"
    assert decide("谢谢", MemberState(open_ticket_id=3), hours=HOURS, now=DAYTIME).reason == "joined_ticket"


def test_service_matters_go_to_an_advisor_as_service_not_as_a_symptom():
    for text in ("我的无限卡什么时候到期", "怎么续费", "我想给我老婆也办一张卡", "发票怎么开", "你们的服务电话是多少"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "escalate" and d.reason == "service", text
        assert d.department == "内科" and "会员服务" in d.reply and "就医" not in d.reply, text


def test_account_matters_never_reach_the_knowledge_base(monkeypatch):
    def no_lookup(text):
        raise AssertionError(f"the KB was asked: {text}")

    monkeypatch.setattr(pipeline, "_kb_lookup", no_lookup)
    for text in ("无限卡到期了怎么续", "发票怎么开", "怎么换绑手机号", "我的卡是不是过期了"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.reason == "service" and "会员服务" in d.reply, text


@pytest.mark.parametrize("text,department", [
    ("我闺女八个月 发烧抽筋了 眼睛往上翻 嘴唇发紫", "儿科"), ("我老婆生完孩子后一直流血 脸色越来越白 心慌", "产科"),
    ("我下面流血止不住 一小时换了四片夜用卫生巾 头晕得不行", "妇科"), ("我儿子25岁 突然胸口剧痛 出冷汗", "心血管内科"),
    ("我爸喝了好多白酒 现在叫不醒 吐了一身", "内科"), ("被车撞了 腿骨头露出来了", "骨科"),
])
def test_an_emergency_ticket_goes_to_the_department_of_its_red_flag(text, department):
    d = decide(text, hours=HOURS, now=DAYTIME)
    assert d.action == "emergency" and d.department == department, (d.safety_rule, d.department)


def test_own_records_complaints_and_a_new_advisor_go_to_a_person_before_the_knowledge_base():
    for text in ("帮我查一下我的体检预约", "顾问回复太慢了我要投诉", "我想换个顾问"):
        assert decide(text, hours=HOURS, now=DAYTIME).reason == "service", text
    assert decide("查一下我的血压正常吗", hours=HOURS, now=DAYTIME).reason != "service"


def test_whether_a_given_medicine_may_be_taken_goes_to_a_person():
    for text in ("脂肪肝能吃护肝片吗", "尿酸高吃苏打片有用吗", "幽门螺杆菌四联药漏吃一顿怎么办", "孩子退烧药隔几个小时能再吃",
                 "我有家族性高胆固醇 现在吃他汀可以吗"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.reason == "guardrail" and d.kb_topic is None, text
    for text in ("糖尿病能吃水果吗", "体检当天早上的降压药还能吃吗", "高血压能吃鸡蛋吗"):
        assert decide(text, hours=HOURS, now=DAYTIME).reason != "guardrail", text


def test_off_topic_requests_get_a_word_about_the_service_not_a_ticket():
    for text in ("帮我订个外卖", "今天北京天气怎么样", "讲个笑话吧"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "answer" and d.reason == "off_topic" and d.priority is None, text
        assert "健康助手" in d.reply and "人工" in d.reply and d.department is None, text


def test_a_pets_health_goes_to_a_vet_and_a_person_in_it_stays_a_health_question():
    for text in ("我家狗狗拉肚子怎么办", "猫咪打了疫苗还要驱虫吗", "我家猫吃了布洛芬，怎么办"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "answer" and d.reason == "off_topic" and "兽医" in d.reply and d.priority is None, text
    for text in ("狗毛过敏怎么办", "狗皮膏药能贴吗", "狗狗拉肚子会传染给人吗", "家里养猫，孩子总咳嗽", "怀孕了能养猫吗"):
        assert "兽医" not in decide(text, hours=HOURS, now=DAYTIME).reply, text


def test_an_animal_bite_gets_wound_care_and_the_clinic_at_once_not_120():
    for text in ("被狗咬了一口出血了", "被邻居家的猫抓了一下，破皮了要打狂犬疫苗吗", "狗狗咬了我儿子的手"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "escalate" and d.reason == "urgent_care" and d.priority == "P1", text
        assert "冲洗伤口" in d.reply and "犬伤门诊" in d.reply and "120" not in d.reply, text
    # with an advisor on the chat the care still goes out first
    d = decide("刚被猫咬了", MemberState(open_ticket_id=3), hours=HOURS, now=DAYTIME)
    assert d.reason == "urgent_care" and "冲洗伤口" in d.reply
    # heavy bleeding and a pet's own injury are not this
    assert decide("被狗咬了流了好多血止不住", hours=HOURS, now=DAYTIME).action == "emergency"
    assert decide("我家猫被狗咬了", hours=HOURS, now=DAYTIME).reason != "urgent_care"
    assert decide("没被狗咬，就是吓了一跳", hours=HOURS, now=DAYTIME).reason != "urgent_care"


def test_care_tickets_go_to_the_department_of_the_injury_and_children_to_paediatrics():
    for text, department in (("鱼刺卡在嗓子里了 咽口水疼", "耳鼻喉科"), ("下午拔的牙 现在还一直在流血", "口腔科"),
                             ("热油溅到胳膊上 起泡了 很疼", "普外科"), ("电焊以后眼睛又红又疼", "眼科"),
                             ("孩子把豆子塞进鼻孔里了 拿不出来", "儿科")):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.reason == "urgent_care" and d.priority == "P1" and d.department == department, (text, d.department)


def test_low_blood_sugar_happening_now_gets_sugar_at_once_and_a_p1_ticket():
    for text in ("血糖测出来1.9，手抖出冷汗", "我爸打胰岛素，血糖2.8，出虚汗", "刚测血糖2.5", "低血糖了，心慌手抖",
                 "我妈吃了降糖药，现在血糖3.2，头晕没力气"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.action == "escalate" and d.reason == "urgent_care" and d.priority == "P1", text
        assert "立即吃糖" in d.reply and "15分钟后再测" in d.reply and d.safety_rule == "hypoglycemia", text
    # an advisor on the chat does not hold the sugar back
    assert decide("血糖2.6，手在抖", MemberState(open_ticket_id=3), hours=HOURS, now=DAYTIME).reason == "urgent_care"
    # confusion is the 120 emergency; over already, a habit, a question, a report or not low: not this
    assert decide("我奶奶血糖2.1，叫她也不怎么答应", hours=HOURS, now=DAYTIME).action == "emergency"
    for text in ("今天低血糖了，有点手抖，吃了两块糖就好了", "饭后两三个小时就心慌出汗，是反应性低血糖吗", "低血糖有什么症状",
                 "平时经常饿了就手抖出汗，是不是低血糖", "血糖高2年了，最近头晕", "血糖忽高忽低，头晕", "血糖6.5，头晕",
                 "体检报告空腹血糖2.8正常吗", "降低血糖的食物有哪些，我有点头晕", "万一低血糖了手抖怎么办"):
        assert decide(text, hours=HOURS, now=DAYTIME).reason != "urgent_care", text


@pytest.mark.parametrize("text", ["那需要吃药吗", "还有别的办法吗", "严重吗", "上面说的那个要空腹吗", "要不要复查", "挂什么科"])
def test_short_follow_ups_are_recognised(text):
    assert pipeline.follows_up(text)


@pytest.mark.parametrize("text", ["牙疼", "孩子发烧39度怎么办", "血压150/95要吃药吗", "那个医生说我血压有点高，需要吃药吗",
                                  "那天吃了海鲜身上起疹子", "这个月月经推迟了", "还有点头晕", "刚才头晕了一下"])
def test_questions_with_their_own_subject_are_not_follow_ups(text):
    assert not pipeline.follows_up(text)


def test_a_follow_up_is_routed_and_answered_with_the_previous_question():
    alone = decide("那需要吃药吗", hours=HOURS, now=DAYTIME)
    assert alone.context is None
    state = MemberState(previous_text="最近量血压150/95，有点头晕")
    d = decide("那需要吃药吗", state, hours=HOURS, now=DAYTIME)
    assert d.context == "最近量血压150/95，有点头晕。那需要吃药吗" and d.department == "心血管内科"
    # the entry that answered the previous question is not sent again: a person takes the follow-up
    if d.kb_entry_id is not None:
        again = decide("那需要吃药吗", MemberState(previous_text=state.previous_text, previous_entry_id=d.kb_entry_id),
                       hours=HOURS, now=DAYTIME)
        assert again.action == "escalate" and again.kb_entry_id is None and again.department == "心血管内科"
    # a message that reads like one but names its own subject is routed on its own
    assert decide("那我的牙龈老出血呢", state, hours=HOURS, now=DAYTIME).context is None
    # safety still reads the message itself
    assert decide("那我不想活了", state, hours=HOURS, now=DAYTIME).action == "emergency"


def test_a_health_word_keeps_a_message_a_health_question():
    for text in ("药过期了还能吃吗", "外卖吃多了胃胀", "天气一冷膝盖就疼", "会员能查幽门螺杆菌吗，多少钱",
                 "吃了过期的酸奶会怎么样"):
        d = decide(text, hours=HOURS, now=DAYTIME)
        assert d.reason not in ("service", "off_topic"), text
    assert decide("我爸突然胸口剧痛，帮我叫个车", hours=HOURS, now=DAYTIME).action == "emergency"


def test_dose_questions_are_never_answered_by_the_knowledge_base():
    d = decide("我的降压药一次吃几片", hours=HOURS, now=DAYTIME)
    assert d.action == "escalate" and d.reason == "guardrail" and d.kb_entry_id is None
    assert d.priority == "P2"


def test_unanswerable_question_escalates_with_a_department_and_time():
    d = decide("右膝盖上下楼梯疼，蹲起困难半年了", hours=HOURS, now=DAYTIME)
    assert d.action == "escalate" and d.department and d.priority in ("P1", "P2")
    assert "小时" in d.reply or "分钟" in d.reply


def test_cli_ask_prints_one_stable_json_object_per_line(tmp_path):
    env = {**os.environ, "INSTANCE_PATH": str(ROOT / "instance"), "DATABASE_URL": f"sqlite:///{tmp_path}/cli.db"}
    env.pop("REDIS_URL", None)
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask"], input="人工\n\n我爸胸口剧痛满头大汗\n",
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 2
    assert all(tuple(obj) == PUBLIC_FIELDS for obj in lines)
    assert lines[0]["action"] == "escalate" and lines[1]["action"] == "emergency"
    assert not (tmp_path / "cli.db").exists()  # no side effects
