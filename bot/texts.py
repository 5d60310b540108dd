"""Everything the bot says to members, in one place (Simplified Chinese)."""
from __future__ import annotations

WELCOME = (
    "您好，欢迎关注！我是无限卡会员的健康助手。\n"
    "· 血压、血脂、体重、结节、体检报告等常见健康问题，可以直接发文字或语音问我；\n"
    "· 我答不了的问题，会按科室转给健康顾问（健康管理师和医生），服务时间 {hours}；\n"
    "· 想找真人，回复“人工”或点菜单“人工咨询”；\n"
    "· 如遇胸痛、呼吸困难、意识不清等紧急情况，请立即拨打 120。"
)
WELCOME_BACK = "欢迎回来！有任何健康问题都可以直接发给我，回复“人工”可联系健康顾问。"

ESCALATED = "已收到您的问题，已转给{department}方向的健康顾问，{when}。如情况加重，请及时就医。"
ESCALATED_UNCERTAIN = "已收到您的问题，已转给健康顾问，{when}。如情况加重，请及时就医。"
HUMAN_REQUEST = "好的，已为您转接健康顾问，{when}。您可以先把想咨询的问题和相关情况发过来。"
SERVICE_REQUEST = "已收到，会员服务方面的问题已转给您的健康顾问，{when}。"
OFF_TOPIC = (
    "抱歉，这个我帮不上忙。我是无限卡会员的健康助手，可以解答血压、血糖、体重、结节、体检报告、孩子健康等问题，"
    "也可以帮您预约体检；需要真人请回复“人工”。"
)
JOINED_TICKET = "已收到，已补充给正在跟进的健康顾问，请稍候。"
GUARDRAIL = (
    "用药剂量、开药、停药和诊断需要医生结合您的具体情况判断，我不能直接回答。"
    "已转给{department}方向的健康顾问，{when}。"
)

IMAGE_RECEIVED = "图片已收到。如果是检查或体检报告，健康顾问会帮您解读，{when}。也可以补充文字说明您想了解的问题。"
VOICE_NOT_RECOGNISED = "抱歉，这条语音没能识别出来。请用文字把问题发给我，我马上帮您看。"
UNSUPPORTED = "抱歉，暂时看不了这类消息。请用文字描述您的健康问题，或回复“人工”联系健康顾问。"
LOCATION = "已收到您的位置。如需附近医院或体检机构的预约协助，请回复“人工”，健康顾问会帮您安排。"

MENU_HUMAN = HUMAN_REQUEST
MENU_BOOK_CHECKUP = (
    "好的，健康顾问将协助您预约体检，{when}。请先告诉我们：想体检的城市、希望的日期、"
    "体检人（本人/家人）以及有没有特别想查的项目。"
)
MENU_MY_REPORT = (
    "查看或解读报告：请直接把体检/检查报告拍照发过来（每页一张，尽量清晰），"
    "健康顾问会为您解读，{when}。"
)
MENU_UNKNOWN = "这个功能还在准备中。有健康问题可以直接发给我，回复“人工”联系健康顾问。"

WHEN_WITHIN = "预计{minutes}内回复"
WHEN_NEXT_OPEN = "现在是非服务时间（服务时间 {hours}），健康顾问将在{opens}后尽快回复"

DISCLAIMER = "（以上为健康科普，不能替代医生面诊；如症状加重请及时就医。）"
KB_FOOTER = "还有疑问可回复“人工”联系健康顾问。"
HIGH_RISK_FOLLOW_UP = "您提到的结果需要重视，已同时转给健康顾问，会尽快（1 小时内，非服务时间顺延）联系您。"

# The reply to each kind of small talk (bot/small_talk.py).
SMALL_TALK = {
    "greeting": "您好！我是健康助手。请直接把您的健康问题发给我，比如“体检查出甲状腺结节3类怎么办”；需要真人请回复“人工”。",
    "thanks": "不客气！还有其他健康问题，随时发给我。",
    "ack": "好的。还有其他健康问题，随时发给我；需要真人请回复“人工”。",
    "goodbye": "再见，祝您健康！有问题随时找我。",
    "unclear": "没太看明白您的意思。请用一句话说说想咨询的问题，比如“血压150/95要紧吗”；需要真人请回复“人工”。",
    "identity": (
        "我是无限卡会员的健康助手（智能程序），能解答常见的健康问题；答不了的会按科室转给健康顾问"
        "（健康管理师和医生）。想找真人请回复“人工”。"
    ),
}

RATING_QUESTION = "本次咨询已结束。请为健康顾问的服务打分：回复数字 1–5（5 分最满意）。"
RATING_THANKS = "感谢您的评价！有任何健康问题，随时可以再发给我。"
SESSION_ENDED = "好的，" + RATING_QUESTION  # the member typed 结束 (RATING_QUESTION already says it ended)
RATE_LIMITED = "您发送得有点快，请稍等一会儿再发，健康顾问会看到您之前的消息。"
