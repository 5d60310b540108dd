"""Safety stage: emergency and self-harm red flags, answer guardrails and high-risk findings in member messages.

Runs before every other stage on every member message. Rule-based first: every rule decision can be traced to a
named rule (see docs/safety.md), and recall matters more than precision - when a message could be a real
emergency or a look-alike, it is flagged. When the rules say "none", a small back-up classifier (bot/safety_model.py)
may still raise a flag for phrasings the lexicon does not know (rule ids "model_emergency"/"model_self_harm"); it
never clears a rule's flag and cannot overrule the rules' negation, history or media context.
"""
from __future__ import annotations

import re
import re._constants as _sre  # the parsed-pattern opcodes, for _first_chars
import re._parser as _sre_parse
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Literal

from classifier import drugs
from classifier.mandarin import to_mandarin

try:
    from . import safety_model as _backup
    from . import small_talk
except ImportError:  # loaded by file path (scripts/eval_safety.py, scripts/train_safety.py): no package around us
    import importlib.util
    import sys
    from pathlib import Path
    from types import ModuleType

    def _sibling(name: str) -> ModuleType:
        """A module beside this file, loaded by path."""
        spec = importlib.util.spec_from_file_location(f"bot_{name}", Path(__file__).with_name(f"{name}.py"))
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules[spec.name] = module  # type: ignore[union-attr]  # dataclasses resolve annotations through it
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module

    _backup, small_talk = _sibling("safety_model"), _sibling("small_talk")

__all__ = ["Flag", "Guardrail", "SafetyResult", "assess", "emergency_reply", "self_harm_reply", "emergency_department",
           "RULE_IDS"]

Flag = Literal["none", "emergency", "self_harm"]
Guardrail = Literal["dose", "prescription", "stop_medicine", "diagnosis"]


@dataclass(frozen=True)
class SafetyResult:
    """Outcome of the safety stage for one message."""

    flag: Flag
    rule: str | None  # id of the rule that fired (red flag first, else the high-risk finding)
    first_aid: str | None  # for emergencies: the one key first-aid step, Chinese, one sentence
    guardrail: Guardrail | None  # asks for a dose/prescription/stopping a medicine/a diagnosis -> never KB-answered
    high_risk: bool  # severely abnormal report value or high-risk finding -> ticket priority P1
    urgent_care: str | None = None  # not a 120 emergency but care that cannot wait for an advisor (a bite, low sugar)


# --------------------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------------------

# Pinyin typed instead of characters ("xiong kou teng", "bu xiang huo le"). Multi-syllable words first, then single
# syllables with the character most likely in a health message. Only runs that contain a known word are converted,
# so English abbreviations (CEA, MRI, HPV) stay as they are.
_PINYIN_WORDS = {
    "xiongkou": "胸口", "xinkou": "心口", "xinzang": "心脏", "touteng": "头疼", "dutongzi": "肚子", "duzi": "肚子",
    "chuhan": "出汗", "lenghan": "冷汗", "dahan": "大汗", "yishen": "一身", "shoubuliao": "受不了",
    "chuanbushangqi": "喘不上气", "chuanbuguoqi": "喘不过气", "huxi": "呼吸", "kunnan": "困难", "yundao": "晕倒",
    "yunguoqu": "晕过去", "hunmi": "昏迷", "jiaobuxing": "叫不醒", "hanbuxing": "喊不醒", "choucu": "抽搐",
    "choufeng": "抽风", "zhongfeng": "中风", "naogeng": "脑梗", "xingeng": "心梗", "zuiwai": "嘴歪",
    "shuohua": "说话", "buqing": "不清", "fashao": "发烧", "gaoshao": "高烧", "tuxue": "吐血", "chuxue": "出血",
    "liuxue": "流血", "jiuming": "救命", "zisha": "自杀", "xiangsi": "想死", "qusi": "去死", "huobuxiaqu": "活不下去",
    "buxianghuole": "不想活了", "huozhe": "活着", "meiyisi": "没意思", "jietuo": "解脱", "yiliaobailiao": "一了百了",
    "tiaolou": "跳楼", "gewan": "割腕", "shangdiao": "上吊", "anmianyao": "安眠药", "shaotan": "烧炭",
    "zican": "自残", "yishu": "遗书", "yiyan": "遗言", "zaijian": "再见", "shijie": "世界", "suanle": "算了",
    "meiyou": "没有", "buxiang": "不想", "huole": "活了", "sile": "死了", "tebie": "特别", "feichang": "非常",
    "haonanshou": "好难受", "nanshou": "难受", "yizhi": "一直", "turan": "突然", "haizi": "孩子", "baobao": "宝宝",
    "laoren": "老人", "woma": "我妈", "woba": "我爸", "mama": "妈妈", "baba": "爸爸", "xinhuang": "心慌",
    "xiongmen": "胸闷", "touyun": "头晕", "nongyao": "农药", "zhongdu": "中毒", "guomin": "过敏",
    "shenme": "什么", "yisi": "意思", "daodi": "倒地", "daodishang": "倒地上", "meifanying": "没反应", "fanying": "反应", "huoxiaqu": "活下去", "buxiangzai": "不想再", "youshenmeyisi": "有什么意思", "chengbuxiaqu": "撑不下去",
}
_PINYIN_SYLLABLES = {
    "le": "了", "de": "得", "bu": "不", "mei": "没", "wo": "我", "hen": "很", "hao": "好", "tai": "太", "si": "死",
    "xiang": "想", "qu": "去", "huo": "活", "teng": "疼", "tong": "痛", "han": "汗", "yun": "晕", "chu": "出",
    "yi": "一", "shen": "身", "shou": "受", "liao": "了", "xiong": "胸", "kou": "口", "xin": "心", "tou": "头",
    "ma": "妈", "ba": "爸", "ta": "他", "ni": "你", "zhen": "真", "lei": "累", "ya": "呀", "a": "啊", "ne": "呢",
    "zhi": "直", "ji": "急", "kuai": "快", "men": "闷", "chuan": "喘", "qi": "气", "xue": "血", "tu": "吐",
    "zui": "嘴", "wai": "歪", "la": "拉", "ye": "也", "dou": "都", "jiu": "就", "zai": "在", "shi": "是",
}
_PINYIN_FINALS = ("iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai", "ei",
                  "ui", "ao", "ou", "iu", "ie", "ve", "ue", "er", "an", "en", "in", "un", "vn", "ia", "ua", "uo",
                  "a", "o", "e", "i", "u", "v")
_PINYIN_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:" + "|".join(_PINYIN_FINALS) + ")")
_PINYIN_RUN = re.compile(r"[a-z]+(?:\s+[a-z]+)*")


@lru_cache(maxsize=4096)
def _syllables(word: str) -> tuple[str, ...] | None:
    """Split a letter run into pinyin syllables (longest first, with backtracking), or None if it is not pinyin."""
    if not word:
        return ()
    for n in range(min(6, len(word)), 0, -1):
        if _PINYIN_SYLLABLE.fullmatch(word[:n]):
            rest = _syllables(word[n:])
            if rest is not None:
                return (word[:n],) + rest
    return None


def _pinyin_to_hanzi(run: str) -> str:
    """Characters for a pinyin run that contains a known word; the run unchanged otherwise."""
    sylls: list[str] = []
    for word in run.split():
        parts = _syllables(word) if len(word) <= 40 else None
        if parts is None:
            return run
        sylls += parts
    out: list[str] = []
    i, known = 0, False
    while i < len(sylls):
        for n in range(min(5, len(sylls) - i), 1, -1):
            word = "".join(sylls[i:i + n])
            if word in _PINYIN_WORDS:
                out.append(_PINYIN_WORDS[word])
                i, known = i + n, True
                break
        else:
            out.append(_PINYIN_SYLLABLES.get(sylls[i], sylls[i]))
            i += 1
    return "".join(out) if known and len(sylls) >= 2 else run


# Frequent typos and internet slang that would otherwise hide a red flag.
_TYPOS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"紫砂(?![壶锅杯茶陶煲盆泥色器])", "自杀"),  # slang spelling of 自杀
        (r"自鲨|zisha|zs(?=了|吧|算了)|(?<=想|要|去)zs", "自杀"),
        (r"(?<=想|去|能|会|就)(?:si|sǐ|4)(?![a-z\d])", "死"),
        (r"不想(?:或|火|获)了", "不想活了"),
        (r"割晚|隔腕|哥腕", "割腕"),
        (r"跳喽(?!啰)", "跳楼"),
        (r"烧碳", "烧炭"),
        (r"安眠要|安明药|安眼药|按眠药", "安眠药"),
        (r"隐型眼镜", "隐形眼镜"),
        (r"眼晴", "眼睛"),
        (r"叫不星|叫不性(?=了|$|[,。!?])", "叫不醒"),
        (r"白内章", "白内障"),
        (r"胎懂", "胎动"),
        (r"新脏(?=病|不舒服|疼|痛|难受|跳)", "心脏"),
        (r"(?:说话|讲嘢)?黐脷", "说话不清"),
        (r"狂犬一苗|狂犬疫描", "狂犬疫苗"),
        (r"[冇没]晒力|冇力", "没力气"),
        (r"(?:bi|pi)虫", "蜱虫"),
        (r"水疱", "水泡"),
        (r"听不件|听不贱", "听不见"),
        (r"抽蓄|抽畜|抽触|抽出(?=了?[,。!?]|$)", "抽搐"),
        (r"惊阙|惊决|惊撅", "惊厥"),
        (r"冷汉|冷寒(?=[,。!?]|$)", "冷汗"),
        (r"晕到(?=了|在地|在床)|昏到(?=了|在)|晕道(?=了|在)", "晕倒"),
        (r"昏谜|婚迷", "昏迷"),
        (r"中疯|中凤", "中风"),
        (r"脑埂|脑耿", "脑梗"),
        (r"心埂|心耿", "心梗"),
        (r"喘不上起|喘不过起", "喘不上气"),
        (r"一整平", "一整瓶"),
        (r"吐学", "吐血"), (r"时侯", "时候"), (r"血鸭(?=高|低|量|\d|[一二三四五六七八九]|是|有|都)", "血压"),
        (r"(?:一百|两百)(?:([一二三四五六七八九])十([一二三四五六七八九])?)?(?=多|左右|[,。!?]|$|的|了|吧)",
         lambda m: ("1" if m.group(0).startswith("一") else "2") + (str(_CN_NUM[m.group(1)]) if m.group(1) else "0")
         + (str(_CN_NUM[m.group(2)]) if m.group(2) else "0")),
        (r"三十([七八九])度([一二三四五六七八九半])?",
         lambda m: f"3{_CN_NUM[m.group(1)]}" + (f".{5 if m.group(2) == '半' else _CN_NUM[m.group(2)]}" if m.group(2) else "") + "度"),
        (r"呼吸困南|呼吸困男", "呼吸困难"),
        (r"高绕|高骚(?=不退|了|到|\d)", "高烧"),
        (r"留(?=了?(?:好多|很多|一身|满头|一头|不少|一脸)?(?:的)?(?:冷|虚|大)?汗)", "流"),
        (r"偏滩|偏摊", "偏瘫"),
        (r"中峰(?=了)", "中风"),
        (r"羊(?:癫|角)风", "羊角疯"),
        (r"(?<![a-z])bxhl(?![a-z])", "不想活了"),
        (r"(?<![a-z])hbxq(?![a-z])", "活不下去"),
        (r"(?<=[疼痛难受憋])的(?=受不了|要命|厉害|不行|要死|说不出|直不起|打滚|冒汗|喘不)", "得"),  # 的/得 mix-up
        (r"(?<![a-z])bb(?![a-z]|霜|cream)", "宝宝"),
    )
)


# English health and crisis words mixed into Chinese messages ("my dad chest pain 很厉害", "baby 才6 weeks 发烧").
# Letters are not word boundaries next to Chinese characters, so the edges are explicit look-arounds.
_ENGLISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"\s*(?<![a-z])(?:" + p + r")(?![a-z])\s*"), r) for p, r in (
        (r"chest\s*(?:pain|pains|tightness|pressure)|pain\s*in\s*(?:my|his|her)?\s*chest", "胸痛"),
        (r"heart\s*attack", "心梗"),
        (r"heat\s*stroke", "中暑"),
        (r"stroke", "中风"),
        (r"faint(?:ed|s)?|passed\s*out|pass(?:es)?\s*out|collapsed?", "晕倒"),
        (r"unconscious|unresponsive|not\s*responding|won'?t\s*wake\s*up", "昏迷"),
        (r"(?:can'?t|cannot|can\s*not)\s*breathe?|short(?:ness)?\s*of\s*breath|difficulty\s*breathing", "喘不上气"),
        (r"seizures?|convulsions?|convulsing", "抽搐"),
        (r"choking|choked", "噎住"),
        (r"overdosed?|\bod'?d", "服药过量"),
        (r"suicidal|suicide", "自杀"),
        (r"kill\s*myself", "杀了自己"),
        (r"(?:i\s*)?(?:want|wanna)\s*(?:to\s*)?die", "想死"),
        (r"self[\s-]*harm", "自残"),
        (r"end\s*it\s*all|end\s*everything", "结束这一切"),
        (r"end\s*my\s*life|take\s*my\s*(?:own\s*)?life", "结束生命"),
        (r"(?:don'?t|do\s*not)\s*want\s*to\s*(?:live|be\s*alive|exist)", "不想活了"),
        (r"my\s*(?:dad|father|daddy)", "我爸"),
        (r"my\s*(?:mom|mum|mother|mommy)", "我妈"),
        (r"(?:new\s*born\s*)?baby|newborn", "宝宝"),
        (r"(\d+)\s*(?:weeks?|wks?)(?:\s*old)?", r"\1周"),
        (r"(\d+)\s*days?\s*old", r"\1天"),
        (r"(\d+)\s*months?(?:\s*old)?", r"\1个月"),
    )
)


def normalize(text: str, spaces_as_breaks: bool = True) -> str:
    """Full-width to half-width, lower case, traditional to simplified, English health words and pinyin to
    characters, spaces between words as clause breaks (or dropped), common typos fixed."""
    t = to_mandarin(unicodedata.normalize("NFKC", text or "").lower())
    if re.search(r"[a-z]{4}", t):
        for pattern, repl in _ENGLISH:
            t = pattern.sub(repl, t)
    t = _PINYIN_RUN.sub(lambda m: _pinyin_to_hanzi(m.group(0)), t)
    if spaces_as_breaks:
        # Chat messages often use a space instead of a comma ("我爸倒地上了 喊不答应"): a space between two
        # non-ASCII characters is a clause break, any other whitespace is dropped.
        t = re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", ",", t.strip())
    t = re.sub(r"\s+", "", t).replace("...", "…")
    for pattern, repl in _TYPOS:
        t = pattern.sub(repl, t)
    return t


# --------------------------------------------------------------------------------------------------------------
# Regex helpers: "◇" is one character inside the same clause, "◆" the same but not a negation character.
# --------------------------------------------------------------------------------------------------------------

_SEPS = ",!?;。\n…~:"
_SEP_RE = re.compile(rf"[{_SEPS}]|\.(?!\d)")
_CONTEXT = 40  # context cues further away than this inside one run-on clause no longer count; bounds the cost
_SOFT_BREAK = re.compile(r"但是|但|可是|不过|然而|结果|后来")


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a lexicon pattern, expanding the clause-gap placeholders."""
    return re.compile(pattern.replace("◇", f"[^{_SEPS}]").replace("◆", f"[^{_SEPS}不没无未]"))


@lru_cache(maxsize=32)
def _separators(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start and end offsets of every clause separator, computed once per message."""
    found = [m.span() for m in _SEP_RE.finditer(text)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """Text of the same clause before and after a span."""
    starts, ends = _separators(text)
    i = bisect_right(starts, start - 1)  # separators that start before the span
    left = max(ends[i - 1] if i else 0, start - _CONTEXT)
    j = bisect_left(starts, end)
    right = min(starts[j] if j < len(starts) else len(text), end + _CONTEXT)
    pre = text[left:start]
    breaks = list(_SOFT_BREAK.finditer(pre))
    if breaks:  # "以前有过, 但今天又..." - context before 但 does not colour what follows
        pre = pre[breaks[-1].end():]
    return pre, text[end:right]


# A-not-A questions (是不是, 有没有) and 有无 are not negations.
_A_NOT_A = re.compile(r"(.)([不没])\1")

_FILLERS = (r"(?:有|出现过?|发生过?|感到|感觉到?|觉得|什么|明显|任何|发现|再|太|过|怎么|特别|的|地|啥|伴有?|伴随|"
            r"见|是|想过?|想到|打算|考虑过?|动过|那种|这种|很|那么|这么|又|还|都|也|会|再次|一点儿?|多少|到|得|要|在|"
            r"被|去|曾|曾经|那个|这个)")
_NEG_CUES = (r"(?:(?<!有)没有|(?<!有)没|无(?!法|力|故|缘|端|意识|反应|知觉|呼吸|精打采)|未(?!经|满|到)|否认|并非|不是|"
             r"从不|从没|不再|不会|不用|(?<![特区性级分派告识辨鉴个类差])别|(?<![是要会能好行对])不(?![停断住止了行省知管久少时]))")
_NEG_PRE = re.compile(_NEG_CUES + _FILLERS + r"*$")
# Self-harm: "别/不要 + 自杀" still means the topic is live ("劝他不要自杀"), so imperatives do not negate.
_NEG_PRE_SELF = re.compile(r"(?:(?<!有)没有|(?<!有)没|从不|从没|不再|不会|否认|并非|不是|(?<![是要会能好行对劝])不(?![停断住止了行省知管久少时要]))"
                           + _FILLERS + r"*$")
_NEG_POST = re.compile(r"^(?:倒|倒是|也|都|并|是|还|则|就)?(?:没有|没|无|不明显|不多|不严重|没什么)(?:了|的|过|呢|啊|哦)?$")

_HISTORY_PRE = re.compile(r"(?:\d+|[一二三四五六七八九]十)(?:多|几|来)?岁(?:出头)?就|[一二三四五六七八九]十(?:出头|多)就|以前|之前|从前|以往|既往|(?<![打走跑赶送拿递飞冲扑转开晕昏睡抽弄搬追回爬游跳看望话])过去|曾经|曾|去年|前年|上个?月|上周|上次|上回|几年前|多年前|"
                          r"\d+年前|[一二两三四五六七八九十几]+年前|小时候|年轻时|年轻的时候|病史|(?<![没未])(?:有过|得过|犯过)|那年|"
                          r"当年|早年|前几年|(?<![没未])(?:做过|出过)|前阵子|前段时间|前些日子|有段时间|有一段时间|那段时间|"
                          r"(?:\d+|[一两二三四五六七八九十几半]+)(?:个月|岁半?)(?:的)?时候|(?:初中|高中|小学|大学|上学|读书)(?:的)?时候")
_AGAIN = re.compile(r"又|再次|再一次")
_DIAGNOSIS_PRE = re.compile(r"(?:医生|大夫|医院)◇{0,4}(?:说|诊断|确诊|判断)(?:为|是|成)◇{0,4}$".replace("◇", "[^,!?;。\n…~:]"))
_ACUTE = re.compile(r"今天|今早|今晚|今日|今儿|现在|刚才|刚刚|刚|突然|忽然|正在|这会|此刻|又|再次|再一次|这次|这一次|"
                    r"目前|马上|昨天|昨晚|前天|半小时|分钟前|小时前|还在|仍然")
_HISTORY_POST = re.compile(r"^(?:过(?=$|了|的|吗|呢|一次|几次|两次|好几次|很多次|多次|没|几回|一回|两回|好几回)|史|病史|的病史|后遗症|的后遗症|术后|康复|恢复期|(?:的)?(?:病人|患者)|(?:去世|过世|走的|死的|没的)|(?:走|去世|过世)了)")
_NAMED_HISTORY_POST = re.compile(r"^(?:了?(?:还能活|能活|寿命|以后|之后|多久能|能不能)|后|之后|以后|术后|手术|支架|搭桥|治疗|病人|患者|的人|老人|康复|恢复|好几年|"
                                 r"(?:了)?(?:\d+|[一两二三四五六七八九十几多好]+)(?:个)?(?:年|月))")
_HYPO_PRE = re.compile(r"(?:怎么|如何|怎样)(?:判断|区分|识别|知道|分辨|辨别|鉴别)|(?:怎么|如何|怎样)(?:正确)?(?:给|帮|对|为)"
                       rf"[^{_SEPS}]{{0,4}}(?:做|进行|实施|施行)|有人说|别人说|人家说|都说|听人说|常说|老话说|传言|谣言|如果|假如|假设|假若|万一|要是|倘若|预防|防止|避免|以防|防范|科普|新闻|报道|电视(?:上|里|中|剧里|剧中|新闻)|电影(?:里|中)|剧里|"
                       r"剧中|小说|故事|主角|男主|女主|角色|知识|书上|书里|课上|课堂|讲座|培训|学习|学过|考试|考题|作业|论文|听说|据说|"
                       r"网上说|文章|视频里(?![^,!?;。\n…~:]{0,3}(?:我|俺|咱))|朋友圈|比如|例如|什么是|模拟(?!考)|演练|急救课|梦见|梦到|梦里|做梦|学校学|课上学|老师教")
# What one was doing when it happened ("学习的时候突然胸口压着疼", "课上突然晕倒了", "看小说看着突然胸口疼"): these words
# are a story or a lesson only when nothing sudden follows them, or when the sudden thing is what was said or taught.
_ACTIVITY = re.compile(r"小说|故事|课上|课堂|讲座|培训|学习|考试|作业|论文|文章")
_TOLD = re.compile(r"^[里中上]|说|讲|教|写|提到|介绍|演|主角|角色|男主|女主|剧情|情节|人物")


# A video call with family is how many members see a parent who lives far away ("跟我爸视频里看到他突然说话含糊").
_VIDEO_CALL = re.compile(r"(?:跟|和|与|给|打)[^,!?;。\n…~:]{0,4}视频|视频(?:通话|电话)")


def _hypothetical(pre: str) -> bool:
    """Whether the words before a term make it hypothetical, a story or a lesson."""
    for m in _HYPO_PRE.finditer(pre):
        rest = pre[m.end():]
        if _ACTIVITY.fullmatch(m.group(0)) and _ACUTE.search(rest) and not _TOLD.search(rest):
            continue  # the activity during which it happened
        if m.group(0).startswith("视频") and _VIDEO_CALL.search(pre):
            continue
        return True
    return False


_EDU_POST = re.compile(r"^(?:(?:的)?(?:症状|表现|前兆|征兆|早期|原因|诱因|病因|危害|定义|知识|心理|心理学|治疗|"
                       r"后遗症|康复|护理|概率|几率|风险|率|区别|机制|预防|急救知识|培训|课程|演练|新闻|报道|电影|小说|"
                       r"话题|案例|原理|机理|机制|发病机制|发病原理)|(?:有什么|有哪些|是什么|都有啥|有啥)(?:症状|表现|前兆|征兆|危害|区别|原因|诱因|原理)|(?:为什么|为啥)(?:会|能)?(?:死人|致死|致命|危险|这么危险|可怕|要命|会死)|"
                       r"(?:怎么|如何|怎样)(?:做|预防|治疗|护理|康复|判断|识别|区分|避免|防止|学|操作|练习)|"
                       r"是什么意思|什么意思|是什么病|是怎么回事|怎么回事|的?(?:死亡率|致死率|发生率|存活率)|(?:会不会|会|能)(?:变成|发展成|转成|转为)|"
                       r"和◇{0,8}(?:有(?:没有)?(?:什么)?(?:关系|联系|区别|不同)|(?:怎么|如何|怎样)(?:区分|区别|鉴别)|(?:的)?(?:区别|不同))|有(?:什么|啥)?不同|"
                       r"有(?:没有)?(?:什么)?关系|(?:会|能)遗传|(?:会|能|可以|能不能)(?:影响|根治|治好|治愈|复发|好吗)|"
                       r"影响智力|影响大脑|了?(?:应该|该|要)?(?:怎么|如何|怎样)(?:判断|识别|区分|分辨|知道|确定)|(?:的)?(?:急救|处理|应急|自救|救治|处置)(?:方法|措施|步骤|知识|常识|流程|技巧|原则)|(?:的)?急救◇{0,3}(?:要)?注意(?:哪些|什么|些什么|啥))".replace("◇", f"[^{_SEPS}]"))
# "车祸后颈椎一直不舒服，三年了": the event is the cause of a long-standing complaint, not happening now.
_SEQUELA_POST = re.compile(r"^(?:后|之后|以后)")
_FUTURE_Q_POST = _rx(r"^(?:过)?(?:以后|之后|后)◇{0,8}(?:还会|会不会|会再|再发|复发|注意什么|要注意|怎么预防|能不能|可以|能吃|能做)")
_AFTER_POST = re.compile(r"^(?:过)?(?:以后|之后)$")
# "医生说是热性惊厥，以后要注意什么": the future question opens the next clause (round 7).
_FUTURE_Q_NEXT = _rx(rf"[{_SEPS}](?:过)?(?:以后|之后|那以后)◇{{0,8}}(?:还会|会不会|会再|再发|复发|注意什么|要注意|怎么预防)")
_FUTURE_Q = re.compile(r"还会|会不会|会再|再发|复发|注意什么|要注意|怎么预防")
_RECOVERED = _rx(r"现在◇{0,6}好(?:了|多了)|现在◇{0,6}(?:挺好|很好|都好|不错)|(?:治疗|吃药|调理|住院)(?:后|以后|之后)?◇{0,3}好(?:了|多了)|已经(?:好了|走出来|康复)|"
                 r"早就(?:完全|已经)?好了|完全好了|现在(?:挺|很|都)好|走出来了|恢复得(?:不错|很好|挺好|还行|可以)|康复了|已经出院|"
                 r"(?:状态|情绪|病情|心情)◇{0,4}(?:很|挺|比较|一直|都|还算|非常)(?:稳定|平稳)|现在◇{0,10}(?:很|挺|都很|比较|非常)(?:稳定|阳光|开朗)|(?:性格|人)◇{0,2}开朗了|"
                 r"控制得(?:很好|不错|挺好|还行)|过得(?:很|挺|还|都)?(?:好|不错)|现在(?:好好的|没事了?|都正常)|很快(?:就)?醒(?:了|过来了)|"
                 r"现在◇{0,10}(?:挺|很|都很|比较|非常)(?:开心|快乐)|(?:已经|都)(?:\d+|[一两二三四五六七八九十几]+)年(?:都)?没(?:有)?(?:再)?(?:犯|发作|复发|了)")
# An event from an earlier day that a doctor has already seen: checked and sent home.
_EVALUATED = _rx(r"已经出院|出院了|出院回家|(?:查|检查)了?◇{0,8}(?:都)?(?:没(?:有)?(?:问题|事|大碍|什么事)|正常)|医生说没(?:事|问题|大碍)|"
                 r"(?:看|查)过(?:了)?◇{0,3}说没(?:事|问题|大碍)|"
                 r"(?:医院|医生)◇{0,6}说是|(?:看|查)了◇{0,4}说是")
_NOW = re.compile(r"现在|刚才|刚刚|正在|又|再次|还在|今天|今早|今晚|此刻|这会")
# Round 8. A long-past, dated event told as history ("三年前宫外孕做过手术…现在想怀孕", "两岁的时候抽过一次…现在五岁
# 了没再抽过"): the span follows a dated past marker with nothing current between, and the message goes on to what
# happened afterwards (后来, 当时, 没再, 现在 + an age, 出院, 恢复), with no current or ongoing word after it.
_LONG_PAST = _rx(r"去年|前年|(?:\d+|[一两二三四五六七八九十几多]+)年前|几年前|多年前|前几年|前些年|小时候|年轻(?:的)?时(?:候)?|那年|当年|早年|"
                 r"(?:\d+|[一两二三四五六七八九十几半]+)(?:个月|岁半?)(?:的)?时候|(?:初中|高中|小学|大学|上学|读书)(?:的)?时候|"
                 r"生(?:孩子|老大|老二|宝宝|小孩)(?:的)?时候|以前|曾经|前阵子|前段时间|上个?月")
_STRICT_NOW = _rx(r"今天|今早|今晚|今日|今儿|刚才|刚刚|正在|这会|此刻|又|再次|再一次|这次|这一次|马上|昨天|昨晚|前天|"
                  r"这几天|这两天|最近|半小时|分钟前|小时前|还在|仍然|一直在|越来越|不停|停不下来|止不住|还没醒|叫不醒|醒不过来")
_LATER_STATUS = _rx(r"后来|当时|那时|没再|再也没|一直没(?:再)?(?:犯|发|抽)|至今没|抢救过来|救过来|救回来|出院|恢复|治好|好了|"
                    r"现在◇{0,4}(?:\d+|[一两二三四五六七八九十几]+)(?:多)?(?:岁|个月|年级)|现在◇{0,3}(?:已经)?(?:长大|上班|上学|工作|"
                    r"(?:高|初)[一二三])|幸好|好在|还好|(?:查|检查)了?◇{0,8}(?:都)?(?:没(?:有)?(?:问题|事|大碍)|正常)|医生说是|"
                    r"送◇{0,2}医院|住◇{0,2}院")


# Something that happens after the patient came home ("上周脑出血住院，出院回家后叫不醒") is new, whatever the stay before.
_AFTER_DISCHARGE = _rx(r"(?:出院|回家|回到家)(?:了)?◇{0,2}(?:后|以后|之后)|出院回家")


def _after_discharge(text: str, start: int) -> bool:
    """The span follows a discharge or the return home within the same stretch of text."""
    return bool(_AFTER_DISCHARGE.search(text, max(0, start - _CONTEXT), start))


def _past_day_before(text: str, start: int) -> bool:
    """An earlier day is named before the span with no later 'now' word between ("前几天检查都正常，今天突然…" is now)."""
    day = None
    for day in _PAST_DAY.finditer(text, max(0, start - _CONTEXT), start):
        pass
    return day is not None and not _NOW.search(text, day.end(), start)


# Round 8: an event the message then says led to a diagnosis at a hospital ("…口吐白沫，送去医院检查说是癫痫"), in a
# message that asks about the condition (treatment, hospital, medicine, cause), with nothing current in it. The
# machine-paraphrased style of online questions writes 出现 as 再次出现, so 再次 alone is not "now" here.
_DIAGNOSED = _rx(r"(?:送|到|去|带|上)◇{0,6}医院◇{0,14}(?:说是|诊断|确诊|查出|发现是|发觉是|才知道|才知晓|结果是)|"
                 r"(?:检查|诊断)(?:完|后|之后)?◇{0,4}(?:说是|发现是|发觉是|结果是|诊断为|才知道|才知晓)")
_CURRENT = _rx(r"今天|今早|今晚|今日|刚才|刚刚|正在|此刻|这会|还在|还没醒|叫不醒|喊不醒|醒不过来|到现在|现在还|"
               r"停不下来|止不住|一直没醒")


def _diagnosed_after(text: str, end: int) -> bool:
    """The span is an event told before the diagnosis it led to, in a question about the condition (round 8)."""
    if not _in_message(_CONDITION_QUESTION, text) or _in_message(_CURRENT, text):
        return False
    return bool(_DIAGNOSED.search(text, end))


def _told_as_history(text: str, start: int, end: int) -> bool:
    """The span belongs to a dated past event the message then tells the outcome of (round 8)."""
    window = text[max(0, start - _CONTEXT):start]
    marker = None
    for marker in _LONG_PAST.finditer(window):
        pass
    if marker is None or _STRICT_NOW.search(window, marker.end()):
        return False
    after = text[end:]
    return not _STRICT_NOW.search(after) and bool(_LATER_STATUS.search(after))


# Round 8. A message that is study, a course or a paper ("我在考急救证", "在写一篇论文", "科普书上写"), with nothing
# happening now: the emergency words in it are knowledge.
_STUDY_MSG = _rx(r"考◇{0,3}(?:急救|护士|护师|医师|救生员)◇{0,2}证|急救证|主管护师|在写◇{0,8}论文|写论文|科普书|书上(?:写|说)|"
                 r"卫生院医生|判断指征|科目一|急救题|考题|"
                 r"(?:单位|公司|学校)◇{0,6}(?:培训|讲座)|急救(?:培训|课)|(?:安全|驾驶员|员工|消防|岗前)培训|演练|演习|"
                 r"视频(?:上|里)?说|在学◇{0,6}(?:知识|护理|急救)|"
                 r"出了事◇{0,4}(?:第一步|先|该|怎么)|以防万一|平时(?:该|应该|要)?(?:怎么|如何)(?:保管|存放|预防|放)")
# A question about known epilepsy as a condition ("癫痫能治好吗", "哪家医院治癫痫好", "癫痫和晕厥怎么区别"): the
# seizures and faints the message tells of are the disease's history, unless something happens now or goes on.
_EPILEPSY = _rx(r"癫痫|羊(?:癫|角)疯|母猪疯|羔羊疯")
# Round 8: the machine-paraphrased style of online questions writes 出现/发生 as 再次出现/再次发生, and a child's age
# as 现在12岁; neither is "now" in a question about the condition.
_NOW_STORY = _rx(r"现在(?!◇{0,2}(?:\d+|[一两二三四五六七八九十几]+)(?:多)?(?:岁|个月))|刚才|刚刚|正在|又|再次(?!出现|发生)|还在|今天|今早|今晚|此刻|这会")
_ONGOING = _rx(r"还不醒|还没醒|没醒|醒不过来|叫不醒|不停|停不下来|没停|止不住|越来越|一直抽|还在抽|抽个不停")
_CONDITION_QUESTION = _rx(r"怎么治|怎样治|如何治|治疗|治好|能治|哪家医院|什么医院|医院好|吃什么药|用药|药物|遗传|原因|病因|表现|症状|"
                          r"忌口|忌嘴|预防|康复|区别|哪个科|科室|寿命|是什么|有哪些|特征|土方|偏方|中药|西药|能好|危害")
_PAST_DAY = re.compile(r"昨天|昨晚|前天|前几天|上周|上个?星期|上礼拜|那天|大前天")
# A question about preventing something ("烧炭取暖怎么防中毒"), asked in the same clause as the emergency word.
_PREVENT_Q = re.compile(r"(?:怎么|如何|怎样|咋)(?:才能)?(?:预防|防止|防范|防|避免)|防(?:止)?(?:中毒|摔|溺水|中暑|触电|噎)|"
                        r"要注意什么|注意什么|注意事项")
_LONG_DURATION = re.compile(r"(?:\d+|[一两二三四五六七八九十几半多好]+)(?:个)?多?(?:年|月)(?![前初底份号中])|"
                            r"(?:这|好|很)(?:几|多)(?:年|个月)|至今|到现在(?:还|都|也)")
_HABIT_PRE = re.compile(r"平时|平常|经常|时常|常常|老是|总是|偶尔|有时|有时候|时不时|每次|每当|每天|每晚|每到|动不动|"
                        r"长期|一直以来|这几年|好几年|多年|容易|一(?:活动|运动|走路|走|爬|上楼|干活|跑|着急|生气|紧张|"
                        r"躺|劳累|吃)◇{0,4}就".replace("◇", f"[^{_SEPS}]"))
_HABIT_POST = re.compile(r"^(?:已经)?(?:有)?(?:好|很)?(?:几|多|\d+|[两三四五六七八九十])(?:个)?(?:年|月)|^(?:很久|好久|长期)")
_SELF_MEDIA_PRE = re.compile(r"(?:如果|假如|万一|要是)(?:以后|将来|哪天)?(?:遇到|碰到|发现|有)?(?:家里|身边|周围|班上|公司里?)?(?:家人|家属|亲人|朋友|孩子|学生|患者|病人|同事|别人|有人|来访者)"
                             r"[^,!?;。\n…~:]{0,4}(?:说|提到|流露|表达|表示)|新闻|报道|电视(?:上|里|中|剧里|剧中|新闻)|电影(?:里|中)?(?!院)|剧里|剧中|(?<!发)小说|故事|文章|书上|书里|课上|课堂|讲座|论文|研究|作业|"
                             r"纪录片|节目|(?:一|这|那)(?:部|本|首)(?:讲|写|关于)|问(?:对方|别人|来访者|学生|患者|病人|当事人)(?:有没有|是否|有无)|"
                             r"统计|数据|网上说|听说|据说|科普|预防|防止|防范|主角|角色|男主|女主|剧情|情节|演员|明星|电视剧|追剧|看剧|》|"
                             r"为什么(?:有(?:的)?人|人们?)(?:会|要)?|"
                             r"作家|歌手|艺人|视频|短视频|抖音|微博|网上看到|(?:怎么|如何|怎样)(?:识别|判断|发现)|"
                             r"(?:(?:的人|患者|病人|人群|青少年|大学生|老年人|男性|女性|孩子们)|(?:症|病)的?(?:孩子|小孩|儿童|患者|病人|人))(?:为什么|为啥|容易|更容易|往往|常常|会|会不会)"
                             rf"[^{_SEPS}]{{0,6}}$")
# "看了个纪录片 讲的是割腕的人怎么被抢救回来的": the message opens with a film, book or show and retells it.
_SELF_MEDIA_MSG = re.compile(r"^(?:最近|今天|昨天|昨晚|刚)?(?:看了|在看|读了|在读|听了)(?:个|一个|一部|一本|一首|部|本)?"
                             r"(?:纪录片|电影|电视剧|剧|日剧|韩剧|美剧|书|小说|视频|节目|动漫|歌)|^(?:刚|刚刚|今天|昨天|昨晚|最近)?(?:看完|读完|看了|在追|追了|追)《")
_SELF_EDU_POST = re.compile(r"^(?:者|者的?家属|遗属)|^(?:的)?(?:原因|心理|心理学|率|新闻|报道|案例|事件|电影|小说|书|话题|研究|现象|日剧|韩剧|美剧|电视剧|剧|纪录片|动漫|动画|"
                            r"歌曲|歌|节目|"
                            r"预防|机制|统计|数据|干预工作|(?:干预|预防)(?:热线)?的?(?:工作人员|工作者|志愿者|培训|资质|流程|课程|机构|专业))|^(?:这个|这两个)?(?:词|字)◇{0,4}(?:怎么|如何)?(?:写|读|念|翻译|意思)|"
                            r"^(?:的)?(?:拼音|读音|英文|英语|笔画)|^(?:是)?什么意思|^(?:的)?意思(?:是)?(?:啥|什么)|"
                            r"^(?:的)?(?:近义词|反义词|出处|典故|用法)|^(?:怎么)?造句|"
                            r"^(?:会)?有(?:哪些|什么)(?:迹象|表现|信号|征兆|前兆)|^的?(?:常见)?(?:迹象|表现|信号|征兆|前兆)(?:有哪些|是什么|有什么)"
                            .replace("◇", f"[^{_SEPS}]"))

_WORRY_PRE = re.compile(rf"(?:担心|害怕|(?<!哪)怕(?!是)|生怕|(?<!不)小心|(?<!不)当心|提防|防着)[^{_SEPS}]{{0,6}}$")
_MAY_PRE = re.compile(r"(?:会|可能会|容易|能|会不会|可能)(?:引起|导致|造成|诱发|引发)?$")
_QUESTION_POST = re.compile(r"^(?:吗|么|嘛|呢|不|没|啊\?)")
_CAUSE_PRE = re.compile(r"(?:会|会不会|可能|可能会|容易|能)(?:引起|导致|造成|诱发|引发)$")
_CAUSE_Q_POST = re.compile(rf"^[^{_SEPS}]{{0,3}}(?:吗|么|嘛|呢)")
# Pets are not members: "狗狗抽搐了" goes to a vet, not 120.
# Family members: a plea for help may name them, a pet may have bitten them.
_KIN = (r"爸|妈|爹|娘|老公|老婆|媳妇|丈夫|妻子|老伴|老爷子|老太太|老头子?|老太|孩子|宝宝|小孩|娃|儿子|女儿|闺女|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|他|她|"
        r"哥|姐|弟|妹|公公|婆婆|邻居|同学")
_PET = re.compile(r"狗狗|猫咪|宠物|(?:我家|家里)的?(?:狗|猫)|(?:一|那|这|有|两|几)只(?:猫|狗)|流浪(?:猫|狗)|小狗|小猫|狗子|猫猫|兔子|仓鼠|鹦鹉|金毛|泰迪|柯基|哈士奇|布偶|英短")
# The message is about an animal from its first words, or asks for a vet, and no person is hurt by the animal.
# "我家狗很健康不用担心，是我老公切到手腕": the animal is named only to say it is fine.
_PET_FINE = re.compile(r"(?:狗|猫|宠物|兔子|仓鼠|鹦鹉)[^,，。.!！?？]{0,4}(?:没事|很健康|好好的|不用担心|没问题|挺好)")
_PET_MSG = re.compile(r"^(?:我家|家里|我的|我养的|楼下|楼上|小区里?|邻居家|路边|门口|村里)?(?:的)?(?:有)?(?:一只|那只|这只|只)?(?:狗狗|猫咪|宠物|狗|猫|小狗|小猫|狗子|猫猫|兔子|仓鼠|鹦鹉|金毛|泰迪|柯基|"
                      r"哈士奇|布偶|英短)|宠物医院|兽医")
_BITTEN = _rx(r"被◇{0,6}(?:咬|抓|挠|(?<!车)撞|扑)|(?:咬|抓|挠|扑)(?:了|伤了|破了|到了?)?(?:我|人|家人|" + _KIN + r")|"
              r"把(?:我|人|家人|" + _KIN + r")◇{0,4}(?:咬|抓|挠|扑|撞)")
_UNCERTAIN_PRE = re.compile(r"(?:是不是|好像|可能|疑似|怀疑|怕是|应该是|估计|像是|会不会是|貌似|感觉是|是)(?:得了|是|有|"
                            r"发生了|犯了|发作了)?$")
_NAMED_ACUTE_POST = re.compile(r"^(?:了(?!\d|[一两二三四五六七八九十几多好]+(?:个)?(?:年|月)|很久|好久)|发作|犯了|复发|"
                               r"急性发作)")


# Round 8: the message opens with a question about how dangerous a condition is, with no person named before it.
_TITLE_RISK_POST = _rx(r"^(?:是不是|是否)?(?:很|非常|特别|真的)?(?:危险|严重|可怕|要命)(?:吗|呢|么)?(?=$|[,!?;。\n…~:])")
_TITLE_SUBJECT = _rx(r"我|" + _KIN + r"|今天|刚才|刚刚|现在")
_SEPARATOR = _rx(rf"[{_SEPS}]")


def _first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with, or None when that set is not a small literal one (the
    pattern can match empty, or start with any character or a class). Lets a rule skip a search that cannot succeed:
    most of the ~500 rules' first terms start with characters a given message does not contain."""

    def item(op, av):  # type: ignore[no-untyped-def]  # -> (characters, can be empty)
        if op is _sre.LITERAL:
            return {chr(av)}, False
        if op is _sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is _sre.LITERAL:
                    chars.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None, False
            return chars, False
        if op is _sre.BRANCH:
            union: set[str] = set()
            empty = False
            for branch in av[1]:
                first, can_be_empty = seq(branch)
                if first is None:
                    return None, False
                union |= first
                empty = empty or can_be_empty
            return union, empty
        if op is _sre.SUBPATTERN:
            return seq(av[-1])
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            first, can_be_empty = seq(av[2])
            return first, can_be_empty or av[0] == 0
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return set(), True  # zero-width: the match starts with what follows
        return None, False

    def seq(items):  # type: ignore[no-untyped-def]
        chars: set[str] = set()
        for op, av in items:
            first, can_be_empty = item(op, av)
            if first is None:
                return None, False
            chars |= first
            if not can_be_empty:
                return chars, False
        return chars, True

    try:
        first, can_be_empty = seq(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unusual construct: no shortcut, always search
        return None
    return None if first is None or can_be_empty or pattern.flags & re.IGNORECASE else frozenset(first)


@lru_cache(maxsize=64)
def _chars(text: str) -> frozenset[str]:
    """The characters of a message, once per message."""
    return frozenset(text)


@dataclass(frozen=True)
class _Term:
    """One alternative-set of words that must be present and 'live' (current, not negated, not hypothetical)."""

    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None  # look-alike context anywhere in the same clause
    unless_pre: re.Pattern[str] | None = None  # look-alike context right before the match (anchored with $)
    unless_post: re.Pattern[str] | None = None  # look-alike context right after the match (anchored with ^)
    unless_msg: re.Pattern[str] | None = None  # look-alike context anywhere in the message
    named: bool = False  # a disease name (中风, 心梗): needs a sign it is happening now
    habit: bool = True  # habitual/chronic phrasing (经常, 好几年了) means not an emergency
    first: frozenset[str] | None = None  # the characters a match can start with (None: unknown)

    def found(self, text: str) -> bool:
        """Whether the pattern occurs in the message (skipping the search when no match can start in it)."""
        return (self.first is None or not self.first.isdisjoint(_chars(text))) and bool(self.pattern.search(text))


def _t(pattern: str, unless: str | None = None, pre: str | None = None, post: str | None = None,
       msg: str | None = None, named: bool = False, habit: bool = True) -> _Term:
    """Build a term from lexicon strings."""
    compiled = _rx(pattern)
    return _Term(compiled, _rx(unless) if unless else None, _rx(pre + "$") if pre else None,
                 _rx("^" + post) if post else None, _rx(msg) if msg else None, named, habit, _first_chars(compiled))


# A real message names a symptom a few times; a pasted wall of one repeated trigger must not cost seconds of CPU.
_MAX_MATCHES_PER_TERM = 50


@lru_cache(maxsize=256)
def _in_message(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a message-level cue occurs anywhere in the message: searched once per message, not per match
    (per match, a long message repeating a trigger would cost quadratic time)."""
    return bool(pattern.search(text))


@lru_cache(maxsize=32)
def _about_a_pet(text: str) -> bool:
    """The whole message is about an animal (once per message, not per match)."""
    return bool(_PET_MSG.search(text)) and not _BITTEN.search(text) and not _PET_FINE.search(text)


def _negated(neg_view: str, text: str, start: int, end: int, self_harm: bool) -> bool:
    """True when a negation cue sits right before the span, or the clause ends with 没有 after it."""
    pre, post = _clause(neg_view, start, end)
    cue = _NEG_PRE_SELF if self_harm else _NEG_PRE
    if cue.search(pre):
        return True
    _, real_post = _clause(text, start, end)
    return bool(_NEG_POST.match(real_post))


def _live_spans(text: str, neg_view: str, term: _Term, self_harm: bool = False) -> list[tuple[int, int]]:
    """Spans where the term occurs in current, affirmed, first-hand context."""
    spans: list[tuple[int, int]] = []
    if term.unless_msg and _in_message(term.unless_msg, text):
        return spans
    for seen, m in enumerate(term.pattern.finditer(text)):
        if seen == _MAX_MATCHES_PER_TERM:
            break
        start, end = m.span()
        if end == start:
            continue
        if text.rfind("《", 0, start) > text.rfind("》", 0, start) and "》" in text[end:]:
            continue  # inside a title: 《活着》, 一本书叫《自杀》, a song 《我想死去》
        pre, post = _clause(text, start, end)
        clause = pre + m.group(0) + post
        if term.unless and term.unless.search(clause):
            continue
        if term.unless_pre and term.unless_pre.search(pre):
            continue
        if term.unless_post and term.unless_post.search(post):
            continue
        if _negated(neg_view, text, start, end, self_harm):
            continue
        if self_harm:
            if _SELF_MEDIA_PRE.search(pre) or _SELF_EDU_POST.search(post):
                continue
            if _in_message(_SELF_MEDIA_MSG, text) and "我" not in pre + post:
                continue
            if _in_message(_RECOVERED, text) and _HISTORY_PRE.search(text, max(0, start - _CONTEXT), start) \
                    and not _ACUTE.search(pre):
                continue  # "以前有过想死的念头，现在好了": a past episode, asking how to stay well
            spans.append((start, end))
            continue
        acute_pre = bool(_ACUTE.search(pre))
        if _hypothetical(pre) or _PET.search(pre) or _about_a_pet(text):
            continue
        if _PREVENT_Q.search(clause) and not acute_pre:
            continue
        if _in_message(_RECOVERED, text) and _HISTORY_PRE.search(pre) and not acute_pre:
            continue  # "老公以前有过一次心梗，现在恢复得不错，平时要注意什么"
        if _in_message(_EVALUATED, text) and not _NOW.search(pre) and _past_day_before(text, start) \
                and not _after_discharge(text, start):
            continue  # "我爸昨天晕倒送医院了，查了没问题，今天已经出院": seen by a doctor and sent home
        if _in_message(_RECOVERED, text) and not _NOW.search(pre) and _past_day_before(text, start):
            continue  # "我妈昨天晕倒过一次 很快就醒了 现在好好的": an earlier day's event, over now
        if _diagnosed_after(text, end):
            continue  # "突然倒地抽搐，送去医院检查说是癫痫，哪家医院治得好": the event that led to a diagnosis
        if _DIAGNOSIS_PRE.search(pre) and not acute_pre:
            continue  # "上个月发烧抽过一次，医生说是热性惊厥": the name a doctor gave an earlier event
        if _told_as_history(text, start, end) and not _after_discharge(text, start):
            continue  # "前年生孩子时大出血，当时抢救过来了，现在孩子一岁了": a dated past event and its outcome
        if _in_message(_STUDY_MSG, text) and not (_in_message(_STRICT_NOW, text) or _in_message(_NOW_STORY, text)):
            continue  # "一个人晕倒了先做什么？我在考急救证": study, not an event
        if _in_message(_EPILEPSY, text) and _in_message(_CONDITION_QUESTION, text) \
                and not (_in_message(_NOW_STORY, text) or _in_message(_ONGOING, text)):
            continue  # "我妹妹有癫痫，发作时口吐白沫，哪家医院治得好": the disease's history, asked about as a condition
        if _WORRY_PRE.search(pre) and not post.startswith("了"):
            continue  # "怕孩子触电", "担心他晕倒": a worry, not an event
        if _MAY_PRE.search(pre) and (_QUESTION_POST.search(post) or (pre.endswith("会不会") and not post.startswith("了"))):
            continue  # "开空调睡觉会一氧化碳中毒吗": a question about a risk
        if _CAUSE_PRE.search(pre) and _CAUSE_Q_POST.search(post):
            continue  # "糖尿病会引起昏迷吗": a knowledge question about a cause (round 8)
        if _EDU_POST.search(post) and not acute_pre:
            continue
        if _TITLE_RISK_POST.search(post) and not _TITLE_SUBJECT.search(text, 0, start) \
                and not _SEPARATOR.search(text, 0, start):
            continue  # a title question about a condition in general: "宫外孕破裂是不是很危险？我三年前…"
        hist = None
        for hist in _HISTORY_PRE.finditer(pre):
            pass
        if hist and not (_ACUTE.search(pre, hist.end()) or _AGAIN.search(m.group(0))):
            continue  # a past event; "有癫痫病史的儿子又抽了" is a new one (又 is part of the match)
        if _HISTORY_POST.search(post) and not acute_pre:
            continue
        if _SEQUELA_POST.search(post) and not acute_pre and _in_message(_LONG_DURATION, text):
            continue
        if not acute_pre and (_FUTURE_Q_POST.search(post) or (_AFTER_POST.match(post) and _in_message(_FUTURE_Q, text))
                              or (not post and _FUTURE_Q_NEXT.match(text, end, end + 16))):
            continue  # "高热惊厥以后还会再发吗": a question about the future after a past event
        if term.habit:
            habit = None
            for habit in _HABIT_PRE.finditer(pre):
                pass
            if habit and not _ACUTE.search(pre, habit.end()):
                continue
            if _HABIT_POST.search(post):
                continue
        if term.named:
            if _NAMED_HISTORY_POST.search(post) and not acute_pre:
                continue
            if re.search(r"(?:担心|害怕|怕|会不会|容易|可能会|预防|防止|避免|以防|引起|导致|诱发|引发|造成|预示|防|"
                         r"关于|治疗|降低|减少)(?:得|患|发生|出现|发作)?$", pre):
                continue
            if not (acute_pre or _UNCERTAIN_PRE.search(pre) or _NAMED_ACUTE_POST.search(post)):
                continue
        spans.append((start, end))
    return spans


@dataclass(frozen=True)
class _Rule:
    """A red-flag rule: all terms live within `window` characters, plus an optional message-level requirement."""

    id: str
    flag: Flag
    terms: tuple[_Term, ...]
    first_aid: str | None = None
    window: int = 60
    need: re.Pattern[str] | None = None  # must appear anywhere in the message (e.g. sudden onset)
    forbid: re.Pattern[str] | None = None  # must not appear anywhere in the message
    check: Callable[[str, str], bool] | None = None  # custom logic instead of terms

    def fires(self, text: str, neg_view: str) -> bool:
        """True when the rule matches the normalised message."""
        if not all(term.found(text) for term in self.terms):
            return False  # the cheap test first: most rules have a word missing from most messages
        if self.need and not self.need.search(text):
            return False
        if self.forbid and self.forbid.search(text):
            return False
        if self.check:
            return self.check(text, neg_view)
        self_harm = self.flag == "self_harm"
        starts: list[list[int]] = []
        for term in self.terms:
            spans = _live_spans(text, neg_view, term, self_harm)
            if not spans:
                return False
            starts.append(sorted(s for s, _ in spans))
        first, *others = starts
        return any(all(_near(f, other, self.window) for other in others) for f in first)


class _Gate:
    """The rules of a list that can fire on a message, in list order, found without calling each rule.

    A rule fires only if each of its terms occurs, and a term occurs only if the message holds one of the characters
    its matches start with (`_Term.first`); each rule is indexed under those characters of its most selective term.
    Checking ~500 rules one call at a time cost about a quarter of a worker's CPU; most of them cannot match.
    """

    def __init__(self, rules: tuple[_Rule, ...]) -> None:
        self.always: list[int] = []
        self.by_char: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            sets = [term.first for term in rule.terms if term.first is not None]
            if not sets:
                self.always.append(i)
                continue
            for ch in min(sets, key=len):
                self.by_char.setdefault(ch, []).append(i)

    def candidates(self, text: str) -> list[int]:
        """Indices of the rules that may fire on `text`, in order."""
        found = set(self.always)
        for ch in _chars(text):
            found.update(self.by_char.get(ch, ()))
        return sorted(found)


def _near(position: int, sorted_starts: list[int], window: int) -> bool:
    """True when some start lies within `window` characters of `position`."""
    i = bisect_left(sorted_starts, position - window)
    return i < len(sorted_starts) and sorted_starts[i] <= position + window


def _rule(rule_id: str, flag: Flag, *terms: _Term, aid: str | None = None, window: int = 60,
          need: str | None = None, forbid: str | None = None) -> _Rule:
    """Build a rule from terms."""
    return _Rule(rule_id, flag, terms, aid, window, _rx(need) if need else None, _rx(forbid) if forbid else None)


# --------------------------------------------------------------------------------------------------------------
# Shared vocabulary
# --------------------------------------------------------------------------------------------------------------

_CHILD = r"孩子|宝宝|小孩|儿子|女儿|闺女|娃|伢(?:儿|子)|宝贝|孙子|孙女|外孙|小朋友|婴儿|幼儿|新生儿|小宝|\d+岁(?:的)?(?:男孩|女孩|孩子|宝宝)"
_SUDDEN = r"突然|突发|忽然|一下子|猛然|猛地|瞬间|一瞬间|刚才|刚刚|一觉醒来|睡醒|早上起来|起床后"
_CHEST = (r"(?:胸|心口|心前区|心窝|心脏|心头|胸膛|心肝头)(?:◆{0,8}?(?:痛|疼|绞|压|紧|憋|闷|堵|勒|箍|揪|攥|捏住|拧)|◆{0,4}?(?:难受|不舒服))|"
          r"捂着?(?:胸口|心口|胸)")
# Signs of poor circulation or shock that make a complaint an emergency.
_SHOCK = (r"手脚(?:冰凉|发凉|冰冷)|四肢(?:冰凉|发凉|冰冷)|(?:脸色|面色)◇{0,2}(?:发灰|灰白|铁青|发青|青青|苍白|煞白|惨白|蜡黄)|嘴唇发白|"
          r"(?:要|快|感觉要|好像要)晕(?:了|倒|过去)?|"
          r"脸(?:色)?(?:煞|惨|苍|发)?白(?:得|了)|"
          r"晕倒|晕过去|昏|站不住|站不稳|要倒|冷汗|虚汗")
_SWEAT = (r"汗◇{0,5}(?:湿透|浸透)|被汗(?:湿|浸)透|出了?(?:好多|很多|一身|满头|一头|不少)(?:的)?汗|流(?:了)?(?:好多|很多|一身|满头|一头|不少|一脸)?(?:的)?(?:冷|虚|大)?汗|冷汗|大汗|虚汗|出汗|冒汗|汗如雨下|一身汗|满头汗|满身汗|浑身是汗|全是汗|"
          r"汗◇{0,4}(?:流|冒|淌|湿透|往下|直滴|滴)|湿透|汗珠|汗水|汗津津|汗涔涔|汗淋淋|大汗淋漓|"
          r"(?:满|一)(?:头|脸|身|脑门子?|额头)(?:的|是)?汗")
_FEVER = (r"发烧|发热|高烧|低烧|高热|烧到|烧了|有点烧|体温◇{0,4}(?:3[89]|4[0-2])|(?:3[89]|4[0-2])(?:\.\d)?(?:度|℃|°)|"
          r"(?:量|测)(?:了|出)?◇{0,3}(?:3[89]|4[0-2])(?:\.\d)?(?![\d.%万元块斤公kcm])|"
          r"(?<![\d.])(?:3[89]|4[0-2])\.\d(?![\d%万元块斤公kcm])|(?:额头|头|身上|身体|摸着|手心|脑门|脖子)◇{0,3}(?:烫|发烫)")
_HIGH_FEVER = r"高烧|高热|(?:烧到|体温)◇{0,4}(?:39|4[0-2])|(?:39|4[0-2])(?:\.\d)?(?:度|℃|°)"
_PREGNANT = (r"怀孕|孕妇|(?<![备避验])孕(?:期|早期|中期|晚期|\d+周|[一二三四五六七八九十]+周|周)|怀孕\d+|妊娠|怀了|"
             r"有了宝宝|早孕|怀着|怀二胎|二胎\d+周|(?<![\d.])(?:2[4-9]|3\d|4[0-2])周(?:了|多|\+)")
# "头突然疼得要炸", "脑壳痛" (south-western dialect): a few words may sit between head and pain.
_HEADACHE = (r"(?<![骨舌码丫里石])头(?!发|皮屑)◆{0,4}?(?:痛|疼)|头部剧痛|(?:脑袋|脑壳|脑仁|脑阔|后脑勺|太阳穴)◆{0,4}?(?:痛|疼)|"
             r"(?:头|后脑勺|脑袋|脑壳)◇{0,3}(?:炸|裂)")
_ABDOMEN = r"(?:肚子|腹部|腹|小腹|下腹|上腹|小肚子|肚脐)◆{0,4}(?:痛|疼|绞痛|坠痛|剧痛|坠胀)"
_MENSES = r"月经|例假|大姨妈|姨妈|经期|来事|痛经"
# Symptom families shared by the co-occurrence rules below.
# An old stroke whose sequelae are being asked about ("外婆中风三年，左边手脚还是没力气，怎么康复").
_STROKE_OLD = (r"^(?!.*(?:突然|忽然|刚才|刚刚|今天|一下子|早上起来|一觉醒来|又|加重)).*(?:后遗症|康复|复健|恢复期|"
               r"(?:中风|脑梗|脑出血|卒中|脑溢血|偏瘫)(?:后|了)?(?:\d+|[一两三四五六七八九十几半多好]+)(?:个)?多?(?:年|月))")
_DROWSY = (r"(?:喊|叫)(?:他|她)?(?:也|都)?不(?:怎么|太)(?:应|答应|搭理)|迷迷糊糊|迷糊|迷迷瞪瞪|迷瞪|昏昏沉沉|昏沉|昏睡|嗜睡|不清醒|意识|神志|叫不醒|喊不醒|叫不应|喊不应|说胡话|胡言乱语|"
           r"答非所问|问◇{0,4}(?:答不上|不回答|不答|没反应)|答不上(?:来)?|认不出人|不认(?:识|得)?人|反应(?:很|特别)?(?:慢|迟钝)|"
           r"(?:光|只会|就是|一直|只是)哼哼|一直睡|半天才(?:哼|应|答应|睁眼|有(?:点)?反应)|睡着?叫不|晕过去|昏过去|不省|不(?:太|怎么)清醒|"
           r"(?:说话|问话|问她|问他|跟她说话|跟他说话)◇{0,6}(?:不吭声|不回答|没反应|不理人|光看着)|光(?:看着|瞪着眼)|两眼发直|眼神发直")
# Acute confusion: does not know the family, answers make no sense (stroke, low sugar, infection - all urgent).
_CONFUSION = (r"认不出(?:人|我们|家人|我|儿女|孩子)|不认(?:识|得)(?:人|我们|家里人|我)(?:了)?|答非所问|说话(?:也)?对不上|"
              r"胡言乱语|说胡话|光看着不(?:吭声|说话)|(?:跟|和|对)(?:她|他)说话◇{0,6}(?:不吭声|不回答|没反应|不理人|光看着)|"
              r"两眼发直|眼神发直|意识模糊|神志不清|糊涂了|驴唇不对马嘴|牛头不对马嘴|前言不搭后语|"
              r"(?:说话|说的话|问话)◇{0,3}(?:一直|老是|反复)重复|(?:一直|反复)(?:问|说)(?:同一句|一样的话|同样的话)|"
              r"话◇{0,3}(?:就|都|也)?乱了|(?:词|字)(?:都|也)?对不上")
_FAINTISH = (r"晕得◇{0,3}(?:站不起来|起不来)|头晕|发晕|晕乎|晕倒|心慌|脸色(?:苍白|发白|煞白|惨白|蜡黄)|脸◇{0,2}(?:煞白|惨白|苍白|发白)|站不稳|站不住|"
             r"眼前◇{0,4}发黑|没力气|没劲|乏力|出冷汗|冷汗|虚汗|嘴唇发白|晕(?:了)?(?:一下|过去)")
_LIMB_WEAK = (r"(?:手|胳膊|手臂|腿|脚|一只手|一条腿|一边胳膊)◇{0,4}(?:没力|无力|没劲|动不了|不能动|抬不起来|拿不住|拿不稳|握不住|"
              r"不听使唤|使不上劲|麻木|发麻|麻了|软了|举不起来|举不动|提不起来)|拿不(?:住|稳)(?:筷子|东西|碗|杯子|勺子|杯)")
_SPEECH = (r"(?:说话|讲话|吐字|口齿|言语|说的话)◇{0,4}(?:不清|含糊|不利索|不利落|不连贯|费劲|大舌头|说不明白|咬不清|颠三倒四|"
           r"乱七八糟|颠倒)|大舌头|舌头◇{0,2}(?:发硬|发麻|不听使唤|僵|不灵活|不利索|打结|转不过来)|说不出话|讲不出话|不会说话了|"
           r"说不了话|答非所问|口齿不清|话◇{0,2}(?:都|也)说不(?:清|利索|利落|明白|囫囵|连贯)|"
           r"颠三倒四|语无伦次|咬不清字|吐字不清|词不达意|话◇{0,2}(?:都|也)说不出|说话◇{0,3}说不出来|嗯嗯啊啊|"
           r"驴唇不对马嘴|牛头不对马嘴|前言不搭后语|话◇{0,3}(?:就|都|也)?乱了|(?:词|字)(?:都|也)?对不上")

# First-aid steps, one Chinese sentence each (what to do while waiting for 120).
_AID_CHEST = "立即停止活动，坐下或半躺休息，不要自行走动或开车去医院。"
_AID_STROKE = "记下发病时间，让患者平躺或侧卧，不要喂水喂药。"
_AID_BREATH = "让患者保持坐位或半坐位，解开衣领和腰带，保持空气流通。"
_ANTICOAGULANTS = r"华法林|利伐沙班|拜瑞妥|阿哌沙班|艾乐妥|达比加群|泰毕全"
_AID_MISSING = "告诉警察老人的样子、穿着和走失的时间地点，请家人邻居分头在附近找、联系物业看监控；找到后如果受冻、受伤或叫不醒，拨打120。"
_AID_ANTICOAGULANT_BLEED = "立即去急诊，带上正在吃的抗凝药；不要自己停药或加药，能压迫的出血处持续用力按压，出现头晕、黑便或意识改变时拨打120。"
_AID_CIRCULATORY_SHOCK = "让患者平躺、抬高双腿、注意保暖，不要喂水喂食，立即拨打120；带上正在吃的药（尤其是激素、抗排异药）和病历。"
_AID_SENT_TO_ER = "按医生说的马上去最近的医院急诊，带上化验单和正在吃的药，不要自己开车；路上出现胸痛、呼吸困难或意识不清，立即拨打120。"
_AID_UNCONSCIOUS = "把患者放平并检查呼吸，没有正常呼吸就立即做心肺复苏，有呼吸则让其侧卧、保持气道通畅。"
_AID_CPR = "立即开始心肺复苏：在胸部正中用力快速按压，每分钟100到120次，附近有AED就马上取来使用。"
_AID_VOMIT_BLOOD = "让患者侧卧或坐起，防止血液呛入气道，暂时不要吃东西和喝水。"
_AID_COUGH_BLOOD = "让患者侧卧、头偏向一侧，把血轻轻咳出来，不要憋住或咽下。"
_AID_STOOL_BLOOD = "让患者平躺休息，暂时不要吃东西，避免自己走动或用力排便。"
_AID_BLEED = "用干净的纱布或毛巾用力按压出血处，持续按压不要松开。"
_AID_SEIZURE = "让患者侧卧，移开周围危险物品，不要往嘴里塞东西，也不要强行按住肢体。"
_AID_CHOKING = "立即用海姆立克急救法：站在患者身后双手环抱其上腹部，快速向内向上冲击；一岁以下婴儿改用拍背加压胸。"
_AID_OVERDOSE = "带上药瓶或药品包装一起去医院，不要自行催吐。"
_AID_POISON = "带上毒物或药品的包装一起去医院，不要自行催吐，也不要喂水喂东西。"
_AID_CO = "立即打开门窗通风，把人转移到空气新鲜处，不要开关电器或点火。"
_AID_MUSHROOM = "保留剩下的蘑菇或拍照带去医院，同桌吃过的人也要一起就医。"
_AID_PREGNANCY = "让孕妇平躺或左侧卧休息，不要自行走动，带上产检资料去医院。"
_AID_CHILD_FEVER = "不要给孩子捂汗，适当减少衣物，带上孩子马上去儿科急诊。"
_AID_FEVER_SIGNS = "尽快去急诊，途中让患者侧卧，防止呕吐物呛入气道。"
_AID_ANAPHYLAXIS = "立即远离过敏原，如有医生开过的肾上腺素自动注射笔马上使用，让患者平躺抬高双腿，呼吸困难时可坐起。"
_AID_SNAKE = "保持安静少活动，把被咬的肢体放低并固定，不要用嘴吸伤口，取下戒指手表等。"
_AID_HEADACHE = "让患者平躺安静休息，记下发病时间，不要自行服用止痛药掩盖症状。"
_AID_BURN = "立即用流动的凉水冲洗烧烫伤处15到20分钟，不要涂牙膏酱油，不要挑破水泡。"
_AID_CHEMICAL = "立即用大量流动清水持续冲洗至少15分钟，并脱去被污染的衣物。"
_AID_EYE_CHEMICAL = "立即用大量清水持续冲洗眼睛至少15分钟，不要揉眼睛。"
_AID_EYE_INJURY = "不要揉眼、不要按压眼球，也不要自行拔出异物，用干净的杯子罩住眼睛去急诊。"
_AID_SHOCK = "先切断电源或用干燥的木棍挑开电线再接触伤者，没有呼吸就立即做心肺复苏。"
_AID_DROWNING = "把人救上岸后清理口鼻异物，没有正常呼吸就立即做心肺复苏，不要倒挂控水。"
_AID_TRAUMA = "不要随意搬动伤者（怀疑颈部或脊柱受伤时尤其如此），用干净的布用力按压出血处。"
_AID_HEAD = "让伤者平躺安静休息并有人一直看护，呕吐时把头偏向一侧。"
_AID_SEVERED = "用力按压止血，把断离的部分用干净纱布包好装进塑料袋，再放进冰水里（不要直接接触冰）一起带去医院。"
_AID_BATTERY = "不要催吐，不要再吃东西喝水，立即去医院拍片确认位置。"
_AID_VISION = "记下发病时间，不要揉眼睛，马上去有眼科急诊的医院。"
_AID_ABDOMEN = "暂时不要吃东西喝水，也不要自行服用止痛药，取舒服的体位等待。"
_AID_TESTIS = "不要热敷或按揉，尽快去急诊泌尿外科，耽误几个小时就可能保不住睾丸。"
_AID_HEAT = "立即把患者转移到阴凉通风处，用凉水擦身并扇风降温。"
_AID_BP = "让患者安静坐下或半躺休息，不要自行加服降压药。"
_AID_HEART_RATE = "立即坐下或平躺休息，不要走动，感觉要晕倒时平躺并抬高双腿。"
_AID_DIABETIC = "让患者侧卧保持呼吸通畅，带上血糖仪、平时用的药和血糖记录马上去医院，不要自行加打胰岛素。"
_AID_PLEA = "让患者平躺或侧卧并保持呼吸通畅，一直有人陪在身边；没有正常呼吸就立即开始心肺复苏。"
_AID_CHILD_DANGER = "马上带孩子去儿科急诊，路上竖抱或让孩子侧躺，留意呼吸和精神状态，不要捂得太厚。"
_AID_VAGINAL_BLEED = "立即平躺休息（孕妇左侧卧），不要往阴道里塞东西或冲洗，保留用过的卫生巾给医生看，尽快去妇产科急诊。"
_AID_INFANT_BREATH = "松开包被和衣服，让宝宝侧躺或竖抱，保持呼吸道通畅；停止呼吸时轻拍足底刺激，仍没有呼吸就立即做婴儿心肺复苏（两根手指按压胸部正中）。"
_AID_NOSEBLEED = "坐下，身体稍向前倾，用手指捏紧两侧鼻翼（鼻子前面软的部分）持续压10到15分钟，不要仰头，嘴里的血吐出来不要咽下，可冷敷鼻梁。"
_AID_GAS = "立即离开现场到空气新鲜处并打开门窗通风，用清水冲洗接触到的皮肤和眼睛，救人时先做好自身防护。"


# --------------------------------------------------------------------------------------------------------------
# Custom checks
# --------------------------------------------------------------------------------------------------------------

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}


def _cn_number(s: str) -> float:
    """Parse a small Arabic or Chinese number (up to 99)."""
    if s.isdigit():
        return float(s)
    if s == "半":
        return 0.5
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)
    return float(_CN_NUM.get(s, 99))


_AGE_NUM = r"\d{1,3}|[一两二三四五六七八九十]{1,3}|半"
_INFANT_AGE = _rx(
    rf"(?:(?:{_CHILD})(?:才|刚|刚满|满|现在|今年|目前)?(?P<a>{_AGE_NUM})(?:个)?多?(?P<ah>半)?(?P<au>天|周|星期|礼拜|月))"
    rf"|(?:(?:出生|生下来)(?:才|刚)?(?P<d>{_AGE_NUM})(?:个)?(?P<dh>半)?(?P<du>天|周|星期|礼拜|月))"
    rf"|(?:(?<![烧热咳嗽病拉吐泻了])(?P<b>{_AGE_NUM})(?:个)?多?(?P<bh>半)?(?P<bu>天|周|星期|礼拜|月)(?:大|龄)?(?:的)?(?:{_CHILD}|男宝|女宝))"
    rf"|(?:(?<!比)(?P<c>{_AGE_NUM})(?:个)?多?(?P<ch>半)?(?P<cu>天|周|月)大)"
)
_NEWBORN = _rx(r"新生儿|满月|未满月|没满月|没出月|月子里的?(?:宝宝|孩子|娃)|刚出生|刚生下来|"
               r"(?:生下来|出生)(?:才|没|刚)?(?:几|[一二三四五六七八九十]+|\d+)(?:来|多)?天|几天大|(?:才|刚)几天")
_BABY_FEVER = _rx(rf"(?:{_CHILD})◇{{0,8}}(?:发烧|发热|高烧|低烧|烧|体温)")
_UNIT_MONTHS = {"天": 1 / 30, "周": 7 / 30, "星期": 7 / 30, "礼拜": 7 / 30, "月": 1.0}
_FEVER_TERM = _t(_FEVER, pre=r"(?:退|降|不)")
_THRESHOLD_Q = re.compile(r"多少度|几度(?:算|要|需要|该|才|就|以上)|(?:超过|到了?)几度")
_FEVER_NOW = re.compile(r"(?:发烧|发热|高烧|低烧)(?:了|着)|在(?:发烧|发热)|烧起来|(?:身上|额头|头|摸着)◇{0,3}烫".replace("◇", f"[^{_SEPS}]"))
_TEMPERATURE = re.compile(r"(?<![\d.])(3[5-9](?:\.\d)?|4[0-2](?:\.\d)?)(?:度|℃|°|(?![\d%万元块斤公kcm]))")


def _infant_fever(text: str, neg_view: str, max_months: float = 3) -> bool:
    """A baby aged three months (or `max_months`) or younger with a fever."""
    if _AFTER_BIRTH.search(text) and not _BABY_FEVER.search(text):
        return False  # "生完孩子两周，恶露有臭味，低烧": the mother's fever
    young = bool(_NEWBORN.search(text))
    for m in _INFANT_AGE.finditer(text):
        for key in "abcd":
            if m.group(key):
                months = _cn_number(m.group(key)) * _UNIT_MONTHS[m.group(key + "u")]
                if m.group(key + "h"):
                    months += 0.5 * _UNIT_MONTHS[m.group(key + "u")]
                young = young or months <= max_months  # <=3 months: borderline ages go to the safe side
    if not young or not _live_spans(text, neg_view, _FEVER_TERM):
        return False
    if _THRESHOLD_Q.search(text) and not (_TEMPERATURE.search(text) or _ACUTE.search(text) or _FEVER_NOW.search(text)):
        return False  # "新生儿发烧多少度要去医院": asks where the line is, reports no fever
    temps = [float(t) for t in _TEMPERATURE.findall(text)]
    return not temps or max(temps) >= 38.0  # infant fever starts at 38.0; "发烧37.5" is not one


_BP_PAIR = _rx(r"(?:血压|bp|高压)◇{0,8}?(?<!\d)(\d{2,3})(?:\.\d)?(?:mmhg)?[/\\-](\d{2,3})(?!\d)")
_BP_SYS = _rx(r"(?:高压|收缩压|血压)(?:[:=]|到|达到?|是|有|测(?:了|出来?|得)?|量(?:了|出来?|得)?|都|已经|飙到|升到|高达|最高|一下|还|一直|总是|老是|经常|基本|都在|在|又|快)*(\d{3})(?![\d/.])")
_BP_DIA = _rx(r"(?:低压|舒张压)(?:[:=]|到|达到?|是|有|测(?:了|出来?|得)?|量(?:了|出来?|得)?|都|已经|飙到|升到|高达|最高|一下|还|一直|总是|老是|经常|基本|都在|在|又|快)*(\d{2,3})(?![\d/.])")
_BP_SYMPTOMS = _t(r"剧烈头痛|头痛欲裂|头(?:痛|疼)得(?:厉害|受不了|要命)|" + _CHEST + r"|视物模糊|看不清|说话不清|"
                  r"呼吸困难|喘不上气|意识|恶心呕吐|喷射|半边◇{0,3}麻|肢体麻木|手脚麻木|抽搐|"
                  r"(?:头|后脑勺|脑袋|脑壳)◇{0,3}(?:要)?(?:炸|裂)|(?:眼前|眼睛(?:前面)?)◇{0,4}(?:一片雾|雾蒙蒙|模糊|发黑|看不清|发花)|"
                  r"手◇{0,2}(?:发麻|麻了)|重影|复视|看(?:东西)?◇{0,2}(?:是)?(?:两个|双影)|"
                  r"(?:头|后脑勺|后脑|脑袋|脑壳|太阳穴)◇{0,3}(?:胀痛|胀得|剧痛|疼得厉害|痛得厉害|疼得不行)")


_NOT_A_READING = re.compile(r"(?:如果|假如|万一|超过|低于|高于|大于|小于|多少|正常值|参考值|标准|控制在|降到|目标)"
                            r"[^,。;]{0,4}$")


def _is_reading(text: str, match: re.Match[str]) -> bool:
    """True when a number is a reported value, not a threshold, target or hypothetical ("超过180怎么办")."""
    pre, _ = _clause(text, match.start(), match.end())
    return not (_HYPO_PRE.search(pre) or _NOT_A_READING.search(text[max(0, match.start() - 6):match.start(1)]))


_BP_WORD = re.compile(r"血压|高压|低压|收缩压|舒张压")
_BP_BARE = re.compile(r"(?<![\d./])(\d{2,3})(?:\.\d)?(?:mmhg)?[/\\](\d{2,3})(?![\d/])")


def _bp_values(text: str) -> tuple[int, int]:
    """Highest systolic and diastolic readings mentioned (0 when none)."""
    sys_v = dia_v = 0
    # "血压计测了三次 都是210/130": a bare pair in a message about blood pressure is a reading too.
    pairs = _BP_BARE.finditer(text) if _in_message(_BP_WORD, text) else _BP_PAIR.finditer(text)
    for m in pairs:
        a, b = int(m.group(1)), int(m.group(2))
        if 60 <= a <= 300 and 30 <= b <= 200 and a > b and _is_reading(text, m):
            sys_v, dia_v = max(sys_v, a), max(dia_v, b)
    for m in _BP_SYS.finditer(text):
        if 60 <= int(m.group(1)) <= 300 and _is_reading(text, m):
            sys_v = max(sys_v, int(m.group(1)))
    for m in _BP_DIA.finditer(text):
        if 30 <= int(m.group(1)) <= 200 and _is_reading(text, m):
            dia_v = max(dia_v, int(m.group(1)))
    return sys_v, dia_v


def _bp_crisis(text: str, neg_view: str) -> bool:
    """Blood pressure >=180/120 together with organ-warning symptoms (hypertensive emergency)."""
    if not re.search(r"血压|高压|低压|收缩压|舒张压|bp", text):
        return False
    sys_v, dia_v = _bp_values(text)
    return (sys_v >= 180 or dia_v >= 120) and bool(_live_spans(text, neg_view, _BP_SYMPTOMS))


# --------------------------------------------------------------------------------------------------------------
# Emergency rules (checked in order; the first that fires names the result)
# --------------------------------------------------------------------------------------------------------------

_E: Flag = "emergency"
# Dentures, braces and dental work make speech unclear without a stroke (read anywhere in the message).
_DENTAL = r"假牙|义齿|牙套|戴牙|正畸|矫正器|种牙|补牙|做牙|舌系带"
# A question whether breathlessness after exercise is normal ("跑了五公里 喘得不行 正常吗").
# Numb lips after a tooth was pulled or filled today: the anaesthetic, not a stroke (unless the face or a limb is involved).
_DENTAL_JUST_DONE = r"^(?!.*(?:歪|耷拉|手|胳膊|腿|半边|一边)).*(?:(?:拔|补|看|种|做|修)(?:完|了)(?:颗|个)?牙|打了?麻药)"
_NOT_SUDDEN_DENTAL = rf"^(?!.*(?:{_SUDDEN}|今天)).*(?:{_DENTAL})"
_NOT_SUDDEN_DRUNK = rf"^(?!.*(?:{_SUDDEN})).*(?:喝多|喝醉|醉了|喝了(?:点|些|不少|很多|半斤|一斤)?酒|喝酒|酒后)"
_EXERCISE_NORMAL_Q = (r"^(?!.*(?:胸|心口|晕|发白|发紫|发青|冷汗|嘴唇)).*(?:跑|运动|爬|锻炼|健身|游泳|打球|跳绳|骑车|快走).{0,24}(?:正常吗|正常不|正常么|正常吧|"
                      r"是正常的吗|算正常吗)")
# Laughing until one cannot breathe ("笑得我肚子疼 喘不过气 哈哈哈"), with no sign of a real airway problem.
_LAUGHING = r"^(?!.*(?:发紫|发青|嘴唇|晕|胸|呛|噎|卡)).*(?:笑得|笑到|笑死|笑岔|笑喷|哈哈)"
_BREATH_LOOKALIKE = (r"打呼|打鼾|呼噜|睡觉时|睡着后|鼻塞|鼻子(?:堵|不通)|运动|跑步|跑完|爬楼|爬山|锻炼|健身|游泳|跳绳|打球|"
                     r"快走|走快|潜水|压力|压得|工作|学业|作业|房贷|债|生活|日子|紧张|生气|焦虑|穿|衣服|口罩|胸罩|内衣")

_EMERGENCY_RULES: tuple[_Rule, ...] = (
    # --- heart ---
    _rule("chest_pain_sweat", _E, _t(_CHEST), _t(_SWEAT, unless=r"盗汗|夜里|夜间|睡觉|天热|热天|运动|跑步"),
          aid=_AID_CHEST),
    _rule("chest_pain_radiating", _E, _t(_CHEST),
          _t(r"(?:放射|窜|串|传|牵扯|牵连|连着|延伸|扩散|蔓延|带着|一直到|疼到|痛到|连到)◇{0,6}(?:胳膊|手臂|臂|肩|下巴|下颌|下颚|牙|后背|背|脖子|颈)|"
             r"(?:左胳膊|左臂|左肩|左手臂|胳膊|下巴|下颌|牙齿?|后背)◇{0,4}(?:也|都|跟着|一起|同时)◇{0,3}(?:痛|疼|麻|酸)|"
             r"(?:往|向|到)(?:后背|背上|背|胳膊|左臂|左胳膊|肩膀|肩|下巴|脖子)◇{0,2}(?:窜|串|放射|跑|走|扩散|传)"),
          forbid=r"练(?:了)?胸|健身|肌肉酸痛|撸铁|卧推", aid=_AID_CHEST),
    # Chest pain that lasts, does not ease, or comes more and more often or at rest (unstable angina).
    # Round 17 (probe r7a): nitroglycerin taken without relief is itself the warning, whatever the pain is called.
    _rule("chest_pain_prolonged", _E,
          _t(r"(?:含|吃|喷|用)了?◇{0,6}(?:硝酸甘油|速效救心丸|救心丸)◇{0,6}(?:不管用|没用|不顶用|不见效|没效果|不缓解|还是(?:疼|痛|闷)|也不管用)"),
          forbid=r"会不会|如果|万一|以前|上次|怎么保存|过期", aid=_AID_CHEST),
    _rule("chest_pain_prolonged", _E, _t(_CHEST + r"|心绞痛"),
          _t(r"越来越(?:频繁|勤|密|多)|发作(?:了)?(?:好几|几|多)次|比(?:以前|平时|往常|之前)◇{0,3}(?:频繁|勤|厉害|重|长)|"
             r"(?:休息|躺着|坐着|不动)(?:时|的时候|着)?(?:也|都)◇{0,3}(?:痛|疼|闷|发作)|"
             r"(?:半(?:个)?小时|二十分钟|20分钟|三十分钟|30分钟|一个多?小时|[一两几\d]+个多?小时|十几分钟|好久)◇{0,6}"
             r"(?:不缓解|没缓解|不好|还|了|都)|不缓解|休息(?:也|都|了)?(?:不|没)(?:缓解|好)|(?:含|吃|喷|用)了?◇{0,6}"
             r"(?:硝酸甘油|速效救心丸|救心丸|丹参滴丸)◇{0,6}(?:不管用|没用|不顶用|不见效|没效果|不缓解|也不|还)|越来越(?:痛|疼|重|厉害)|"
             r"(?:一个多?|[一两几\d]+个多?|半个多?)钟头"), window=40, aid=_AID_CHEST),
    # Chest pain that a relief medicine did not stop, told across clauses ("吃了三粒救心丸 胸口还是疼").
    _rule("chest_pain_prolonged", _E, _t(_CHEST + r"|心绞痛"),
          _t(r"(?:含|吃|喷|用)了?◇{0,6}(?:硝酸甘油|速效救心丸|救心丸|丹参滴丸)|含了?◇{0,4}(?:药|片|粒)"),
          _t(r"还是|还在|仍然|依然|也不|还不|没缓解|不缓解|不管用|没用|不顶用|不见效"), window=30, aid=_AID_CHEST),
    # Chest pain that keeps coming back and is back now ("心口闷 一会儿好一会儿又来 现在又来了").
    _rule("chest_pain_prolonged", _E, _t(_CHEST + r"|心绞痛"),
          _t(r"一会儿好一会儿又|好了又(?:来|疼|痛|闷)|时好时坏|反反复复"), _t(r"现在又|又来了|又开始了|刚才又|今天又"),
          window=30, aid=_AID_CHEST),
    _rule("chest_pain_tearing", _E,
          _t(r"(?:胸|背|后背|心口)◇{0,6}(?:撕裂|撕开|撕扯|劈开|刀割|刀绞|刀扎|刀剜)|(?:撕裂|撕开)(?:样|一样|般|似的)◇{0,4}(?:痛|疼)|"
             r"(?:刀割|刀绞)(?:样|一样|般)◇{0,4}(?:胸|背)"),
          aid=_AID_CHEST),
    _rule("chest_pain_severe", _E,
          _t(r"(?:胸|心口|心前区)◆{0,4}(?:剧痛|剧烈(?:疼|痛)|压榨|绞痛|像被(?:石头|大石|东西|重物)压|像(?:压了|压着)"
             r"(?:块|一块)?(?:石头|大石)|疼得◇{0,4}(?:说不出话|直不起|喘不|受不了|要命))"), aid=_AID_CHEST),
    _rule("chest_pain_severe", _E, _t(_CHEST),
          _t(r"(?:疼|痛|闷|憋|压)得◇{0,4}(?:说不出话|直不起|喘不|受不了|要命|动不了|打滚|冒汗|直哼|哼哼|叫|喊|蹲|钻心)|剧烈|剧痛"),
          window=16,
          aid=_AID_CHEST),
    # Chest pain with signs of shock: cold hands and feet, grey face, fainting.
    _rule("chest_pain_severe", _E, _t(_CHEST), _t(_SHOCK), window=40, aid=_AID_CHEST),
    _rule("heart_attack", _E, _t(r"心梗|心肌梗死?|心肌梗塞|急性冠脉综合征|主动脉夹层|肺栓塞", named=True,
             msg=r"遗传|家族史|都是◇{0,2}(?:心梗|心肌梗)"), aid=_AID_CHEST),  # "爷爷和爸爸都是心梗": family history
    # --- stroke ---
    _rule("stroke_face", _E,
          _t(r"(?:嘴|口角|嘴角|嘴巴|脸|面部|半边脸|一边脸|一侧脸)◆{0,3}(?:歪|斜|下垂|耷拉)|口眼歪斜|歪嘴|嘴歪眼斜|"
             r"(?:一边|一侧|半边)(?:的)?(?:嘴角|嘴|嘴巴)◇{0,4}(?:合不上|闭不上|闭不拢|漏水|漏饭|动不了)|嘴角◇{0,2}(?:合不上|闭不拢)|"
             r"(?:半边脸|一边脸|一侧脸)◆{0,3}(?:麻|没知觉|动不了|不能动)",
             unless=r"面瘫|拔牙|打麻药|牙科|做完牙|补牙", post=r"(?:好几|几|多|\d+)(?:个)?(?:月|年)", msg=_STROKE_OLD),
          aid=_AID_STROKE),
    _rule("stroke_one_side", _E,
          _t(r"(?:左手左脚|右手右脚|左胳膊左腿|右胳膊右腿)◇{0,4}(?:麻|没力|无力|没劲|没有力气|动不了|不能动|不听使唤|使不上劲|抬不起)|"
             r"(?:半边|半侧|一侧|一边|单侧|左侧|右侧|左半|右半|左边|右边)(?:的)?(?:半个)?(?:身子|身体|身|肢体|手脚|手和脚|胳膊和腿|手和腿)"
             r"◇{0,4}(?:麻|没力|无力|没劲|没有力气|没知觉|动不了|不能动|不听使唤|使不上劲|抬不起|瘫|不灵活)|偏瘫|半身不遂|"
             r"(?:半边|半侧|左半边|右半边)(?:都|也|就|全)?(?:不能动|动不了|没知觉|瘫了|不听使唤)",
             msg=_STROKE_OLD), aid=_AID_STROKE),
    _rule("acute_confusion", _E, _t(_CONFUSION), aid=_AID_STROKE,
          need=r"突然|忽然|今天|今早|今晚|早上|刚才|刚刚|起来后|醒来|睡醒|起床|午睡|一下子|昨晚|半夜|现在",
          forbid=r"老年痴呆|痴呆|阿尔茨海默|一直这样|好几年|几个月|喝酒|喝醉|醉了|梦话|做梦|说梦话|睡糊涂|游戏|小说"),
    # A racing or irregular heart with near-fainting, chest pain or breathlessness.
    _rule("arrhythmia", _E,
          _t(r"心跳◇{0,4}(?:特别快|很快|太快|飞快|好快|乱|不规律|停一下|漏跳|特别慢|很慢)|心率◇{0,3}(?:1[5-9]\d|2\d\d|[1-3]\d)(?!\d)|"
             r"心脏◇{0,3}(?:乱跳|狂跳|要跳出来)|心慌得(?:厉害|受不了|不行|要命)"),
          _t(r"晕过去|晕倒|要晕|快晕|眼前◇{0,4}发黑|站不住|胸痛|胸口(?:疼|痛)|喘不上|冷汗|意识|昏"), window=40, aid=_AID_HEART_RATE),
    # Sudden loss of balance with double vision, slurred speech or vomiting (stroke in the back of the brain).
    _rule("stroke_balance", _E,
          _t(r"走路◇{0,4}(?:往一边|偏向一边|偏|不稳|歪|打晃|像喝醉|画龙)|站不稳|站不住|往一边倒"),
          _t(r"看(?:东西)?◇{0,2}(?:是)?(?:两个|双影|重影)|复视|重影|" + _SPEECH + r"|吐|呕吐|头痛|头疼"),
          _t(_SUDDEN), window=40, aid=_AID_STROKE, forbid=r"喝酒|喝醉|醉了|晕车|晕船|坐车|耳石"),
    # Two stroke signs together need no "sudden": falling to one side plus slurred speech.
    _rule("stroke_balance", _E,
          _t(r"走路◇{0,4}(?:往一边|偏向一边|歪)|往一边(?:倒|歪|偏)|(?:腿|身子)一软|站不稳|站不住"),
          _t(_SPEECH, unless=r"嗓子|喉咙|沙哑|扁桃体|感冒|口腔溃疡|拔牙|麻药"), window=40, aid=_AID_STROKE,
          forbid=r"晕车|晕船|坐车|耳石|" + _NOT_SUDDEN_DENTAL + "|" + _NOT_SUDDEN_DRUNK),
    _rule("stroke_limb_sudden", _E,
          _t(_LIMB_WEAK, unless=r"抽筋|运动|健身|练|搬|提|压着|压麻|睡麻|蹲|跷二郎腿|颈椎|腰椎|腱鞘|甩甩就好|鼠标|腕管"),
          _t(_SUDDEN), window=20, aid=_AID_STROKE,
          forbid=r"被◇{0,3}(?:车|摩托|电动车)◇{0,2}(?:撞|碾|压)|车祸|撞车|(?:摔|跌|砸|撞)(?:了|倒|伤|下来|下去)|"  # an injury
                 r"甩(?:甩|一甩)就好|鼠标|腕管"),  # a hand that wakes up numb from the wrist
    # Two stroke signs together need no "sudden": speech trouble plus a weak or clumsy hand.
    _rule("stroke_speech", _E, _t(_SPEECH, unless=r"嗓子|喉咙|沙哑|扁桃体|感冒|口腔溃疡|拔牙|麻药|喝酒|喝醉|醉"),
          _t(_LIMB_WEAK + r"|(?:从)?嘴角◇{0,3}(?:流|漏|淌)|(?:喝水|吃饭|喝汤)◇{0,6}(?:漏|往外流|流出来)",
             unless=r"抽筋|运动|健身|压麻|睡麻|蹲|颈椎|腰椎|腱鞘|喝酒|醉|睡觉|睡着"), window=40, aid=_AID_STROKE,
          forbid=_NOT_SUDDEN_DENTAL),
    _rule("stroke_speech", _E,
          _t(_SPEECH, unless=r"嗓子|喉咙|声音|沙哑|哑|扁桃体|咽|感冒|口腔溃疡|溃疡|拔牙|麻药|喝酒|喝醉|醉",
             pre=r"(?:紧张|气|激动|感动|吓|惊讶|高兴|难过|伤心|哭|累|冻|疼|痛|喘|咳|憋|呛)(?:得|的|到)?",
             msg=r"^(?!.*(?:突然|忽然|刚才|刚刚|今天|一下子|早上起来|一觉醒来)).*(?:后遗症|痴呆|帕金森|得过|以前|康复|(?:前年|去年|年前)◇{0,4}(?:脑梗|中风))"),
          aid=_AID_STROKE, forbid=rf"^(?!.*(?:{_SUDDEN}|今天)).*(?:{_CHILD}|{_DENTAL})|{_NOT_SUDDEN_DRUNK}|{_DENTAL_JUST_DONE}"),
    _rule("stroke_named", _E,
          _t(r"中风|脑梗塞?|脑梗死|脑卒中|卒中|脑血栓|脑溢血|脑出血|蛛网膜下腔出血", named=True,
             unless=r"腔隙|腔梗|陈旧|软化灶|ct|核磁|mri|报告|体检|片子|多发|缺血灶|筛查|(?:看|气|急|累|烦)(?:得|到)◇{0,4}(?:快)?(?:脑溢血|脑出血|中风)",
             msg=r"(?:担心|怕|万一)◇{0,6}哪天|家族史|都是◇{0,2}(?:中风|脑梗|脑出血|脑溢血)"), aid=_AID_STROKE),
    # --- breathing / consciousness ---
    _rule("breathing", _E,
          _t(r"呼吸困难|喘不(?:上|过)(?:来)?(?:气)?|喘不动气|上不来气|喘不过来|透不过气|吸不上气|气(?:都)?喘不上|憋(?:得|的)"
             r"(?:喘不|脸|嘴|说不出|透不|受不了|慌)|无法呼吸|不能呼吸|没法呼吸|呼吸不了|呼吸(?:很|特别|非常)?(?:急促|费力)|"
             r"(?:喘气|呼吸|出气|吸气)◆{0,3}(?:都|很|特别|非常)?(?:费劲|费力|吃力)|"
             r"喘(?:得|的)◇{0,2}(?:很厉害|厉害|说不出|不行|躺不|坐不住|睡不了|直不起|受不了|要命)|(?:粉红色?|血性)(?:的)?泡沫(?:样|状|一样)?(?:的)?痰|"
             r"痰◇{0,4}(?:粉红|粉色)|(?:粉红|粉色)◇{0,3}(?:的)?痰|"
             r"坐起来(?:才|还是|也)◇{0,2}(?:喘|好点|能喘)|"
             r"不能平躺|躺下就(?:憋|喘)|端坐呼吸|喘鸣|三凹|鼻翼扇动|"
             r"哮喘◇{0,3}(?:大发作|持续|急性发作|发作◇{0,8}(?:不管用|没用|不缓解))|"
             r"(?:吸气|一吸气|呼吸)◇{0,6}(?:凹进去|凹陷|往里凹|往里陷)|(?:胸口|肋骨|锁骨|肋间)◇{0,4}(?:凹进去|往里凹)◇{0,4}(?:吸气|呼吸)|"
             r"(?:肋骨|锁骨|肋间|胸口)◇{0,10}(?:一吸一吸|一凹一凹|一抽一抽)◇{0,4}(?:凹|陷)",
             unless=_BREATH_LOOKALIKE + r"|漏斗胸|鸡胸|天生|先天", msg=_EXERCISE_NORMAL_Q + "|" + _LAUGHING), aid=_AID_BREATH),
    # Asthma that does not respond to the inhaler, or breathlessness so bad that sentences break up.
    _rule("breathing", _E, _t(r"哮喘|喘|气喘|支气管|慢阻肺|憋"),
          _t(r"(?:喷|吸|用)(?:了)?◇{0,6}(?:药|喷雾|万托林|沙丁胺醇|气雾剂|舒利迭|信必可)◇{0,6}(?:没用|不管用|不缓解|没效果|还是喘|"
             r"也不行|都不行)|(?:药|喷雾|气雾剂|万托林)◇{0,3}(?:喷|吸|用)(?:了)?◇{0,6}(?:没用|不管用|不顶用|不缓解|没效果|也不行|都不行)|"
             r"说话◇{0,4}(?:一个字一个字|说不成句|断断续续|说不完整|说不全)|话◇{0,2}(?:都|也)?说不(?:成句|完整|全|成|了|出)|"
             r"说不了完整的话|一句话说不完|大口(?:倒气|捯气)|一句话◇{0,3}只能说(?:几个|两三个|一两个)字|(?:开着|吸着)◇{0,3}(?:氧|制氧机)◇{0,8}(?:还是|也)?(?:憋|喘)"),
          window=40, aid=_AID_BREATH),
    _rule("breathing", _E,
          _t(r"(?:嘴唇|嘴|口唇|脸|脸色|面色|指甲|全身)◇{0,3}(?:发紫|青紫|紫了|发青|发绀|乌紫|发乌|乌了|乌青|紫黑|黑紫)|发绀|窒息|"
             r"(?:嘴唇|口唇)(?:有点|有些|都|也|已经)(?:青|紫|乌)|"
             r"(?:呼吸|喘气)◇{0,4}(?:越来越弱|很弱|微弱)|(?:嗓子|喉咙|喉头|气管)里?◇{0,3}(?:呼哧呼哧|嘶嘶|咝咝|拉风箱)|喉咙(?:发紧|紧)◇{0,4}(?:喘|呼吸|说不出)",
             unless=r"口红|涂|葡萄|桑葚|蓝莓|窒息感|憋闷感|(?:令|让|叫)人窒息|鼻子堵|鼻塞|鼻炎|燃脂|HIIT|hiit|健身|练到", msg=r"冻|冷|天冷|游泳|冬天|夹|砸|磕|踢|指甲油|美甲|灰指甲"),
          aid=_AID_BREATH),
    # Alcohol withdrawal with hallucinations, fits or confusion (delirium tremens).
    _rule("alcohol_withdrawal", _E, _t(r"戒酒|停酒|断酒|不喝酒|没喝酒|没(?:有)?酒喝"),
          _t(r"幻觉|看到(?:不存在|虫|有人)|看见(?:不存在|虫|有人)|胡言乱语|说胡话|抽搐|抽风|意识|糊涂|不认人|" + _CONFUSION), window=40,
          aid="不要让他独处，移开危险物品，不要再给他喝酒来缓解，也不要自行给镇静药，立即去急诊。"),
    # Cold exposure and a person who is barely responsive (hypothermia).
    _rule("hypothermia", _E, _t(r"冻了|冻得|冻僵|冻一夜|失温|低体温|在外面◇{0,6}(?:躺|睡|待)了?一(?:夜|晚)|身上冰凉|浑身冰凉|体温◇{0,4}(?:3[0-4]|二十)"),
          _t(_DROWSY + r"|哼哼|不动|没反应|叫不醒|说胡话|发抖不停|不发抖了"), window=40,
          aid="把人移到温暖的地方，脱掉湿衣服，用毯子、被子把全身包好，动作要轻柔；不要搓身体、不要用热水烫或烤火，不要喝酒。"),
    # Fireworks and blasts: a mangled hand.
    _rule("blast_injury", _E, _t(r"炸(?:伤|到|了|断|烂|掉)|鞭炮|烟花|爆竹|炮仗|雷管|炸药|爆炸"),
          _t(r"血肉模糊|皮肉翻开|肉翻开|炸烂|炸断|炸掉|炸没|露出骨头|见骨|(?:手指|指头)◇{0,3}(?:没了|断了|烂了)|流了(?:很多|好多)血|血流不止|止不住|还在流血"),
          window=30, aid=_AID_SEVERED),
    _rule("no_breathing_pulse", _E,
          _t(r"没(?:有)?(?:了)?(?:呼吸|心跳|脉搏)(?!道|科|内科|困难|急促|系统|声|音|机)|(?:心跳|心脏)◇{0,3}(?:停了|骤停|没了|停止|停跳|不跳了)|"
             r"呼吸心跳骤停|心脏骤停|心搏骤停|瞳孔(?:散大|放大)|心肺复苏|做cpr|按压胸口|胸外按压|(?<![生])没(?:了)?气(?:了|儿了)|"
             r"断气(?:了)?|(?:摸|探)◇{0,4}(?:没|没有)(?:了)?(?:鼻息|气|脉)",
             pre=r"(?:辣|甜|咸|酸|苦|笑|帅|美|可爱|萌|好看|好吃|好听|吓|气|感动|激动)(?:得|到)(?:我)?(?:都|快|要)?",
             unless=r"(?:爬山|跑步|跑完|爬楼|爬到|跑到|笑得|笑到|唱得|唱到|累得|手机|电量|电池|没电|信号)◇{0,3}(?:快|要)?断气|(?:是不是|会不会|担心|怕)(?:心脏|心跳)◇{0,2}(?:要)?停|心肺复苏术?(?:培训|证书|课)|学|考|轮胎|车胎|胎|气球|球|煤气|燃气|打气|汽水|可乐|泄气|没气势",
             msg=r"^(?!.*(?:人|爸|妈|倒|晕|呼吸|心跳|脸|嘴唇|孩子|宝宝|老|他|她)).*(?:煤气灶|燃气灶|液化气|煤气罐|气罐|打不着火|轮胎|车胎|气球)"),
          aid=_AID_CPR),
    # Round 13 (probe r3u): a parent with dementia lost in the cold; bleeding on an anticoagulant with signs of blood
    # loss; a belly hard as a board with vomiting or no wind after bowel surgery.
    _rule("missing_dementia", _E, _t(r"走丢|走失|找不到(?:人)?了|人不见了|失踪|(?:出门|出去)◇{0,10}(?:没回来|没回家|没有回来)|(?:还|都|一直)没(?:找到|回来|回家)"),
          _t(r"痴呆|阿尔茨海默|老年痴呆|认知障碍|脑子糊涂|糊涂了|不认人|不认识(?:家|路|人)"), window=60,
          forbid=r"会不会|如果|万一|怎么预防|防走失|定位器|手环|以前|上次|去年|找到了|回来了|已经回家", aid=_AID_MISSING),
    # (bleeding on an anticoagulant without signs of blood loss is care for today: see anticoagulant_bleeding)
    _rule("anticoagulant_major_bleed", _E,
          _t(_ANTICOAGULANTS + r"|依度沙班|肝素|抗凝药|抗凝"),
          _t(r"全是血|都是血|血块|好多血|很多血|止不住|一大摊|黑便|(?:大便|便便|拉的)◇{0,4}(?:是)?黑|柏油(?:样|色)|吐血|咳血|尿血|便血|出血|流血"),
          _t(r"头晕|站起来就晕|站不稳|眼前发黑|晕倒|晕过去|心慌|脸色◇{0,2}(?:苍白|发白|煞白)|没力气|乏力|出冷汗|虚汗"), window=60,
          forbid=r"会不会|如果|万一|预防|注意什么|一点点|血丝", aid=_AID_ANTICOAGULANT_BLEED),
    _rule("acute_abdomen", _E, _t(r"(?:肚子|腹部|肚皮)◇{0,4}(?:硬邦邦|梆硬|邦邦硬|发硬|硬得)"),
          _t(r"(?:一直|不停|反复)吐|吐了(?:[两三四五几\d]+|好几)(?:回|次)|吐个不停|没(?:有)?排气|不排气|没放屁|发烧|高烧"), window=40,
          forbid=r"会不会|如果|万一|以前|胀气|吃多了", aid=_AID_ABDOMEN),
    # Round 13 (probe r3z): shock told by a blood pressure reading (a fever or vomiting and diarrhoea with 75/45); a
    # fever in someone whose immunity is suppressed, with confusion or collapse; an aortic dissection's pain again; an
    # insulin dose taken several times over; a cloudy peritoneal-dialysis bag with high fever or severe pain.
    _rule("shock_signs", _E,
          _t(r"(?:血压|高压)◇{0,4}(?:低到|只有|掉到|才|降到|量出来|测出来)?(?<![\d.])(?:[4-8]\d)\s*/\s*[2-5]\d(?![\d.])|"
             r"血压◇{0,4}(?:低到|只有|掉到|降到)(?<![\d.])[4-8]\d(?![\d./])", habit=False),
          _t(r"发烧|高烧|发热|烧到|4[01](?:\.\d)?度|39(?:\.\d)?度|人(?:很|特别|都)?软|站不住|站不起来|迷糊|叫不醒|说胡话|"
             r"上吐下泻|拉了(?:好几|很多)次|出冷汗|冒冷汗|皮肤(?:发)?(?:花|凉)|手脚冰凉", habit=False), window=60,
          forbid=r"平时|一直|从小|经常|体质|会不会|如果|万一|以前", aid=_AID_CIRCULATORY_SHOCK),
    # Round 16 (probes r6c, r6e): vomiting with no wind passed and a swollen or painful belly (a blocked bowel: the
    # bowel care text itself sends that to 120); diarrhoea with no urine and cold limbs or collapse (shock from fluid
    # loss); a swelling that keeps growing or bleeding at the puncture site after a stent or angiogram.
    _rule("bowel_obstruction", _E, _t(r"吐"), _t(r"(?:不|没)(?:有)?(?:放屁|排气)|屁(?:都|也)没(?:有)?放|没放(?:过)?屁"),
          _t(r"(?:肚子|腹部|肚皮)◇{0,4}(?:胀|鼓|疼|痛)|腹胀|腹痛"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防|医生说|住院|确诊|术后",
          aid="先不要吃东西、喝水，不要自己吃止痛药或泻药，也不要灌肠，立即去医院急诊或拨打120。"),
    _rule("dehydration_shock", _E, _t(r"拉肚子|腹泻|拉稀|上吐下泻|(?:一直|不停)吐|吐(?:了)?(?:好几|十几|很多)|拉(?:了)?(?:好几|十几|很多)(?:次|回)"),
          _t(r"没(?:有)?(?:尿|小便)|(?:尿|小便)(?:很|特别|非常)?少|不怎么尿"),
          _t(r"手脚(?:冰凉|发凉|冰冷)|四肢(?:冰凉|发凉|冰冷)|站不(?:起来|住)|叫不醒|迷糊|晕(?:倒|过去)|意识|皮肤(?:发)?花"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防", aid=_AID_CIRCULATORY_SHOCK),
    _rule("puncture_site_bleed", _E, _t(r"支架|造影|介入|导管|消融|穿刺"),
          _t(r"大腿根|腹股沟|穿刺(?:点|处|口|的地方)|手腕"),
          _t(r"越来越(?:大|肿|鼓)|(?:一直|还在|不停|往外)(?:渗|流|冒)血|血止不住|止不住"), window=40,
          forbid=r"会不会|如果|万一|以前|上次|预防",
          aid="用手掌或干净纱布用力按压穿刺点（鼓包处）不要松开，平躺、不要活动这条腿或这只手，立即拨打120或回做手术的医院急诊。"),
    _rule("immunosuppressed_fever", _E,
          _t(r"(?:长期|一直)(?:吃|用)◇{0,2}激素|免疫抑制剂|移植|抗排异|抗排斥|他克莫司|环孢素|吗替麦考酚酯|骁悉|造血干细胞|干细胞移植"),
          _t(r"发烧|高烧|烧到|4[01](?:\.\d)?度|(?:38|39)(?:\.\d)?度?", habit=False),
          _t(r"迷糊|昏昏沉沉|昏沉|昏睡|嗜睡|意识|叫不醒|说胡话|人(?:很|特别|都)?软|站不住|寒战|打寒颤|打寒战|发抖|血压◇{0,4}(?:低|掉|只有)|喘|呼吸(?:急|快)", habit=False),
          window=60,
          forbid=r"会不会|如果|万一|以前|胚胎|试管|植发|种植牙|种牙|脂肪|皮瓣", aid=_AID_CIRCULATORY_SHOCK),
    _rule("aortic_dissection", _E, _t(r"(?:主动脉)?夹层(?:术后)?"),
          _t(r"剧痛|撕裂|刀割|疼得(?:厉害|受不了|直冒汗)|突然◇{0,6}(?:疼|痛)"), window=40,
          forbid=r"会不会|如果|万一|怎么预防|多久复查|注意什么", aid="立即拨打120，让患者平躺不要走动，不要按摩疼痛部位；有降压药也不要自行加量。"),
    _rule("insulin_overdose", _E, _t(r"胰岛素"),
          _t(r"(?:[两三四五]|\d)倍|双倍|打多了|多打了|打了两(?:次|遍)|打错了|重复打"),
          _t(_SWEAT + r"|手抖|发抖|心慌|迷糊|头晕|没力气|说不清|叫不醒"), window=60,
          forbid=r"会不会|如果|万一|以前|上次", aid="马上吃糖或喝含糖饮料（15–20克糖），同时拨打120或立即去急诊：多打的胰岛素还会作用好几个小时，低血糖会反复。"),
    _rule("peritonitis_dialysis", _E, _t(r"腹膜透析|腹透"), _t(r"浑浊|混浊|浑(?!身)|发白|像淘米水"),
          _t(r"剧痛|疼得(?:厉害|受不了)|高烧|(?:39|40)(?:\.\d)?度|寒战|打寒颤"), window=60,
          forbid=r"会不会|如果|万一|以前|上次", aid=_AID_ABDOMEN),
    # Round 13 (probe r4a): a myasthenic crisis, a bleed in haemophilia, a spinal cord pressed by a metastasis.
    _rule("myasthenic_crisis", _E, _t(r"重症肌无力|肌无力"),
          _t(r"吸(?:气)?不进|喘不上|喘不过|呼吸◇{0,3}(?:困难|费劲|吃力|不上来)|憋|(?:吞|咽)◇{0,4}(?:呛|不下|困难)|喝水(?:都)?呛|"
             r"说话◇{0,4}(?:声音)?越来越(?:小|轻|弱)|抬不起头|咳不出"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|平时|偶尔", aid="立即拨打120，让患者半坐位、保持呼吸道通畅，不要喂水喂药；告诉急救人员是重症肌无力和在吃的药。"),
    _rule("hemophilia_bleed", _E, _t(r"血友病|凝血因子|凝血功能(?:很)?差"),
          _t(r"(?:头|脖子|颈|喉咙|肚子|腹部|后腰)◇{0,6}(?:撞|磕|摔|碰|打)|(?:撞|磕|摔|碰)◇{0,4}(?:头|脖子|颈|肚子)|越来越肿|肿得(?:厉害|越来越)|"
             r"(?:咽|吞)◇{0,4}(?:困难|不下)|呼吸◇{0,3}(?:困难|费劲)|头(?:痛|疼)|吐了|血止不住|止不住"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防|注意什么", aid="立即去急诊（最好是血友病就诊的医院），有凝血因子就按医嘱先输上并带上；出血处冰敷压迫，头颈部出血或呼吸、吞咽困难时拨打120。"),
    _rule("cord_compression", _E, _t(r"(?:脊柱|脊椎|椎体|腰椎|胸椎|骨)转移|骨转移|转移到(?:了)?(?:脊柱|脊椎|腰椎|胸椎|骨头)"),
          _t(r"(?:腿|双腿|两条腿|下肢|脚)◇{0,6}(?:麻|软|没劲|无力|没力气|走不了|动不了|抬不起|站不住)|走不了路|大小便◇{0,3}(?:失禁|解不出)|尿不出|"
             r"(?:大便|小便)◇{0,3}(?:失禁|控制不住)"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防", aid="让患者平躺不要走动，立即去急诊或拨打120，告诉医生是肿瘤骨转移、腿突然没力：脊髓受压要尽快处理，拖延可能瘫痪。"),
    # Round 13 (probe r4c): after a procedure, with a device or a new medicine: sepsis after a biopsy or with a line,
    # a swelling neck that narrows the airway, an eye after surgery, muscle breakdown on a statin, a blistering drug
    # rash with mouth sores, a clot in the lung after a swollen arm or leg.
    _rule("sepsis_signs", _E,
          _t(r"穿刺|活检|术后|手术|拔牙|置管|导尿管|picc|输液港|肠镜|胃镜|内镜|切除|透析|化疗|寒战|打寒颤|打寒战"),
          _t(r"高烧|(?<![\d.])(?:39|40|41)(?:\.\d)?度|烧到(?:39|40|41)|三十九度|四十度", habit=False),
          _t(r"迷糊|说胡话|叫不醒|意识|血压◇{0,4}(?:低|掉|只有)|(?:寒战|打寒颤|打寒战|发抖)◇{0,8}(?:迷糊|说胡话|站不住|人软)|人(?:很|特别|都)?软|站不住", habit=False),
          window=60, forbid=r"会不会|如果|万一|以前|上次|预防", aid=_AID_CIRCULATORY_SHOCK),
    _rule("neck_swelling_airway", _E,
          _t(r"(?:脖子|颈部|颈|下巴|喉咙|嗓子)◇{0,6}(?:肿|鼓(?:起)?(?:一个|个)?(?:大)?包|越来越大|胀)"),
          _t(r"(?:呼吸|喘气|吸气)◇{0,3}(?:困难|费劲|憋|不畅)|憋(?:得慌|气)?|喘不上|(?:吞|咽)(?:口水|东西)?◇{0,3}(?:都)?(?:困难|不下|费劲)|张不开嘴"),
          window=40, forbid=r"会不会|如果|万一|以前|上次|预防|甲状腺结节|淋巴结", aid="让患者坐起、不要平躺，立即拨打120或去最近的急诊：脖子肿胀压迫气道可能很快加重；不要吃东西喝水。"),
    _rule("eye_after_surgery", _E, _t(r"白内障|眼(?:睛|科)?手术|玻璃体|青光眼手术|晶体|近视手术|眼底手术"),
          _t(r"剧烈(?:疼|痛)|剧痛|疼得(?:厉害|受不了)|胀痛得"), _t(r"模糊|看不见|看不清|视力|恶心|呕吐|红得"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|术前|要不要做|能不能做", aid="立即去做手术的医院或最近的眼科急诊，不要揉眼、不要自行点药；剧痛伴视力下降要在几小时内处理。"),
    _rule("rhabdomyolysis", _E, _t(r"他汀|降脂药|(?:全身|浑身)◇{0,2}肌肉◇{0,3}(?:疼|痛|酸痛)"),
          _t(r"(?:尿|小便)◇{0,4}(?:酱油|可乐|浓茶|茶色|咖啡色|深褐)"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防", aid="立即去急诊，停用可疑的药但把药盒带上，能喝水就多喝水：肌肉溶解会伤肾，要尽快查肌酸激酶和肾功能。"),
    _rule("severe_drug_rash", _E,
          _t(r"(?:新(?:吃|开|用)|开始吃|吃了)◇{0,10}(?:药|别嘌醇|卡马西平|拉莫三嗪|苯妥英|磺胺|抗生素|头孢|青霉素)|别嘌醇|卡马西平|拉莫三嗪|苯妥英"),
          _t(r"(?:水疱|水泡|起泡|大疱|脱皮|大片发红|皮肤(?:大片)?(?:发红|剥脱))", habit=False),
          _t(r"(?:嘴|口腔|嘴唇|嘴里)◇{0,4}(?:溃疡|烂|破|起泡)|眼睛◇{0,2}(?:红|疼|睁不开)|发烧|高烧", habit=False), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防", aid="立即停用可疑的药并带上药盒去急诊皮肤科或急诊：皮疹起水疱、口腔溃烂可能是重症药疹，需要住院处理。"),
    _rule("pulmonary_embolism", _E,
          _t(r"(?:手臂|胳膊|腿|小腿|大腿)◇{0,6}(?:肿|发紫|胀痛)|深静脉血栓|下肢血栓|血栓"),
          _t(r"胸痛|胸口(?:疼|痛)|喘不上|呼吸困难|突然(?:喘|憋)|咳◇{0,3}(?:血|血丝)"), window=60,
          forbid=r"会不会|如果|万一|以前|上次|预防|注意什么", aid="立即拨打120，让患者半坐位休息、不要走动也不要按摩肿胀的手臂或腿；告诉急救人员有置管或血栓的情况。"),
    # Round 14 (blind probe r4e): vomiting again and again with growing drowsiness (a blocked shunt, raised pressure
    # in the head, a metabolic crisis), and a potassium high enough to stop the heart with heart symptoms.
    _rule("vomiting_drowsy", _E,
          _t(r"吐了(?:好几|几|[两三四五六七八九十]|\d+)(?:回|次|趟)|一直(?:在)?吐|反复(?:呕)?吐|吐个不停|(?:喷射|喷射状|喷射性)(?:地|的)?吐"),
          _t(r"(?:越来越|特别|老是|一直)◇{0,2}(?:嗜睡|想睡|能睡|困)|嗜睡|叫醒◇{0,6}(?:又睡|就睡)|叫不醒|喊不醒|昏睡|睡过去", habit=False),
          window=40, forbid=r"会不会|如果|万一|以前|上次|晕车|晕船|孕吐|喝多|醉|摔|磕|撞|跌|砸", aid=_AID_FEVER_SIGNS),
    _rule("hyperkalemia", _E,
          _t(r"(?:血钾|钾)◇{0,8}(?<![\d.])(?:6\.[5-9]\d*|[7-9](?:\.\d+)?)(?![\d.])", habit=False),
          _t(r"胸闷|胸口◇{0,2}(?:闷|难受)|心慌|心跳◇{0,6}(?:乱|不齐|慢|快一下慢|忽快忽慢|停)|没力气|手脚◇{0,3}(?:发麻|无力|没劲)|瘫软|站不住",
             habit=False), window=60, forbid=r"会不会|如果|万一|以前|上次",
          aid="立即拨打120或马上去急诊，告诉医生血钾的化验结果和正在吃的药；在等待时让患者平躺休息，不要吃含钾多的东西。"),
    # Round 13: a doctor or the lab already said "go to the emergency room now" (a critical value, an ECG read remotely).
    _rule("sent_to_emergency", _E,
          _t(r"(?:医生|大夫|医院|护士|化验室|检验科|社区)[^。？！?!\n]{0,16}(?:让|叫|要|说|通知|喊)◇{0,6}(?:马上|立刻|立即|赶紧|赶快|现在就|直接)◇{0,3}"
             r"(?:去|到|来|回|送)?(?:医院|急诊|抢救室|住院)|危急值",
             unless=r"不用|不必|没必要|不需要|暂时不|什么意思",
             msg=r"明天|下周|过几天|下个月|预约|排队|挂号费|多少钱|医保|报销"),
          aid=_AID_SENT_TO_ER),
    _rule("unconscious", _E,
          _t(r"昏迷|不省人事|人事不省|不醒人事|失去(?:了)?意识|意识(?:不清|模糊|丧失|没了)|没(?:有)?(?:了)?意识|"
             r"神志不清|叫不醒|喊不醒|叫不应|喊不应|(?:叫|喊)不答应|"
             r"(?:叫|喊)(?:她|他)?(?:也|都)?不(?:太|怎么)答应|不省事|人事不知|不醒事|一头栽|栽倒|栽(?:下去|过去|在地)|人(?:都)?没(?:了)?(?:动静|知觉)|昏死|"
             r"瘫(?:在|倒|坐)(?:了|在)?(?:椅子|地|沙发|床|座位|马桶)|软倒|血压(?:都)?(?:测不出|量不出|量不到)|摸不到(?:脉|脉搏)|"
             r"(?:叫|喊|摇|拍)不(?:太|怎么)醒|很难叫醒|唤不醒|摇不醒|拍不醒|(?:弄|推|晃|掐|捏|逗)不醒|"
             r"怎么(?:也|都)?(?:叫|喊|拍|摇|推|晃|弄|逗|掐|捏)(?:也|都)?(?:不|没)(?!出|掉|下|开|走|好|干净|进|上|通|断)|"
             r"(?:叫|喊|拍|摇|推)◇{0,4}(?:没|没有|毫无|都没|也没)(?:任何)?(?:反应|声音|声|动静|回应)|突然(?:就)?(?:不动了|一动不动|没动静)|(?:叫|喊)◇{0,4}不(?:太|怎么)?清醒|"
             r"(?:意识|神志)不(?:太|怎么)清|晕过去|昏过去|晕倒|昏倒|晕厥|"
             r"倒地不起|倒在地上(?:不动|起不来|叫不醒|没反应)|(?:摔|跌|掉|坠)(?:了|下来|下去|倒)[^。？！?!\n]{0,8}(?:没反应|没动静|不动了|一动不动)|倒在◇{0,4}(?:地上|地板上)◇{0,3}(?:一动不动|不动|起不来|叫不醒|没反应)|没(?:有)?反应了|没了反应|一点反应都没有|毫无反应|没有任何反应|突然(?:就)?倒(?:地|下)|休克|醒不过来|(?:一直|怎么都)(?:不|没)醒",
             pre=r"(?:差点|差一点|险些|几乎|快要?|要|感觉要|好像要|都要|会|像要|以为会)◇{0,3}",
             post=r"(?:的感觉|感|疗法)", unless=r"低血压◇{0,4}晕倒过|赖床|睡懒觉|起床气|上学迟到|(?:瘫|卧床)◇{0,6}(?:年|个月)|瘫痪|长期卧床|"
                                                 r"闹钟◇{0,3}(?:都|也)?(?:叫不醒|吵不醒)|中风◇{0,3}瘫"),
          aid=_AID_UNCONSCIOUS),
    # "叫他也不应": no answer when called, unless the person is just busy or sulking.
    _rule("unconscious", _E,
          _t(r"(?:叫|喊|拍|摇|推|敲门|敲)(?:他|她|了|他几声|她几声|半天|几声|好几声|好久)?(?:也|都)不(?:答应|应|吭声|回应|睁眼)|"
             r"(?:叫|喊)(?:他|她)不(?:答应|应(?![该当])|吭声|回应)",
             msg=r"游戏|手机|电视|生气|闹脾气|赌气|写作业|玩|吵架|冷战|叛逆|装睡|耳机"),
          aid=_AID_UNCONSCIOUS),
    # --- bleeding ---
    _rule("vomiting_blood", _E,
          _t(r"吐血|呕血|吐了◇{0,8}血|吐(?:出)?(?:了)?◇{0,8}血块|吐出(?:来)?(?:的)?(?:是|有|全是|都是)?◇{0,2}血|吐的◇{0,4}(?:全是|都是|有|带)血|"
             r"呕吐物◇{0,4}(?:有|带|全是|都是)血|吐◇{0,6}(?:暗红|鲜红|黑红|紫红)(?:色)?的?血|吐◇{0,5}咖啡(?:色|渣)|呕吐物◇{0,4}咖啡|吐的◇{0,4}(?:全是|都是)?(?:暗红|黑红|咖啡)色",
             unless=r"痰|刷牙|牙龈|牙|鼻涕|鼻血|血丝", pre=r"(?:想|要|气得|气的|笑得|累得|郁闷得|郁闷到|气到|恨不得|(?:不是|并非|没有)真(?:的)?)",
             msg=r"刷牙|牙龈|拔牙|牙周|洗牙|流鼻血|鼻血|血丝|口腔溃疡|血水"),
          aid=_AID_VOMIT_BLOOD),
    _rule("coughing_blood", _E, _t(r"咯血|咳血|咳出(?:来)?(?:的)?(?:是|有)?◇{0,10}血|咳(?:嗽)?◇{0,10}血"),
          _t(r"大口|一大口|大量|很多|好多|一口一口|满嘴|不停|止不住|一杯|一碗|半碗|鲜血|一滩|喷"), window=20,
          aid=_AID_COUGH_BLOOD),
    _rule("stool_blood", _E,
          _t(r"便血|拉血|拉了◇{0,6}血|大便◇{0,4}(?:出|带|有|全是|都是|是)?血|血便|黑便|柏油(?:样|便)|拉(?:的|出)◇{0,4}(?:黑|血)|"
             r"(?:大便|屎|便便|拉的)◇{0,6}柏油|(?:大便|屎|便便)◇{0,4}(?:黑|发黑|黑色)|(?:黑色|黑乎乎|黑黑)的?◇{0,6}(?:大便|便便|屎)|沥青",
             unless=r"铁|铋|补血|猪血|鸭血|血豆腐|火龙果|黑芝麻|蓝莓|桑葚|血丝"),
          _t(r"大量|很多|好多|一马桶|满马桶|一大滩|全是血|都是血|鲜血直流|一直|不停|好几次|[两三四五六七八九几]次|头晕|心慌|晕|"
             r"乏力|没力气|要倒|站不住|站不稳|脸色(?:苍白|发白|很差)|出冷汗|黑便|柏油|呕血|吐血"), window=80, aid=_AID_STOOL_BLOOD),
    _rule("uncontrolled_bleeding", _E,
          _t(r"大出血|大量出血|血流不止|流血不止|喷血|动脉出血|血◇{0,2}(?:喷|涌)出|"
             r"血◇{0,2}一股一股(?:地|的)?(?:往外)?(?:喷|冒|涌|流|出)|血◇{0,3}往外(?:喷|涌|滋)|血◇{0,2}哗哗", msg=r"会遗传|遗传吗"),
          aid=_AID_BLEED),
    _rule("uncontrolled_bleeding", _E,
          _t(r"出血(?:不止|止不住|停不下来|很多|特别多)|血(?:流|止)不住|止不住(?:地|的)?(?:流血|出血)|"
             r"血流不止|流血不止|血(?:还是|还|仍然|依然)?(?:一直|不停)(?:地)?(?:流|往外|冒|涌|喷)|(?:流|出)了(?:好多|很多|一地|一大滩|一大片|不少)(?:的)?血|"
             r"血◇{0,2}(?:喷|涌)出|喷血|动脉出血|伤口◇{0,6}(?:很深|深可见骨|见骨|止不住)|"
             r"(?:鼻血|鼻子◇{0,3}(?:流血|出血))◇{0,12}(?:止不住|不止|一直流|停不下来|半(?:个)?多?小时|[二三四五六]十多?分钟|"
             r"[2-9]\d分钟|[一两几\d]+个多?(?:小时|钟头))|"
             r"(?:塞住|按住|压住|捏住)◇{0,4}(?:还是|也|都)◇{0,2}(?:往下|往外)?(?:流|淌|冒|滴)|"
             r"(?:按|压|捂)(?:住|紧)?(?:了|着)◇{0,8}(?:还是|也|都|还在|仍然|依然)◇{0,3}(?:往下|往外)?(?:流|淌|冒|滴|渗)",
             unless=rf"(?:{_MENSES})(?!.*(?:大量|湿透|头晕|晕|心慌))|血丝|牙龈|刷牙"), aid=_AID_BLEED,
          forbid=r"止住了|(?<!还是)(?<!也)不(?:流|出)血了|(?<!还是)(?<!也)不流了"),  # bleeding that has stopped: wound care, not 120
    # Round 12: a towel soaked through while pressing, and the bleeding has not stopped.
    _rule("uncontrolled_bleeding", _E,
          _t(r"(?:按|压|捂)(?:住|紧)?(?:了|着)◇{0,8}(?:毛巾|纱布|衣服|布|纸巾|卫生纸)◇{0,3}(?:都|全|已经)?(?:湿透|浸透|红透|染红)|"
             r"(?:按|压|捂)(?:住|紧)?(?:了|着)◇{0,8}(?:毛巾|纱布|衣服|布|纸巾|卫生纸)◇{0,24}(?:毛巾|纱布|衣服|布|纸巾|卫生纸)◇{0,3}(?:都|全|已经)?(?:湿透|浸透|红透|染红)",
             unless=rf"{_MENSES}|鼻"), aid=_AID_BLEED,
          forbid=r"不(?:流|出血|渗)了|止住了|止血了|(?:血|它)◇{0,2}停了|好了"),
    # --- neuro / seizures ---
    _rule("uncontrolled_bleeding", _E,
          _t(rf"{_MENSES}|阴道出血|下面◇{{0,3}}(?:出血|流血)|下身出血|产后|生完(?:孩子|宝宝|小孩)|剖腹产|顺产|刚生完|坐月子|"
             r"月子里|流产|清宫|人流"),
          _t(r"一(?:个)?(?:小时|钟头)◇{0,6}湿透|湿透◇{0,4}(?:卫生巾|裤子|床单)|(?:床单|裤子|卫生巾|衣服|床垫)◇{0,3}湿透|" + _FAINTISH),
          _t(r"量(?:很|特别|非常|太)?(?:多|大)|很多血|好多血|大血块|止不住|不停|一直流|哗哗|越来越多|湿透|一(?:个)?小时◇{0,4}换|半(?:个)?小时◇{0,4}换|"
             r"换◇{0,3}(?:一次|一片|一个)◇{0,2}(?:夜用|卫生巾|裤子)"), window=40, aid=_AID_BLEED),
    _rule("diabetic_crisis", _E,
          _t(r"血糖◆{0,6}(?:高|hi|high|爆表|[2-9]\d(?:\.\d)?(?![\d.]))|(?:血糖仪|仪器)◇{0,4}(?:hi|high)|酮症|酮酸中毒|"
             r"尿酮|酮体|烂苹果味|高渗"),
          _t(r"昏迷|昏睡|昏过去|昏昏沉沉|昏昏欲睡|意识|叫不醒|喊不醒|迷糊|迷迷糊糊|说胡话|糊涂|不认(?:识|得)?人|"
             r"呼吸◇{0,4}(?:深|快|急|大口|烂苹果)|烂苹果|一直吐|吐了好几次|吐了[两三四五几\d]+(?:回|次)|呕吐不止|不停(?:地)?吐|抽搐|"
             r"反应(?:很)?(?:慢|迟钝)|喘气◇{0,3}(?:很|特别)?(?:重|深|粗|急)"),
          window=60, aid=_AID_DIABETIC),
    # A very high reading said in words or far from the word 血糖 ("血糖平时还好…今天测了二十七点几，一直吐，人有点糊涂").
    _rule("diabetic_crisis", _E,
          _t(r"(?:测|量|显示|查)(?:了|出|的)?◇{0,4}(?:(?:二十|三十)[一二三四五六七八九]?(?:点|多)|[2-3]\d(?:\.\d)?(?![\d.]))|"
             r"血糖◇{0,6}(?:二十|三十)[一二三四五六七八九]?(?:点|多)"),
          _t(r"昏迷|昏睡|意识|叫不醒|喊不醒|迷糊|说胡话|糊涂|不认(?:识|得)?人|呼吸◇{0,4}(?:深|快|急|大口)|烂苹果|一直吐|"
             r"吐了好几次|呕吐不止|不停(?:地)?吐|反应(?:很)?(?:慢|迟钝)"), window=60, need=r"血糖|糖尿病|胰岛素",
          aid=_AID_DIABETIC),
    # A known diabetic (type 1 especially) with ketoacidosis signs.
    _rule("diabetic_crisis", _E, _t(r"糖尿病|打胰岛素|胰岛素泵"),
          _t(r"一直吐|呕吐不止|吐了好几次|吐个不停|不停(?:地)?吐|呼吸◇{0,4}(?:深|大口)|烂苹果|"
             r"口渴◇{0,3}(?:厉害|得不行|喝多少都)"), window=60, aid=_AID_DIABETIC),
    _rule("severe_hypoglycemia", _E, _t(r"降糖药|胰岛素|低血糖|血糖(?:很|特别|太)?低|格列|二甲双胍|糖尿病|"
                                        r"血糖[^\d,!?;。\n…~:]{0,5}(?:[0-2](?:\.\d)?|3\.[0-4])(?![\d.])|"
                                        r"血糖◇{0,5}(?:[一两二]点[几\d一二三四五六七八九]|三点[零一二三四])"),
          _t(r"不(?:太|怎么)?清醒|意识|叫不醒|喊不醒|昏|说胡话|糊涂|答非所问|抽搐|反应(?:很|特别)?(?:慢|迟钝)|认不出人|"
             r"说不清(?:楚)?话|说话◇{0,2}(?:不清|含糊|不利索)|口齿不清|"
             r"不认(?:识|得)?人|认不得人|胡言乱语|叫(?:她|他)?(?:也)?不(?:太|怎么)?(?:答应|应|理)|咽不下|吞不下|喂不进|"
             r"抽了(?:几|两|一)下|" + _CONFUSION + "|" + _DROWSY), window=50,
          aid="患者清醒、能自己吞咽时立即给含糖饮料或糖块；已经叫不醒就不要喂任何东西，让其侧卧。"),
    _rule("postpartum_preeclampsia", _E, _t(r"产后|生完|月子|剖宫产|剖腹产|顺产"),
          _t(r"血压◇{0,4}(?:1[6-9]\d|2\d\d)/(?:1[1-9]\d)|头痛得◇{0,4}(?:要炸|炸开|厉害)|头(?:痛|疼)◇{0,6}(?:眼前|冒金星|看不清|眼花)"),
          _t(r"眼前◇{0,6}(?:冒金星|发黑|一闪)|看不清|眼花|(?:1[6-9]\d|2\d\d)/(?:1[1-9]\d)|抽"), window=80,
          forbid=r"以前|上次|会不会|如果|万一", aid=_AID_PREGNANCY),
    _rule("postpartum_sepsis", _E, _t(r"生完|产后|剖宫产|剖腹产|顺产|流产|清宫|坐月子|月子里"),
          _t(r"高烧|烧到(?:39|40|四十|三十九)|(?:39|40)(?:\.\d)?度|寒战|寒颤|打哆嗦|打摆子"), _t(r"臭|异味|脓|肚子(?:很)?(?:疼|痛)|下腹(?:疼|痛)"),
          window=60, forbid=r"以前|会不会|如果|万一|怎么预防", aid=_AID_PREGNANCY),
    _rule("child_dehydration", _E,
          _t(r"没(?:有)?尿|尿不湿◇{0,6}干|没(?:有)?眼泪|眼窝◇{0,2}(?:凹|陷)|囟门◇{0,2}(?:凹|陷)"),
          _t(r"老想睡|一直睡|嗜睡|没精神|叫不醒|蔫|软绵绵|软塌塌|不哭不闹|哭声(?:很)?弱|不怎么搭理|不理人", habit=False), window=60, need=_CHILD,
          forbid=r"发烧|高烧|发热|烧到", aid=_AID_CHILD_DANGER),  # with a fever: child_fever_danger
    _rule("electric_shock", _E, _t(r"充电线|电线|插座|插头|电源线"), _t(r"咬|塞◇{0,3}嘴|舔"), _t(r"烧黑|发黑|烧伤|焦|起泡"),
          window=30, aid=_AID_SHOCK),
    _rule("seizure_prolonged", _E,
          _t(r"(?:抽|抽搐|抽风|发作)◇{0,6}(?:\d+|[五六七八九十几]+)(?:多)?分钟(?:了)?◇{0,3}(?:还)?(?:没停|不停|停不下来|没醒|在抽)|"
             r"(?:快|超过|已经)(?:\d+|[五六七八九十几]+)分钟(?:了)?◇{0,2}还(?:在)?抽|一直抽(?:个)?不停|抽(?:了)?(?:好几|两|三)次(?:了)?◇{0,3}(?:没|不)醒"),
          aid=_AID_SEIZURE),
    _rule("chemo_fever", _E, _t(r"化疗|放化疗|化疗后|骨髓移植"),
          _t(r"发烧|高烧|低烧|发热|烧到|体温◇{0,4}(?:3[89]|4[0-2])|(?:3[89]|4[0-2])(?:\.\d)?(?:度|℃|°)|三十[八九]度|寒战|寒颤"), window=40,
          forbid=r"以前|上次(?:也|发烧|烧)|会不会|如果|万一|预防|(?:超过|高于|到了?)◇{0,4}(?:3[89]|三十[八九])◇{0,3}(?:就|要|的话|才)|记住了",
          aid="带上化疗记录和最近的血常规立即去急诊，化疗后发烧可能是白细胞低合并感染，不能在家观察，也不要只吃退烧药。"),
    _rule("priapism", _E, _t(r"勃起|硬着"), _t(r"(?:\d+|[两三四五六几]+)个?多?(?:小时|钟头)|下不去|消不下去|软不下来"), window=30,
          forbid=r"以前|会不会|正常吗(?!.*疼)|早上|晨勃",
          aid="不要自行用药或长时间冰敷，立即去医院急诊泌尿外科，超过4小时可能损伤阴茎。"),
    # Round 11 (seventh blind probe): intussusception, a reaction to alcohol after cephalosporins, a missed dialysis,
    # thyroid storm, a heart attack told as a stomach ache, a child's unseen tablets.
    _rule("intussusception", _E, _t(r"果酱(?:样|色|一样)?|果冻样"), _t(r"大便|便便|拉的|粑粑|屎|便"), window=20, need=_CHILD,
          aid=_AID_ABDOMEN),
    _rule("intussusception", _E, _t(r"一阵一阵(?:地)?(?:哭|闹|疼)|阵发性(?:地)?(?:哭|闹|腹痛)"),
          _t(r"(?:腿|脚)◇{0,3}(?:缩|蜷|蹬|弯)|呕吐|吐了|血便|便血|拉血|带血|果酱"), window=40, need=_CHILD,
          forbid=r"肠绞痛|满月|排气|放屁", aid=_AID_ABDOMEN),
    _rule("disulfiram_reaction", _E, _t(r"头孢|甲硝唑|替硝唑|呋喃唑酮|酮康唑"),
          _t(r"喝(?:了)?◇{0,6}(?:酒|啤酒|白酒|红酒)|(?:啤酒|白酒|红酒|酒)◇{0,3}喝了|藿香正气水|酒心"),
          _t(r"心慌|胸闷|喘不上|呼吸困难|血压◇{0,4}(?:低|只有|掉|下降)|晕倒|头晕|脸◇{0,2}(?:通红|发红|红)|全身◇{0,2}红|发抖|恶心|吐"),
          window=60, forbid=r"能不能|能喝|可不可以|可以喝|多久|几天|隔多长|会不会|如果|万一|以前|上次",
          aid="立即停止饮酒，平躺休息，马上拨打120或去急诊，告诉医生用了什么药、什么时候喝的酒。"),
    _rule("missed_dialysis", _E, _t(r"透析(?:的)?(?:病人|患者)?|少透|没透|漏透", habit=False), _t(r"漏(?:了|掉)|没(?:去)?透|少透|停了|误了|错过|没做|没去", habit=False),
          _t(r"胸闷|心慌|喘|憋|没力气|无力|没劲|手脚◇{0,2}麻|嘴◇{0,2}麻|浑身◇{0,2}麻|心跳◇{0,2}(?:慢|乱)"), window=60,
          forbid=r"会不会|如果|万一|怎么预防",
          aid="立即去急诊（最好是做透析的医院）：漏了透析后胸闷、无力、手脚发麻可能是血钾太高，会突然心跳骤停，不要等下一次透析。"),
    _rule("thyroid_storm", _E, _t(r"甲亢", habit=False), _t(r"发烧|高烧|烧到|(?:39|40)(?:\.\d)?度|三十九度|四十度"),
          _t(r"心跳◇{0,4}(?:1[3-9]\d|一百[三四五六七八九]|两百)|心率◇{0,4}1[3-9]\d|烦躁|说胡话|神志不清|迷糊|大汗|拉肚子|呕吐"),
          window=60, forbid=r"会不会|如果|万一|以前",
          aid="立即去急诊，告诉医生有甲亢：高烧加心跳很快可能是甲亢危象，不要在家只吃退烧药。"),
    _rule("heart_attack", _E, _t(r"冷汗|大汗|出汗|虚汗"),
          _t(r"左(?:边)?(?:的)?(?:胳膊|手臂|肩膀?|臂|手)◇{0,3}(?:酸|疼|痛|麻|沉|没劲)|(?:下巴|下颌|牙)◇{0,2}(?:也)?(?:疼|痛|酸)"),
          _t(r"胃|心口|胸|憋|闷|恶心|喘"), window=40, forbid=r"以前|经常|会不会|如果|万一|颈椎", aid=_AID_CHEST),
    _rule("poison_ingestion", _E, _t(r"药|片|地平|沙坦|普利|洛尔|双胍|格列|他汀|安定|唑仑|胶囊"),
          _t(r"少了(?:[一两二三四五六七八九十几半]|\d+)(?:片|粒|颗)|(?:片|粒)◇{0,4}(?:不见了|少了)"), window=40,
          need=_CHILD, forbid=r"给(?:孩子|宝宝|娃|儿子|女儿)|喂|医生", aid=_AID_POISON),
    _rule("postoperative_sepsis", _E, _t(r"术后|手术|切除|腹腔镜|做完|剖腹产|剖宫产"),
          _t(r"烧到(?:39|40|三十九|四十)|(?:39|40)(?:\.\d)?度|高烧|寒战|寒颤"),
          _t(r"肚子◇{0,8}(?:疼|痛|胀)|腹痛|腹胀|心跳◇{0,4}(?:1[3-9]\d|一百[三四五六七八九])|心率◇{0,4}1[3-9]\d|喘|神志|迷糊"),
          window=80, need=r"第?[一二三四五六七八九十两\d]+天|前天|昨天|今天|刚|出院|回家", forbid=r"会不会|如果|万一|以前|去年",
          aid="立即去急诊（最好回做手术的医院），手术后高烧加上肚子越来越痛或心跳很快，可能是腹腔感染或吻合口漏，不要在家吃退烧药观察。"),
    _rule("poison_ingestion", _E,
          _t(r"把◇{0,10}(?:药|药片|安眠药|降压药|降糖药|止痛药|感冒药|避孕药|药丸)◇{0,2}(?:吃|吞|嚼)(?:了|掉|下)"),
          _t(r"少了|不见了|[几两三四五六七八九十\d]+(?:片|粒|颗)|一板|半板|一瓶|半瓶|犯困|想睡|昏|没精神|叫不醒"), window=30,
          need=_CHILD, forbid=r"给(?:孩子|宝宝|娃|儿子|女儿)|喂", aid=_AID_POISON),
    _rule("poison_ingestion", _E,
          _t(r"(?:农药|百草枯|敌敌畏|老鼠药|鼠药|84(?:消毒液)?|消毒液|漂白水|漂白剂|洁厕灵|疏通剂|汽油|煤油|防冻液|杀虫剂|除草剂)"
             r"◇{0,4}(?:喝|吃|吞|咽)(?:了|下|进)",
             pre=r"(?:想|打算|准备|计划|要是|怕|担心|防止|不小心把|寻思|琢磨|想着)◇{0,3}", unless=r"能不能|可以|会不会|怎么稀释|兑水|拉倒|算了",
             msg=r"多久|疼不疼|痛不痛|会死|死得|才会走|能死|难受吗"),
          aid=_AID_POISON),
    _rule("seizure", _E,
          _t(r"(?:四肢|全身|浑身|手脚)◇{0,3}(?:抽动|抽|僵直|发抖)", unless=r"一下|睡觉|睡着|入睡|偶尔|冷|寒战|打寒颤"),
          aid=_AID_SEIZURE),
    _rule("seizure", _E,
          _t(r"(?:四肢|全身|浑身|手脚)◇{0,3}抖(?:了)?(?:一阵|好一阵|半天|几分钟|一会儿|个不停)|两眼上翻|眼球上翻|眼睛上翻|"
             r"(?:眼睛|眼珠子?|两眼)◇{0,2}(?:往上|向上)(?:翻|吊)",
             unless=r"睡觉|睡着|入睡|冷|寒战|打寒颤|害怕|吓|紧张|激动|生气|白眼"),
          _t(r"抖|抽|僵|没反应|不应|叫不醒|喊不醒|反应慢|迷糊|" + _DROWSY), window=40, aid=_AID_SEIZURE),
    _rule("seizure", _E,
          _t(r"抽搐|抽风|惊厥|癫痫(?:大)?发作|羊(?:癫|角)疯(?:发作|犯了)|口吐白沫|抽过去|抽了过去|"
             r"抽了(?:[一二两三四五六七八九十几\d]+|好几|半)(?:个)?(?:分钟|秒)|(?:一直|不停地?|又(?:开始)?|正在|就在|还在)抽(?![烟血筋奖签水])|(?:妈|爸|娃|孩子|宝宝|他|她|人|老人|奶奶|爷爷|姥姥|姥爷|外婆|外公)在抽(?![烟血筋奖签水风])|抽个不停|"
             r"抽起来了|(?<![烟血])抽了好一阵|(?<![烟血])抽了(?:好长时间|很长时间|很久|好久|半天)(?!的?(?:烟|血|奖|签|水|鼻涕))|(?<![烟血])抽◇{0,4}停不下来|"
             r"牙关紧闭|翻白眼◇{0,6}(?:抽|不醒|没反应|口吐)",
             pre=r"(?:眼皮|眼睑|眼角|眼睛|嘴角|面部|脸部|脸|肌肉|小腿|腿|脚|手指|脚趾|胃|肚子|肠|心|腿肚子|胃部|"
                 r"眼皮子|一根筋|神经)◇{0,1}", unless=r"抽筋|眼皮跳|差点(?:就|要)?抽过去"),
          aid=_AID_SEIZURE),
    # Round 8: "一次接一次地发作，中间人都没醒过来" (status epilepticus told in words).
    _rule("seizure", _E,
          _t(r"一次接一次(?:地)?(?:发作|抽)|(?:接连|连续|反复)(?:发作|抽)(?:了)?(?:好几|两|三|几)(?:次|回)|"
             r"(?:发作|抽)◇{0,8}(?:中间|之间)◇{0,6}(?:没|不)(?:有)?醒"),
          need=r"癫痫|羊(?:癫|角)疯|抽搐|抽风|惊厥|发作", aid=_AID_SEIZURE),
    _rule("worst_headache", _E, _t(_HEADACHE),
          _t(r"剧烈|炸裂|欲裂|要炸|爆炸|最严重|最厉害|最痛|最疼|从没|从来没|从未|有生以来|这辈子|前所未有|撕裂|"
             r"像被◇{0,4}(?:雷|锤|棒|重击|打)|雷击样|厉害|受不了|不行|要命|得吐|喷射"),
          _t(_SUDDEN), window=20, aid=_AID_HEADACHE),
    _rule("worst_headache", _E, _t(_HEADACHE),
          _t(r"有生以来|这辈子(?:最|都没)|从来没(?:有)?这么|从没这么|前所未有|史上最|雷击样|人生中最"), window=25,
          aid=_AID_HEADACHE),
    _rule("worst_headache", _E, _t(_HEADACHE), _t(r"喷射(?:状|性)?(?:呕吐|吐)|(?:脖子|颈部|颈)◇{0,3}(?:硬|僵)"),
          window=40, aid=_AID_HEADACHE,
          forbid=r"^(?!.*(?:喷射|发烧|发热|高烧|突然|剧烈|从没|从来没)).*(?:颈椎|落枕|肩颈|颈肩|低头|枕头|睡姿)"),
    _rule("sudden_vision_loss", _E,
          _t(r"看不见|看不清|看不到(?:东西)?|失明|瞎了|什么都看不|一片黑|黑蒙|视力◇{0,2}(?:骤降|下降|模糊)|视野◇{0,3}(?:缺|少|黑)|"
             r"眼前有◇{0,2}(?:黑影|黑幕|帘子|窗帘)|一只眼(?:睛)?◇{0,2}(?:黑|看不)|重影|复视|看(?:东西)?◇{0,2}(?:是)?(?:两个|双影)",
             unless=r"黑板|远处|手机|字|电脑|屏幕|蹲|站起|起身|低头|晚上|夜里|光线",
             msg=r"近视|老花|散光|度数|配眼镜"),
          _t(r"突然|突发|忽然|一下子|猛然|瞬间|一瞬间|早上起来|一觉醒来|睡醒"), window=16, aid=_AID_VISION),
    # --- airway, poisoning ---
    _rule("choking", _E,
          _t(r"噎住|噎着了|噎到了|卡住了?(?:喉咙|嗓子|气管)|(?:喉咙|嗓子|气管|嗓子眼)(?:里)?◇{0,3}(?:卡|堵)(?:住|了)|"
             r"异物(?:卡|堵|进了?气管)|气管异物|(?:吸|呛)进(?:了)?气管|被◇{0,6}(?:噎|卡|呛)住|呛住|"
             r"(?:卡|堵|噎)(?:在|到|住)(?:了)?◇{0,2}(?:喉咙|嗓子眼|嗓子|气管)",
             unless=r"鱼刺|鱼骨|骨头|刺|感觉|似的|一样|咽炎|有痰|痰", post=r"(?:的感觉|感)"), aid=_AID_CHOKING),
    # Something stuck plus the signs of a blocked airway ("果冻卡住了，咳不出来，发不出声音").
    _rule("choking", _E, _t(r"卡住|卡着|卡在|噎|堵住|堵在|吞了|吞下|吃(?:东西|饭)|呛|吸进(?:去|了)",
                            unless=r"鱼刺|鱼骨|刺|感觉|似的|一样|咽炎"),
          _t(r"咳不出(?:来|声)?|发不出(?:声|声音)|说不出话|(?:抓|掐|捂)(?:着)?(?:脖子|喉咙|嗓子)|憋得◇{0,3}(?:通红|发紫|青紫|紫)|"
             r"脸◇{0,3}(?:憋|涨)(?:得)?(?:通红|发紫|青紫|紫)|喘不上|不能呼吸|没法呼吸|指着(?:脖子|喉咙|嗓子)|"
             r"脸◇{0,3}(?:发青|发紫|青了|紫了)|脸◇{0,3}憋(?:得)?红|(?:嗓子|喉咙)◇{0,3}呼噜"), window=30, aid=_AID_CHOKING),
    _rule("battery_magnet", _E, _t(r"纽扣电池|扣子电池|电池|磁铁|磁珠|巴克球|吸铁石|磁力珠"),
          _t(r"吞|咽|误食|误吞|吃进|吃了|吃下|塞进嘴"), window=12, aid=_AID_BATTERY),
    _rule("battery_magnet", _E, _t(r"纽扣电池|扣子电池|小圆电池|圆电池|电池|磁铁|磁珠|巴克球|吸铁石|磁力珠"),
          _t(r"吞了|吞下|吞进|咽了|咽下|吃下去|吃进去|误吞|误食|(?:嘴里|嘴巴里)◇{0,4}(?:含|放|塞)(?:过|了|着)|(?:含|放|塞)(?:过|了|进)◇{0,2}嘴"),
          window=40, need=_CHILD, aid=_AID_BATTERY),
    _rule("overdose", _E,
          _t(r"(?:吃|服|吞|喝)(?:了|下|掉)?◇{0,6}(?:一整瓶|整瓶|一整板|整板|一整盒|整盒|一大把|一把|半瓶|"
             r"(?:一|两|二|三|四|五|好几|\d)(?:整)?(?:瓶|板|盒|排)|"
             r"(?:\d{2,}|[两二三四五六七八九]?十[一二三四五六七八九]?|几十|十几|二三十|三四十)多?(?:片|粒|颗|丸|袋|包|支))"
             r"◇{0,6}(?:药|片|粒|胶囊)?|"
             r"(?:药|安眠药|降压药|降糖药)◇{0,4}(?:全|都)(?:吃|吞|喝)(?:了|掉|下)|"
             r"(?:一整瓶|整瓶|一整板|整板|一整盒|整盒)◇{0,6}(?:都|全)(?:吃|吞|喝|服)(?:了|掉|下)|"
             r"(?:一整瓶|整瓶|一整板|整板|一整盒|整盒|一大把)◇{0,6}(?:当(?:成|作|做)◇{0,6}|一次|一下子|一口气)(?:吃|吞|喝|服)(?:了|掉|下)|"
             r"(?:一整瓶|整瓶|一整板|整板|一整盒|整盒)◇{0,4}(?:药|片|胶囊|混悬液|糖浆|口服液|退烧药|止痛药|感冒药|安眠药|降压药|降糖药)◇{0,2}(?:都|全)?(?:吃|吞|喝|服)(?:了|掉|下)|"
             r"服药过量|药物过量|过量服(?:用|药)|吃药过量|吃了过量|(?:吃|服)(?:了)?(?:大量|过量)◇{0,4}(?:药|安眠药)|"
             r"一(?:次|下子|口气)(?:吃|吞|服|喝)了?(?:很多|好多|大量|一堆|几十)◇{0,4}(?:药|片|粒)|"
             r"(?:一周|一星期|一礼拜|一个月|几天|两天|三天|好几天)的◇{0,4}(?:药|降压药|降糖药|安眠药|药片)◇{0,3}(?:当|一次|一下子)◇{0,4}(?:吃|吞|服)(?:了|掉|下)",
             pre=r"(?:想|打算|准备|计划|要不要|会不会|能不能|可以)◇{0,3}",
             unless=r"(?:一个月|每个月|一周|每周|每天|一天|一星期)(?:吃|服|用)|多久|够吃|医保|报销|多少钱|价格|疗程|"
                    # bottles of beer or milk, with no medicine in the clause: drinking, not an overdose
                    r"^(?!.*(?:药|片|粒|胶囊|农药|酒精|消毒|洗|清洁)).*(?:啤酒|白酒|红酒|黄酒|洋酒|饮料|可乐|牛奶|酸奶|奶茶|矿泉水|咖啡|果汁)"),
          aid=_AID_OVERDOSE),
    # "感冒药又吃了退烧药 加起来快二十片 现在昏昏沉沉": pills added up, with drowsiness or vomiting.
    _rule("overdose", _E,
          _t(r"(?:加起来|一共|总共|前后|合起来|加一块)◇{0,3}(?:快|有|差不多|将近|得有|估计)?"
             r"(?:\d{2,}|[两二三四五六七八九]?十[一二三四五六七八九]?|几十|十几|二三十)多?(?:片|粒|颗)",
             pre=r"(?:想|打算|准备|计划|要不要|会不会|能不能|可以|如果|万一)◇{0,3}"),
          _t(_DROWSY + r"|吐|晕|心慌|没精神|叫不醒|站不稳"), window=40, aid=_AID_OVERDOSE),
    # "把一周的降压药当一天吃了": several days' pills taken at once.
    _rule("overdose", _E,
          _t(r"(?:一周|一星期|一礼拜|一个月|几天|两天|三天|好几天|一盒|一板)的◇{0,4}(?:药|降压药|降糖药|安眠药|药片)◇{0,3}(?:当|一次|一下子|一口气)◇{0,4}(?:吃|吞|服)(?:了|掉|下)",
             pre=r"(?:想|打算|准备|计划|要不要|会不会|能不能|可以|如果|万一)◇{0,3}"),
          aid=_AID_OVERDOSE),
    _rule("poison_ingestion", _E,
          _t(r"误服|误食|误吃|误喝|误吞|偷吃了?◇{0,6}(?:药|药片)|(?<!偷)偷喝(?!了?酒)|(?:喝|吃|服|吞|舔|误服|误喝|咬破|咬开|咬)(?:了|下|过)?◇{0,12}(?:农药|百草枯|"
             r"疏通剂|清洁剂|除垢剂|强酸|强碱|烧碱|火碱|硫酸|盐酸|洁厕灵|消毒水|指甲油|卸甲水|洗甲水|电池液|玻璃水|蚊香液|"
             r"杀虫|灭蚊|蟑螂药|"
             r"敌敌畏|乐果|草甘膦|除草剂|杀虫剂|老鼠药|鼠药|毒鼠强|氰化物|砒霜|敌百虫|干燥剂|樟脑丸|洗衣凝珠|洗衣液|消毒液|"
             r"洗碗块|洗碗凝珠|洗衣球|洗衣片|洗衣粉|洗洁精|消毒片|驱虫药|蚊香|"
             r"84|漂白|洁厕|汽油|煤油|水银|防冻液|甲醇|假酒|工业酒精)|"
             r"当(?:成|作|做)?◇{0,4}(?:糖|糖果|饮料|水|零食|饼干|果冻|果汁|酸奶|可乐|雪碧|牛奶)◇{0,2}(?:吃|喝|吞|舔)(?:了|下|掉)|"
             r"(?:农药|百草枯|敌敌畏|鼠药|老鼠药|药物|酒精|甲醇|"
             r"亚硝酸盐)中毒|中毒◇{0,4}(?:昏迷|晕|抽)|吃了◇{0,4}(?:大人|奶奶|爷爷|老人|妈妈|爸爸|外婆|外公|姥姥|姥爷)的◇{0,2}(?:药|降压药|降糖药|安眠药|地平|沙坦|普利|洛尔|二甲双胍|格列|他汀|阿司匹林|安定|唑仑)|"
             r"(?:把|偷|拿)◇{0,3}(?:大人|奶奶|爷爷|老人|妈妈|爸爸|外婆|外公|姥姥|姥爷|家里)的◇{0,4}(?:药|药片|降压药|降糖药|安眠药|地平|沙坦|普利|洛尔|二甲双胍|格列|他汀|阿司匹林|药酒)"
             r"◇{0,4}(?:吃|吞|喝)(?:了|掉|下)|(?:喝|吃)了◇{0,4}(?:大人|奶奶|爷爷|老人|妈妈|爸爸|外婆|外公|姥姥|姥爷)(?:泡|喝|用)?的(?:药酒|白酒)",
             pre=r"(?:想|打算|准备|计划|要是|怕|担心|防止)◇{0,3}",
             unless=r"残留|洗菜|洗水果|喷农药|打农药|蔬菜|橡皮|纸|口香糖|米粒|牙膏|泥|沙子|头发|蜡笔|粉笔|硬币|玩具|贴纸|果核|籽|醋|酱油|料酒|白开水|矿泉水|"
                    # one vitamin C or calcium tablet eaten like a sweet is harmless; a bottle of them is not this clause
                    r"(?:维C|维c|维生素C|泡腾片|钙片|益生菌|鱼肝油|奶片)◇{0,8}(?:一|1)(?:颗|片|粒)(?!◇{0,2}(?:多|瓶|板|盒))|"
                    r"(?:一|1)(?:颗|片|粒)(?:维C|维c|维生素C?|泡腾片|钙片|益生菌|鱼肝油|奶片)|(?:鱼油|益生菌|蛋白粉|奶片)◇{0,6}当", msg=r"硅胶|silica"),
          aid=_AID_POISON),
    _rule("poison_ingestion", _E,
          _t(r"(?:趁|偷偷|偷着|自己|不注意)◇{0,10}(?:吃|吞)(?:了|下)◇{0,3}(?:[两二三四五六七八九十几半]|\d+)(?:片|粒|颗|瓶)"),
          need=_CHILD, forbid=r"维生素|钙片|益生菌|糖|可以吃|能不能吃|一次吃|每次吃", aid=_AID_POISON),
    _rule("poison_ingestion", _E, _t(r"散装(?:白)?酒|散酒|自酿(?:的)?(?:白)?酒|假酒|工业酒精|甲醇|勾兑(?:的)?酒"),
          _t(r"模糊|看不清|看不见|眼前◇{0,3}(?:发黑|一片)|视力|头(?:痛|疼)|呕吐|想吐|恶心|呼吸|昏|抽"), window=40, aid=_AID_POISON),
    _rule("carbon_monoxide", _E,
          _t(r"一氧化碳中毒|煤气中毒|燃气中毒|一氧化碳|(?:煤气|燃气|天然气|热水器|煤炉|炉子)◇{0,6}(?:泄漏|漏了|漏气|熏|中毒|晕)|烧炭|炭火◇{0,8}(?:头晕|晕|恶心|昏)|"
             r"(?:热水器|炉子|取暖|洗澡)◇{0,8}(?:晕倒|昏倒|晕过去|头晕恶心)",
             pre=r"(?:想|打算|准备|计划|要去|怎么)◇{0,8}", unless=r"报警器|检测仪|怎么预防|安装|安全吗|安全不|安不安全|能不能用|可以用吗|"
                                                                 r"喜欢|习惯|怎么劝|劝(?:他|她|他们|老人)",
             msg=r"(?:怎么|如何|怎样)(?:预防|避免|防止)"),
          aid=_AID_CO),
    # A strange smell or gas at work or home, with more than mild symptoms or several people affected.
    _rule("toxic_gas", _E,
          _t(r"闻到◇{0,6}(?:味|气味|怪味|臭味|刺激性|刺鼻|气体)|刺鼻的?(?:味|气)|(?:气体|毒气|化学品|化学药品)◇{0,2}泄漏|"
             r"泄漏|怪味|臭鸡蛋味"),
          _t(r"站不稳|站不住|倒了|倒下|倒地|晕倒|昏|没反应|喘不上|呼吸困难|抽搐|(?:同事|大家|几个人|别人|家人|工友|都)◇{0,3}"
             r"(?:倒|晕|不舒服|吐)|叫不醒|" + _DROWSY), window=40, aid=_AID_GAS),
    _rule("toxic_gas", _E,
          _t(r"(?:洁厕灵|洁厕剂|洁厕|84|消毒液|消毒水|漂白(?:水|剂)?|清洁剂|管道疏通剂)◇{0,8}(?:混|一起用|掺|兑在一起|倒在一起|一起倒)|"
             r"氯气|毒气|有毒气体|硫化氢|沼气池|化粪池|下水道|地窖|菜窖|红薯窖|污水井|储罐|农药◇{0,4}(?:熏|吸)|"
             r"(?:喷|打)(?:了|完)?农药◇{0,6}(?:后|之后|回来)|(?:田里|地里|果园|菜地|大棚|庄稼|棉花|果树|稻田)◇{0,6}(?:打|喷)(?:了|完)?(?:农)?药|"
             r"(?:打|喷)药水", unless=r"预防|注意|安全吗|怎么"),
          _t(r"喘|呼吸|咳|胸口|胸闷|晕|昏|恶心|吐|头痛|头疼|眼睛|嗓子|喉咙|烧得慌|倒下|倒地|没反应|叫不醒|抽搐|流口水|"
             r"出汗|瞳孔|抖|抽"), window=60, aid=_AID_GAS),
    _rule("carbon_monoxide", _E, _t(r"炉子|烧煤|煤炉|炭火|烧炭|炭盆|煤气|燃气|天然气|热水器|取暖器|门窗紧闭|不通风|车库|"
                                    r"(?:车里|车内)◇{0,4}(?:开|打)(?:着)?(?:空调|暖风|暖气)|(?:开着|打着)(?:空调|暖风)◇{0,4}睡|"
                                    r"发电机|地下室◇{0,4}(?:烧|炭|炉)|密闭"),
          _t(r"晕|昏|叫不醒|没反应|恶心|呕吐|吐了|头痛|头疼|没意识|意识|站不稳|站不住|" + _DROWSY), window=40, aid=_AID_CO),
    # Wild fruit, herbs or a toxic plant eaten, with numbness, vomiting that will not stop or drowsiness.
    _rule("poison_ingestion", _E,
          _t(r"野果|不认识的(?:果子|草|植物|野菜|花)|野菜|草药|乌头|附子|草乌|川乌|曼陀罗|断肠草|夹竹桃|发芽的土豆|河豚|"
             r"生豆角|苦杏仁|生白果|蓖麻"),
          _t(r"(?:嘴|嘴唇|舌头|手脚|全身|嘴巴)◇{0,3}麻|呕吐不止|吐个不停|一直吐|不停(?:地)?吐|抽搐|昏|心慌|心跳◇{0,3}(?:快|乱|慢)|"
             r"看不清|说胡话|" + _DROWSY), window=40, aid=_AID_POISON),
    _rule("mushroom_poisoning", _E,
          _t(r"毒蘑菇|野(?:生)?蘑菇|野生菌|野菌子?|菌子|蘑菇中毒|菌子中毒|(?:采|捡|摘|挖)(?:的|来的|回来的|了)?◇{0,4}(?:蘑菇|菌)|"
             r"(?:山上|林子里|树林|路边|草地|院子)(?:里)?(?:长)?的?(?:蘑菇|菌)"),
          _t(r"中毒|吐|晕|拉肚子|腹泻|呕吐|幻觉|小人|肚子疼|肚子痛|心慌|抽搐"), window=40, aid=_AID_MUSHROOM),
    # --- pregnancy, children, fever ---
    _rule("pregnancy_bleeding_pain", _E, _t(_PREGNANT, habit=False),
          _t(r"出血|流血|见红|有血|出了(?:好多|很多|一大?摊|不少)血", unless=r"牙龈|刷牙|鼻|痔疮|血丝"), _t(_ABDOMEN, habit=False), window=60,
          aid=_AID_PREGNANCY),
    _rule("pregnancy_bleeding_pain", _E, _t(_PREGNANT, habit=False),
          _t(r"(?:哗哗|大量|好多|很多|一大摊|止不住|不停)(?:地|的)?(?:出血|流血|往外流血|冒血|流)|(?:出血|流血)◇{0,3}(?:止不住|停不下来|湿透|一直流|哗哗)",
             unless=r"牙龈|刷牙|鼻|痔疮|血丝"), window=40, aid=_AID_PREGNANCY),
    _rule("pregnancy_bleeding_pain", _E,
          _t(r"宫外孕◇{0,6}(?:破裂|大出血|剧痛|晕|疼得)|(?:孕|怀孕)◇{0,10}(?:大出血|大量出血|出血很多|流了很多血)"),
          aid=_AID_PREGNANCY),
    _rule("pregnancy_warning", _E, _t(_PREGNANT, habit=False),
          _t(r"胎动(?:消失|没了|明显减少|少了很多|感觉不到|停了)|胎动◇{0,4}(?:没|不|少了)|"
             r"(?:没|没有|感觉不到|不怎么)◇{0,6}(?:宝宝|孩子|胎儿|娃|小家伙)◇{0,2}(?:在)?(?:动|踢)|(?:宝宝|孩子|胎儿|娃|小家伙)◇{0,2}动得◇{0,6}少|"
             r"(?<!还)(?:没|没有|不)(?:感觉|摸|觉)(?:到|着|出)?◇{0,2}胎动|(?<!还)感觉不到◇{0,2}胎动|破水|羊水破|羊水(?:流|漏)|"
             r"(?:下面|下身|下体|阴道)◇{0,6}(?:流|冒|淌|涌|出)◇{0,4}水|头(?:痛|疼)◇{0,6}(?:眼花|看不清)|"
             r"视物模糊|眼花|看不清|看东西◇{0,3}模糊|眼前◇{0,2}(?:冒金星|发黑|闪光|模糊)|头(?:痛|疼)得(?:厉害|受不了|要命|不行)|剧烈头(?:痛|疼)|"
             r"抽搐|抽风|(?:大半天|一整天|一天|半天|一上午|一下午|[三四五六七八九十几]+个?(?:多)?(?:小时|钟头))◇{0,4}(?:都)?(?:没|没有|不)(?:动|踢|胎动)|"
             r"(?:一点|一下)(?:胎动)?都(?:没|没有)(?:胎动|动)?|胎动◇{0,2}(?:一点|一下)?都没(?:有)?"), window=80, aid=_AID_PREGNANCY),
    _rule("pregnancy_warning", _E, _t(r"破水|羊水破|羊水(?:流|漏)|胎动(?:消失|没了|停了|感觉不到)", habit=False),
          aid=_AID_PREGNANCY),
    # High blood pressure in pregnancy with a headache, blurred sight or upper belly pain (pre-eclampsia).
    _rule("pregnancy_warning", _E, _t(_PREGNANT, habit=False),
          _t(r"(?:血压|高压)◇{0,8}(?:1[4-9]\d|2\d\d)(?:\s*/\s*\d{2,3})?|血压(?:很|特别|有点|偏)?高"),
          _t(r"头(?:痛|疼)|眼花|看不清|视物模糊|上腹(?:痛|疼)|胃(?:痛|疼)"), window=60,
          forbid=r"没有头|没头|无头|不头|没有眼花|以前|上次", aid=_AID_PREGNANCY),
    # Early pregnancy with belly pain and signs of internal bleeding (possible ruptured ectopic pregnancy).
    _rule("pregnancy_bleeding_pain", _E, _t(_PREGNANT + r"|停经|月经推迟|大姨妈推迟|验孕棒◇{0,3}两条", habit=False),
          _t(_ABDOMEN + r"|肚子◇{0,4}(?:撕|刀|绞)", habit=False),
          _t(_FAINTISH + r"|肛门◇{0,4}(?:坠|胀|憋)|想解大便|(?:疼|痛)得◇{0,4}(?:受不了|直不起|打滚|冒汗|厉害)"), window=60,
          aid=_AID_PREGNANCY),
    _Rule("infant_fever", _E, (), _AID_CHILD_FEVER, check=_infant_fever),
    _rule("child_fever_danger", _E, _t(_FEVER, pre=r"(?:退|降)"),
          _t(r"昏睡|嗜睡|叫不醒|喊不醒|(?:叫|喊|摇|拍)不(?:太|怎么)醒|很难叫醒|没(?:有)?反应|"
             r"反应(?:很|特别|有点)?(?:慢|迟钝|差)|精神萎靡|萎靡|软绵绵|浑身(?:发)?软|抽搐|抽风|惊厥|翻白眼|"
             r"(?:脖子|颈部|颈)◇{0,3}(?:硬|僵)|喷射(?:状|性)?(?:呕吐|吐)|(?:皮疹|疹子|红点)◇{0,6}(?:不褪|压不褪|按不褪)|出血点|紫癜|"
             r"抽筋|(?:眼睛|眼珠子?|两眼)◇{0,2}(?:往上|向上)(?:翻|吊)|两眼上翻|"
             r"说胡话|胡言乱语|哭声(?:微弱|很弱)|呼吸(?:急促|困难)|嘴唇发紫|一直睡|(?:又|就)睡过去|醒不(?:过来|了)|昏昏欲睡|昏昏沉沉|"
             r"到现在◇{0,2}没(?:有)?(?:尿|小便|撒尿)|"
             r"(?:一天|一整天|整天|半天|一上午|一下午|一晚上|一整晚|一夜|\d+个?小时|[一两几十]+个?小时)◇{0,3}没(?:有)?(?:尿|小便|撒尿)|没(?:有)?尿了|"
             r"哭(?:都|也)?没(?:有)?眼泪|"
             r"眼窝◇{0,2}(?:凹|陷)|手脚冰凉|皮肤发花", pre=r"(?:会|会不会|容易|可能|可能会|怕|担心)"),
          window=80, need=_CHILD, aid=_AID_CHILD_FEVER),
    # A baby or young child breathing fast or with the belly heaving ("一分钟七十多下"), without exercise or crying.
    _rule("breathing", _E,
          _t(r"(?:喘气|呼吸|出气)◇{0,3}(?:特别|很|非常|好|太|越来越)(?:快|急)|一分钟◇{0,4}(?:[5-9]\d|[五六七八九]十)多?(?:下|次)|"
             r"肚子一鼓一鼓|鼻翼◇{0,3}(?:一张一张|一扇一扇|扇动)|(?:喘|呼吸)得◇{0,3}(?:肚子|胸口)◇{0,3}(?:一起一伏|一鼓)",
             unless=r"跑|运动|玩|哭完|刚哭|闹完|正常吗|算正常|多少次"), need=_CHILD, aid=_AID_BREATH),
    # A baby or young child who will not feed and is floppy, or is drying out (no urine, no tears, sunken eyes).
    _rule("child_danger", _E,
          _t(r"(?:不|没|几乎没|没怎么|不怎么|不肯|不愿意|拒绝)(?:吃奶|喝奶|吃东西|吃|喝)|吃不进(?:奶|东西)|拒奶|一口(?:奶)?都不(?:吃|喝)|"
             r"吐了好几次|一直吐|(?:拉|泻)(?:肚子|稀)◇{0,6}(?:一天|两天|好几次|十几次|一整天)|腹泻|水样便|蛋花样"),
          _t(r"软塌塌|软绵绵|(?:身子|浑身|全身|四肢)◇{0,2}(?:发)?软|哭声◇{0,2}(?:很|特别|有点)?(?:弱|小|微弱)|"
             r"(?:一直|老是)(?:睡|想睡)|叫不醒|蔫|没(?:有)?(?:尿|小便)|一滴尿|尿(?:很少|少了|没了)|哭(?:都|也)?没(?:有)?眼泪|(?:尿不湿|尿布|纸尿裤)◇{0,8}(?:干的|干干的|没湿|都是干)|"
             r"眼窝◇{0,3}(?:凹|陷)|囟门◇{0,3}(?:凹|陷)|皮肤发花|嘴唇(?:干裂|发干)"),
          window=60, need=_CHILD + r"|\d+个?月大|[一二两三四五六七八九十]个月", aid=_AID_CHILD_DANGER),
    _rule("child_danger", _E, _t(r"囟门◇{0,3}(?:凹|陷|鼓起|鼓出|凸起)"), need=_CHILD, forbid=r"哭(?:的时候|闹时|闹的时候|时)", aid=_AID_CHILD_DANGER),
    _rule("child_fever_danger", _E, _t(_HIGH_FEVER),
          _t(r"精神(?:很|特别|非常)?(?:差|不好|不太好|不振)|蔫|没精神|打蔫|不爱动|不吃不喝|一直哭|哭闹不止|尿(?:很少|少了|没了)|"
             r"一直睡|不停地吐|吐了好几次"), window=80, need=_CHILD, aid=_AID_CHILD_FEVER),
    _rule("fever_neck_stiffness", _E, _t(_FEVER, pre=r"(?:退|降)"),
          _t(r"(?:脖子|颈部|颈项?)◇{0,3}(?:硬|僵|强直|低不下)|喷射(?:状|性)?(?:呕吐|吐)|(?:皮疹|疹子|红点|紫点)◇{0,6}(?:不褪|压不褪|按不褪)|"
             r"紫癜|(?:全身|身上)◇{0,3}出血点|瘀点|瘀斑|(?:按|压|按压|摁)◇{0,4}(?:不褪|不退|不消|不掉|不变白|不变色)|"
             r"紫红色?的?(?:点|斑|疹)|紫色?的?(?:点点|斑点|斑)"),
          window=80, aid=_AID_FEVER_SIGNS),
    _rule("fever_confusion", _E, _t(_FEVER, pre=r"(?:退|降)"),
          _t(r"说胡话|胡言乱语|神志不清|意识模糊|认不出人|糊涂了|昏睡|叫不醒|喊不醒|迷迷糊糊叫不|答非所问"), window=80,
          aid=_AID_FEVER_SIGNS),
    _rule("heatstroke", _E, _t(r"(?:皮肤|身上|浑身|全身)◇{0,3}(?:滚烫|烫得吓人)"), _t(r"(?:一点)?汗都没(?:有)?|不出汗|没(?:有)?(?:出)?汗"),
          window=40, aid=_AID_HEAT),
    _rule("heatstroke", _E, _t(r"(?:外面|室外|户外|气温|地表)◇{0,3}(?:四十|三十[七八九]|3[7-9]|4[0-5])多?度|中暑|热射病|高温|暴晒|晒了|晒得|闷热|太阳底下|大太阳|烈日|日头|太阳下|桑拿|汗蒸|蒸房|锅炉房|大棚|马拉松|半马|全马|长跑|越野跑|军训|拉练|"
                               r"(?:闷|锁|关)在车里"),
          _t(r"昏|晕倒|晕过去|叫不醒|意识|说胡话|胡言乱语|抽搐|4[0-2](?:\.\d)?度|体温◇{0,3}4[0-2]|不出汗|一点汗都没|没(?:有)?汗了|热射病|不省|"
             r"没反应|叫不应|喊不应|迷迷糊糊|糊涂|倒地|倒下|栽倒|(?:皮肤|身上|浑身|全身|身子)◇{0,2}(?:滚烫|烫得吓人)"), window=60,
          aid=_AID_HEAT),
    # --- allergy, bites ---
    _rule("anaphylaxis", _E,
          _t(r"喉头水肿|过敏性休克|(?:嘴唇|嘴巴|舌头|眼睛和嘴)◆{0,3}(?:肿|肿胀|肿起来|肿了)|(?:舌头|嘴唇)和(?:喉咙|嗓子)◆{0,3}肿|(?:喉咙|嗓子)◆{0,2}(?:肿得|发紧|紧|堵)"
             r"◇{0,4}(?:喘|呼吸|说不出|咽不下)",
             unless=r"上火|起泡|疱疹|被咬|咬到|磕|撞|干|裂|扁桃体|发炎|感冒|咽炎|牙|蚊子|口腔溃疡|溃疡|打玻尿酸|玻尿酸|纹唇|肿痛"),
          aid=_AID_ANAPHYLAXIS),
    _rule("anaphylaxis", _E,
          _t(r"过敏|全身◇{0,4}(?:疹子|风团|荨麻疹|红疹|疙瘩|起包|红肿|起了|痒)|(?:吃|打|输|用)(?:了|完)◇{0,8}(?:(?<!降糖)药|针|液|海鲜|花生|芒果|坚果)"
             r"◇{0,6}(?:后|之后)|打完针|输液(?:后|时)|(?:脸|眼睛)◇{0,3}肿|"
             r"(?:打|输|吃|用|注射)(?:了|完)?◇{0,8}(?:青霉素|头孢|抗生素|消炎针|造影剂|疫苗|吊瓶|点滴|麻药)|"
             r"(?:浑身|全身)◇{0,2}(?:痒|起疙瘩|起风团)|(?:眼皮|眼睑)◇{0,3}肿"),
          _t(r"呼吸困难|喘不上|喘不过|憋气|喉咙◆{0,3}(?:紧|肿|堵)|嗓子◆{0,3}(?:紧|肿|堵)|头晕|晕倒|晕过去|血压(?:低|下降|掉)|"
             r"心慌|胸闷|嘴唇◆{0,3}(?:肿|紫)|意识|脸色苍白|出冷汗|脸◇{0,2}(?:煞白|惨白|苍白|发白)|虚汗|冷汗|瘫软|"
             r"人(?:就|都|一下)?软了|浑身(?:发)?软|站不住|站不稳|(?:喘气|呼吸|出气|吸气)◆{0,3}(?:费劲|费力|困难|吃力)|"
             r"哮鸣|喘鸣|(?:喘气|呼吸|嗓子|喉咙)◇{0,3}(?:有声|带声|吱吱|呼哧|嘶嘶|拉风箱)",
             unless=r"鼻炎|鼻塞|花粉|打喷嚏"),
          window=60, aid=_AID_ANAPHYLAXIS),
    # A common food allergen just eaten plus airway or circulation signs (no "后" needed: "吃了芒果嗓子眼发紧").
    _rule("anaphylaxis", _E,
          _t(r"吃(?:了|完)◇{0,6}(?:海鲜|花生|芒果|坚果|虾|蟹|螃蟹|鸡蛋|牛奶|菠萝|腰果|开心果|蚕豆|蜂蛹|蚕蛹|荞麦|桃子?)"),
          _t(r"呼吸困难|喘不上|喘不过|憋气|(?:喉咙|嗓子)◆{0,3}(?:紧|肿|堵)|(?:喘气|呼吸|出气|吸气)◆{0,3}(?:费劲|费力|困难|吃力)|"
             r"晕倒|晕过去|嘴唇◆{0,3}(?:肿|紫)|舌头◆{0,2}肿|脸◇{0,2}(?:煞白|惨白|苍白|发白)|全身◇{0,4}(?:疹子|风团|红疹|疙瘩|起包)"),
          window=40, aid=_AID_ANAPHYLAXIS),
    _rule("sting_allergy", _E, _t(r"(?:马蜂|黄蜂|胡蜂|大黄蜂|虎头蜂|一群蜂|蜂窝|被蜂群)◇{0,6}(?:蛰|蜇|叮|咬)"), aid=_AID_ANAPHYLAXIS),
    _rule("sting_allergy", _E, _t(r"马蜂|黄蜂|胡蜂|大黄蜂|虎头蜂|蜂群|一群蜂|一窝蜂"),
          _t(r"蛰|蜇|叮|咬|包|围攻|追着|攻击"), window=30, aid=_AID_ANAPHYLAXIS),
    _rule("sting_allergy", _E, _t(r"(?:蜂|蜜蜂)◇{0,6}(?:蛰|蜇|叮|咬)"),
          _t(r"全身|头晕|喘|呼吸|多处|很多|几十|晕|恶心|呕吐|嘴唇|喉咙|心慌|胸闷"), window=40, aid=_AID_ANAPHYLAXIS),
    _rule("snake_bite", _E, _t(r"蛇咬伤|(?:蛇|毒蛇|蝮蛇|眼镜蛇|竹叶青|五步蛇|银环蛇|金环蛇|烙铁头)◇{0,4}(?:咬伤|咬)|被◇{0,4}蛇◇{0,2}(?:要|叮)(?:了|伤|到)"),
          aid=_AID_SNAKE),
    # --- injuries ---
    _rule("severe_burn", _E,
          _t(r"烧伤|烫伤|烫到|烫了|烫(?:红|起泡|破|肿|掉皮)|(?:热水壶|开水壶|热水瓶|暖水瓶|暖壶|水壶|热油|油锅|汤锅|热汤|开水|热水)◇{0,2}(?:倒了|打翻|翻了|洒了|泼了)|烧着了|被火烧|着火|起火|火灾|(?:开水|热水|热油|油|汤|火锅|蒸汽|粥)◇{0,3}(?:烫|溅|浇|泼)",
             unless=r"晒伤|烫伤膏|一小块|一小片|一点点|一点|小泡|一下|指甲盖|硬币大|手指|指尖|小点|一个点|不疼了|一滴|没起泡"),
          _t(r"大面积|一大片|大片|全身|半身|半个身子|整个|整条|整只|整片|满身|双手|双腿|双脚|两条腿|两只(?:胳膊|手|腿|脚)|两条胳膊|胸口|胸前|前胸|皮◇{0,2}掉|肚子|后背|背上|脸|面部|头面|会阴|呼吸道|吸入|烟|喉咙|焦|"
             r"发黑|发白|皮肉|皮掉|没有痛感|不疼|三度|深二度|\d{2}%|百分之|孩子|宝宝|婴儿"), window=30,
          aid=_AID_BURN),
    _rule("chemical_burn", _E,
          _t(r"(?:硫酸|盐酸|硝酸|强酸|强碱|烧碱|火碱|氢氧化钠|石灰|生石灰|管道疏通剂|洁厕灵|漂白水)◇{0,8}(?:溅|泼|烧|沾|弄到|洒|浇)|"
             r"化学(?:品|药品|物质)?(?:烧伤|灼伤)"),
          aid=_AID_CHEMICAL),
    _rule("eye_chemical", _E,
          _t(r"(?:眼睛|眼里|眼)◇{0,6}(?:溅|进|泼|喷|迷|飞|掉|撒|洒)◇{0,6}(?:硫酸|盐酸|碱|石灰|消毒液|84|洁厕|化学|漂白|酒精|农药|水泥|疏通剂|"
             r"清洁剂|洗洁精|油漆)|(?:硫酸|盐酸|碱|石灰|消毒液|84|洁厕|化学|漂白|农药|水泥|清洁剂)◇{0,8}(?:溅|进|泼|喷|迷|飞|掉|撒|洒|揉)◇{0,4}"
             r"(?:眼睛|眼里|眼)", msg=r"(?:现在|已经)?不(?:疼|痛)了|没事了|好了(?!吗)|不红了"), aid=_AID_EYE_CHEMICAL),
    _rule("eye_chemical", _E, _t(r"硫酸|盐酸|碱|石灰|消毒液|84|洁厕|漂白|农药|水泥|清洁剂|洗洁精|油漆|化学|疏通剂"),
          _t(r"(?:溅|进|泼|喷|迷|飞|掉|撒|洒|揉)(?:进|到|入)?(?:了)?◇{0,4}(?:眼睛|眼里|眼)", msg=r"(?:现在|已经)?不(?:疼|痛)了|没事了|好了(?!吗)|不红了"),
          window=20, aid=_AID_EYE_CHEMICAL),
    _rule("eye_injury", _E,
          _t(r"眼(?:球|睛)◇{0,6}(?:扎|戳|刺|插)(?:伤|破|进|了)|眼(?:球|睛)◇{0,4}被◇{0,6}(?:扎|戳|刺|打|砸|崩)|眼球破裂|"
             r"(?:铁屑|玻璃|碎片|鞭炮|烟花)◇{0,6}(?:崩|扎|飞|炸)(?:进|到|伤)◇{0,2}眼(?:睛|球)?|"
             r"眼(?:球|睛)◇{0,4}被◇{0,6}(?:炸|烫|烧|溅|弹|击)(?:伤|了|到)"), aid=_AID_EYE_INJURY),
    # "打篮球被撞到眼睛 现在那只眼睛完全看不见了": a blow to the eye and sight lost.
    _rule("eye_injury", _E, _t(r"(?:撞|打|砸|戳|磕|碰|踢|击|弹)(?:到|伤|中|了)◇{0,4}眼(?:睛|球)|眼(?:睛|球)◇{0,4}被◇{0,6}(?:撞|打|砸|戳|磕|碰|踢|击|弹)"),
          _t(r"看不见|看不到|看不清|失明|瞎了|一片黑|出血|流血|变形"), window=30, aid=_AID_EYE_INJURY),
    _rule("eye_glaucoma", _E, _t(r"眼(?:睛|球)?◇{0,4}(?:胀痛|胀得|剧痛|疼得(?:厉害|受不了)|痛得(?:厉害|受不了))"),
          _t(r"彩虹|光圈|光晕|虹视|看不清|视力(?:下降|模糊)"), window=30, forbid=r"最近|经常|总是|睡一觉|电脑|手机|以前|是不是",
          aid=_AID_VISION),
    _rule("electric_shock", _E, _t(r"触电|被电(?:击|到|打|了)|电击|(?:电线|插座|电门|电闸|电源|漏电|高压线|电器|插头|电瓶|电箱)◇{0,4}"
                                   r"(?:电|打)(?:了|到|着)", unless=r"静电|疗法|治疗|除颤|理疗"),
          _t(r"昏|晕|心慌|胸闷|心跳|烧|发黑|黑了|焦|抽搐|意识|叫不醒|没反应|倒地|倒下|不能动|喘|哭(?:都)?(?:哭)?不出(?:声|来)?"), window=30, aid=_AID_SHOCK),
    _rule("electric_shock", _E,
          _t(r"触电|被电(?:击|到|打|了)|电击伤|遭雷击|被雷(?:劈|击)|雷击", unless=r"静电|疗法|治疗|除颤|理疗|一下",
             pre=r"(?:像|好像|跟|如同|有)◇{0,1}", post=r"(?:一样|般|似的|感|的感觉|样)"), aid=_AID_SHOCK),
    _rule("electric_shock", _E,
          _t(r"(?:捅|插|摸|碰|抓|舔|拿)◇{0,6}(?:插座|插孔|电线|电门|电闸|电源|高压线|插头|电箱|电线杆)",
             msg=r"一会儿就好|没事了|就好了|没什么事|静电"),
          _t(r"打倒|弹开|弹飞|电倒|击倒|打飞|脸◇{0,2}(?:煞白|发白|白了|发青)|哭(?:都)?(?:没声|不出)|昏|晕|没反应|抽搐|"
             r"心跳|焦|发黑|不动了"), window=40, aid=_AID_SHOCK),
    _rule("drowning", _E,
          _t(r"溺水|溺(?:了|着了)|落水(?!桶|管|口|槽)|被淹|淹着了|淹(?:了|到了)|掉(?:进|到|在)?◇{0,2}(?:水里|河里|湖里|池塘|泳池|水池|鱼塘|"
             r"井里|水缸|浴缸|水桶|海里|江里|水库|河沟|粪坑)|呛水◇{0,6}(?:昏|没反应|叫不醒|不醒|咳个不停|嘴唇)",
             unless=r"溺爱|溺宠|手机|钥匙|钱包|戒指|鞋|玩具|帽子|手表|耳机|眼镜|东西|书包|袜子"), aid=_AID_DROWNING),
    _rule("drowning", _E, _t(r"游泳|水库|河里|河边|湖里|江里|海里|泳池|池塘|水塘|浴缸|(?:从水里)?(?:救|捞|拉)(?:上来|上岸|起来)"),
          _t(_DROWSY + r"|没气|嘴唇◆{0,3}(?:紫|青|乌)|没反应|不醒|一直吐水|吐了好多水|咳个不停"), window=60, aid=_AID_DROWNING),
    _rule("drowning", _E, _t(r"(?:救|捞|拉|抱)(?:了)?(?:上来|上岸|起来|出来)|掉(?:进|下|到)(?:去|水里)?"),
          _t(r"没哭|不哭|哭不出|不动|软(?:了|绵绵|塌塌)|脸◇{0,2}(?:发白|煞白|白了|发青|发紫|青了|紫了)|没气|没反应"), window=40,
          need=r"水|河|塘|池|湖|井|海|江|缸|桶|泳", forbid=r"晒|游戏|坑里|沟里(?!.*水)", aid=_AID_DROWNING),
    _rule("head_injury", _E,
          _t(r"(?:头|脑袋|脑壳|脑门|后脑勺|后脑|头部)◇{0,6}(?:撞|摔|磕|砸|被打|碰|着地|先着地)|(?:摔|跌|掉|滚)(?:下来|下去|倒|了|到)|"
             r"从◇{0,6}(?:摔|掉|跌|滚)|滑倒|绊倒|摔跤|跌跤|推(?:下|倒|下去)|被(?:人|同学)?推|被打|挨打|打架|"
             r"(?:撞|磕|摔|砸|碰)(?:了|到|破|伤)?(?:一下)?(?:头|脑袋|脑壳|脑门|后脑勺|后脑|头部)"),
          _t(r"吐了|呕吐|一直吐|吐个不停|不停(?:地)?吐|又吐|喷射|昏|叫不醒|嗜睡|一直想睡|想睡觉|意识|耳朵(?:流血|出血|流水)|"
             r"鼻子流(?:血|水)|抽搐|晕过去|一直哭|不认人|说胡话|瞳孔|" + _DROWSY + r"|(?:头|脑袋|后脑)◇{0,4}(?:好多|很多|一直|全是|都是)◇{0,2}血|"
             r"(?:头|脑袋|后脑)◇{0,3}(?:流血|出血|冒血)"), window=40, aid=_AID_HEAD),
    _rule("severed_part", _E,
          _t(r"(?:手指|脚趾|手(?!术|机|表|套|续)|脚|耳朵|指头|食指|中指|无名指|小指|小拇指|拇指|大拇指)◇{0,4}(?:被)?◇{0,2}"
             r"(?:切断|断了|掉了|砸断|截断|切掉|轧断|绞断|锯断|锯掉|剁掉|剁断)|断指|断肢|"
             r"(?:半截|一截|一节|一段)(?:的)?(?:手指|手指头|指头|脚趾)◇{0,3}(?:切|剁|砍|轧|绞|夹|压)(?:下来|掉|断)|"
             r"(?:手指|手指头|指头|脚趾)(?:头)?◇{0,2}(?:切|剁|砍|轧|绞)(?:下来|掉)(?:了|一截|一块|一节|一小截)"),
          aid=_AID_SEVERED),
    # A fall with a limb that cannot bear weight (hip fracture in the elderly).
    _rule("major_trauma", _E, _t(r"摔|跌|滑倒|绊倒|摔跤|跌跤|倒地|踩空|滚下(?:来|去)|从楼梯", unless=r"摔东西|摔门|摔手机|摔碗"),
          _t(r"起不来|站不起来|动不了|不能动|爬不起来|(?:腿|脚|胳膊|手腕)◇{0,3}(?:变形|短了|外翻|歪了|弯成|扭成)|奇怪的角度|(?:髋|胯|大腿根)◇{0,6}(?:疼|痛)"),
          window=30, aid=_AID_TRAUMA),
    _rule("major_trauma", _E,
          _t(r"车祸|被车(?:撞|碾|压)|撞车|坠楼|高处坠落|坠落|骨头◇{0,2}(?:露|戳|刺|穿)出|开放性骨折|"
             r"(?:从|在)◇{0,8}(?:楼|高处|梯子|树|屋顶|房顶|天台|楼顶|顶楼|脚手架|阳台|窗户|山上|悬崖|二楼|三楼|\d+楼|\d+米|墙上|马上|楼梯|台阶)◇{0,6}"
             r"(?:摔|掉|跌|坠|跳|滚)(?:下|了|到)|(?:刀|剪刀|玻璃|钢筋|木棍)◇{0,6}(?:扎进|插进|刺进|捅|扎穿|刺穿)|"
             # a nail through a shoe, a foot or a hand is a tetanus and wound-care matter (tetanus_wound), not 120
             r"钉子◇{0,6}(?:扎进|插进|刺进|扎穿|刺穿)(?!◇{0,6}(?:脚|鞋|手))|被(?:人)?(?:捅|砍|刺)"
             r"(?:伤|了)|(?:肚子|腹部|胸口|胸部|后背|脖子|颈部)◇{0,2}被◇{0,3}(?:刀|匕首|剪刀|钢筋|螺丝刀)◇{0,2}(?:扎|捅|刺|插)|挨了(?:一|两|几|好几)?刀|被(?:人)?(?:捅|砍|刺|扎)了(?:一|两|几|好几)刀|砍伤|捅伤|刺伤|枪伤|压在◇{0,4}下面|被(?:压|砸)住|(?:摔|跌)(?:倒|伤|了)◇{0,10}(?:起不来|站不起来|动不了|不能动)|"
             r"(?:脖子|颈椎|脊椎|后背|腰)◇{0,8}(?:摔|撞|砸)◇{0,10}(?:动不了|没知觉|不能动|麻)",
             unless=r"看到|电视|新闻|冲动|念头|想法|作文|日记|差点|差一点|险些", pre=r"(?:想|打算|准备|要|威胁|扬言|说要)◇{0,3}",
             msg=r"^(?!.*(?:起不来|站不起来|动不了|昏|不醒|没反应|吐|很多血|好多血|骨折|变形|疼得厉害)).*(?:擦破|破了点皮|破点皮|"
                 r"擦伤|蹭破|没什么事|没大碍|(?<!不)能走|能跑|能跳|青了一块)"), aid=_AID_TRAUMA),
    # A road accident with someone who cannot get up, is bleeding or is not fully awake.
    _rule("major_trauma", _E,
          _t(r"(?:电动车|摩托车?|汽车|货车|卡车|三轮车?|自行车|电瓶车|小车|轿车|公交车?|车)◇{0,3}(?:撞|碾|压|刮倒|撞倒|撞飞)|"
             r"撞(?:了|倒了|飞了)|(?:摔|翻)(?:车|下车)|翻车", unless=r"看到|电视|新闻"),
          _t(r"起不来|站不起来|动不了|不能动|爬不起来|流血|出血|好多血|很多血|骨折|变形|骨头|昏|不醒|没反应|" + _DROWSY),
          window=40, aid=_AID_TRAUMA),
    # --- abdomen, testis, blood pressure ---
    _rule("acute_abdomen", _E, _t(_ABDOMEN, unless=_MENSES),
          _t(r"打滚|翻滚|板状|木板|硬得像|硬邦邦|碰都不能碰|一碰就(?:剧)?(?:痛|疼|叫|喊)|疼得冒冷汗|痛得冒冷汗|疼晕|痛晕|直不起腰|"
             r"蜷(?:着|成|在)|缩成一团|不让碰|不敢碰|脸色(?:发白|苍白|煞白|惨白)|冷汗|弯着腰|弯腰(?:走|驼背)"),
          window=24, aid=_AID_ABDOMEN),
    _rule("acute_abdomen", _E, _t(r"(?:右下腹|右下方|右下边|肚子右下|肚脐右下)◇{0,4}(?:痛|疼)|(?:痛|疼)◇{0,4}(?:右下腹|肚子右下)", unless=_MENSES),
          _t(_FEVER + r"|吐|呕吐|弯着腰|直不起腰|不敢走|越来越(?:疼|痛)"), window=60, aid=_AID_ABDOMEN),
    _rule("acute_abdomen", _E, _t(r"(?:疼|痛)得◇{0,4}打滚|(?:肚子|腹部|肚皮|腹)◇{0,4}(?:硬得像|像)(?:木板|板子|石头)|板状腹|"
                                  r"(?:肚子|腹部|肚皮)◇{0,6}(?:跟|像|和)(?:木板|板子|石头)一样|捂着肚子◇{0,6}(?:打滚|翻滚)",
                                  unless=_MENSES + r"|笑"), aid=_AID_ABDOMEN),
    _rule("testicular_torsion", _E,
          _t(r"(?:睾丸|蛋蛋|阴囊)◇{0,6}(?:剧痛|剧烈|疼得(?:厉害|受不了|打滚)|痛得(?:厉害|受不了|打滚))|睾丸扭转"),
          aid=_AID_TESTIS),
    _rule("testicular_torsion", _E, _t(r"(?:睾丸|蛋蛋|阴囊)◇{0,8}(?:疼|痛)|(?:睾丸|蛋蛋|阴囊)◇{0,3}肿"),
          _t(r"突然|忽然|一下子|半夜疼醒|疼醒|剧|打滚|肿起来|又肿又(?:痛|疼)|肿(?:了|得)|冒汗|(?:几|两|三|\d)个?(?:小时|钟头)"),
          window=30, aid=_AID_TESTIS),
    _Rule("bp_crisis", _E, (), _AID_BP, check=_bp_crisis),
    # "血压测出来两百多 头疼得要炸开": a reading said in words.
    _rule("bp_crisis", _E, _t(r"(?:血压|高压|收缩压)◇{0,6}(?:两百|二百|一百九|一百八)多?(?![块元斤米])"), _BP_SYMPTOMS,
          window=40, aid=_AID_BP),
    # "快救救我爸", "我妈快不行了": a plea for a family member's life, even without a symptom named.
    _rule("help_plea", _E,
          _t(rf"救救(?:我|我的|我们)?(?:{_KIN})|(?:{_KIN})◇{{0,3}}(?:快|要|好像|怕是|眼看着?|眼瞅着)不行了|(?:{_KIN})(?:人)?没了(?=$|[,!?;。\n…~:])",
             msg=r"游戏|手机|电脑|成绩|考试|作业|生意|公司|钱包|工资|股票"),
          aid=_AID_PLEA),
    # An elderly relative living alone who cannot be reached and has not been seen ("外婆独居 好几天没见她出门
    # 敲门也没人应"): someone must get in now; 120/110 can open the door.
    _rule("unconscious", _E, _t(r"独居|一个人(?:住|在家|生活)|独自(?:住|在家|生活)|空巢"),
          _t(r"敲门◇{0,4}(?:没人|不|没)(?:应|开|答应|回应)|(?:好几天|几天|一整天|两天|三天)◇{0,3}没(?:见|看见|出门|动静|露面|开门|开灯)|"
             r"屋里◇{0,2}(?:有)?(?:电视|灯)◇{0,2}(?:声|亮|开着)|(?:电话|手机)◇{0,4}(?:一直|都|也)?(?:不接|没人接|打不通)◇{0,12}(?:敲门|门|邻居|没人应)"),
          window=60, aid=_AID_UNCONSCIOUS,
          forbid=r"没电|出门了|旅游|旅行|在外面|出去玩|回来了|找到了|接了|联系上|没事|去亲戚家|住院"),
    # Round 17 (probe r7d): an adult's tablets given to a child as sweets; a young child vomiting green (bile: a
    # twisted or blocked bowel until shown otherwise).
    _rule("poison_ingestion", _E,
          _t(r"(?:药|药片|药丸|胶囊|降压药|降糖药|安眠药|止痛药|感冒药)◇{0,8}当(?:成|作)?(?:了)?(?:糖|糖豆|糖果|零食|豆豆)◇{0,8}(?:吃|吞|给)"),
          need=_CHILD + r"|外甥|侄子|侄女|(?<![\d十])(?:[1-9]|[一两二三四五六七八九])岁",
          forbid=r"会不会|如果|万一|以前|怕|担心|防止|预防|钙|维生素|益生菌|鱼肝油|哄|骗", aid=_AID_POISON),
    _rule("child_bilious_vomiting", _E, _t(r"吐◇{0,6}(?:绿色|绿水|黄绿|墨绿|草绿|绿绿|绿的|胆汁)"), need=_CHILD,
          forbid=r"会不会|如果|万一|以前|上次|菠菜|青菜|蔬菜|绿豆|抹茶|果泥|西兰花|药水|医生说|住院",
          aid="先不要喂奶喂水，让孩子侧躺防止呛到，立即去医院急诊或拨打120。"),
    # Round 17 (probe r7i, atypical presentations): a heart attack felt as stomach, back, jaw or tooth pain with a
    # cold sweat or a grey face in an older person or one with heart risks; a diabetic's sudden breathlessness and
    # exhaustion; a pulsating lump in the belly with back pain (a leaking aortic aneurysm); a late period with
    # faintness and belly or shoulder pain (a ruptured ectopic); a drug just taken and a tight throat; an infant
    # without urine for most of a day with sunken eyes or no tears.
    _rule("heart_attack", _E,
          _t(r"(?:胃|上腹|心口|胸口|后背|背|牙|下巴|下颌)◇{0,6}(?:疼|痛|闷|不舒服|胀|难受|沉)"),
          _t(r"冷汗|大汗|虚汗|一身汗|满头(?:大)?汗|脸(?:色)?◇{0,2}(?:煞白|惨白|苍白|发白|蜡黄|发灰|灰白)|嘴唇◇{0,2}(?:发)?白|"
             r"手脚(?:冰凉|发凉|冰冷)|憋气|喘不上|气短"), window=40,
          need=r"(?<!\d)[4-9]\d岁|[四五六七八九]十(?:多|几)?岁|老爷子|老太太|老人|老头|老伴|老爸|老妈|我爸|我妈|俺爹|俺娘|爷爷|奶奶|外公|外婆|姥姥|姥爷|"
               r"高血压|糖尿病|冠心病|支架|心脏病",
          forbid=r"会不会|如果|万一|以前|上次|经常|老毛病|拉肚子|腹泻|喝酒|醉|颈椎病(?:犯|复发)|按着疼|练|健身", aid=_AID_CHEST),
    _rule("heart_attack", _E, _t(r"喘|憋气|气短|上不来气|走两步就(?:喘|累)|心率◇{0,3}(?:1[2-9]\d|一百[二三四五六七八九])"),
          _t(r"(?:特别|很|非常)?(?:累|没劲|乏力)|心慌|恶心|后背◇{0,3}(?:沉|疼|痛)|心率◇{0,3}1[2-9]\d|一百[二三四五六七八九]"), window=40,
          need=r"糖尿病", forbid=r"会不会|如果|万一|以前|上次|经常|一直|好几年|运动|跑步|爬山|爬楼", aid=_AID_CHEST),
    _rule("aortic_dissection", _E, _t(r"(?:肚子|腹部|腹|肚脐)◇{0,8}(?:一跳一跳|一鼓一鼓|搏动|跳动)(?:的)?◇{0,2}(?:包|块|肿块)"),
          aid=_AID_CHEST),
    _rule("pregnancy_ectopic", _E, _t(r"(?:月经|例假|大姨妈)◇{0,4}(?:推迟|晚了|迟了|没来)|验孕◇{0,4}(?:阳|两条|两道)|停经"),
          _t(r"头晕|眼前(?:发)?黑|晕倒|晕过去|站不住|冷汗|脸色(?:苍白|煞白)"),
          _t(r"肚子|腹|肩膀|肩|肛门"), window=60, forbid=r"会不会|如果|万一|以前|上次", aid=_AID_PREGNANCY),
    _rule("anaphylaxis", _E, _t(r"(?:刚|才)(?:吃|打|输|用)(?:了|完)◇{0,8}(?:药|针|片|胶囊|点滴|吊瓶|青霉素|头孢|消炎药|抗生素)"),
          _t(r"喉咙◆{0,3}(?:发紧|紧|肿|堵)|嗓子◆{0,3}(?:发紧|紧|肿|堵)|喘不上|呼吸(?:困难|费劲)|嘴唇◆{0,3}肿|舌头◆{0,2}肿"),
          window=40, forbid=r"会不会|如果|万一|以前|上次", aid=_AID_ANAPHYLAXIS),
    _rule("stroke_face", _E, _t(r"嘴角◇{0,4}(?:漏水|漏饭|流口水)|(?:喝水|吃饭)◇{0,4}(?:从)?嘴角◇{0,2}(?:漏|流)"),
          _t(r"(?:脸|嘴)◇{0,6}(?:歪|斜|耷拉)"), window=40, forbid=r"面瘫|拔牙|麻药|牙科|以前|后遗症|康复", aid=_AID_STROKE),
    _rule("sepsis_signs", _E,
          _t(r"反应(?:很|特别|有点|有些)?(?:慢|迟钝)|叫(?:她|他)?(?:都)?不(?:太|怎么)?(?:应|醒)|一直(?:昏)?睡|糊涂|认不出人"),
          _t(r"不吃不喝|发烧|发热|咳嗽|尿(?:很|特别)?少|没(?:有)?尿"), window=60,
          need=r"老人|老爷子|老太太|外婆|外公|奶奶|爷爷|姥姥|姥爷|(?<!\d)[7-9]\d岁|[七八九]十(?:多)?岁",
          forbid=r"会不会|如果|万一|以前|上次|痴呆(?:好几年|多年)|一直这样", aid="立即拨打120或马上去急诊，告诉医生老人这两天的体温、进食和尿量。"),
    _rule("child_dehydration", _E,
          _t(r"(?:一天|一整天|一晚上|一夜|大半天|十几个小时|\d+个(?:多)?小时)◇{0,4}(?:都)?没(?:有)?(?:尿|小便)|尿不湿◇{0,6}(?:一天|大半天|一整天)◇{0,4}(?:都)?(?:干|没尿)"),
          _t(r"眼窝◇{0,4}(?:凹|陷)|囟门◇{0,4}(?:凹|陷)|哭◇{0,4}没(?:有)?(?:眼泪|泪)|蔫|叫不醒|一直睡|精神(?:很|特别)?差"), window=60,
          need=_CHILD, forbid=r"会不会|如果|万一|以前|上次", aid="立即去儿科急诊或拨打120，路上少量多次喂口服补液盐或奶，不要一次喂很多。"),
)

# --------------------------------------------------------------------------------------------------------------
# Self-harm rules
# --------------------------------------------------------------------------------------------------------------

_S: Flag = "self_harm"
# Someone else's suicide in the past ("我哥去年自杀了"): the member is bereaved, not at acute risk themselves.
_BEREAVED = (r"(?:哥|姐|弟|妹|爸|妈|父亲|母亲|朋友|同学|同事|邻居|亲戚|舅|叔|姑|姨|老公|老婆|丈夫|妻子|儿子|女儿|孩子|爷爷|"
             r"奶奶|外公|外婆|他|她)◇{0,3}(?:去年|前年|几年前|\d+年前|[一两三四五六七八九十几]+年前|上个月|那年|当年|多年前|"
             r"之前|以前)◇{0,2}(?:自杀|跳楼|跳河|跳江|跳海|卧轨|上吊|割腕|轻生|烧炭|喝农药|服毒|吃安眠药)(?:了|去世|走了|身亡|死了|离世)")
# Trivial discomforts only: "笑得想死" is a joke, "累得想死"/"疼得想死" is suffering and stays flagged.
# Someone else's attempt long ago ("我哥前几年自杀未遂，现在结婚生子很幸福").
_OTHERS_PAST_ATTEMPT = (r"(?:哥|姐|弟|妹|爸|妈|朋友|同学|同事|亲戚|舅|叔|姑|姨|他|她)◇{0,3}(?:前几年|几年前|去年|前年|以前|之前|小时候|当年|年轻时|上大学时)"
                        r"◇{0,2}自杀未遂")
_HYPERBOLE = r"笑|热|冷|饿|渴|困|气|急|吓|忙|丑|美|帅|羡慕|馋|撑|无聊|尴尬|爱|恨|痒|晒|冻|酸|甜|辣|咸|蠢|挤|吵|难吃|难喝|难看|难听"

_SELF_HARM_RULES: tuple[_Rule, ...] = (
    _rule("suicide_explicit", _S,
          _t(r"自杀|轻生|自尽|寻死|寻短见|想死(?!你|您|他|她|我了|你们|咯|宝|人|死|地|在|(?:爸|妈|外孙|孙子|孙女|儿子|女儿|闺女|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|我们)[^,!?;。\n…~:]{0,3}(?:了|啦|呀|啊))|(?:想|要|我|不如|还不如|想着|着|就)去死|求死|"
             r"不想活(?!得|成|在)|不想活在(?:这个)?(?:世界|世上|人间)|不想(?:再)?(?:努力|继续|好好)活(?:着|下去)|活不下去|不活了|一死了之|了结(?:自己|生命|此生|残生)|结束(?:自己的)?生命|结束自己(?!的)|"
             r"自我了断|想不开|自杀未遂|(?:试过|尝试过|曾经|上次|上周|去年|前几天)◇{0,4}(?:吞药|割腕|跳楼|上吊|烧炭|喝农药|"
             r"吃安眠药|自杀)|没(?:有)?死成|"
             r"(?:想|要|申请|打算)安乐死|(?:不如|还不如|真想|想)死了(?:算了|好)?|死了算了|死了一了百了"
             r"|(?:饿|冻|喝|折磨|憋|烧|淹|毒|撞|摔|弄|杀|整)死(?:我)?自己|杀了(?:我)?自己|让自己(?:去)?死|"
             r"(?:喝|吃|吞)(?:一?瓶|点|些)?(?:农药|敌敌畏|百草枯|老鼠药|鼠药|安眠药)(?:死了)?算了|"
             r"(?:想|就想|只想|要|打算|准备|宁愿|宁可)◇{0,3}(?:慢慢|活活)?(?:饿|冻|病)死(?!了|啦|我|人|你|他|她)|"
             r"把(?:我)?自己◇{0,4}(?:饿|冻|折磨|弄|整|逼|累)死|(?:慢慢|活活)(?:饿|冻|病)死",
             pre=rf"(?:{_HYPERBOLE})(?:吃|喝)?(?:得|的|到)?(?:我)?|(?:班|学|课|作业|活儿?|加班|工作|减肥)(?:上|写|干|做|减)?(?:得|的|到)(?:我)?|(?:你|侬|您)(?:是不是|是)?",
             msg=r"(?:自杀|自伤)(?:干预|预防)◇{0,6}(?:研究|数据|文献|来源)|口头禅|挂在嘴边|(?:考试|要考|考点|复习|课上|临床上)◇{0,12}(?:自杀|自伤)|"
                 r"(?:自杀|自伤)(?:风险)?评估◇{0,10}(?:问哪些|怎么问|问什么)|(?:论文|课题)◇{0,20}(?:自杀|自伤)(?:干预|预防|研究)|"
                 r"(?:论文|课题|综述|毕业设计|作业|课堂|课上)[^。？！?!]{0,20}(?:自杀|自伤)(?:的)?(?:危险因素|风险因素|保护因素|流行病学|现状|干预|预防|研究)|"
                 r"(?:评估|筛查|识别|预防|干预)◇{0,8}(?:自杀|自伤)(?:风险|倾向)?◇{0,6}(?:量表|工具|问卷|资料|课程|培训|方法)|"
                 r"(?:自杀|自伤)(?:风险)?(?:评估|筛查)◇{0,4}(?:量表|工具|问卷)",
             unless=r"自杀式|自杀性|细胞自杀|自杀基因|来访者|咨询师|气话|(?:防|预防)自杀|跳楼价|是不是都会自杀|都会自杀吗|为什么会自杀|"
                    r"(?:累|忙)得想死(?:了)?(?:哈哈|hh|😂|🤣)|" + _BEREAVED + "|" + _OTHERS_PAST_ATTEMPT),
          ),
    _rule("suicide_method", _S,
          _t(r"割腕|割脉|跳楼(?!价|甩卖|大甩卖|机)|(?:想|要|打算|准备|就)◇{0,2}喝(?:敌敌畏|百草枯|老鼠药|除草剂)|"
             r"(?:想|要|打算|准备|在想)◇{0,2}(?:往下跳|跳下去|跳下楼|从◇{0,6}(?:楼|窗户|桥|阳台|楼顶|天台)(?:上)?跳)|"
             r"跳河|跳江|跳桥|跳海|卧轨|(?<![往向朝])上吊|(?:想|打算|准备|计划|要|去)◇{0,8}(?:烧炭|喝农药|"
             r"吃安眠药|开煤气|服毒|吞药|吃老鼠药|撞车|从楼上跳|跳下去)|"
             r"(?:想|打算|准备|计划|要)◇{0,3}(?:吃|吞|喝)◇{0,3}(?:一整瓶|整瓶|一瓶|一把|一大把|几十片|一盒|整盒|全部|所有的?)◇{0,3}"
             r"(?:药|安眠药|片)|"
             r"烧炭◇{0,8}(?:要|需要|得)?(?:准备|买)|烧炭◇{0,16}(?:封|堵)(?:多|得)?(?:严|死|住|好|上)|(?:门窗|窗户|门缝|窗缝)◇{0,8}(?:封|堵)(?:严|死|住|好|上)?◇{0,12}烧炭",
             unless=r"跳楼价|甩卖|跳河鱼|跳跳|取暖|烧烤|了解|预防|防中毒|安全吗|有人(?:跳楼|跳河)(?:了|身亡|自杀)|" + _BEREAVED,
             msg=r"开玩笑(?:地)?说|玩笑话|说了(?:好几|[一二两三四五六七八九十几])年|(?:群里|大家|同事们?)(?:天天|经常|老|都)有人说|都回哈哈"),
          ),
    # 喝药 is also how many northerners say "take medicine": "高血压什么程度要喝药", "平时都要喝药保持血压".
    _rule("suicide_method", _S,
          _t(r"(?:想|要|打算|准备)喝药(?!调|治|补|看|试|吗|好|有用|管用|的|水)",
             pre=r"(?:什么程度|程度|需要|需不需要|要不要|必须|按时|按医嘱|(?:每天|天天|平时|一直|长期)都?|得|该)",
             unless=_BEREAVED),
          ),
    # "我在楼顶", "今晚要去江边，不回来了": at a high or watery place with words of not coming back.
    _rule("suicide_method", _S,
          _t(r"我(?:现在|一个人)?(?:在|站在|坐在|到了|来到)(?:了)?(?:楼顶|天台|顶楼|桥上|大桥|悬崖)(?=$|[,!?;。\n…~:]|上|边|了)",
             msg=r"晒|花|种|乘凉|吃|烧烤|看|拍|散步|钓鱼|玩|跑步|锻炼|晾|修|装|信号|工作|上班|干活|开会"),
          ),
    _rule("suicide_method", _S, _t(r"江边|河边|湖边|海边|桥上|大桥|楼顶|天台|悬崖|铁轨|水库|江里|河里|湖里"),
          _t(r"不回来了|再也不回|永远不回|回不来了|不(?:太|怎么)?想回(?:来|去|家)(?:了)?|(?:就|再)?不回(?:家|去)了|单程"), window=30,
          forbid=r"玩|旅游|旅行|住|酒店|民宿|露营|过夜|出差|加班|钓鱼|朋友|同学"),
    # Putting affairs in order while depressed: changing insurance beneficiaries, a long letter.
    _rule("suicide_plan", _S,
          _t(r"(?:保险|存款|存折|遗嘱|财产|银行卡|密码|房产|房本)◇{0,8}(?:受益人|改成|交代|告诉|写好|写给|留给|转给|过户)"),
          _t(r"抑郁|长信|写了(?:一封)?(?:长)?信|交代|反常|告别|不对劲|消沉|想死|不想活|遗书|后事|以后(?:你|他|她|你们)?(?:用得上|用得着|会用到)"), window=60),
    _rule("suicide_plan", _S, _t(r"(?:交代|告诉|交给|转给)◇{0,6}(?:保险|存款|存折|财产|银行卡|密码|房产|房本)"),
          _t(r"抑郁|长信|写了(?:一封)?(?:长)?信|反常|告别|不对劲|消沉|想死|不想活|遗书"), window=60),
    # Standing at an edge, or "almost jumped".
    _rule("suicide_method", _S,
          _t(r"差(?:一)?点(?:就)?(?:跳|自杀|吞药|割腕|喝药|翻(?:过去|出去|下去))|(?:站|坐|爬|蹲)(?:在|到|上)(?:了)?(?:天台|楼顶|窗台|栏杆|护栏|桥栏|桥栏杆|"
             r"阳台栏杆|阳台外)◇{0,2}(?:边|外|上)?(?![边外上]?(?:晒|看|拍|吃|喝|聊|乘凉|玩|擦))",
             msg=r"宝宝|小孩|幼儿|婴儿|\d岁|危险吗|安全吗|防护|护栏怎么"),
          ),
    _rule("suicide_lethality", _S,
          _t(r"(?:吃|喝|服|吞)◇{0,8}(?:多少|几片|几粒|几瓶|多少片|几盒)◇{0,12}(?:让人|把人)(?:死|没命|醒不过来)|"
             r"(?:吃|喝|吞)◇{0,4}(?:几十|一整瓶|整瓶|一瓶|一把|一整板)(?:片|粒|颗)?[^。？！?!\n]{0,12}(?:会(?:很)?痛苦|痛不痛苦|难不难受|会不会很难受)|"
             r"(?:一冲动|冲动之下|一时冲动|一时想不开)◇{0,6}(?:吞|吃|喝)(?:了)?◇{0,6}(?:药|片|农药|安眠|一整(?:板|瓶|盒)|一把)|"
             r"(?:吞|吃|喝)了◇{0,6}(?:[二三四五六七八九]?十几|[二三四五六七八九]十|几十|\d{2,}|一整?(?:瓶|盒|板|把))(?:多)?(?:片|粒|颗)?[^。\n]{0,14}(?:有点|有些)?后悔|"
             r"(?:吃|喝|服|吞)◇{0,8}(?:多少|几片|几粒|几瓶|多少片|几盒)◇{0,6}(?:会死|能死|致死|致命|送命|死人|没命|死掉|"
             r"睡过去(?:就)?不醒|一睡不醒|醒不过来|不会醒|再也不醒|永远不醒)|致死量|"
             r"(?:吃|喝|用)(?:什么|啥|哪种|哪个)◇{0,4}(?:能|会|可以|就)◇{0,3}(?:睡过去|一睡不醒|睡着不醒|不醒|死)|"
             r"(?:什么|啥|哪种|哪个)◇{0,6}(?:能|会|可以|就)◇{0,3}(?:睡过去不醒|一睡不醒|一觉不醒|睡着不醒|再也不醒|永远不醒)|"
             r"怎么死(?!的)|怎样死|怎么才能死|死得(?:快|痛快|不痛)|无痛(?:的)?死|死法|自杀方法|(?:怎么|如何|怎样)自杀|"
             r"(?:什么|啥|哪种|哪个)◇{0,6}(?:会|能|可以|就)死(?:得|的)(?:快|最快|更快|痛快|干脆)|"
             r"(?:烧炭|吞药|割腕|上吊)◇{0,6}(?:多久|多长时间|多快)◇{0,4}(?:没感觉|没知觉|没意识|会死|能死|就走|走)|"
             r"(?:怎么|怎样|如何)(?:割|划|跳|吊|上吊|吞|吃药|喝药)◇{0,4}(?:才|能|会|不会)|"
             r"才(?:不会|能不)被?(?:救|发现|抢救)|不会被(?:救|抢救|发现)(?:回来|过来|活)?|(?:最)?不容易被(?:救|抢救)|"
             r"(?:几楼|多高|几层)◇{0,8}(?:跳|摔)◇{0,10}(?:一下就没了|就没了|保证|必死|能死|会死|死透)|"
             r"(?:割腕|割颈|割喉|颈动脉|动脉)◇{0,8}(?:多久|多长时间|多快)◇{0,6}(?:失去意识|没意识|昏迷|晕过去|会死|能死|死|走)|"
             r"(?:怎么|怎样|如何)(?:才能|可以|能)?(?:走|死|离开)得(?:不痛苦|没有痛苦|安详|无痛|痛快|舒服|快)"),
          ),
    # "安眠药吃多少能睡过去就不醒了", "推几支胰岛素进去人就再也起不来", "农药喝下去多久会走 没有痛苦吧".
    _rule("suicide_lethality", _S,
          _t(r"安眠药|安定|助眠药|农药|百草枯|敌敌畏|老鼠药|鼠药|煤气|燃气|胰岛素|降压药|降糖药|药|片|针"),
          _t(r"再也(?:起不来|醒不过来|不醒|醒不了)|睡过去(?:就)?(?:不醒|醒不来)|(?:就|便|再)不(?:会)?醒了|醒不过来|一睡不醒|"
             r"(?:多久|多长时间|多快)(?:会|能|就)?(?:走|死)|就(?:想)?(?:这么|这样)睡过去|(?:没|没有|不会)(?:什么)?痛苦吧|"
             r"(?:走|死)得(?:更|最|比较)?快|死得◇{0,3}(?:痛苦|难受)|快(?:一点|一些|些)|"
             r"会不会死|会死吗|能死吗|死得了吗|能不能死"),
          _t(r"多少|几片|几粒|几支|几针|几瓶|几盒|多久|多长时间|会不会|能不能|想试|试试|我想知道|认真(?:问|的)|"
             r"[二三四五六七八九十几\d]+(?:片|粒|支|瓶|盒)|一(?:整)?(?:瓶|盒|板|把)|是不是|(?:配|混|加|就着)(?:着)?(?:白酒|酒|啤酒)"), window=40),
    _rule("suicide_plan", _S,
          _t(r"遗书|(?:攒|存|囤|藏|偷偷存|偷偷攒)(?:了|下|着)?◇{0,6}(?:安眠药|药片|药|刀片|农药)|"
             r"(?:安眠药|药片|药|农药|刀片)◇{0,4}(?:攒|囤|藏)(?:起来|了|够|好)|(?:要了|拿了|买了|偷了)◇{0,4}(?:好多|很多|一堆|不少)(?:的)?安眠药|(?:安眠药|药片|药)◇{0,4}(?:存够|存了很多|存了好多)|买了◇{0,4}(?:炭|木炭)◇{0,6}"
             r"(?:房间|屋里|关门)|(?:把东西|把钱|把存款)◇{0,4}(?:都|全)?(?:安排好|交代好|送人|分给)|"
             r"(?:存款|存折|后事|财产|房子存款)◇{0,3}(?:都|全)?(?:安排好|交代好)了◇{0,6}(?:就这样吧|再见|走|信|别难过)|"
             r"(?:买|攒|存|囤)(?:了)?◇{0,4}(?:很多|好多|一堆|几瓶|几盒|大量)◇{0,2}(?:安眠药|安定|镇静药|助眠药)|"
             r"(?:打算|准备|计划|想)◇{0,6}(?:全|都|一次)(?:吃|吞|喝)(?:了|掉|下|光)"),
          ),
    _rule("suicide_indirect", _S,
          _t(r"活着(?:真|好|太|挺|很)?(?:没意思|没有意思|没意义|没有意义|没劲|累|好累|太累)|"
             r"活着◇{0,3}(?:没|没有)(?:什么|啥)?(?:意思|意义|劲|盼头|奔头)|活着(?:有|还有)什么(?:意思|意义|用)|"
             r"(?:有|还有|没有|没|没啥|没什么)(?:什么|啥)?(?:活头|活路)|活着◇{0,6}(?:没|没有)◇{0,3}奔头|"
             r"(?:撑|熬|挺)不(?:到|过)(?:明天|后天|下周|下个?(?:星期|礼拜|月)|过年|年底|春节|生日|这个(?:月|星期|冬天)|今年)|"
             r"活着◇{0,6}(?:没|没有|毫无|无)◇{0,4}(?:意思|意义|盼头|希望)|活着◇{0,6}(?:意思|意义|盼头)◇{0,3}(?:都|也)?(?:没|没有)|"
             r"活下去(?:太|好|真|很|实在)?难|不知道(?:怎么|该怎么|还怎么)活下去|"
             r"(?:在意|在乎|关心|管)(?:我|我的)?(?:死不死|死活|是死是活)|我死不死|我是死是活|"
             r"活着干嘛|活着图(?:个)?(?:啥|什么)|(?:睁眼|睁开眼|醒来)◇{0,3}(?:就是|都是|全是)◇{0,2}(?:煎熬|折磨|痛苦|受罪)|"
             r"(?:希望|但愿|巴不得|盼着)◇{0,10}(?:不用|不要|不想|别|不必)(?:再)?(?:睁开眼|睁眼|醒来|醒过来)(?!◇{0,2}(?:上(?:早|晚|夜)?班|上学|起床|干活|做饭|开会|早起|赶|去))|"
             r"(?:消失|死了|不在了)(?:了)?(?:也)?(?:挺好|也好|最好|更好|反而好)(?=$|[,!?;。\n…~:]|吧|的)|"
             r"(?:少了|没了)我[^。!?]{0,10}(?:更好|轻松|松(?:一)?口气|解脱|会好|就好)|让(?:我|他|她)早(?:点|些)(?:死|走)|"
             r"(?:安安静静|安静|安详|平平静静|体体面面)地?(?:走|离开)(?:吧|了)?(?=$|[,!?;。\n…~:])|"
             r"原谅(?:女儿|儿子|我)不孝|"
             r"(?:跳下去|往下跳|冲过去|撞上去|冲到车|冲进车流)的(?:冲动|念头|想法)|(?:往|朝)(?:车流|马路中间|车底|火车|卡车)◇{0,3}(?:冲|撞|跳)|"
             r"活着◇{0,6}(?:是|就是)(?:受罪|煎熬|负担|折磨|痛苦)|活够了|不想再活|(?:不想|不要|别|不用|不愿|不愿意)(?:再)?(?:醒来|醒过来)(?!◇{0,2}(?:上(?:早|晚|夜)?班|上学|起床|干活|做饭|开会|早起|赶|去))|永远(?:不要)?醒|"
             r"(?:想|希望|但愿|真想|巴不得)◇{0,3}一睡不醒|一了百了|结束这一切|结束一切|(?:想|只想|要|求|渴望|希望)(?:彻底|永远)?解脱|"
             r"(?:想|只想|好想|真想)(?:就这样|就此|彻底|永远|就)?消失(?!一会|一下|一阵|几天|一段|一周|两天|去旅|一个|几个|半个|去|度假)|从(?:这个)?世界上消失|(?:离开|退出|告别)这个世界|去(?:另)?一个世界|不想存在|"
             r"没有我◇{0,6}(?:更好|更轻松|轻松|会好|就好|解脱|幸福|开心|好过|无所谓|没关系|没人在意|没人发现)|"
             r"(?:窗|楼|阳台|天台)◇{0,3}跳(?:下去|下楼)◇{0,12}(?:会不会|会)?(?:过得)?(?:更)?好|"
             r"(?:我|自己)(?:是不是)?(?:死了|走了|不在了|消失了)[^。!?]{0,10}(?:更好|比较好|好一点|好些|解脱|轻松|就好了|就不用|"
             r"省心|不用再)|(?:睡|睡一觉|睡过去)◇{0,3}(?:不要|不再|别|永远不|再也不)(?:醒|起来)|"
             r"(?:^|(?<=[,!?;。\n…~:]))死了(?:以后)?◇{0,4}(?:轻松|解脱|省心|清净|好过|在乎|后悔|心疼)|"
             r"(?:我|自己)(?:是不是)?(?:要)?(?:死了|不在了)◇{0,6}(?:才|就)(?:会)?(?:在乎|后悔|心疼|想起|重视|知道)|"
             r"闭上眼(?:睛)?◇{0,6}(?:别再|不要再|不再|再也不要|再也不|再也别|永远不要|永远不|永远别)(?:睁开|睁眼|醒)|"
             r"(?:这个世界|世上|人间|这世上)◇{0,4}(?:没有|没|没什么)◇{0,3}(?:值得|可以|可)?(?:留恋|牵挂|舍不得)|"
             r"活得(?:好|太|真|很|特别|这么)累|(?:是|成了)(?:大家|家里|家人|所有人|他们|家庭|全家|孩子|儿女)的(?:负担|累赘|拖累)|"
             r"拖累(?:大家|家人|家里|全家|孩子|儿女)|撑不下去|熬不下去|坚持不下去了|"
             r"(?:想|只想|好想|就想|真想)结束(?:了|吧|掉)?(?=$|[,!?;。\n…~:])|(?:想|只想)(?:结束|了结)(?:掉)?(?:一切|生命|这条命)|"
             r"(?:明天|以后|这个世界|世上)(?:就)?(?:不会|不再)(?:再)?有我|不会再有我|世上再也没有我|"
             r"(?:消失|死|走|不在)了?(?:也)?没(?:有)?人(?:会)?(?:发现|在意|在乎|关心|难过|知道|注意|心疼)|"

             r"给我(?:个|一个)?痛快|不想再受(?:这份|这个)?罪|没人在乎我◇{0,8}(?:消失|死|不在)|"
             r"(?:没有|找不到|失去了?|看不到|没了)"
             r"◇{0,2}活下去的(?:意义|理由|勇气|动力|希望|必要|价值|意思|念头)|(?:活着|人生|生活|日子|未来)◇{0,6}(?:看不到|没有)(?:任何)?(?:希望|盼头|意义)|"
             r"看不到活路|没有活路|生不如死|不想(?:再)?(?:拖累|连累)|活腻了|早死早(?:超生|解脱|投胎|托生|轻松)|"
             r"(?:想|好想|真想|只想|准备|打算|要)◇{0,4}(?:永远|彻底)◇{0,2}(?:离开(?!这(?:个|座)?(?:城市|地方|公司|行业|圈子|单位|家|里)|家乡|老家|北京|上海|广州|深圳)|消失|睡|不醒|解脱|休息|闭上眼)|"
             r"永远(?:地)?(?:离开|告别)(?:大家|你们|家人|所有人|这个世界|人世|爸妈)|永远(?:地)?睡(?:下去|过去)|"
             r"(?:把|让)(?:我)?自己(?:从◇{0,6})?(?:删除|抹去|删掉|清除|抹掉|注销)|(?:删除|删掉|注销)(?:我)?自己(?!的)|"
             r"(?:想|要)◇{0,3}(?:带|抱|领)着?(?:孩子|娃|宝宝|女儿|儿子|小孩)◇{0,2}一起(?:走|死|去死|跳|离开|去天堂)|"
             r"死给(?:你|他|她|你们|我)?看|"
             r"(?:如果|要是|不然|否则)◇{0,12}(?:就|就要|我就)(?:去)?(?:喝药|喝农药|去死|跳楼|跳河|上吊|割腕|自杀|不活了)|"
             r"(?:想|要|准备|打算)◇{0,2}(?:去|上)天堂|早(?:点|些)?去(?:找|陪|见)(?:我)?◇{0,3}(?:爸|妈|爹|娘|老伴|老公|老婆|孩子|儿子|女儿|爷爷|奶奶|外婆|外公|姥姥|姥爷)|去天堂(?:找|陪|见)|去天上(?:找|陪|见)|去(?:那边|地下|下面)(?:陪|找|见)|"
             r"不(?:该|应该|配)存在|从(?:这个)?(?:世界|人间|世上)◇{0,2}(?:下线|退出|离线)|(?:永久|永远)(?:的那种)?(?:下线|离线)(?=$|[,!?;。\n…~:]|了|的)|"
             r"为什么(?:我)?还(?:要)?活着|(?:什么|啥)(?:理由|必要)(?:再)?(?:继续)?活(?:着|下去)|没(?:有)?人需要我|"
             r"(?:消失|死|走|不在)了?(?:也)?不会有人(?:会)?(?:发现|在意|在乎|难过|伤心|心疼|记得|想我|知道)|"
             r"(?:不如|还不如)◇{0,4}(?:去死|死了|死掉)|(?:不如|想|早点|干脆|趁早)◇{0,3}(?:了结|了断)(?=$|[,!?;。\n…~:]|了|吧|算了)|把(?:我)?自己了断|"
             r"(?:人生|活着)◇{0,6}(?:没有|没)(?:任何)?出路|活到头了|我走了(?:也)?(?:挺好|也好|最好|更好)|"
             r"(?:离开|走|消失|不在)了?◇{0,3}对(?:谁|大家|所有人|家里|家人)都好|慢慢(?:地)?(?:走掉|死掉)|(?:就想|只想)◇{0,4}(?:饿着|这样)◇{0,4}(?:走掉|死掉|饿死)|"
             r"让我◇{0,6}(?:结束|解脱)(?:吧|了)?(?=$|[,!?;。\n…~:])|让我(?:安安静静|安静|安详|平静|体面)地?(?:走|离开|死)|"
             r"(?:看到|收到|读到|听到|打开)◇{0,10}(?:的时候|时)◇{0,4}我(?:已经|应该|早就)?(?:不在了|走了|离开了|死了|不在这个世界)|"
             r"不配活|不该活(?:着|下去)|不值得活|没资格活|不该(?:出生|被生下来|来到这个世界)|"
             r"(?:再见|永别|告别|拜拜)(?:了)?◇{0,2}(?:这个)?世界|(?:这个)?世界◇{0,2}(?:再见|永别)|永别了(?!我的|[^,!?;。\n…~:]{0,6}(?:智齿|牙|头发|青春|假期|暑假|寒假|周末|单身|工位|宿舍|高考|考试|大学|学校|旧))|"
             r"和(?:这个)?世界(?:告别|说再见)|下辈子◇{0,3}(?:不|别|再也不|不要|不想)(?:来|投胎|做人|再来)|"
             r"不想(?:再)?(?:投胎|做人)|(?:这辈子|人生|这一生|我这一生|我的一生)(?:就)?(?:到这|到此为止|到头了)|人间不值得|"
             r"(?:消失|死|不活|解脱|离开这个世界)(?:了)?算了|"
             r"不如(?:消失|走了|离开这个世界)|(?:下辈子|来生|来世|天堂|那边)(?:再)?见(?!面会)|"
             r"别(?:再)?(?:救|抢救)我|不要(?:再)?(?:救|抢救)我|(?:让|放)我(?:去)?死|"
             r"从(?:这个)?世界(?:上)?消失|没(?:有)?必要(?:再)?活|活着的必要|"
             r"活着◇{0,4}(?:是|就是)◇{0,4}(?:受罪|煎熬|负担|折磨|痛苦|添麻烦|拖累|累赘|浪费)|"
             r"(?:不如|还不如|想|只想)早(?:点|些)(?:死|走)(?:了|掉)?(?:算了|好|的好)?(?=$|[,!?;。\n…~:])",
             unless=r"公司|生意|店|工厂|厂子|资金|项目|辞职|辞了|烂摊子|不干了|拉黑|删好友|绝交|断联|"
                    r"把(?!自己|我|命|这条命)◇{1,10}一了百了|手术|切了|切掉|拔了|拔掉|做掉|割掉|摘了|摘掉|根治|去掉|换了|"
                    r"(?:疼|痛|痒)(?:得|的)?生不如死|减肥|考试|游戏|手机|电脑|房子|车子|天堂伞|天堂寨|旅游|旅行|景点|"
                    r"歌|音乐|电影|演唱会|游泳|泳池|蹦极|跳水|跳伞|热死|太热",
             pre=rf"(?:{_HYPERBOLE})(?:得|的)?", msg=r"流行语|网络用语|口头禅"),
          ),
    # Thanking for the years of care and saying this is the last message ("谢谢你们这些年的照顾，这是我最后一次来问问题了").
    _rule("suicide_plan", _S, _t(r"谢谢|感谢|多谢"), _t(r"(?:这些年|这么多年|一直以来|这段时间)◇{0,6}(?:的)?(?:照顾|帮助|关心|陪伴)"),
          _t(r"最后一次|以后(?:再也|都)?不(?:会)?(?:来|问|麻烦)了|不会再(?:来|问|麻烦)"), window=60,
          forbid=r"退卡|退会|会员(?:到期|过期)|卡(?:到期|过期)|不续|搬家|出国|移民|换(?:服务|机构|医院)|康复|好了|痊愈"),
    # Giving possessions away together with words of leaving.
    _rule("suicide_plan", _S,
          _t(r"托付|送人|送给|送掉|分掉|都送|全送|分给(?:别人|大家)|留给你|交给你|送(?:她|他|你|我)了|(?:都|全)分给|分给了|"
             r"(?:猫|狗|猫咪|狗狗|鹦鹉|兔子|仓鼠)◇{0,3}送(?:到|去)◇{0,6}(?:家|那里|那儿)",
             unless=r"小了|旧|过期|闲置|搬家|断舍离|二手|多余|用不完|穿不下|长大了|换了新"),
          _t(r"准备好了|交代|最后一次|以后就|永别|告别|后事|不在了|走了以后|走了之后|照顾好自己|别难过|以后要?好好照顾|照顾好(?:孩子|爸妈|家)|"
             r"以后(?:都|也)?用不(?:上|着)|再也用不(?:上|着)|以后不需要|留着也没用|安心(?:地)?走|可以走了|拖累|(?:自己)?没用|负担|累赘|用不到了|(?:我|自己)(?:以后)?(?:再也|都|也)?用不(?:上|着)了|"
             r"(?:说|道)(?:了)?(?:拜拜|再见)|不会再(?:上线|出现|回来)|不对劲|反常|放心(?:地)?走|抑郁|"
             r"(?:存款|存折|银行卡|密码|保险)◇{0,6}(?:写好|放在|放到|交代|告诉|留)|不会(?:再)?回来|回不来"), window=60,
          forbid=r"^(?!.*(?:抑郁|想死|不想活|轻生|想不开|不对劲|反常)).*(?:毕业|搬家|出国|留学|退休|离职|调走|转学|回老家|换工作|出家|旅居|寄养|接回|出差|旅游|旅行)"),
    # A method got ready plus words of finality ("准备了炭，今晚就不用再烦了").
    _rule("suicide_plan", _S,
          _t(r"(?:准备|买|备|找|攒|存|藏)(?:了|好|好了|到)?◇{0,4}(?:炭|木炭|绳子|麻绳|刀片|农药|百草枯|安眠药|老鼠药|鼠药|胶带)"),
          _t(r"不用再|不会再|不必再|解脱|结束|最后|再见|永别|告别|遗书|遗言|封(?:住|好|死)?(?:门窗|窗户|门缝)|"
             r"关(?:好|紧|死)门窗|没人(?:会)?打扰|对不起|不用(?:再)?烦|不烦了|不痛苦|不疼|不难受|一了百了|够了|"
             r"(?:没写完|写好|一封|留了|留下)(?:的)?(?:一封)?信|不接|联系不上|打不通|关机|出租屋|房间里|屋里"),
          window=40, forbid=r"烧烤|烤肉|烤串|火锅|露营|围炉|煮茶|烤火|取暖|跳绳|捆|绑|装修|打包|快递"),
    # Last words and letters left for the family.
    _rule("suicide_plan", _S,
          _t(r"遗言|(?:写好|写了|留了|留下)(?:了)?(?:给|留给)(?:我的)?(?:家人|家里人|爸妈|父母|孩子|老公|老婆|你们|女儿|儿子|大家|爸爸|妈妈)"
             r"们?的(?:信|纸条|字条|几句话)|"
             r"(?:给|留给)(?:我的)?(?:家人|家里人|爸妈|父母|孩子|老公|老婆|你们|女儿|儿子|大家|爸爸|妈妈|爸|妈)◇{0,3}"
             r"(?:写了|留了|留下|写好了?)◇{0,4}(?:信|纸条|字条|几句话|话)|想好(?:了)?(?:怎么|怎样|如何|哪天|什么时候|在哪)"
             r"(?:走|死|离开|结束|了断)|(?:最后|临走前)(?:再)?(?:看|见)(?:你们|大家|家人)一(?:眼|次|面)",
             msg=r"报平安|拜年|贺卡|生日|感谢|道歉信|情书|家书|作文|出差|打工|留学|上学|母亲节|父亲节|寄",
             pre=r"(?:临终|生前|去世前|走之前|老人的|奶奶的|爷爷的|外婆的|外公的|先人的)"),
          ),
    # Believing oneself a burden or superfluous - unless others said it ("他们都说我是多余的人").
    _rule("suicide_indirect", _S,
          _t(r"(?:我|自己)(?:就|只)?是(?:个|一个)?(?:累赘|拖累|负担|包袱|多余的人)|(?:我|自己)(?:真|好|很|特别|就是|是)(?:个)?多余"
             r"(?!的(?!人|存在|$|[,!?。;\n…~:]))|(?:我|自己)?活着◇{0,3}(?:没用|没有用|多余|是浪费|浪费粮食)",
             pre=r"(?:他们|别人|大家|同学|同事|朋友|有人|老师|人家|她|他)(?:都|总|老|经常|总是)?(?:说|笑|骂|叫|嫌)"),
          ),
    # Round 10: wishing not to wake up, a car as the means, a threat to die "for someone to see", giving a pet away
    # because "I won't need these things any more".
    _rule("suicide_indirect", _S,
          _t(r"(?:睡着|睡过去|睡一觉|闭上眼|一闭眼)◇{0,6}(?:再也|永远|就)(?:不|别)?(?:醒|醒不过来|醒不来|不醒|不用醒)(?:了)?◇{0,3}"
             r"(?:就好了|多好|该多好|算了|也好|挺好|最好)|死给◇{0,6}看"),
          ),
    _rule("suicide_indirect", _S,
          _t(r"我(?:要是|如果|若是|要)?(?:消失|死了|不在了|走了)(?:了)?[^。？！?!\n]{0,12}(?:轻松|解脱|松(?:一)?口气|更好|好过|清净)|"
             r"控制不住(?:地)?◇{0,3}(?:想)?(?:去)?(?:拿刀|拿剪刀|划自己|割自己|撞墙|伤害自己|打自己)|[拿用]头◇{0,3}(?:往|朝)?◇{0,3}墙◇{0,2}撞|往墙上撞头|"
             r"(?:吃|喝|用)(?:什么|啥|哪种)◇{0,6}走(?:的时候|得)◇{0,3}(?:不难受|不痛苦|没有痛苦|舒服|安详|快)"),
          ),
    _rule("suicide_plan", _S,
          _t(r"(?:百草枯|敌敌畏|农药|老鼠药|鼠药|绳子|刀片|安眠药|木炭|炭)◇{0,3}(?:我)?(?:都|已经|也)?(?:买|备|准备|弄|搞)(?:好|来|到)(?:了)?"),
          _t(r"日子|活着|没法过|过不下去|不想活|受够|绝望|难受|没意思|对不起|撑不|累了|解脱"), window=40),
    # A whole sheet or bottle of sleeping or psychiatric pills is taken on purpose; a wrist cut by oneself; a height
    # and "would it hurt"; a dying parent asking for the pills "让他走".
    _rule("suicide_method", _S, _t(r"(?<![\u4e00-\u9fff])我(?!妈|爸|老|女|男|儿|姐|哥|弟|妹|家|爷|奶|外|婆|公|媳|闺|朋|同|们)|^(?:刚才|刚刚|刚)?(?:吃|吞|服)了"),
          _t(r"吃|吞|服|喝"), _t(r"(?:一整|整|一大|大半|半)(?:板|瓶|盒|把)|一把|几十片"),
          _t(r"安眠药|安定|助眠|唑仑|镇静|抗抑郁|碳酸锂|思诺思|佐匹克隆"), window=25, forbid=r"不小心|以为|误|搞错|当成|看错"),
    _rule("suicide_method", _S, _t(r"^(?:刚才|刚刚|刚)?(?:吃|吞|服)了|(?<![\u4e00-\u9fff])我(?:刚才|刚刚|刚)?(?:吃|吞|服)了"),
          _t(r"(?:\d{2}|[二三四五六七八九]?十)多?片"), _t(r"安眠药|安定|唑仑|镇静|抗抑郁|碳酸锂|思诺思|佐匹克隆"), window=25,
          forbid=r"不小心|以为|误|搞错|当成|看错"),
    _rule("self_harm_act", _S, _t(r"(?<!被)(?:割|划)(?:了|破了|伤了)?(?:自己的?)?(?:手腕|腕子|腕)", unless=r"不小心|切菜|被|玻璃|刀片划了一下"),
          ),
    _rule("suicide_lethality", _S, _t(r"(?:从)?这么高◇{0,6}(?:掉|跳|摔)下去◇{0,6}(?:会不会|疼不疼|会死|能死|疼吗|死得了)"),
          ),
    # Round 11: an overdose or a stopped treatment with "it does not matter any more", a plan not to live.
    _rule("suicide_plan", _S, _t(r"(?:吃|吞|喝)了◇{0,4}(?:一把|一堆|大半瓶|一整瓶|整瓶|一瓶|好多|一大把|一整板|整板|一板|半瓶|一整盒|整盒)"),
          _t(r"无所谓了|不想活|活着没意思|死了算了|解脱|一了百了|早点结束|不想醒|别救我|别管我|不要管我|不想再?撑|撑不下去|"
             r"撑不住了|不想再?坚持|(?:说|道)(?:一声|声)?再见|永别|告别|最后一次|对不起大家|照顾好"), window=60),
    # Round 13: the charcoal bought, with a time ("烧炭的东西买好了 今晚"): a plan, not a heater left burning.
    _rule("suicide_plan", _S, _t(r"(?:炭|木炭|碳|烧炭的东西|胶带)◇{0,6}(?:已经|都)?(?:买好|准备好|备好|到了|买回来)"),
          _t(r"今晚|今天晚上|明晚|今夜|就今天|这周末|等(?:他们|家里人|爸妈|老婆|老公)?(?:睡|走|出门)|烧炭|门窗|密封|房间里"), window=40,
          forbid=r"烧烤|烤肉|火锅|取暖|露营|野炊|bbq|烤串|炭火锅"),
    # Cuts explained away by a pet the family does not have ("说是猫抓的，我们家根本没养猫").
    _rule("self_harm_act", _S, _t(r"(?:说是|说)◇{0,3}(?:猫|狗)(?:抓|挠|咬)的"), need=r"没(?:有)?养(?:猫|狗)|根本没(?:有)?(?:猫|狗)"),
    _rule("suicide_plan", _S, _t(r"(?:一整板|一板|一整瓶|整瓶|一把|大半瓶|一大把|一整盒)◇{0,10}(?:都|全)?(?:吞|吃|喝)(?:了|掉|下)"),
          _t(r"后悔|无所谓|不想活|解脱|别救我|不知道怎么办"), window=40, forbid=_CHILD + r"|不小心|误"),
    _rule("suicide_plan", _S, _t(r"不想要(?:我)?自己了|不要我自己了|早点住进去|早点(?:去)?陪(?:她|他|老伴|你奶奶|你爷爷|你妈|你爸)|"
                                 r"想早点去找(?:她|他|老伴)"), forbid=r"墓地(?:多少钱|怎么选|价格)|买墓地"),
    _rule("suicide_plan", _S, _t(r"(?:故意|存心|干脆)(?:没|不)(?:打|吃|做|去)◇{0,3}(?:胰岛素|药|透析|化疗)"),
          _t(r"算了|没人在乎|不想活|解脱|早点结束|活够了|拖累"), window=60),
    _rule("suicide_lethality", _S, _t(r"(?:几|多少)楼(?:跳|掉|摔)下去◇{0,6}(?:能死|会死|一定|肯定|必死|死得了)|"
                                      r"(?:跳|掉)下去◇{0,4}(?:一定|肯定)(?:能|会)死")),
    # Round 11, fourth probe: a rooftop already visited, a pact, life insurance as a way out.
    _rule("suicide_plan", _S, _t(r"(?:楼顶|天台|顶楼|桥上|桥边)◇{0,4}站了(?:好几次|好几回|好久|很久|半天|一会儿)")),
    _rule("suicide_plan", _S, _t(r"约(?:好|定)(?:了)?◇{0,10}一起(?:走|死|自杀|跳|烧炭)|一起[\"“]走[\"”]|去哪(?:座|个)桥")),
    _rule("suicide_plan", _S, _t(r"(?:意外险|保险|寿险)◇{0,10}(?:能)?赔"), _t(r"(?:我要是|要是我|如果我)◇{0,6}(?:走了|死了|出(?:个)?意外|不在了)"),
          window=60),
    _rule("suicide_plan", _S, _t(r"(?:下次|以后)(?:就)?不(?:去|透|做)了"), _t(r"慢慢走|拖累|不想活|解脱|早点走"), window=40,
          need=r"透析|化疗|治疗"),
    # Round 11, third probe: veiled plans and method questions.
    _rule("suicide_plan", _S, _t(r"(?:我|等我)(?:不在了|走了|死了)(?:以后|之后)?"),
          _t(r"删|注销|账号|照片|聊天记录|密码|猫|狗|整理"), window=40,
          forbid=r"出差|出门|旅游|旅行|出国|住院|上班|回老家|不在家|几天|半个月|一个月"),
    _rule("suicide_lethality", _S, _t(r"(?:离开|走|结束|死)的(?:方式|方法|办法)◇{0,6}(?:不疼|不痛|没(?:有)?痛苦|无痛)|"
                                      r"怎么(?:走|离开|死)(?:才)?(?:不疼|不痛|没(?:有)?痛苦)|(?:不用|不会|不要)再醒(?:了|过来)?(?=$|[,!?;。\n…~:])|"
                                      r"(?:吃|吞)多少(?:片|粒|颗|瓶)◇{0,3}(?:才)?(?:一定|肯定|足够|能)(?:够|死|走)|"
                                      r"烧炭◇{0,8}(?:不难受|不疼|没(?:有)?(?:什么)?痛苦|舒服)")),
    _rule("suicide_plan", _S, _t(r"热线"), _t(r"报警|通知(?:我)?家(?:里)?人|告诉(?:我)?家(?:里)?人"), window=40),
    _rule("suicide_plan", _S, _t(r"天台|楼顶|顶楼|最高那栋|\d+层|桥上"),
          _t(r"(?:总|老|总是|一直|老是)想(?:上去|去|爬上去|过去)(?:站|待|看)"), window=40),
    _rule("suicide_plan", _S, _t(r"(?:给|帮)◇{0,4}(?:猫|狗|它|宠物)◇{0,4}找(?:个)?(?:靠谱的)?(?:新主人|新家|人养)"),
          _t(r"以后(?:没办法|没法|不能)照顾|不用问为什么|别问为什么|我(?:以后)?不在了"), window=60),
    _rule("suicide_indirect", _S, _t(r"我的(?:葬礼|追悼会)|别为我难过|不要为我难过|别为我哭|以后别想我|忘了我吧")),
    _rule("suicide_indirect", _S, _t(r"抑郁"), _t(r"(?:突然|忽然)◇{0,4}(?:想通了|心情(?:特别|很)?好|很平静)|挨个◇{0,6}(?:打电话|道谢|道别)"),
          window=60),
    _rule("suicide_plan", _S, _t(r"(?:药|止痛片|止疼片|安眠药|药片)◇{0,4}(?:攒|存|藏)(?:下来|起来|着)|(?:攒|藏)(?:了)?◇{0,4}(?:药|止痛片|安眠药)"),
          forbid=r"副作用|过期|保存|冰箱|没吃完|吃不完|换药|能换|医生开的"),
    _rule("suicide_plan", _S, _t(r"(?:喝|吃|吞)了(?:算了|拉倒)|死了拉倒"), need=r"药|农药|敌敌畏|百草枯|安眠"),
    _rule("suicide_indirect", _S, _t(r"(?:站在|在|去)◇{0,3}(?:桥上|桥边|楼顶|天台|江边|河边|湖边)◇{0,8}(?:看了(?:很久|好久|半天)(?:的)?(?:水|江|河|下面)|往下看了(?:很久|好久|半天))")),
    _rule("suicide_plan", _S, _t(r"(?:最喜欢|心爱|宝贝|珍藏)的◇{0,10}(?:都|全)?送(?:给|人|了|◇{0,4}了)|(?:东西|手办|玩具|书|宠物)◇{0,4}(?:都)?送(?:给)?(?:了)?(?:同学|朋友|别人)"),
          _t(r"谢谢大家|这些年|以后不用|不用再|再见|永别|告别|最后一次|朋友圈|密码|存折|后事|遗嘱|交代|万一用得着"), window=80),
    _rule("suicide_plan", _S, _t(r"(?:没|不)打算(?:再)?活(?:过|到|下去|着)|不想活过(?:这个)?(?:冬天|年|月)")),
    _rule("suicide_plan", _S, _t(r"(?:胰岛素|药|透析|化疗)◇{0,6}(?:不打了|不吃了|不做了|停了|不透了)|"
                                 r"(?:不去|不再|不想再|不打算再|决定不)(?:做|去|打|吃)?(?:透析|化疗|治疗|胰岛素|药)|(?:不想|不打算|不愿意)(?:再)?治了|"
                                 r"(?:透析|化疗)◇{0,12}(?:就)?(?:不去|不做|不透)了"),
          _t(r"早点结束|早点走|早死早|死了算了|爱多高就多高|不想活|解脱|拖累|活够了|没几天了|没多少日子|慢慢走|别劝我|就这样走|不想再麻烦|麻烦(?:谁|你们|孩子|儿女)|省得|就这样挺好|活头|花钱"), window=60),
    _rule("suicide_plan", _S, _t(r"安眠药|药|农药"), _t(r"让(?:他|她|我)(?:走|解脱|早点走|去死)|求(?:我|你们?)◇{0,12}(?:走|解脱|死)"),
          window=30),
    _rule("suicide_lethality", _S,
          _t(r"(?:烧炭|割腕|上吊|跳楼|跳河|吃安眠药|喝农药|吞药)◇{0,6}(?:是不是)?(?:最)?(?:没(?:有)?痛苦|不痛苦|不疼|舒服|快)|"
             r"(?:一次)?(?:吃|喝|吞)(?:了)?(?:一)?整(?:瓶|盒|板)◇{0,10}(?:会怎么样|会怎样|会死吗|能死吗|会不会死)"),
          ),
    _rule("suicide_method", _S, _t(r"吵(?:完)?架|打架|闹(?:完)?别扭|想不开|受不了"),
          _t(r"(?:喝|吃|吞)(?:了)?◇{0,4}(?:农药|百草枯|敌敌畏|老鼠药|鼠药|安眠药|一瓶药|整瓶)"), window=30),
    _rule("suicide_plan", _S, _t(r"(?:喝|吃)(?:了)?(?:百草枯|敌敌畏|农药|老鼠药)◇{0,6}(?:还能|能不能|可以)◇{0,2}(?:救|活)"),
          _t(r"(?:已经|都)?买(?:了|好)"), window=40),
    _rule("suicide_plan", _S, _t(r"(?:发现|看到|翻到)◇{0,10}(?:新买的)?(?:绳子|绳|刀片|农药|安眠药|木炭|炭)"),
          _t(r"失业|喝闷酒|不说话|不说|抑郁|反常|不对劲|不理人|想不开|消沉|闷闷不乐"), window=60),
    _rule("suicide_indirect", _S, _t(r"(?:终于)?可以(?:安心|放心)?(?:地)?走了|(?:安心|放心)地?走了"),
          _t(r"信|过户|交代|后事|存款|保险|安排好|写好|谢谢|感谢|道别|告别|再见|每个人"), window=60),
    # Round 10, sixth probe.
    _rule("suicide_lethality", _S, _t(r"多久(?:会|能|才|就)?(?:没(?:有)?感觉|没知觉|睡过去|走|死)"), _t(r"吞|吃|喝|药|炭|割"), window=30,
          forbid=r"麻药|麻醉|打针|止痛"),
    _rule("self_harm_act", _S,
          _t(r"(?:一道一道|一条一条|一道道|一条条)的?(?:刀口|口子|划痕|刀痕|伤口|疤)|(?:刀口|划痕|刀痕)◇{0,4}新的旧的|新的旧的◇{0,4}(?:刀口|划痕|刀痕|伤口)"),
          ),
    _rule("suicide_explicit", _S, _t(r"还不如◇{0,8}(?:跳下去|跳楼|死了|去死|一了百了)|(?:老|总|一直)?说◇{0,3}我要是死了就好了|我要是死了就好了"),
          ),
    _rule("suicide_plan", _S, _t(r"把◇{0,6}(?:东西|宝贝|收藏|账号|游戏账号|心爱的)◇{0,4}(?:都|全)?(?:送人|送给|分给|送了)"),
          _t(r"死|不想活|平静|抑郁|双相|想不开|反常|不对劲"), window=60),
    _rule("suicide_plan", _S, _t(r"(?:让|求|叫)(?:我们?|你们?|家里人|儿子|女儿)◇{0,4}(?:给(?:她|他|我))?买◇{0,4}(?:老鼠药|农药|安眠药|百草枯|敌敌畏)"),
          ),
    _rule("suicide_plan", _S, _t(r"晚安[^。？！?!]{0,4}永远|永远[^。？！?!]{0,2}晚安"), _t(r"药|朋友圈|照片|再见|对不起"), window=40),
    _rule("suicide_plan", _S, _t(r"(?:买|囤|备)了(?:好多|很多|一堆|一大堆)(?:的)?(?:药|安眠药)"),
          _t(r"分手|一个人|离婚|失恋|想不开|难受|不想活|绝望"), window=40),
    _rule("suicide_indirect", _S, _t(r"想◇{0,4}(?:直接)?(?:往|朝)◇{0,6}(?:护栏|墙|桥墩|树|大车|对面的车)◇{0,3}撞(?:过去|上去|死)?"),
          ),
    # An overdose regretted: it was taken on purpose.
    _rule("suicide_method", _S, _t(r"吞了|吃了|喝了|服了"), _t(r"后悔了|后悔死了|有点后悔|后悔"), window=30,
          need=r"安眠药|(?:大半|半|一|整)瓶|一把|一板|农药|敌敌畏|百草枯|老鼠药|(?:\d{2}|[二三四五六七八九]?十)多?片"),
    _rule("suicide_method", _S,
          _t(r"(?:开车|油门|方向盘|骑车)◇{0,8}(?:冲|撞|开)(?:出去|下去|上去|过去|进(?:河|江|海|沟))◇{0,6}(?:算了|一了百了|死|解脱|结束)"),
          ),
    _rule("suicide_plan", _S, _t(r"托付|(?:猫|狗|宠物|鱼|东西|钱|存款|卡)◇{0,6}(?:送给|送人|交给|留给)"),
          _t(r"(?:以后|今后|再也|反正)◇{0,4}(?:用不上|用不着|不需要|不会需要|用不到)(?:这些|了)"), window=40,
          forbid=r"退休|毕业|搬家|出国|留学|换|升级|旧|长大|断舍离|工具|不干了|转行|过敏"),
    # "我想走了……永远": leaving, with words that make it final.
    _rule("suicide_indirect", _S, _t(r"想走了|要走了|该走了|先走了|走了算了|想先走|先走一步"),
          _t(r"永远|这辈子|人生|活着|世界|大家保重|再见|来生|下辈子|养(?:了)?我"), window=20),
    # A note left behind and the person cannot be reached.
    _rule("suicide_plan", _S, _t(r"留(?:了|下)?(?:张|一张|封|一封)?(?:纸条|字条|信|遗言)|留言"),
          _t(r"对不起|找不到|联系不上|打不通|不接电话|失踪|不见了|再见|永别"), window=40),
    # Farewell words, then the person cannot be reached ("发朋友圈说再见了 电话打不通").
    _rule("suicide_plan", _S, _t(r"(?:说|发|留|写|出|贴|po)(?:了)?◇{0,8}(?:再见|拜拜|告别|永别|对不起|谢谢大家|来生|下辈子)|永别|"
                                 r"(?:下辈子|来生|来世)再(?:做|当|见|聚)|这辈子就这样(?:吧|了)|"
                                 r"(?:以后|今后)(?:你|你们)要好好的|谢谢你(?:一直)?陪(?:着)?我"),
          _t(r"打不通|联系不上|不接电话|(?:打|拨)◇{0,4}(?:都|也)?不接|不回消息|不回(?:信息|微信|讯息)|找不到(?:人|她|他)|关机了?|失联|人不见了|"
             r"人(?:也|就)?(?:找|联系)不(?:到|上)|(?:就|再也)不回了|再也没回"), window=40,
          forbid=r"出差|飞机|旅游|旅行|上班|开会|没电|信号|睡觉|先睡"),
    # "对不起大家 我先走了 别找我", "要去一个很远的地方 不会回来了", "等我走了你们再听".
    _rule("suicide_plan", _S,
          _t(r"别找我|不要找我|不用找我|不用再给我打电话|不要再联系我|别再联系我|(?:去|到)(?:一个)?很远(?:很远)?的地方|(?:去|到)(?:一个)?没有(?:痛苦|烦恼)的地方|"
             r"等我(?:走了|死了|不在了)|原谅(?:女儿|儿子|我)不孝"),
          _t(r"对不起|先走了|先走一步|谢谢|保重|永别|不会回来|不回来了|再也不回|最后一次|你们再(?:听|看|打开)|想说的话|"
             r"照顾好|录在|写在|信|关机|累了|(?:给|交给)(?:你|我)(?:养|带|照顾)"), window=40,
          forbid=r"出差|旅游|旅行|开会|上班|加班|忙|没电|信号|睡觉|出国|留学|打工|当兵|支教|考试|闭关|复习|减肥"),
    # "别劝我了，我已经决定了，明天就是最后一天": a decision and a last day.
    _rule("suicide_plan", _S, _t(r"别劝我|不要劝我|不用劝我|劝不(?:了|动)我|(?:已经)?决定了|想好了|下定决心"),
          _t(r"(?:就|是)(?:我的)?最后一(?:天|晚|夜|次)|活到(?:今天|明天|这个月|月底|年底)|不会再醒|别找我|不要找我"),
          window=40, forbid=r"上班|工作|辞职|假期|放假|考试|比赛|旅游|减肥|戒烟|戒酒|分手|吃|喝|营业|打折|促销"),
    # "我真的撑不住了": at the end of one's strength, unless it is about a business, sleepiness or a sore body.
    _rule("suicide_indirect", _S, _t(r"(?:撑|扛|熬|顶)不住了|(?:撑|扛|熬)不(?:过去|动)了(?=$|[,!?;。\n…~:])", pre=rf"(?:{_HYPERBOLE})(?:得|的)?",
                                     msg=r"公司|生意|店|工厂|厂子|资金|项目|房贷|困|腰|腿|胃|牙|感冒|发烧|病毒|熬夜|加班|"
                                         r"箱子|行李|袋子|太重|搬|坎|难关|总会过去"),
          ),
    # "人生不想玩了", "想当天使", "想重开": life as a game to quit (not "这种生活不想过了，想换工作").
    _rule("suicide_indirect", _S,
          _t(r"(?:人生|这辈子|生活|活着|日子|这条命)◇{0,6}(?:不想玩了|玩不下去了?|不想过了|过不下去了|不想继续了|到此为止|结束吧|"
             r"没法继续了|不要了)(?=$|[,!?;。\n…~:])|(?:想|要|准备|好想)◇{0,2}(?:去)?(?:当|做|变成|成为)(?:小)?天使|"
             r"(?:想|人生|好想|真想)◇{0,2}重开|人生重开",
             pre=r"(?:这种|这样的?|现在的|这份|这边的)◇{0,4}",
             msg=r"演出|表演|扮演|节目|角色|cos|万圣节|游戏|一局|一把|存档|账号|护士|白衣|想换|想搬|换个|辞职|离婚|分手|跳槽"),
          ),
    # Getting the means ready: pills poured out and counted, a knife under the pillow, charcoal arranged.
    _rule("suicide_plan", _S,
          _t(r"(?:药|药片|安眠药|降压药)◇{0,4}(?:全|都|全部|所有)◇{0,2}(?:倒出来|倒在|拿出来|摆在|摆好)|"
             r"(?:药|药片|安眠药|降压药)◇{0,6}(?:正在数|在数|数好了|数了数|数够)|"
             r"(?:刀|刀片|绳子|绳|农药|炭|安眠药)◇{0,4}(?:已经|都)(?:放|藏|准备|挂|买)|"
             r"(?:刀|刀片|绳子|农药|安眠药|剪刀|百草枯|敌敌畏|老鼠药)◇{0,3}(?:放在|藏在|压在)◇{0,3}(?:枕头|床头|床底|被子|身上|口袋|包里|衣柜|抽屉|"
             r"柜子|床下|车里)|偷偷(?:地)?(?:买|藏|攒|准备)(?:了)?◇{0,4}(?:绳子|绳|刀片|农药|安眠药|炭|老鼠药|百草枯)|"
             r"(?:绳子|绳)◇{0,3}(?:挂好|系好|打好结|挂上)|(?:买|联系|订|找)(?:好了|好|了|到)?◇{0,4}(?:卖)?(?:木)?炭(?!疽|黑|笔)",
             msg=r"药盒|分装|一周的量|分药|烧烤|烤肉|火锅|取暖|围炉|烤火|露营|煮茶|活性炭|竹炭|除甲醛|除味|养花|切菜|厨房|"
                 r"晾|挂衣服|搬家|打包|蚊帐"),
          ),
    # Looking at a railing or a window and thinking of climbing over ("栏杆不高 我在想要不要翻过去").
    _rule("suicide_method", _S, _t(r"栏杆|护栏|桥栏|窗台|窗户|阳台|天台|楼顶|大桥|桥上|桥中间"),
          _t(r"(?:想|要不要|差(?:一)?点|打算|准备)◇{0,3}(?:翻|跨|爬)(?:过去|出去|下去)",
             msg=r"小孩|宝宝|孩子|猫|狗|钥匙|衣服|被子|晾|小偷|救|锁|防护|安全吗"), window=30),
    # A roof door found open and a time set ("顶楼天台的门没锁 今晚就上去").
    _rule("suicide_plan", _S, _t(r"天台|楼顶|顶楼|桥|江边|河边"), _t(r"看过了|踩过点|门没锁|门是开着的|门开着"),
          _t(r"今晚|今天晚上|明天|就上去|上去了|最后"), window=40,
          forbid=r"晒|晾|被子|乘凉|烧烤|星星|拍照|修|信号|太阳能|水箱|种菜|花|漏水|物业"),
    # A poison or a rope bought and hidden ("买了一瓶百草枯 藏在床底下 谁也不知道").
    _rule("suicide_plan", _S, _t(r"(?:买|备|弄|搞|藏)(?:了|到|来)?◇{0,4}(?:百草枯|敌敌畏|农药|老鼠药|鼠药|绳子|刀片|安眠药|炭)"),
          _t(r"藏(?:在|到|起来|好)|谁也不知道|没人知道|别告诉|偷偷|攒着|存着"), window=30,
          forbid=r"孩子|小孩|宝宝|够不着|拿不到|免得|防止|以免|锁|田里|地里|庄稼|果树|打药|除草|灭鼠|老鼠多|耗子|露营|烧烤|装修|快递"),
    # "我想好了" next to a place or means to die.
    _rule("suicide_plan", _S, _t(r"想好了|决定了|下定决心|准备好了"),
          _t(r"桥|楼顶|天台|江边|河边|湖边|海边|悬崖|铁轨|高楼|楼上|安眠药|绳子|炭|刀片|农药"), window=30,
          forbid=r"旅游|旅行|玩|拍照|婚|买房|装修|考研|辞职|手术|出发|酒店|民宿|公寓|烧烤|烤肉|烤串|火锅|露营|围炉|取暖"),
    # A farewell picture or last message with goodbye words.
    _rule("suicide_plan", _S, _t(r"遗照|遗像|最后一条|最后的(?:话|消息|朋友圈|照片)"),
          _t(r"保重|再见|永别|照顾好|别难过|对不起|谢谢|不要找我|别找我"), window=40,
          forbid=r"旅游|旅行|出国|放假|关注|粉丝|更新|停更|退网|换号|毕业|奶奶的|爷爷的|去世的"),
    # Hurting oneself to cope with feelings ("心情不好就用指甲把胳膊抠出血").
    _rule("self_harm_act", _S,
          _t(r"把(?:自己的?)?(?:胳膊|手臂|手腕|腿|大腿|皮肤|头|头发)◇{0,3}(?:抠|掐|挠|抓|划|咬|割|烫|扯|拔|撞)|"
             r"(?:胳膊|手臂|手腕|大腿|腿上|皮肤)◇{0,4}(?:抠|掐|挠|抓|划|咬|割|烫)(?:得|到)?(?:出血|流血|破|烂|青)|"
             r"用(?:指甲|刀|笔|尺子|圆规|针|烟头|打火机)◇{0,6}(?:抠|掐|挠|划|扎|割|烫)(?:自己|胳膊|手臂|手腕|腿|皮肤)",
             unless=r"蚊子|痒|湿疹|过敏|皮炎|猫|狗"),
          _t(r"心情不好|难受|烦|压力|emo|生气|崩溃|焦虑|抑郁|想哭|委屈|吵架|情绪"), window=40),
    # Farewell words that close the door ("以后不会再打扰大家了，谢谢你们这些年").
    _rule("suicide_plan", _S,
          _t(r"(?:以后|再也)(?:都)?不会再?(?:打扰|麻烦|拖累|烦)|不会再(?:打扰|麻烦|拖累)(?:大家|你们|任何人|家人)|"
             r"不(?:能)?(?:再)?陪(?:大家|你们|你|他们|她|他|爸妈|父母|孩子)(?:了|走下去)"),
          _t(r"这些年|永别|保重|照顾好(?:自己|爸妈|家人|孩子)|来生|下辈子|最后一次|别找我|不要找我|再见了|勿念|对不起"), window=40,
          forbid=r"退休|离职|辞职|毕业|调走|出国|搬家|退群|换群"),
    _rule("self_harm_act", _S,
          _t(r"自残|自伤|自我伤害|伤害自己|弄伤自己|(?:割|划|打|掐|烫|砍|扎|咬|抓|捶|捅|刺)(?:了|伤了|破了)?(?:我)?自己(?!的?(?:脖子|喉咙|嗓子|胸口))|"
             r"自己(?:用刀|拿刀)?(?:划|割|烫|掐|抓|咬)(?:的|了|出|伤)|拿(?:刀|刀片|剪刀)◇{0,4}(?:对着|指着|抵着)(?:我)?自己|"
             r"(?:用|拿)(?:刀|刀片|小刀|玻璃|圆规|烟头)◇{0,4}"
             r"(?:割|划|扎|烫)(?:自己|手|胳膊|手腕|腿|手臂)|"
             r"(?:手腕|胳膊|手臂|大腿|腿|皮肤)上?◇{0,2}(?:刻字|刻了|刻|划了|割了)|(?:划|割)得(?:很|好|特别|太)?深|"
             r"(?:手腕|胳膊|手臂|大腿)上?◇{0,8}(?:新的?|一道一道的?新?)(?:划痕|刀痕|割痕)|"
             r"(?:手腕|胳膊|手臂|大腿)上?◇{0,4}(?:很多|好多|一道道|一条条|新的)?"
             r"(?:刀划的?|划的?)?(?:口子|划痕|刀痕|割痕|割伤|划伤|刀口)|(?<![做学写背看听气蠢难笨急受瘾馋闷憋烦疼痛][得的]我想)(?<![做学写背看听气蠢难笨急受瘾馋闷憋烦疼痛][得的]想)撞墙|[拿用]头撞|"
             r"(?:难受|心烦|烦|不开心|压力大|崩溃|想哭)◇{0,6}(?:就|会)(?:拿刀|用刀)?(?:划|割|烫)(?:一划|一下|几下|自己|手|胳膊)|"
             r"(?:拿|用)着?(?:刀|刀片|小刀|美工刀|玻璃|圆规|烟头)◇{0,3}(?:在)?(?:割|划|扎|烫)(?:自己|手|胳膊|手腕|腿|手臂|大腿|小腿|肚子)|"
             r"(?:拿|用)(?:刀片|美工刀|圆规|烟头|碎玻璃)◇{0,3}(?:割|划|扎|烫)(?:了|伤了|破了)(?:手腕|胳膊|手臂|大腿|小腿|腿|肚子)|"
             r"(?:拿|用)(?:刀片|美工刀|圆规|烟头|碎玻璃)◇{0,8}(?:割|划)(?:了)?(?:几下|一下|好几下|几道|一道)|"
             r"(?:拿|用)着?(?:刀|刀片|小刀|美工刀|玻璃|碎玻璃|圆规|烟头|针)◇{0,2}在(?:自己的?)?(?:手腕|胳膊|手臂|大腿|小腿|腿|手背|肚子)上?◇{0,3}(?:割|划|扎|烫|刻)",
             unless=r"猫|狗|宠物|抓的|挠的|不小心|切菜|削|刮胡子|剃|做饭|干活|修|双眼皮|眼皮|头发|草|菜|肉|指甲|包皮|"
                    r"(?:有|一)个(?:小)?口子|小口子|论文|流行病学|课题|文献|全马|半马|马拉松|公里|配速",
             post=r"的(?:脸|头发|指甲)",
             msg=r"刮的|碰的|磕的|蹭的|摔的|打球|篮球|足球|踢球|猫|狗|不小心|蝙蝠|老鼠|动物|虫|咬"),
          ),
    # Round 12: affairs put in order together with words of an ending ("房间收拾干净了 密码写好了 替我说声对不起").
    _rule("suicide_plan", _S,
          _t(r"(?:该|要)?安排的◇{0,3}(?:都|全)?安排好了|(?:都|全)安排好了|(?:工作|事情|手头的事)◇{0,3}(?:都|也)?交接(?:完|好)了|"
             r"托(?:给|付给)◇{0,8}了|(?:房间|屋子|东西)◇{0,4}收拾(?:干净|好)了|(?:房子|房)(?:也|都)?退了|(?:钱|存款)◇{0,6}(?:都|全)?转给◇{0,6}了|(?:手机|银行卡|支付宝|微信)?密码◇{0,4}(?:写好|写下来|留给)|"
             r"(?:账号|微博|朋友圈|聊天记录)◇{0,4}(?:都|全)?(?:注销|删)(?:了|掉|光)"),
          _t(r"不在了|最后一次|最后(?:确认|问|说|看)|说声对不起|(?:安心|放心)(?:地)?走|可以走了|(?:替|帮)我◇{0,8}(?:说|道)◇{0,3}(?:对不起|谢谢|再见)|对不起|再见了|"
             r"用不(?:到|上|着)(?:下个?月|明年|以后)"), window=80,
          forbid=r"出差|旅游|旅行|搬家|出国|留学|离职|辞职|退休|住院|手术|生孩子|待产|预产期|产假|回老家|调岗|换工作|装修|会员|退卡|"
                 r"(?:怎么|如何|能不能|可以)注销"),
    # "反正我也用不到下个月了", "下个月我就不在了": life measured out to a date, in the first person.
    _rule("suicide_plan", _S,
          _t(r"反正(?:我)?(?:也)?(?:用不到|用不上|用不着|活不到|等不到|熬不到|撑不到)(?:下个?月|下周|下礼拜|明年|过年|月底|年底|春节)|"
             r"(?:下个?月|下周|下礼拜|明年|过年|月底|年底|春节|过几天|明天|后天|过了这个月|这个月过完)(?:我)?(?:就)?(?:不在了|不在这个世界)"),
          forbid=r"离职|辞职|调走|出差|旅游|出国|搬家|退休|交接|公司|单位|上班|休假|产假|住院|学校|毕业|群里|店里|老家|过年|放假|回家|"
                 r"不在家|出门|外地|国外"),
    # A goodbye to the account itself ("大家再见了 谢谢这个号陪我这么久").
    _rule("suicide_plan", _S, _t(r"再见了|永别了|拜拜了|告别"),
          _t(r"谢谢◇{0,8}陪(?:着|了)?我(?:这么久|这些年|这段时间|走过|最后)|陪(?:了)?我(?:这么久|这些年|最后)"), window=40,
          forbid=r"到期|续费|续卡|退卡|会员|换号|新号|搬家|出国|毕业|离职|回国|退群|取关|不用了|卸载"),
    # Funeral affairs settled, unless for an operation that has gone well ("住院前把后事都交代好了，结果是个小手术").
    # Round 16: an overdose told as a farewell ("全吃了…就想跟你说一声"); bleach or poison drunk after a break-up; not
    # wanting to wake again (Cantonese "唔想再醒返"); walking into the sea.
    _rule("suicide_plan", _S, _t(r"吃了|吞了|喝了"), _t(r"(?:就)?想跟你(?:们)?说一声|跟你(?:们)?(?:说|道)(?:声|个)?(?:再见|别)"), window=40),
    _rule("suicide_method", _S,
          _t(r"(?:分手|失恋|吵架|离婚|被甩)[^。？！?!\n]{0,20}(?:喝了|吃了|吞了)◇{0,6}(?:消毒液|84|农药|安眠药|百草枯|洁厕|老鼠药)|"
             r"(?:唔|不)想再醒(?:返|过来|来)?|唔想醒返|(?:行|走)(?:落|进)(?:水|海|河|江)(?:里)?",
             unless=r"游泳|玩水|冲浪|潜水|赶海|贝壳|拍照"),
          ),
    # Round 16: pills laid out beside the member now; a will and funeral affairs settled with "only the last step left".
    _rule("suicide_plan", _S,
          _t(r"(?:旁边|身边|手边|手里|面前|桌上|床头|枕头边)◇{0,4}(?:放着|摆着|攥着|拿着|堆着)◇{0,4}(?:一把|一堆|一瓶|好多|很多|一大把)(?:的)?(?:药|安眠药|药片|片)"),
          forbid=r"药店|医院|药房|整理|过期|分药|药盒"),
    _rule("suicide_plan", _S, _t(r"遗嘱|后事|遗书"), _t(r"(?:就)?差最后一步|最后一步了|(?:可以|该)走了"), window=40),
    _rule("suicide_plan", _S, _t(r"把后事◇{0,4}(?:都|全)?(?:安排好|交代好)"),
          forbid=r"住院|手术|出院|结果|虚惊|没事了|开玩笑"),
    # Round 12, third probe (dialects): a letter of thanks and "don't be sad" behind a locked door; life without meaning
    # and "早点走了也无所谓"; "把这事儿了了" so as not to burden the family; standing on a balcony looking down, not
    # eating or sleeping; searching which way is quickest.
    _rule("suicide_plan", _S, _t(r"(?:封|一封|留了|留下|写了)◇{0,3}信|纸条|字条|遗书"),
          _t(r"(?:不要|别)(?:为我)?(?:伤心|难过|哭)|锁(?:了|上|住)?◇{0,2}(?:房门|门)"),
          window=60, forbid=r"情书|表白|感谢信|毕业|老师|学校要求|作文"),
    _rule("suicide_indirect", _S, _t(r"(?:做人|活着|人生)◇{0,4}(?:没意思|没有意思|没意义|没盼头)|"
                                     r"早(?:点|些)?走(?:了)?(?:都|也)?(?:没|无)所谓|早(?:点|些)走了(?:算了|更好|也好)")),
    _rule("suicide_plan", _S, _t(r"(?:把|这)(?:这)?(?:事儿?|一切)(?:给)?了(?:了|结)"),
          _t(r"不(?:再)?给◇{0,4}(?:家里|家人|孩子|你们|大家)(?:添麻烦|添堵|拖累)|欠(?:了)?◇{0,6}(?:债|饥荒|钱)|活不下去|整不了|没法活"),
          window=40),
    _rule("suicide_indirect", _S, _t(r"阳台|楼顶|天台|窗台|窗户边|窗边"), _t(r"(?:朝|往)下(?:头)?看|探出(?:身子|头)|往下望"),
          _t(r"半夜|凌晨|不吃不(?:睡|喝)|不吃不睏|问(?:他|她)◇{0,6}(?:不知道|不说|不吭声|不理)|发呆|很久|好久|半天"), window=40,
          forbid=r"风景|烟花|看热闹|晾|花|拍"),
    _rule("suicide_lethality", _S, _t(r"(?:哪种|什么|哪个)(?:方式|方法|办法)(?:走|死|离开)(?:得)?(?:比较|最)?(?:快|不疼|不痛|没痛苦|干脆)|"
                                      r"从几楼跳(?:下去)?(?:才)?(?:不痛|不疼|会死|必死|能死|没痛苦)|"
                                      r"(?:查|搜|找|问)◇{0,8}(?:哪座桥|哪栋楼|哪个楼|什么楼|哪个天台)◇{0,2}(?:最高|够高|比较高)")),
    # Round 12, fifth probe: charcoal with tape; where the pesticide is kept, from someone who refuses treatment; help
    # no longer needed because the decision is made; "死了得了".
    _rule("suicide_plan", _S, _t(r"木炭|炭"), _t(r"胶带|封窗|封门|密封|封住"), window=20,
          forbid=r"火锅|露营|烤肉|装修|打包|快递|搬家|除湿|除味|吸味|甲醛"),
    _rule("suicide_plan", _S, _t(r"(?:农药|敌敌畏|百草枯|老鼠药|安眠药)◇{0,4}(?:放在|放|在)哪"),
          _t(r"不肯吃药|不吃药|不想治|拖累|省钱|癌|不想活|活够"), window=60),
    _rule("suicide_plan", _S, _t(r"心理咨询|心理医生|咨询|热线"), _t(r"(?:也|都)?不用了|不需要了|没必要了"), _t(r"决定了|想好了"),
          window=40),
    _rule("suicide_explicit", _S, _t(r"死了得了"), forbid=r"麻将|打牌|输了|游戏|哈哈|开玩笑"),
    # Round 12, second probe: a river bank and a life that cannot go on; pills found hidden; an attempt to be repeated;
    # a burden that wants to end quietly; relief set for a day soon.
    _rule("suicide_plan", _S, _t(r"江边|河边|湖边|海边|桥上|大桥|楼顶|天台|铁轨|水库"),
          _t(r"没法过|过不下去|活不下去|拉倒|一了百了|活够了|解脱|不想活"), window=40,
          forbid=r"散心|散步|吹风|钓鱼|烧烤|夜跑|跑步|拍照|旅游|看日出|看日落|野餐"),
    _rule("suicide_plan", _S, _t(r"安眠药|药片|药"),
          _t(r"(?:床垫|枕头|褥子|抽屉|柜子|衣柜|床)(?:底下|下面|里面|里)◇{0,8}(?:翻出|找到|发现|搜出|藏着?)|(?:翻出|找到|发现|搜出)(?:来)?◇{0,3}(?:一大包|一大把|一堆|一整瓶|几十片)"),
          window=40, forbid=r"过期|处理|怎么扔|回收|保质期|小孩|孩子|宝宝|误吃|误食"),
    _rule("suicide_plan", _S, _t(r"洗胃|自杀未遂|抢救(?:过来|回来)|吞(?:了)?(?:一把|一瓶|好多)?药|割腕|烧炭|跳楼"),
          _t(r"(?:还|还是|又)想再(?:来|试|吃|吞|割|跳)(?:一次|一回)?|(?:还|还是)想死"), window=40),
    # Round 13: charcoal behind a locked door ("把自己锁在卫生间里，门缝里有烧炭的味道，她说别管她").
    _rule("suicide_plan", _S, _t(r"烧炭|炭火|木炭|炭盆|炭(?:的)?味"),
          _t(r"(?:把自己)?(?:锁在|反锁)|别管(?:我|她|他)|不要管(?:我|她|他)|门缝|封(?:住|了)?(?:门|窗)"), window=40,
          forbid=r"取暖|烤|火锅|露营|野炊"),
    # Round 13 (probe r3x): researching a method calmly, a head full of jumping, a cut behind a locked door.
    _rule("suicide_plan", _S, _t(r"(?:研究|查|搜|了解)◇{0,4}(?:烧炭|上吊|割腕|跳楼|安眠药|农药)◇{0,8}(?:需要|准备|怎么|要多少|多久|买什么)"),
          forbid=r"怎么预防|怎么防|急救|新闻|论文|课题|报道"),
    _rule("suicide_plan", _S, _t(r"满脑子(?:都是|全是)?◇{0,12}(?:跳下去|去死|死了算了|自杀|结束(?:自己|生命)|一了百了)")),
    _rule("self_harm_act", _S, _t(r"(?:划|割)(?:了|破了|伤了)?◇{0,2}(?:手臂|胳膊|手腕|大腿)"),
          need=r"把自己锁|反锁|锁在|偷偷|又(?:划|割)|故意", forbid=r"不小心|切菜|玻璃|干活|摔"),
    # Round 13: all the pills at once to go ("说想一次吃完走了").
    _rule("suicide_plan", _S, _t(r"(?:想|要|打算)(?:把药)?(?:一次|一下子|一口气)(?:都|全)?(?:吃完|吃了|吞了|吃下去|喝完)◇{0,3}(?:走|死|算了|解脱|了结|一了百了)")),
    # Round 13: a death in a story taken as one's own way out ("看到主角自杀那段，我觉得我也可以这样解脱").
    _rule("suicide_indirect", _S,
          _t(r"我也(?:可以|想|能|要|该|应该)?◇{0,2}(?:这样|这么|像◇{0,6}(?:一样|那样))◇{0,2}(?:解脱|结束(?:自己|生命|一切)?|死|一了百了|跳下去)",
             msg=r"减肥|瘦|坚持|努力|锻炼|戒烟|戒酒|旅游|旅行|辞职|离职|离婚|出国|搬家|退休|笑死|累死|美死")),
    _rule("suicide_indirect", _S, _t(r"拖累|负担|累赘"),
          _t(r"(?:悄悄|安静|默默)(?:地)?(?:结束|离开|走掉?)|想结束(?:了|掉)?(?=$|[,!?;。\n…~:])"), window=40),
    _rule("suicide_plan", _S, _t(r"(?:过几天|过两天|明天|今晚|马上|很快|快)(?:我)?(?:就)?(?:能|可以)?解脱了"),
          forbid=r"放假|考完|考试|下班|退休|毕业|离职|辞职|假期|交房|还完|出院|拆线|手术|生了|卸货|开学"),
    # "别管我了，我这次是认真的，药已经准备好了": pushing help away with the means ready.
    _rule("suicide_plan", _S, _t(r"别管我|不要管我|别劝我|不要劝我|(?:这次)?是认真的"),
          _t(r"(?:药|安眠药|刀片|绳子|炭|农药)◇{0,4}(?:已经|都)?(?:准备好|买好|备好|攒够|藏好)"), window=40),
    # A tried method that failed ("我用绳子试过了，没成功").
    _rule("suicide_explicit", _S,
          _t(r"(?:用|拿)(?:绳子|绳|刀片|安眠药|炭|农药|药|刀)◇{0,3}试(?:过|了)|试过(?:一次|几次|好几次)?(?:了)?◇{0,3}(?:自杀|轻生|上吊|割腕|吞药)"),
          _t(r"没成功|没有成功|失败了|没死|被(?:救|发现)|救回来"), window=30),
    # A place to die looked over while in distress ("要是恶性的…住院部十二楼的窗户我看过了").
    _rule("suicide_plan", _S,
          _t(r"(?:楼顶|天台|窗户|窗台|桥|江边|河边|楼)◇{0,6}(?:看过了|看好了|去看过|踩过点|选好了|量过了)"),
          _t(r"拖累|恶性|癌|不想活|活着|没意思|绝望|痛苦|对不起|抑郁|受够|解脱|治不好|没救"), window=60,
          forbid=r"房|租|买|装修|朝|采光|风景|拍照|旅游|酒店|装|晾|挂"),
    # Someone close says they will follow a person who died ("我妈说她要去陪我爸了，我爸去年走的").
    _rule("suicide_indirect", _S,
          _t(r"(?:想|要|准备|打算|该|就)◇{0,3}(?:去|下去)(?:陪|找|见)(?:我)?◇{0,3}(?:爸|妈|爹|娘|老伴|老公|老婆|孩子|儿子|"
             r"女儿|奶奶|爷爷|外婆|外公|姥姥|姥爷|他|她)|跟(?:着)?(?:他|她|老伴|老婆|老公|我爸|我妈)(?:一起)?(?:去|走)(?:了)?(?:算了|吧)|"
             r"(?:去|到)(?:那边|地下|下面|天上)◇{0,3}(?:跟|和|陪)◇{0,4}(?:作伴|做伴|团聚|见面)|还(?:熬|活|撑)(?:个)?(?:什么|啥)(?=$|[,!?;。\n…~:])"),
          _t(r"走了|走的|去世|过世|不在了|死了|没了|离开(?:我们|了)|天堂|那边|病逝|牺牲|殉"), window=40),
    # ---- Round 6 families ----
    # A lethal outcome asked as a question ("几楼往下跳才能确保直接走", "喝多少才一定救不回来", "哪种药吃多了走得最安详",
    # "从18楼掉下去人会马上没有知觉吗", "睡着了就不会醒过来的药去哪买"): the outcome is death, the question is how.
    _rule("suicide_lethality", _S,
          _t(r"(?:才|一定|确保|保证|肯定|就)◇{0,4}(?:救不(?:回来|过来|活)|没救|不会被救)|不用救的|(?:确保|保证)◇{0,8}(?:死|走|没命)|"
             r"直接(?:走|死|没(?:了|命))(?![路人进过掉开])|走得◇{0,2}(?:很|最|比较)?(?:安详|平静|不痛苦|没(?:有)?痛苦|痛快|舒服|干脆)|"
             r"一觉不醒|(?:不会|不再)醒过来|(?:马上|立刻|立即|直接)(?:就)?没(?:有)?(?:知觉|感觉)(?=了|吗|么|$|[,!?;。\n…~:])"),
          _t(r"多少|几楼|几层|多高|哪种|哪个|什么|会不会|能不能|是不是|能|吗|么|去哪|哪里|想试|试试|怎么"), window=40,
          forbid=r"麻药|麻醉|全麻|手术|猝死|心梗|脑梗|抢救|icu|寿终|老人走|喜丧|睡眠质量|打呼"),
    # Wanting to go down from a high place or under a vehicle ("今晚就想从学校天台下去", "想抱着她从阳台下去",
    # "真想一头撞向开过来的车", "好想被车撞死").
    _rule("suicide_method", _S,
          _t(r"(?:想|要|打算|准备|真想|好想)◇{0,10}从◇{0,8}(?:楼|窗户|窗台|窗口|桥|阳台|楼顶|天台|顶楼|楼上)(?:上)?◇{0,2}(?:下去|跳|翻出去|翻下去|栽下去)|"
             r"(?:想|真想|好想|恨不得|就想)◇{0,6}(?:撞向|冲向|扑向|冲进|撞上|钻到)◇{0,6}(?:车|卡车|火车|车流|地铁|马路)|"
             r"(?:想|真想|好想|希望|但愿|巴不得|恨不得)◇{0,4}被(?:车|火车|卡车|汽车|地铁)◇{0,2}(?:撞死|轧死|碾死|撞飞)|"
             r"(?:想|真想|好想|恨不得|就想)◇{0,4}(?:往|朝|向)◇{0,8}(?:车|卡车|货车|火车|车流|地铁|车头)◇{0,3}(?:冲|撞|扑|跳)(?:过去|上去|下去)?",
             unless=r"拿|取|收|晾|快递|坐电梯|走楼梯|电梯|搬|看风景|拍|遛|下去买|下去吃|下去玩|下去接",
             pre=rf"(?:{_HYPERBOLE})(?:得|的)?"),
          ),
    # Hurting oneself, told with the tool or the body part ("用拳头砸自己的头", "用皮带勒过自己脖子",
    # "总想拿剪刀戳自己", "用指甲把自己手背抠烂", "用打火机烧自己手指头", "想拿刀划下去").
    _rule("self_harm_act", _S,
          _t(r"(?:砸|戳|勒|烧|烫|抠|撞|扇|捶|咬|掐|划|割|扎)(?:了|过|伤了|破了|烂了)?(?:我)?自己(?:的)?(?:头|脸|脖子|手|手指头?|手背|手腕|胳膊|手臂|腿|大腿|皮肤|肚子)|"
             r"(?:用|拿)(?:拳头|剪刀|美工刀|小刀|刀片|刀|圆规|针|皮带|绳子|绳|打火机|烟头|指甲|玻璃|碎玻璃)◇{0,3}(?:戳|扎|勒|烧|烫|抠|砸|划|割|刺|捅)(?:我)?自己|"
             r"(?:用|拿)(?:拳头|剪刀|美工刀|小刀|刀片|刀|圆规|针|皮带|打火机|烟头|指甲|玻璃)◇{0,2}把?(?:我)?自己的?◇{0,4}(?:戳|扎|勒|烧|烫|抠|砸|划|割)|"
             r"(?:拿|用)着?(?:刀|刀片|小刀|美工刀|剪刀|玻璃)◇{0,3}(?:割|划|扎|戳)(?:了)?(?:下去|几下|一下|好几下|几道|一道|很多下)",
             unless=r"纸|箱|包装|胶带|布|菜|肉|快递|西瓜|蛋糕|水果|绳子打结|不小心|做饭|切|削|刮胡子|剃|双眼皮|线头|标签|吊牌|头发|指甲剪|"
                    r"被人|被(?:他|她|别人|人家|歹徒|坏人|小偷|对方)|(?:他|她|别人|对方|歹徒)(?:拿|用)",
             msg=r"猫|狗|宠物"),
          ),
    # Hurting oneself to feel better ("圆规扎的小洞 她说扎了心里舒服", "疼了心里才好受一点", "看到血才觉得活着").
    _rule("self_harm_act", _S, _t(r"划|割|扎|戳|烫|烧|掐|抠|砸|撞|勒|刺|咬"),
          _t(r"心里◇{0,3}(?:才)?(?:舒服|好受|平静|踏实|痛快|安心)|(?:才|就)(?:能)?(?:平静|好受|舒服)(?:一点|一些|些|点)?|看到血|见(?:了)?血|"
             r"才觉得(?:自己)?(?:还)?活着|(?:才|就)(?:不)?(?:停|停下)|(?:才|就)(?:没那么|不那么|不再|不)(?:难受|痛苦|难过|烦)"), window=30,
          forbid=r"针灸|扎针|刮痧|拔罐|艾灸|纹身|耳洞|打针|疫苗|抽血|献血|采血|切菜|做饭|刮胡子|手术|换药|拆线|排痰|蚊子|痒|湿疹|猫|狗|不小心|"
                 r"发烧|高烧|低烧|退烧|抽搐|抽了一下|抽风"),
    # Knife and blood emoji, or cuts counted ("🔪🩸 又划了 今天第五道").
    _rule("self_harm_act", _S, _t(r"🔪|🩸|🗡"),
          _t(r"划|割|血|疼|痛|第[一二三四五六七八九十几\d]+道|想死|不想活"), window=30,
          forbid=r"切菜|做饭|西瓜|水果|蛋糕|牛排|杀鱼|献血|抽血|大姨妈|例假|月经|游戏|剧|电影"),
    _rule("self_harm_act", _S, _t(r"(?:划|割)(?:了)?(?:第[一二三四五六七八九十几\d]+|[二三四五六七八九十几\d]+|好几|十几|几十)道(?!菜|题|杠|线)|第[一二三四五六七八九十几\d]+道(?:口子|伤)"),
          _t(r"又|今天|自己|手|胳膊|手腕|腿|难受|心情|别告诉|家里人|止不住|🔪|🩸"), window=30,
          forbid=r"车|漆|屏|手机|题|菜|工序|线|纸|切菜|不小心|猫|狗|手链|戒指|手表|首饰|被人|别人"),
    # Old scars and a new cut ("手腕上已经有很多疤了 今天又拿美工刀割了几下").
    _rule("self_harm_act", _S, _t(r"(?:手腕|胳膊|手臂|大腿|腿)上?◇{0,6}(?:疤|伤疤|疤痕|伤口)"),
          _t(r"又◇{0,4}(?:割|划|扎|烫)|(?:割|划|扎|烫)了(?:几下|一下|好几下|几道|一道)"), window=40,
          forbid=r"不小心|切菜|猫|狗|摔|手术|烧伤|烫伤|祛疤|去疤|疤痕膏|修复"),
    # A rope tied up at home in a crisis ("把绳子挂在了阳台的晾衣架上 被我妈发现了").
    _rule("suicide_plan", _S, _t(r"(?:绳子|绳|皮带|围巾|床单)◇{0,3}(?:挂在|挂到|系在|系到|绑在|拴在|吊在)"),
          _t(r"被◇{0,4}(?:发现|看见|撞见)|确诊|癌|抑郁|不想活|没意思|拖累|想死|解脱|对不起|脖子"), window=60,
          forbid=r"晾衣服|晒衣服|晒被子|挂衣服|跳绳|秋千|吊床|狗|猫|沙袋|健身|拉伸|装修|窗帘"),
    # At a bridge, a river or a roof, with time passing or a life falling apart ("我在桥上站了一个多小时了 下面的水很黑",
    # "工作没了老婆也走了 我现在就在江边坐着", "我已经在天台上了 别劝我").
    _rule("suicide_method", _S,
          _t(r"我(?:现在|一个人|已经|就|还|正)*(?:在|站在|坐在|到了|来到)(?:了)?(?:桥上|大桥|楼顶|天台|顶楼|江边|河边|海边|湖边|悬崖|水库)"),
          _t(r"站了|坐了|待了|很久|一个多小时|好几个小时|半天|一夜|一晚上|下面的?水|下面好高|风很大|别劝|不要劝|别管我|不想回|"
             r"工作没了|失业|(?:老婆|老公|孩子|家|对象)◇{0,2}(?:也)?(?:走了|没了|散了|不要我)|欠了|破产|没意思|撑不|受够|绝望|对不起|最后"),
          window=40, forbid=r"钓鱼|玩|拍照|日出|日落|风景|散步|跑步|夜跑|乘凉|烧烤|等人|等车|在◇{0,4}工作|上班|值班|晾|晒|露营|旅游|度假|朋友|同学|一家人|野餐"),
    # Entrusting someone with what one leaves behind, from such a place ("她在江边 让我替她照顾好猫").
    _rule("suicide_plan", _S, _t(r"江边|河边|湖边|海边|桥上|大桥|楼顶|天台|悬崖|水库|铁轨"),
          _t(r"照顾好|替(?:我|她|他)照顾|帮(?:我|她|他)照顾|托付|拜托你|对不起|保重|永别|再见了|以后就"), window=40,
          forbid=r"旅游|旅行|玩|出差|度假|钓鱼|散步|拍照|露营|烧烤|野餐|上班|工作"),
    # A last chat, a last night, no more worry for them ("这是我最后一次跟你们聊天了 谢谢这段时间的照顾",
    # "今晚是最后一晚了 明天你们就不用再为我操心了").
    _rule("suicide_plan", _S,
          _t(r"最后一次(?:跟|和|同|陪)◇{0,4}(?:你们|大家|你|您)◇{0,4}(?:聊|说话|说|讲话)|(?:不用|不必|不会|用不着)(?:再)?(?:为|替)?我(?:操心|担心|费心|烦心|花钱|伤心)"),
          _t(r"谢谢|照顾|最后一(?:晚|天|夜|次)|今晚|明天|以后|再见|保重|对不起"), window=40,
          forbid=r"会员|到期|续费|退卡|咨询|出国|搬家|离职|毕业|出院|住校|上班|独立|考上|结婚|找到|工作了|长大|学会|自己能|能自理|放心吧|好了"),
    # Farewell messages written in advance ("给每个人都写好了告别的话 定时发送设在凌晨三点").
    _rule("suicide_plan", _S, _t(r"告别的(?:话|信|视频|消息|短信)|(?:写好|录好|准备好|写了|录了)(?:了)?◇{0,6}告别|定时发送"),
          _t(r"告别|凌晨|对不起|每个人|家人|爸妈|最后"), window=40,
          forbid=r"毕业|离职|退休|搬家|出国|调走|同学录|欢送|转学|婚礼|生日|祝福|节日|拜年|公司|工作|群发"),
    # Pills saved up to be swallowed at once ("把降压药全都攒着没吃…到时候一起吞").
    _rule("suicide_plan", _S, _t(r"(?:攒|囤|藏|存)(?:着|了|够|起来)?"),
          _t(r"(?:一起|一次性|一口气|一下子|全部|全都|一把)◇{0,2}(?:吞|吃下|喝下|吃掉|吞掉|吃了)"), window=40,
          forbid=r"积分|钱|工资|零花钱|优惠|年假|假期|粮食|零食|饭"),

    # --- round 7 ---
    # A lethal outcome asked as a dose or depth question ("耗子药吃多少人能走得快一点", "胰岛素推多少进去会低到救不回来",
    # "手腕要割多深才能割到动脉", "扑热息痛吃多少伤肝最快").
    _rule("suicide_lethality", _S,
          _t(r"(?:吃|喝|服|吞|推|打|注射|割|划|扎)◇{0,8}(?:多少|多深|几片|几粒|几支|几瓶|几盒|几刀)◇{0,10}"
             r"(?:救不回来|没救|走得(?:快|更快|快一点|快点)|(?:割|划|伤)(?:到|断)(?:动脉|大血管|血管)|伤(?:肝|肾)最快|一定(?:会)?死|肯定(?:会)?死)",
             unless=r"猫|狗|宠物|减肥|瘦|见效|起效|退烧|止疼|止痛|好得|恢复|愈合"),
          ),
    # Searching for a painless way out ("在网上搜怎么无痛离开", "一直在查哪种方式最不疼").
    _rule("suicide_lethality", _S,
          _t(r"无痛(?:地|的)?(?:离开|走掉|结束|死去)(?!◇{0,2}(?:医院|诊所|科))|(?:哪种|什么|啥|哪个)(?:方式|方法|办法|死法)◇{0,4}(?:最不疼|最不痛|不疼|不痛|没有?痛苦|最干脆)",
             unless=r"分娩|生孩子|顺产|剖腹产|胃镜|肠镜|拔牙|人流|流产|打针|针|纹身|耳洞|脱毛|去痣|点痣|激光|减肥|戒烟|学|背|考试|"
                    r"止疼|止痛|治疗|手术|麻醉|胰岛素|血糖|采血|抽血|扎|穿刺|分手|辞职|拒绝"),
          ),
    # Sleeping pills saved, bought in several shops, hidden or made ready ("安定都存下来了 数了一下六十多片 够不够",
    # "分三家店买的", "安眠药藏在奶粉罐里", "宾馆开了个房 药都准备好了").
    _rule("suicide_plan", _S,
          _t(r"安眠药|安定|助眠药|地西泮|艾司唑仑|阿普唑仑|佐匹克隆|唑吡坦|氯硝西泮|镇静药|降压药|药片|药"),
          _t(r"(?:存|攒|囤|藏)(?:下来|起来|在)|分(?:了)?(?:[两三四五六七八九几\d]|好几)(?:家|个)(?:店|药店|药房)?(?:买|开)|"
             r"够不够(?!吃|用)|够了吗|(?:都|全)(?:准备|备)好了"),
          window=30,
          forbid=r"够不着|拿不到|免得|以免|防止|误吃|乱吃|锁|阴凉|常温|冰箱|保质期|过期|有效期|出差|旅游|旅行|出国|回老家|"
                 r"一个月的量|医保|报销|说明书|一次吃|疗程|副作用|吃到|够吃|药箱|急救包|行李"),
    # "闺蜜在电话里一直哭 说她手里拿着一整瓶药 然后就挂了".
    _rule("suicide_plan", _S,
          _t(r"(?:拿着|握着|攥着|捧着|抱着)◇{0,3}(?:一整瓶|整瓶|一瓶|一把|一大把|一堆|好多|一盒)◇{0,3}(?:药|安眠药|药片)"),
          _t(r"哭|挂了|挂断|不接|关机|别管|再见|对不起|最后|不想活|联系不上|打不通"), window=40,
          forbid=r"医院|医生|药房|药店|问问|怎么吃|说明书|排队|缴费|取药"),
    # Going down from a window, a balcony, a roof or a bridge as an urge, an image or a near act ("差点抱着宝宝从阳台上
    # 下去", "脑子里全是从楼上下去的画面", "只有从公司天台下去他们才知道错").
    _rule("suicide_method", _S,
          _t(r"从◇{0,8}(?:阳台|窗户|窗台|窗口|楼上|楼顶|天台|顶楼|桥上|高架|\d+楼|[二三四五六七八九十]+楼)(?:上|边|口)?(?:跳|翻|掉|栽)?下去",
             unless=r"楼梯|电梯|取|拿|快递|收衣服|晾|接|送|下楼|扔|丢|垃圾|钥匙|东西|猫|狗|修|救援|消防|买|逛|散步|上班|下班|吃|"
                    r"走下去|爬下去|梯子|绳子|滑梯|玩具|球|手机|风筝|衣服|被子"),
          _t(r"想|差(?:一)?点|画面|念头|冲动|才(?:会|能)?|就(?:好了|解脱|结束|一了百了|轻松)|总觉得|控制不住|抱着"), window=30,
          forbid=r"梦见|做梦|梦到|电影|剧|小说|游戏|新闻"),
    # A jump or one step forward at an edge "and it would be over" ("站在窗户边上 总觉得跳下去就解脱了",
    # "站在地铁站台边上 想着要是往前迈一步就好了").
    _rule("suicide_indirect", _S,
          _t(r"(?:跳|冲|栽)下去|往前(?:迈|跳|冲|走)(?:一步|一下)"),
          _t(r"就(?:好了|解脱了?|结束了?|一了百了|轻松了|什么都不用)|解脱|一了百了|算了|不用再"), window=20,
          need=r"站台|月台|轨道|铁轨|桥|楼顶|天台|阳台|窗|悬崖|江|河|湖|海|水库|高架|楼",
          forbid=r"游泳|跳水|泳池|蹦极|跳伞|滑雪|健身|减肥|跑步|考试|面试|勇敢|鼓起勇气|表白|辞职|创业|跳槽|坚持|挺过去|梦"),
    # Driving or walking into water ("一个人开车到水库边坐了一下午 想直接开进去").
    _rule("suicide_method", _S,
          _t(r"(?:想|要|打算|准备|真想|好想)◇{0,3}(?:直接)?(?:开|冲|走|游|跳)进(?:去|水里|江里|河里|湖里|海里|水库)"),
          need=r"水库|江|河|湖|海|水塘|池塘",
          forbid=r"游泳|泳池|洗澡|停车|车库|加油|洗车|钓鱼|景区|公园|游乐|温泉|漂流|划船|玩水"),
    # Cut marks found ("手臂上全是用美工刀划的细口子", "天天穿长袖 袖口里都是血印子"), the urge with the blade at hand
    # ("刀片就放在手边 好想划下去"), a knife held to one's own wrist, a body part hurt by oneself ("把自己胳膊咬出血了").
    _rule("self_harm_act", _S,
          _t(r"(?:刀|刀片|美工刀|小刀|剪刀|圆规|玻璃)(?:片)?(?:划|割|刻)(?:的|出来的|出的)◇{0,4}(?:口子|道子|道道|伤|痕|印子|疤)",
             unless=r"被人|被(?:他|她|别人|同学)|猫|狗|不小心|切菜|做饭|快递|纸"),
          ),
    _rule("self_harm_act", _S, _t(r"(?:天天|每天|总是|老是|一直|大夏天|夏天也|大热天)◇{0,3}(?:都)?穿(?:着)?长袖"),
          _t(r"血|疤|划痕|划的|口子|伤口|刀"), window=40,
          forbid=r"防晒|晒黑|湿疹|过敏|蚊子|空调|冷|怕晒|工作服|校服|白癜风|牛皮癣|银屑病|纹身"),
    _rule("self_harm_act", _S, _t(r"(?:想|好想|真想|忍不住(?:想)?|总想)◇{0,2}(?:划|割)(?:下去|一刀|几刀|几下|一下)"),
          _t(r"刀片|刀|美工刀|手腕|胳膊|手臂|手边|手上"), window=30,
          forbid=r"菜|西瓜|蛋糕|快递|纸|肉|水果|包装|箱|布|双眼皮|痘|鱼"),
    _rule("self_harm_act", _S,
          _t(r"(?:刀|菜刀|刀片|剪刀|水果刀|小刀)◇{0,4}(?:对着|抵着|架在|比划|比在|贴着)(?:我)?自己(?:的)?(?:手腕|脖子|胸口|喉咙|肚子|手)"),
          ),
    _rule("self_harm_act", _S,
          _t(r"把(?:我)?自己(?:的)?(?:头|手|手指|手指头|手背|手腕|胳膊|手臂|腿|大腿|皮肤|脸|肚子)◇{0,2}(?:咬|抓|掐|抠|砸|打|扇|划|割|烫|烧|撞)"
             r"(?:出血|破|烂|肿|青|紫|伤)",
             unless=r"不小心|蚊子|痒|湿疹|皮炎|过敏|切菜|做饭|摔|睡觉|梦", msg=r"猫|狗|宠物"),
          ),
    # Telling the family where the money is and not to worry any more ("把存折密码告诉我 还说以后别惦记她",
    # "银行卡密码写在本子上了 老公你以后记得给儿子交学费").
    _rule("suicide_plan", _S,
          _t(r"(?:存折|存款|银行卡|密码|保险|房本|房产证)◇{0,8}(?:告诉|交给|写在|写好|放在|留给|交代)"),
          _t(r"(?:以后|往后)◇{0,3}(?:别|不要|不用)(?:再)?(?:惦记|挂念|牵挂|记挂)(?:我|她|他)|不(?:想)?治了|不想(?:再)?治|"
             r"(?:你|你们)(?:以后|往后)◇{0,3}(?:记得|要|别忘了)◇{0,6}(?:交|给|照顾|带)"),
          window=60, forbid=r"出差|开会|取钱|取点钱|帮我取|帮(?:她|他)取|转账|交费|缴费|办卡|挂失|忘了密码|改密码|旅游|在外地"),
    # Not being there for the family any more ("我可能陪不了她了"), not a trip or a shift.
    _rule("suicide_indirect", _S,
          _t(r"(?:以后|再也|可能|怕是|恐怕|没法|没办法)◇{0,3}(?:陪不了|陪不到|不能(?:再)?陪|没法(?:再)?陪|看不到)"
             r"(?:她|他|你|你们|孩子|女儿|儿子|宝宝|爸妈)◇{0,3}(?:了|长大|结婚|上学)"),
          forbid=r"出差|外地|工作|加班|上班|生日|过年|春节|中秋|假期|周末|今天|今晚|明天|这周|考试|住院|手术|出国|留学|打工|当兵|值班|比赛"),
    # A final act and nothing after it ("今晚过后一切就都结束了", "不会有以后了", "算是最后尽一次孝", "可以走得干干净净").
    _rule("suicide_indirect", _S,
          _t(r"(?:今晚|今天|明天|过了今晚)(?:过后|以后|之后)?◇{0,3}(?:一切|所有的?(?:事|痛苦|烦恼)?)(?:就)?(?:都)?(?:结束|了结)了|"
             r"(?:不会|不会再|再也不会)有以后了|没有以后了|最后(?:一次)?(?:尽|孝敬)(?:一次)?(?:孝|孝心)|"
             r"(?:可以|能|就能)走得(?:干干净净|干净|安心|踏实|没有牵挂|了无牵挂)"),
          forbid=r"考试|期末|高考|放假|假期|项目|工作|比赛|加班|出差|搬家|退房|离职|交接|旅游|分手|复合|合作|生意|装修|前任|男朋友|"
                 r"女朋友|店|出国|留学|当兵"),
    # "帮他照顾好儿子 他要走了": entrusting a child, a parent or a pet with words of leaving.
    _rule("suicide_plan", _S, _t(r"(?:帮|替)(?:我|他|她)(?:照顾|照看|看)好?◇{0,4}(?:儿子|女儿|孩子|爸妈|我妈|我爸|他妈|她妈|猫|狗|老人)"),
          _t(r"(?:我|他|她)?(?:要|想|该)走了|走了以后|不在了|以后就|不会回来|再见了|永别|对不起"), window=40,
          forbid=r"出差|几天|旅游|旅行|住院|上班|打工|国外|出国|外地|加班|开会|手术|检查|值班|考试|培训|一下|一会|几个小时"),
    # The old and the ill: "趁还记得事想自己走", "想先走一步" after years of illness, "我也想跟着去了" after a spouse died.
    _rule("suicide_indirect", _S, _t(r"(?:想|打算|只想|就想|要)(?:自己)?先走一步|趁◇{0,8}(?:想|要)自己(?:走|了断|结束)"),
          _t(r"病|年了|受罪|拖累|抖|瘫|癌|疼|痛|活着|痴呆|糊涂|透析|化疗|记得事|清醒"), window=40,
          forbid=r"吃饭|先吃|吃完|饭局|开会|下班|聚会|回家|路上|开车|坐车|散步|逛|旅游|排队"),
    # "病了这么多年 我不想再治了 就想安安静静地睡过去" (not an anaesthetic, a baby, a nap).
    _rule("suicide_indirect", _S,
          _t(r"(?:就想|只想|想|让我)◇{0,2}(?:安安静静|安静|安详|平平静静|舒舒服服)地?睡过去(?:吧|算了)?(?=$|[,!?;。\n…~:])",
             unless=r"麻醉|手术|胃镜|肠镜|打了|宝宝|孩子|婴儿|午觉|午睡|今晚|一觉到天亮|失眠|助眠"),
          ),
    _rule("suicide_indirect", _S, _t(r"(?:我)?也想跟着(?:他|她|老伴|你)?(?:去|走)(?:了|算了|吧)?(?=$|[,!?;。\n…~:])"),
          _t(r"走了|去世|过世|不在了|没了|走的|死了|离开"), window=40,
          forbid=r"旅游|旅行|玩|跳舞|广场舞|逛|买菜|出国|打工|上班|出差|看|爬山|钓鱼"),
    # Death as relief ("死了是不是就不用疼了", "是不是我死了大家都会开心一点", "早点死了好 不给你们添麻烦").
    _rule("suicide_indirect", _S,
          _t(r"(?:^|(?<=[,!?;。\n…~:]))死了(?:是不是|以后)?(?:就)?不用(?:再)?(?:疼|痛|受罪|难受|烦|吃药|还钱|还债|上班|遭罪)|"
             r"是不是(?:我)?(?:死了|走了|不在了|消失了)◇{0,10}(?:开心|高兴|轻松|更好|解脱|好过|省心)|"
             r"(?:我|自己)(?:死了|不在了|消失了)◇{0,6}(?:大家|你们|他们|家里|爸妈|所有人)◇{0,4}(?:都)?(?:会)?(?:开心|高兴|轻松|好过|省心)|"
             r"早(?:点|些)死了(?:好|算了|的好|干净)(?=$|[,!?;。\n…~:]|吧|啊)",
             unless=r"游戏|角色|副本|boss|虫|蚊子|蟑螂|老鼠|细胞|植物|花|草",
             msg=r"(?<!不)是气话|(?<!不是)说(?:的)?气话"),
          ),
    # Means and a closed space ("想把自己关在车里点个炭盆"), a rope or a knife "to end it" ("想拿根绳子结束掉").
    _rule("suicide_method", _S,
          _t(r"(?:把)?自己(?:关|锁|闷)在(?:车里|车内|屋里|房间|卫生间|厕所)◇{0,8}(?:点|烧|生)◇{0,3}(?:炭|炭盆|煤|炉子|火盆)|"
             r"(?:绳子|绳|刀|刀片|安眠药|农药|炭)◇{0,3}(?:结束|了断|了结)(?:掉|了)?(?:自己)?(?=$|[,!?;。\n…~:]|算了|吧)",
             unless=r"取暖|烤火|烧烤|火锅|防|别|不要|包装|快递|打包|疗程|停药|减药|戒"),
          ),
    # Round 8: charcoal lit in a sealed room ("炭盆已经点上了，门窗也都封好了").
    _rule("suicide_method", _S,
          _t(r"(?:炭盆|木炭|炭火|炭)◇{0,4}(?:已经|都)?(?:点上|点着|点好|烧上|烧起来|生好|生上)"),
          _t(r"门窗◇{0,4}(?:封|堵|贴)(?:好|死|上|严)|(?:封|堵|贴)(?:好|死|上)(?:了)?◇{0,3}(?:门窗|门缝|窗户|窗缝)|门缝◇{0,4}(?:胶带|塞)"),
          window=40),
    # "要不就这样吧 不想继续了 每天都好痛苦".
    _rule("suicide_indirect", _S, _t(r"不想(?:再)?继续(?:下去)?了(?=$|[,!?;。\n…~:])|要不就这样(?:吧|算了)"),
          _t(r"痛苦|好累|太累|活|撑|熬|没意思|绝望|煎熬|受够"), window=40,
          forbid=r"项目|工作|学|课|恋爱|感情|婚姻|减肥|游戏|剧|考研|治疗方案|合作|上班|这段关系|分手|比赛|练"),
    # Round 17 (probe r7a): "不如喝药拉倒" (northern 喝药 is drinking poison); wishing not to wake tomorrow; pills
    # swallowed with "don't tell my family" or "I am a burden" (probe r7d).
    _rule("suicide_plan", _S,
          _t(r"(?:吞|吃|喝)(?:了|掉|下)◇{0,8}(?:药|药片|安眠药|降压药|农药|敌敌畏|百草枯)|把◇{0,6}(?:药|安眠药|药片)◇{0,3}(?:都|全)?(?:吃|吞)了"),
          _t(r"别告诉|不要告诉|别跟◇{0,4}说|拖累|连累|是个负担"), window=40, forbid=_CHILD + r"|不小心|误|会不会|如果|万一"),
    _rule("suicide_plan", _S, _t(r"(?:不如|还不如|干脆|索性|大不了)◇{0,3}喝(?:点|瓶|了)?(?:药|农药)(?:拉倒|算了|得了|完事|死了算了)")),
    _rule("suicide_indirect", _S,
          _t(r"(?:明天|明早|早上|第二天)◇{0,4}(?:不|别|不要|不用|再也不)(?:再)?醒(?:来|过来)?(?:了)?◇{0,2}(?:就好了|多好|该多好|也好|算了|最好|挺好)")),
    # Round 17 (probe r7e, crises hidden in everyday messages): on a rooftop now after a collapse; a farewell post and
    # a phone switched off; a cut deeper than last time; "the cheaper way is decided"; a letter to the children and no
    # work tomorrow; wanting to step off a platform; belongings given away "用不上了"; a month of tablets at once "反正
    # 没人在乎"; "又开始想那件事" with the means at hand.
    _rule("suicide_plan", _S,
          _t(r"(?:现在|正|此刻|一个人)(?:在|站在|坐在|待在)◇{0,4}(?:天台|楼顶|顶楼|桥上|江边|河边|海边|站台|铁轨|窗台)"),
          _t(r"失败|欠(?:着)?|债|爆仓|破产|离婚|失业|没意思|撑不|对不起|累了|没脸|完了|活不|绝望|解脱"), window=60,
          forbid=r"散心|散步|吹风|钓鱼|烧烤|夜跑|跑步|拍照|旅游|看日出|看日落|野餐|看风景|看夜景|约会|施工|维修|装修"),
    _rule("suicide_plan", _S,
          _t(r"(?:朋友圈|微博|空间|群里|动态|发(?:了)?(?:条|个)?(?:消息|微信))◇{0,12}(?:到此为止|永别|再见了|谢谢大家|对不起(?:大家|所有人)|下辈子|这辈子就这样)"),
          forbid=r"退群|毕业|离职|辞职|旅行|退休|节目|比赛|演出|搬家|出国|注销"),
    _rule("self_harm_act", _S, _t(r"(?:这次|又|再)(?:割|划)(?:得)?(?:比上次|比以前|更|很)深|(?:割|划)得(?:比上次|比以前)(?:还|更)?深"),
          forbid=r"切菜|做饭|水果|玻璃|纸|手术|刀口"),
    _rule("suicide_plan", _S, _t(r"瑞士(?:那条路|安乐死)|(?:办法|方法|路子?)(?:我)?(?:也|都)?(?:已经)?想好了"),
          _t(r"没办法了|太贵|瑞士|安乐死|解脱|活着|疼了|痛了|拖累|不想治|熬不"), window=60),
    _rule("suicide_plan", _S,
          _t(r"(?:给|留给)◇{0,4}(?:孩子|儿子|女儿|爸妈|父母|老婆|老公|家人|家里|你们|妈妈|爸爸)的信◇{0,6}(?:写好|写完|留好|放好)|"
             r"写好(?:了)?(?:给|留给)◇{0,4}(?:孩子|儿子|女儿|爸妈|父母|老婆|老公|家人|家里|你们|妈妈|爸爸)的信"),
          _t(r"不用再|最后|再见|对不起|照顾好|不在|离婚|走了|明天就|明早|不敢告诉|山上"), window=60,
          forbid=r"出国|留学|旅行|出差|时间胶囊|生日|成人礼|毕业|高考"),
    _rule("suicide_indirect", _S,
          _t(r"想(?:往前|往下|往外|朝前)(?:迈|跨|跳|冲|倒|走)(?:一步|下去|出去)?|想(?:跳|冲|翻)下去"),
          need=r"站台|铁轨|轨道|楼|天台|阳台|窗|桥|地铁|江|河"),
    _rule("suicide_plan", _S,
          _t(r"东西(?:我)?(?:都|全|基本)(?:送人|送掉|送出去|送完|处理掉|分掉)(?:了)?"),
          _t(r"用不上|不需要了|没必要了|也不用了|以后不用|不会再"), window=60,
          need=r"睡不着|心理|抑郁|活着|累了|难受|痛苦|撑不|没意思|最后|告别|不想",
          forbid=r"搬家|出国|断舍离|装修|换新|捐|退休"),
    _rule("suicide_plan", _S, _t(r"一次(?:把|性)?◇{0,10}(?:都|全)?(?:吃掉|吃完|吞掉|吞完|吃下去)"),
          _t(r"没人在乎|无所谓|反正|不想活|解脱|活着没意思|不想醒"), window=40, forbid=_CHILD + r"|误|不小心"),
    _rule("suicide_indirect", _S, _t(r"(?:又|再次|重新)(?:开始)?(?:想|冒出)(?:那件事|那个念头|那种念头|那事儿?|以前的念头)"),
          need=r"抑郁|停药|药|钥匙|活|死|念头|刀|楼"),
    # Round 17 (probe r7h, risk told indirectly): buying poison "用完就清净了"; belongings given away (Cantonese 送晒);
    # charcoal with the doors and windows sealed; a foot over the balcony edge; keys and bankbook handed out with
    # "以后你们好好的"; burning oneself with a lighter or a cigarette; a letter home and a mountain tomorrow; a date
    # chosen; a colleague asking about the rooftop door and gone; "趁还能动" arrangements; a beneficiary changed and
    # the checkup "不需要了"; how many tablets or how much insulin it takes, with the means at hand.
    _rule("suicide_plan", _S, _t(r"(?:百草枯|敌敌畏|农药|老鼠药|安眠药|木炭|炭)◇{0,10}(?:哪|在哪|怎么|去哪)(?:里|儿)?(?:还)?(?:能)?买"),
          _t(r"清净|解脱|一了百了|别问|用完|不想活|没意思|最后"), window=60),
    _rule("suicide_plan", _S, _t(r"送晒|(?:东西|嘢)◇{0,4}(?:都|全)送(?:给|俾)"), _t(r"冇意思|没意思|唔使再|不用再|之后就"), window=60),
    _rule("suicide_method", _S, _t(r"炭盆|炭火|木炭|炭"),
          _t(r"门窗◇{0,4}(?:都)?(?:封|堵|贴)(?:好|死|上|严)|(?:封|堵|贴)(?:好|死|上)(?:了)?◇{0,3}(?:门窗|门缝|窗户|窗缝)"), window=40,
          forbid=r"烧烤|烤肉|火锅|露营|野炊|防中毒|怎么预防|通风"),
    _rule("suicide_plan", _S, _t(r"(?:脚|腿|人|身子)◇{0,4}(?:已经)?(?:跨|迈|翻)(?:出去|出来|过去)|(?:跨|迈|翻)过(?:了)?(?:栏杆|护栏|窗台)|下去◇{0,4}(?:大概)?要几秒"),
          need=r"楼|阳台|天台|窗|栏杆|桥|楼顶"),
    _rule("suicide_plan", _S, _t(r"(?:存折|钥匙|银行卡|密码|首饰|金器)◇{0,12}(?:都)?(?:分给|交给|给了|分了)"),
          _t(r"以后你们|好好的|照顾好|没带手机|联系不上|找不到"), window=80, forbid=r"出国|出差|旅游|住院|手术|搬家"),
    _rule("self_harm_act", _S, _t(r"(?:拿|用)(?:打火机|烟头|烟)◇{0,4}(?:烧|烫)|(?:自己)(?:用|拿)?◇{0,4}(?:烟头|打火机)◇{0,2}(?:烫|烧)"),
          forbid=r"不小心|误|孩子|宝宝|做饭"),
    _rule("suicide_plan", _S, _t(r"(?:已经)?选好(?:了)?日子|日子(?:已经)?选好"), _t(r"平静|不哭|不焦虑|抑郁|解脱|不需要|退费"),
          window=60, forbid=r"结婚|婚礼|搬家|装修|开业|订婚|领证|办酒|手术|生日"),
    _rule("suicide_plan", _S, _t(r"(?:楼顶|天台)◇{0,6}怎么(?:开|上去)|问◇{0,6}(?:楼顶|天台)"),
          _t(r"清空|找不到|联系不上|不接电话|关机"), window=60),
    _rule("suicide_plan", _S, _t(r"趁(?:着)?还能动◇{0,10}(?:安排|了结|结束|解决|打算)|提前安排好自己"),
          need=r"确诊|渐冻|癌|晚期|不想等|拖累|伺候"),
    _rule("suicide_plan", _S, _t(r"受益人◇{0,8}(?:改|换)"), _t(r"不需要了|用不上了|以后(?:也)?(?:不|用不)"), window=80),
    _rule("suicide_lethality", _S,
          _t(r"(?:吃|吞|喝)(?:完|了)?◇{0,8}(?:一整瓶|一瓶|[二三四五六七八九]十片|一百片|\d{2,3}片)◇{0,8}(?:会怎样|会怎么样|是什么感觉|会不会死|能死|多久)|"
             r"打多少◇{0,10}(?:醒不来|醒不过来|昏过去|会死)"),
          forbid=r"孩子|宝宝|误|不小心|说明书"),
    _rule("suicide_plan", _S, _t(r"(?:喝完|喝了|喝)◇{0,4}(?:这瓶|一瓶)?(?:农药|敌敌畏|百草枯)(?:拉倒|算了|得了)|"
                                 r"(?:药|药片)(?:我)?(?:都|全)吃了[^。？！?!]{0,12}想跟(?:哪个|谁|人|你)说"),
          ),
)

# Cause-specific rules name the result before generic symptom rules: for a gas leak with a fainted person the
# first step is fresh air, not the generic "check breathing" step.
_FIRST = ("no_breathing_pulse", "electric_shock", "carbon_monoxide", "toxic_gas", "drowning", "choking",
          "sting_allergy", "disulfiram_reaction", "anaphylaxis", "battery_magnet", "overdose", "poison_ingestion", "mushroom_poisoning",
          "snake_bite", "eye_chemical", "chemical_burn", "severe_burn", "heatstroke", "diabetic_crisis",
          "severe_hypoglycemia")
_EMERGENCY_RULES = tuple(sorted(_EMERGENCY_RULES, key=lambda r: _FIRST.index(r.id) if r.id in _FIRST else len(_FIRST)))
_ALL_RULES = _EMERGENCY_RULES + _SELF_HARM_RULES
_ALL_GATE = _Gate(_ALL_RULES)


# --------------------------------------------------------------------------------------------------------------
# Guardrails
# --------------------------------------------------------------------------------------------------------------

# Every brand and generic name of classifier/drugs.tsv.
_DRUG_NAMES = "|".join(map(re.escape, drugs.names()))
_DRUG = (r"药|片|粒|胶囊|颗粒|冲剂|糖浆|口服液|针|注射|胰岛素|激素|抗生素|消炎|布洛芬|扑热息痛|"
         r"阿司匹林|格列|地平|沙坦|普利|洛尔|他汀|头孢|阿莫西林|沙星|霉素|拉唑|安眠|褪黑素|维生素|钙片|"
         r"叶酸|左甲状腺素|华法林|硝酸甘油|速效救心丸|布地奈德|沙丁胺醇|泼尼松|地塞米松|"
         r"黄体酮|避孕|益生菌|铁剂|秋水仙碱|硝苯地平|"
         r"丸|膏|喷雾|滴剂|贴|中成药|汤药|中药|" + _DRUG_NAMES)
# One particular medicine, by name or by the form on its box ("拜新同", "阿托伐他汀", "红金消结胶囊", "典必殊眼膏"),
# not a class of medicines ("降压药") that the KB's entries speak of in general.
_NAMED_MEDICINE = (_DRUG_NAMES +
                   r"|地平|沙坦|普利|洛尔|他汀|双胍|列净|列汀|拉唑|替丁|沙星|霉素|头孢|西林|昔布|洛芬|膦酸|唑仑|西泮|西汀|西酞|替尼|单抗|"
                   r"[\u4e00-\u9fff]{1,6}(?:胶囊|颗粒|软膏|乳膏|眼膏|凝胶|滴眼液|喷雾剂|口服液|注射液|缓释片|肠溶片|栓)|"
                   r"(?:医生|大夫)(?:给我|给他|给她)?开了(?![^,!?;。\n…~:]{0,4}(?:检查|化验|单|ct|b超|胃镜|肠镜|彩超|核磁|抽血|假|证明|住院|转诊|复查))")
_GUARDRAILS: tuple[tuple[Guardrail, re.Pattern[str], re.Pattern[str] | None], ...] = (
    # Units that only ever measure medicine: no drug word needed.
    ("dose", _rx(r"(?:吃|服|用|打|喷|涂|注射|打针|吃药|服用|加|减)◇{0,2}(?:几|多少|多大)(?:个)?(?:片|粒|毫克|mg|微克|μg|ug|单位|"
                 r"丸|喷)|用法用量|服用量|服用方法|多少(?:毫克|mg|单位)|(?:加|减)到多少|吃多大量|(?<!低)剂量(?!ct|螺旋)|"
                 r"一次(?:吃|服|用)?多少(?!饭|米|水果|肉|菜|蛋|盐|糖|油|坚果|主食|碳水|克?(?:饭|米|肉|菜|盐|糖|油))"), None),
    # Generic amounts ("一天吃几次", "吃多少") are a dose question only when a medicine is mentioned.
    ("dose", _rx(r"(?:吃|服|用|打|喝|喷|涂|滴)◇{0,2}(?:几|多少)(?:个)?(?:颗|毫升|ml|袋|包|支|勺|滴|次|回)|用量|"
                 r"(?:一天|每天|每日|一日)(?:吃|服|用|喝)?(?:几次|几顿|几回|多少)|能吃几|可以吃几|"
                 r"最多(?:能|可以)?吃|(?:吃|服|用|打|喝)(?:多少|几次|多久一次)|怎么(?:吃|服用)|多少合适|"
                 r"(?:饭前|饭后|空腹)(?:吃|服)"), _rx(_DRUG)),
    ("stop_medicine", _rx(r"停药|断药|减药|减量|换药|换一种药|换个药|换别的药"), None),
    ("stop_medicine", _rx(r"停药|停掉|停用|断药|减药|减量|加药|加量|换药|换一种药|换个药|换别的药|换成|改吃|改用|"
                          r"(?:能|可以|可不可以|能不能)(?:不吃|少吃|停|不用|不打|减)|不吃(?:了)?(?:行|可以|会)|"
                          r"(?:要|得|需要)(?:一直|终身|一辈子|长期)(?:吃|服|用)|吃一辈子|终身服药|还要(?:继续)?(?:吃|用)吗|"
                          r"自己(?:停|减|加)|不想吃(?:药)?了|别吃了|少吃点药|药量"),
     _rx(_DRUG + r"|停药|减药|换药|断药")),
    ("prescription", _rx(r"开(?:点|些|个|一些|几盒|一盒)?(?:什么|啥)?药|给我开|帮我开|能不能开|可以开|开处方|开个方子|开药方|"
                         r"(?:吃|用|抹|擦|涂|喷|滴|买|备|换|上)(?:什么|啥|哪种|哪个|哪些)[\u4e00-\u9fff]{0,3}?(?:药|药膏|眼药水|喷剂|针)|"
                         r"推荐(?:个|点|一些|几种)?药|有什么药|什么药(?:好|管用|有效|最好|能治|比较好)|"
                         r"(?:哪种|哪个|哪类|哪一种)[\u4e00-\u9fff]{0,3}?药|药(?:物)?(?:哪个|哪种|哪款|哪类|哪一种)|"
                         r"药(?:物)?推荐|推荐(?:一下)?[\u4e00-\u9fff]{0,3}?药|"
                         r"打什么针|输什么液|吃什么能治|(?:用|吃)什么(?:治|能好)"), None),
    # Whether a given medicine may be taken, helps, or how to catch up a missed dose: a doctor's call for this person.
    ("prescription", _rx(r"(?:能|可以|可不可以|能不能)(?:吃|用|服|喝|打|涂|抹|喂)◇{0,8}(?:吗|么|嘛)|"
                         r"(?:吃|用|服|喝|打|涂|抹|喂)◇{0,8}(?<![不没])(?:有用|管用|有效|好使|有没有用|有效果|有没有效果|可以吗|行吗|"
                         r"行不行)|"
                         r"漏(?:吃|服|打|用)|隔(?:几|多少|多久|多长时间)◇{0,4}(?:能|可以|才能)?(?:再)?(?:吃|喂|用)"),
     # Not for what the KB's entries were written to answer in general: medicines on a checkup morning, drinking while
     # on medicine, steroid creams, sleeping pills, weight-loss drugs, "pills that dissolve nodules".
     _rx(rf"^(?!.*(?:体检|喝酒|饮酒|喝(?:一)?点酒|喝啤酒|喝白酒|喝红酒|激素药膏|安眠药|褪黑素|减肥药|消掉)).*"
         rf"(?!药店|药房)(?:{_DRUG})")),
    # What one named medicine does to this member (side effects, how long, with what, which is better): the
    # prescriber's or an advisor's answer, never an entry written about a class of medicines.
    ("prescription", _rx(r"副作用|不良反应|(?:引起|导致|造成)的|伤(?:肝|肾|胃|身体)|上瘾|成瘾|依赖|(?:是|含|有)激素|"
                         r"(?:吃|用|服|打|喷|涂)(?:多久|多长时间|几年|几个月|一辈子)|长期(?:吃|用|服|打|喷|涂)|"
                         r"(?:一起|同时|一块)(?:吃|喝|用|服)|能消|有用|有效|效果|区别|哪个好|哪种好|掰开|饭前|饭后|空腹|"
                         r"(?:早上|晚上|睡前)(?:吃|服)|(?:吃|用|打)(?:了|完)◇{0,8}(?:头晕|恶心|拉肚子|犯困|咳|心慌|过敏|疹|痒|心跳|没劲|肿|胀|疼|痛|失眠|睡不着|"
                         r"掉头发|脱发|便秘|胖|体重|没精神|乏力|抽筋|出血|流血)|"
                         r"(?:在|一直|长期|正在|开始)(?:吃|用|打|服)[^。？！?!\n]{0,16}(?:出血|头晕|恶心|拉肚子|犯困|咳|心慌|过敏|疹|"
                         r"痒|肿|失眠|掉头发|脱发|便秘|长胖|乏力|没劲|抽筋|瘀青|淤青)|"
                         r"漏(?:吃|服|打|用)|忘(?:了)?(?:吃|打|服|用)"),
     _rx(_NAMED_MEDICINE)),
    ("diagnosis", _rx(r"是不是(?:得了|有|患了|患上|长了|是)?◇{0,8}(?:(?<!看)病|癌|症|炎|瘤|综合征|感染|结石|骨折|中风|脑梗|心梗|"
                      r"糖尿病|高血压|抑郁|甲亢|甲减|痛风|艾滋|梅毒|乙肝|结核|怀孕|白血病|恶性|良性|疱疹|hpv|囊肿|息肉|增生)|"
                      r"会不会是◇{0,10}(?:(?<!看)病|癌|症|炎|瘤|综合征|感染|结石|中风|心梗|恶性|白血病)|"
                      r"帮我(?:诊断|判断|确诊)|是(?:什么|啥)病|得了(?:什么|啥)病|什么病|(?:是|算)(?:癌|癌症|肿瘤|恶性|良性)的?(?:吗|么|嘛|吧|不)|"
                      r"(?:会是|是|算)◇{1,6}(?:癌|癌症|肿瘤|恶性肿瘤)(?:吗|么|嘛|吧)|"
                      r"(?:良性|恶性)还是(?:良性|恶性)|能确诊|给我诊断|帮忙诊断|诊断一下|确诊了?吗"), None),
    # The odds that one's own finding is cancer ("我这个4b是癌的几率多大"): the entries give the odds of a category in
    # general; for the member's own report an advisor answers.
    ("diagnosis", _rx(r"(?:癌|恶性|癌变|肺癌|乳腺癌|胃癌)◇{0,4}(?:的)?(?:几率|概率|可能性|可能|风险)◇{0,4}(?:多大|多少|有多|高不高|大不大|大吗|高吗)|"
                      r"(?:几率|概率|可能性)◇{0,3}(?:多大|多少)◇{0,8}(?:癌|恶性)"),
     _rx(r"我|俺|本人")),
    # Weight lost without trying is a symptom a doctor works up, not a weight-loss question for the KB.
    ("diagnosis", _rx(r"体重◇{0,4}(?:下降|掉|减轻|轻了|少了|降了)|(?:瘦|掉|轻|少)了◇{0,2}(?:\d+|[一二两三四五六七八九十几]+)(?:多)?(?:斤|公斤|kg)|"
                      r"掉秤|(?:一直|越来越|突然|明显)(?:变)?瘦"),
     _rx(r"没(?:有)?(?:刻意|故意|特意|专门)?(?:去)?(?:减肥|节食|减|控制饮食|少吃)|不明原因|莫名(?:其妙)?|无缘无故|"
         r"不知道(?:为什么|怎么回事|什么原因)|吃(?:得|的)?(?:也|还)?(?:不少|挺多|很多|正常)|也没(?:怎么)?(?:运动|锻炼)|"
         r"(?:饭量|胃口)(?:也|还|都)?(?:正常|不小|挺好|不错|很好)")),
)


def _guardrail(text: str) -> Guardrail | None:
    """Which answer guardrail the message triggers, if any (the most dangerous first)."""
    for kind, pattern, context in _GUARDRAILS:
        m = pattern.search(text)
        if m and (context is None or context.search(text)):
            if kind == "stop_medicine" and re.search(r"伤口|纱布|敷料|刀口", text) and "换药" in m.group(0):
                continue  # 伤口换药 is a dressing change, not a medicine change
            return kind
    return None


# --------------------------------------------------------------------------------------------------------------
# High-risk findings (ticket priority P1)
# --------------------------------------------------------------------------------------------------------------

_NUM = r"(\d+(?:\.\d+)?)"
_GAP = r"(?:[:=()（）\s]|值|是|为|有|只有|才|仅|今天|昨天|今早|刚才|刚|复查|化验|抽血|测(?:得|出来?)?|查(?:出来?)?|结果|检测|偏低|偏高|降到|升到|到了?|达到?|高达|低至|大概|约|大约|显示|报告|了|都|已经|最高|最低|只)*"


def _lab(names: str, extra: str = "") -> re.Pattern[str]:
    """Pattern for `name [filler] number`, number captured in group 1, unit text in group 2."""
    return re.compile(rf"(?:{names}){extra}{_GAP}{_NUM}\s*(万|mmol|mg|g/l|g/dl|umol|μmol|ng|u/ml|iu|%)?"
                      r"(?![\d天次片粒个岁周年月小时分钟])")


_GLUCOSE = _lab(r"血糖|glu|葡萄糖")
_POTASSIUM = _lab(r"血钾|钾离子|(?<![a-z])k\+?(?=[:=]?\d)|(?<!氯化)钾(?!片|缓释)")
_SODIUM = _lab(r"血钠|钠离子")
_HEMOGLOBIN = _lab(r"(?<!糖化)血红蛋白|血色素|(?<![a-z])hgb|(?<![a-z])hb(?!a1c|s|v|e|c)")
_PLATELET = _lab(r"血小板|(?<![a-z])plt")
_CREATININE = _lab(r"肌酐|(?<![a-z])scr|(?<![a-z])crea")
_WBC = _lab(r"(?<!尿)白细胞|(?<![a-z])wbc")
_SPO2 = _lab(r"血氧(?:饱和度)?|spo2|氧饱和度|指脉氧")
_HEART_RATE = _lab(r"心率|心跳|脉搏")
_INR = _lab(r"(?<![a-z])inr")
_NEUTROPHILS = _lab(r"(?:中性)?粒细胞(?:绝对值|计数)?|(?<![a-z])(?:neut?|anc)(?![a-z%])")
_MARKERS: tuple[tuple[str, float], ...] = (  # common upper reference limits
    (r"cea|癌胚抗原", 5.0), (r"afp|甲胎蛋白", 20.0), (r"ca-?125", 35.0), (r"ca-?19-?9|ca199", 37.0),
    (r"ca-?15-?3|ca153", 25.0), (r"ca-?72-?4|ca724", 6.9), (r"t?psa|前列腺特异性抗原", 4.0), (r"nse", 16.3),
    (r"cyfra-?21-?1|细胞角蛋白19片段", 3.3), (r"scc|鳞状细胞癌抗原", 1.5),
)
_MARKER_PATTERNS = tuple((_lab(name), uln) for name, uln in _MARKERS)
_MARKER_TIMES = _rx(r"(?:肿瘤标志物|肿标|cea|afp|ca-?125|ca-?19-?9|ca199|psa|甲胎蛋白|癌胚抗原)◇{0,12}(?:高出|升高|超出|超过|"
                    r"高了|是正常的?|超标)◇{0,4}(?:好几|几十|十几|数|\d{1,3}|[三四五六七八九十])(?:多)?倍")
_RADS = re.compile(r"(?:bi|c-?ti|ti|li|pi|o|lung)-?rads◇{0,6}?([0-6])".replace("◇", f"[^{_SEPS}]"))
_RADS_CN = _rx(r"(?:乳腺|乳房|甲状腺|钼靶|结节)◇{0,16}?(?<![\d.])([0-6]|[四五])\s*(?:[abc])?\s*(?:类|级)")
_MALIGNANT = _rx(r"不(?:能|可|完全)?(?:排除|除外)◇{0,4}(?:恶性|癌|肿瘤|ca|转移|占位)|(?:考虑|怀疑|疑似|可疑|倾向|提示|符合|高度怀疑)"
                 r"(?:为)?◇{0,4}(?:恶性|癌|ca|mt|转移|肿瘤性病变)|恶性(?:肿瘤|病变|可能|倾向|征象|结节|占位)(?!◇{0,3}(?:不大|小|低))|"
                 r"癌变|转移(?:灶|瘤|性)|毛刺征?|分叶(?:状|征)|胸膜牵拉|血管集束|空泡征|(?:病理|活检|穿刺)◇{0,10}(?:癌|恶性|mt)")
_MALIGNANT_NEG = re.compile(r"(?:排除|除外|不考虑|未见|无|非|没有|没|不是|不像|未发现|良性)[^,。;]{0,3}$")
_MALIGNANT_NEG_EXCEPT = re.compile(r"不(?:能|可|完全)?(?:排除|除外)[^,。;]{0,3}$")
_EXERTIONAL_CHEST = _t(r"(?:活动|运动|爬楼|上楼|爬坡|爬山|走路|走快|快走|劳累|干活|跑步|跑|提重物|搬东西|用力|劳动|锻炼|走几步|"
                       r"上坡|骑车)(?:后|时|的时候|了|一下)?◇{0,8}(?:胸|心口|心前区)◆{0,4}(?:痛|疼|闷|紧|压|憋)|"
                       r"(?:胸|心口|心前区)◆{0,4}(?:痛|疼|闷|紧|压|憋)◇{0,8}(?:活动|运动|爬楼|劳累|走路|上楼|干活)(?:后|时)?"
                       r"(?:加重|明显|更|就|才)", habit=False)
_ECG = _rx(r"心电图◇{0,12}(?:st段?抬高|st段?压低|心梗|心肌梗|室速|室颤|三度|iii度|完全性房室传导阻滞|长间歇|停搏)")
_TROPONIN = _rx(r"肌钙蛋白◆{0,6}(?:阳性|升高|偏高|高|\+)")


def _values(pattern: re.Pattern[str], text: str, not_after: str | None = None) -> list[tuple[float, str, int]]:
    """(value, unit, position) for every reported lab value; `not_after` rules out e.g. urine tests (尿常规白细胞)."""
    return [(float(m.group(1)), m.group(2) or "", m.start()) for m in pattern.finditer(text)
            if _is_reading(text, m) and not (not_after and re.search(not_after, text[max(0, m.start() - 8):m.start()]))]


def _high_risk(text: str, neg_view: str) -> str | None:
    """Id of the first severely abnormal value or high-risk finding in the message, else None."""
    if re.search(r"血压|高压|低压|收缩压|舒张压|bp", text):
        sys_v, dia_v = _bp_values(text)
        if sys_v >= 180 or dia_v >= 110:
            return "bp_severe"
    for v, unit, pos in _values(_GLUCOSE, text):
        if v > 40 or unit == "mg":
            v = v / 18  # mg/dL -> mmol/L
        window = text[max(0, pos - 8):pos + 8]
        random = bool(re.search(r"餐后|饭后|随机|睡前|吃完", window))
        if v >= (20 if random else 16.7) or 0 < v < 3.0:
            return "glucose_severe"
    for v, _, _ in _values(_POTASSIUM, text):
        if 1.0 <= v <= 10 and (v < 3.0 or v > 6.0):
            return "potassium"
    for v, _, _ in _values(_SODIUM, text):
        if 90 <= v <= 200 and (v < 120 or v > 160):
            return "sodium"
    for v, unit, _ in _values(_HEMOGLOBIN, text):
        grams_per_litre = v * 10 if (v < 25 or unit == "g/dl") else v
        if 10 <= grams_per_litre < 70:
            return "hemoglobin"
    for v, unit, _ in _values(_PLATELET, text):
        count = v * 10 if unit == "万" else v  # 3万/μL = 30 x10^9/L
        if 0 < count < 30 or count > 1000:
            return "platelet"
    for v, unit, _ in _values(_CREATININE, text):
        if (unit == "mg" or v < 20) and v >= 5.0 or v >= 442:
            return "creatinine"
    for v, _, _ in _values(_WBC, text, not_after=r"尿|白带|精液|大便|便常规|脑脊液|胸水|腹水"):
        if 0 < v < 2.0 or 30 < v < 500:
            return "wbc"
    for v, _, _ in _values(_SPO2, text):
        if 50 <= v < 90:
            return "spo2"
    for v, _, _ in _values(_INR, text):
        if 4.5 <= v < 20:
            return "inr"
    for v, unit, _ in _values(_NEUTROPHILS, text):
        if 0 < v < 0.5 and unit != "%":
            return "neutrophils"
    child = bool(re.search(_CHILD, text))
    for v, _, _ in _values(_HEART_RATE, text):
        if 20 <= v < 40 or (v > (180 if child else 150) and v < 300):
            return "heart_rate"
    for pattern, uln in _MARKER_PATTERNS:
        for v, _, _ in _values(pattern, text):
            if v >= 3 * uln:
                return "tumour_marker"
    if _MARKER_TIMES.search(text):
        return "tumour_marker"
    for m in list(_RADS.finditer(text)) + list(_RADS_CN.finditer(text)):
        grade = {"四": 4, "五": 5}.get(m.group(1)) or int(m.group(1))
        pre, _ = _clause(text, m.start(), m.end())
        if grade >= 4 and not _HYPO_PRE.search(pre):
            return "rads_4_5"
    for m in _MALIGNANT.finditer(text):
        before = text[max(0, m.start() - 6):m.start()]
        if _MALIGNANT_NEG.search(before) and not _MALIGNANT_NEG_EXCEPT.search(before + m.group(0)[:4]):
            continue
        pre, _ = _clause(text, m.start(), m.end())
        if _HYPO_PRE.search(pre):
            continue
        return "malignancy_suspected"
    if _TROPONIN.search(text):
        return "troponin"
    if _ECG.search(text):
        return "ecg_danger"
    if _live_spans(text, neg_view, _EXERTIONAL_CHEST):
        return "exertional_chest_pain"
    return None


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------

RULE_IDS: tuple[str, ...] = tuple(dict.fromkeys(
    [r.id for r in _ALL_RULES] + ["bp_severe", "glucose_severe", "potassium", "sodium", "hemoglobin", "platelet",
                                  "creatinine", "wbc", "spo2", "inr", "neutrophils", "heart_rate", "tumour_marker", "rads_4_5",
                                  "malignancy_suspected", "troponin", "ecg_danger", "exertional_chest_pain"]))


def _neg_view(text: str) -> str:
    """Copy of the text, same length, where A-not-A questions and 有无 no longer look like negations."""
    view = _A_NOT_A.sub(lambda m: m.group(1) + "吗" + m.group(1), text)
    return view.replace("有无", "有吗")


# Message-level signs that an emergency word is a question asked in advance, not something happening now:
# "被蛇咬了应该怎么处理，先问问以备万一", "有人晕倒了应该怎么急救". Any sign of urgency overrides them.
_MSG_URGENT = re.compile(r"现在(?!(?:已经|都)?(?:怀孕|孕)?(?:\d+|[一二三四五六七八九十]+)(?:周|个月|岁|天))|刚才|刚刚|正在|救命|快来|快点|快去|快叫|(?<![加越很太变偏较更最飞])快(?:[,!。]|$)|赶紧|马上|急急急|在线等|怎么办啊|"
                         r"来不及|还在")
_MSG_IN_ADVANCE = re.compile(r"以备万一|以防万一|(?:前几天|前两天|昨天|上次|之前|那天)[^。？！?!]{0,8}有人|有人[^。？！?!]{0,24}(?:这样做|这么做)(?:对吗|对不对)|"
                             r"(?:看到|看见)有人[^。？！?!]{0,30}(?:该|要|应该)怎么[^。？！?!]{0,10}(?:才对|才好|对吗)|"
                             r"(?:同事|朋友|邻居|同学)(?:说|讲)(?:他|她)(?:的)?(?:朋友|同事|邻居|亲戚|同学)|考试题|考题|这道题|选择题|题库|考点|说法不一|网上说法|医学生|作业题|作业[:：]|复习|备考|考研|规培|(?:执业|资格)(?:医师|护士|药师)?考试|"
                             r"(?:生理|病理|药理|解剖|护理|医学|急救)学?(?:作业|考试|课上|复习)|"
                             r"(?:网上|有人|别人)说[^，。？！,.?!]{0,10}(?:对吗|对不对|是真的吗|靠谱吗)|(?:有哪些|有什么)[^，。？！,.?!]{0,10}(?:表现|症状|征兆|信号)|以备不时|未雨绸缪|(?:以后|平时)(?:该|要)?(?:怎么|如何)(?:预防|避免|防止)|学校学|课上学|老师教|提前(?:了解|学|问|准备|知道)|先(?:问问|了解一下)|想学|学一下|"
                             r"心肺复苏(?:是|要)?(?:怎么做|的步骤|按压多少)|心肺复苏的?(?:手法|方法|步骤)|按压多少下|吹(?:一|几)次气|"
                             r"科普(?:一下|用|给|知识)|给[^，。？！,.?!]{0,4}科普|(?:急救|处理|救助)的(?:方法|措施|步骤)(?:是|有)|"
                             r"备着|有备无患|(?:当场|真要|快要|都要|简直|差点)(?:心梗|脑梗|中风|猝死|脑溢血|脑出血)|口诀|怎么(?:快速)?(?:判断|识别)|如何(?:判断|识别)|(?:以后|下次|将来)(?:再)?(?:遇到|碰到|看到|遇见)(?:这种|这样|类似)|"
                             r"(?:肾上腺素笔|急救包|急救箱|急救药|aed|除颤仪|制氧机)[^。？！?!]{0,10}(?:能买到|买得到|哪里买|哪儿买|在哪买|去哪买|怎么买|多少钱|什么价)|担心会发生|怕(?:会)?发生|还没发生|没发生过|(?:人)?没事了[^。？！?!]{0,12}(?:怎么|如何)(?:预防|避免|防止)|"
                             # a scene in a drama or a film ("《狂飙》里那个吐血的镜头是怎么拍的")
                             r"》[,，]?(?:里|中|里面)|(?:在看|看了|在追|追了|刷到)《|的镜头|怎么拍的|拍戏|剧组|(?:电视剧|电影|剧|动画|小说)(?:里|中)(?:的|那个|那段|演|有个|有人|男主|女主|主角|角色)|"
                             r"(?:压|按)(?:下去)?(?:几厘米|几公分|多深)|按压(?:的)?(?:深度|频率|位置|手法|次数)")
# A story from the news or a video, with no one of the member's own family in it.
_MSG_MEDIA = re.compile(r"^(?:今天|昨天|最近|刚|刚刚)?(?:看|在|刷到|刷)?(?:了)?(?:新闻|报道|电视|视频|抖音|快手|网上|微博|短视频)(?:里|上|中)?"
                        r"(?:说|看到|报道|讲|播)")
_MSG_OWN_FAMILY = re.compile(r"我(?:的)?(?:爸|妈|家|老公|老婆|爱人|媳妇|儿子|女儿|闺女|孩子|宝宝|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳|哥|姐|弟|妹)|"
                             r"俺|咱(?:爸|妈|家)")
_MSG_GENERIC_SUBJECT = re.compile(r"^(?:请问|问一下|想问一下?|咨询一下)?,?(?:如果|万一|要是|假如|当)?(?:遇到|碰到|看到|遇见|发现)?"
                                  r"(?:有人|别人|路人|陌生人|旁人|一个人|某人|对方)")
_MSG_HOW_TO_HELP = re.compile(r"(?:应该|该|要|能)?(?:怎么|如何|怎样)(?:急救|抢救|施救|正确处理)|"
                              r"(?:急救|处理|救助)(?:方法|措施|步骤)|正确(?:的)?(?:做法|处理)")


def _asked_in_advance(text: str) -> bool:
    """True when the whole message is a first-aid question asked in advance or about a stranger, with no urgency."""
    if _MSG_URGENT.search(text):
        return False
    return bool(_MSG_IN_ADVANCE.search(text) or (_MSG_GENERIC_SUBJECT.search(text) and _MSG_HOW_TO_HELP.search(text))
                or (_MSG_MEDIA.search(text) and not _MSG_OWN_FAMILY.search(text)))


# An animal bite or scratch is a rabies exposure: not a 120 emergency, but the wound washing and the post-exposure
# clinic cannot wait for an advisor's reply, so the member gets both at once (and the ticket is P1). The animal must be
# the one that bites ("我家猫被狗咬了" is the pet's injury, a vet's matter).
_ANIMAL = (r"狗|犬|猫|老鼠|耗子|蝙蝠|猴|狐狸|浣熊|獾|松鼠|仓鼠|兔|雪貂|黄鼠狼|动物|宠物|泰迪|金毛|柯基|哈士奇|柴犬|比熊|博美|"
           r"布偶|英短|边牧|德牧|藏獒")
_ANIMAL_BITE = _rx(rf"(?:被|让|给|叫|俾)◇{{0,8}}?(?:{_ANIMAL})◇{{0,4}}?(?:咬|抓|挠|舔|啃)|"
                   rf"(?:{_ANIMAL})(?:子|狗|咪|儿)?(?:把|将)?(?:我|人|{_KIN})?◇{{0,3}}?(?:咬|抓|挠)(?:了|伤|破|到|出)|"
                   rf"(?:{_ANIMAL})(?:咬|抓)(?:伤|的)|犬伤|狂犬病?暴露|(?:{_ANIMAL})[^。？！?!]{{0,3}}被(?:它)?(?:咬|抓|挠)(?:了|伤|破|到|出)")
_LONG_AGO = re.compile(r"小时候|多年前|(?:\d+|[一两二三四五六七八九十几]+)年前")
_BAT_UNSURE = re.compile(r"(?:不知道|不确定|说不清|不清楚|有没有|是不是|是否|会不会)[^。？！?!]{0,6}(?:被)?(?:咬|抓|碰)|睡觉|睡着|醒来|"
                         r"起来|起床|口子|伤口|抓痕|咬痕|牙印|碰到")
_ANIMAL_IS_VICTIM = _rx(rf"(?:{_ANIMAL})(?:子|狗|咪|儿)?(?:被|让|给)(?!它|咬|抓|挠)|"
                        rf"(?:{_ANIMAL})(?:子|狗|咪|儿)?(?:咬|啃|吃)了(?:几|一|两|好几)口◇{{0,6}}(?:叶|花|草|植物|菜|水果|东西|纸|线|药|巧克力|葡萄)")
_BITES_A_PERSON = _rx(rf"(?:咬|抓|挠)(?:了|伤了|破了|到了?)?(?:我|人|{_KIN})")
_NOT_BITTEN = re.compile(r"(?:没|未|不是|并非)(?:有)?(?:被)?$")
ANIMAL_BITE_CARE = (
    "被动物咬伤、抓伤，请先这样处理：\n"
    "1. 立即用肥皂水和流动的清水交替冲洗伤口至少15分钟，再用碘伏消毒；不要用嘴吸伤口，也不要包扎得太紧。\n"
    "2. 今天就去当地的狂犬病暴露预防处置门诊（犬伤门诊，多设在医院急诊或疾控中心），越早越好，最好在24小时内，"
    "由医生判断是否需要接种狂犬疫苗、注射免疫球蛋白；已经超过24小时也仍要尽快去。\n"
    "3. 伤口很深、出血止不住，或伤在头面部、颈部、手部，请直接去医院急诊。"
)


# Low blood sugar with its warning signs, or a very low reading just measured: the sugar cannot wait for an advisor's
# reply ("血糖测出来1.9，手抖出冷汗" used to wait as a P1 ticket). Confusion, fits or a member who cannot be woken are the
# severe_hypoglycemia emergency above. Numbers followed by a unit of time or count are not readings ("血糖高2年").
_NOT_GLUCOSE_UNIT = r"(?![\d.])(?!\s*[天次片粒个岁周年月小时分钟型遍号盒包瓶支条根块元袋斤公kcm%])"
_LOW_GLUCOSE_READING = (rf"血糖◇{{0,6}}?(?<![\d.])(?:[0-2](?:\.\d+)?|3\.[0-8]\d?){_NOT_GLUCOSE_UNIT}|"
                        r"血糖◇{0,5}(?:[一两二]点[几一二三四五六七八九]|三点[零一二三四五六七八])")
_VERY_LOW_GLUCOSE_READING = (rf"血糖◇{{0,6}}?(?<![\d.])[0-2](?:\.\d+)?{_NOT_GLUCOSE_UNIT}|"
                             r"血糖◇{0,5}[一两二]点[几一二三四五六七八九]")
_SYMPTOMS_OF_LOW_SUGAR = (_SWEAT + r"|手抖|手在抖|发抖|哆嗦|心慌|心悸|心跳◇{0,2}快|饿得|好饿|很饿|特别饿|头晕|眼前发黑|眼发黑|"
                          r"没力气|无力|腿软|发软|乏力")
# Over already ("吃了两块糖就好了") or an earlier episode: the care below is for what is happening now.
# "他说多喝点水就好了", "扛几天就好了": somebody's reassurance, not the episode being over.
_OVER_ALREADY = (r"(?<!说)(?<!喝点水)(?<!扛几天)(?<!抹抹)就好了|(?:马上|很快|立马|立刻)(?:就)?好了|(?:今天|现在)(?:已经)?一切正常|已经好了|好多了|缓过来|没事了|有一次|有几次|(?:有|过|都)好几次|好几次了|那次|(?<!比)上次|"
                 r"(?<!比)以前(?!从来?没|从未|没(?:有)?(?:这样|出现|发生|犯)过?)|之前(?!(?:还|都|从来?)?没)|去年|前年|上个月|几年前|(?:就|已经)下去了|一点感觉(?:都|也)?没(?:有)?")
_LOW_SUGAR_RULES = (
    _rule("hypoglycemia", "none", _t(_LOW_GLUCOSE_READING), _t(_SYMPTOMS_OF_LOW_SUGAR), window=40,
          forbid=_OVER_ALREADY),
    _rule("hypoglycemia", "none", _t(_VERY_LOW_GLUCOSE_READING), window=40,
          need=r"刚|现在|此刻|这会|测|量|扎手指|血糖仪",
          forbid=_OVER_ALREADY + r"|(?:重测|复测|再测|又测)◇{0,6}(?:是|了)?◇{0,2}(?:[4-9]|1\d)(?:\.\d)?"),
    # On insulin or pills, with the shaking and sweating of low sugar, now ("打完胰岛素没吃饭 现在手抖得厉害 出虚汗").
    _rule("hypoglycemia", "none", _t(r"胰岛素|降糖药|格列|二甲双胍|优降糖|糖尿病"),
          _t(_SWEAT + r"|手抖|手在抖|发抖|哆嗦|心慌|心悸|饿得"), window=40,
          need=r"现在|刚才|刚刚|此刻|这会", forbid=_OVER_ALREADY + r"|经常|总是|老是|每次|每天|有时|偶尔|半夜"),
    # Without a reading, only a member who says it is happening now: "饭后心慌出汗，是低血糖吗" is a question.
    _rule("hypoglycemia", "none",
          _t(r"(?<!降)低血糖(?!生成|指数)|血糖◆{0,3}?(?:很|特别|太|有点|有些|偏|比较)?(?:低|掉得)(?!密度|于)",
             unless=r"忽高忽低|时高时低|忽低忽高|高高低低|高低|预防|避免|防止"),
          _t(_SYMPTOMS_OF_LOW_SUGAR), window=40,
          forbid=_OVER_ALREADY + r"|毛病|(?:是|算)◇{0,6}低血糖(?:吗|么|呢|啊)|会不会|是不是"),
)
# A deep or dirty wound (a rusty nail, wire, soil) needs tetanus protection the same day; urine that will not come
# for hours needs a catheter at the emergency department. Neither is a 120 call, neither can wait for an advisor.
_TETANUS_WOUND = _rule("tetanus_wound", "none",
                       _t(r"锈|(?:脏|泥|土)◇{0,4}(?:钉|铁丝|刀|玻璃)|踩(?:到|了|上)◇{0,8}钉|钉子?◇{0,4}(?:扎|戳|敲|钉)(?:进|穿|透)"),
                       _t(r"钉|铁丝|铁片|铁皮|刀|钢筋|玻璃"),
                       _t(r"扎|刺|戳|划|割|穿|破|口子|伤口|出血|流血|敲进|钉进"), window=30,
                       forbid=r"就好了|已经好了|好多了|没事了|(?:伤口|口子)◇{0,3}(?:好|愈合|长好)了|"
                              r"(?:去年|前年|上个月|几年前|以前|之前|上次)(?:◇{0,4}(?:扎|划|踩|被)|的事)")
TETANUS_CARE = (
    "被生锈或不干净的东西扎伤、划伤，请先这样处理：\n"
    "1. 用流动的清水或生理盐水把伤口冲洗干净，再用碘伏消毒；伤口里的异物不要自己硬拔，深的伤口不要紧紧包扎。\n"
    "2. 今天就去医院急诊或外科处理伤口，由医生判断是否需要打破伤风疫苗或破伤风免疫球蛋白，越早越好，最好在24小时内。\n"
    "3. 伤口很深、出血止不住，或之后出现张口困难、脖子发硬、抽搐，请立即拨打120。"
)
_URINE_RETENTION = _rule("urinary_retention", "none",
                         _t(r"尿不出(?:来)?|排不出尿|解不出小便|小便(?:解|尿)不出|憋着尿(?:出不来|尿不出)|没(?:怎么)?(?:小便|尿尿|撒尿)"),
                         _t(r"[一两几\d]+个?多?(?:小时|钟头)|一(?:整)?天|半天|一上午|一下午|一晚上|一夜|胀|鼓|憋得|难受|疼"),
                         window=30, forbid=_OVER_ALREADY + r"|经常|总是|老是|有时|偶尔|尿不尽|尿等待|尿管|导尿")
URINE_RETENTION_CARE = (
    "憋了很久完全尿不出来，肚子发胀，可能是急性尿潴留，需要尽快处理：\n"
    "1. 请今天尽快去医院急诊或泌尿外科，医生通常会先导尿把尿放出来，不要一直硬憋着等。\n"
    "2. 在去医院之前不要再大量喝水，也不要自行服用利尿药或其他药物。\n"
    "3. 如果同时有发烧、寒战、腰痛或神志不清，请立即拨打120。"
)
# Everyday injuries and things stuck where they should not be (round 10): not a 120 call, but a member told "an
# advisor replies within 2 hours" would wait, dig with a cotton bud or swallow rice balls meanwhile. Each gets what to
# do now and where to go today; the signs that make it an emergency are in the care text. Events that are over or
# healing ("上周烫的 水泡已经瘪了") are left to the advisor.
# A fever as the care rules read it ("有点烧灼感", "红肿发热" are not one).
_CARE_FEVER = (r"发烧|高烧|低烧|烧到|有(?:一)?点(?:儿)?烧(?!灼|心|伤|烤|饭|菜|香|水)|体温◇{0,4}(?:3[89]|4[0-2])|(?:3[89]|4[0-2])(?:\.\d)?(?:度|℃|°)|三十[八九]度|寒战|寒颤|打摆子|"
               r"发冷发抖")
# Already seen by a doctor: the advisor answers the follow-up question.
_SEEN_BY_DOCTOR = (r"医生说|医生让|医生诊断|诊断(?:为|是)|确诊|住院|切开|引流|病理|穿刺|拍片说|在输液|输了|打了(?:点滴|吊瓶)|"
                   r"去(?:过|了)?医院(?:看|查|处理|缝|包扎)(?:了|过)")
# An injury days old is past the first hours that this care is for.
_DAYS_AGO = r"[两三四五六七八九十几]天(?:了|前)|一周|星期"
# A wound whose bleeding has stopped may still need stitches today: only healing means it is over.
_WOUND_DONE = _OVER_ALREADY + r"|愈合|长好了|结痂"
_DONE_ALREADY = _OVER_ALREADY + r"|(?:取|夹|拔|弄|咳|吐|掏|冲|拿|挑)(?:出来|掉)了|(?:刺|鱼刺|骨头)◇{0,4}(?:咽|吞|冲)?下去了|结痂|(?:水泡|泡)◇{0,3}(?:瘪|干)了|愈合|长好了|止住了|不流了|不出血了"
# The usual "not today's problem" cues of a care rule: over already, a question about what might happen, an old event.
_NOT_NOW = _DONE_ALREADY + r"|会不会|如果|万一|以前"
_THROAT_BONE = _rule("throat_foreign_body", "none",
                     _t(r"鱼刺|鱼骨|刺|骨头|骨渣|碎骨|枣核|鸡骨|鸭骨|猪骨|骨片"),
                     _t(r"卡|扎(?:在|到|进|住)|戳(?:在|到)|梗(?:在|住)"),
                     _t(r"喉咙|嗓子|咽喉|喉(?:头|部|管)|食道|食管|嗓门|嗓子眼|扁桃体|咽(?:口水|东西|下)|吞(?:咽|口水|东西)"),
                     window=16, forbid=_DONE_ALREADY + r"|怎么预防|防止|如何避免|没卡|以后遇到|万一")
_FISH_BONE = _rule("throat_foreign_body", "none",
                   _t(r"(?:卡|鲠|梗)(?:了|住|着|到)?(?:一)?(?:根|个|块)?(?:小|大)?(?:鱼刺|鱼骨|骨头|骨渣|刺|枣核)|"
                      r"(?:鱼刺|鱼骨|骨头|骨渣|枣核)◇{0,3}(?:卡|鲠|梗)|鱼鲠|鲠(?:住|亲|咗|到|喉)"),
                   forbid=_DONE_ALREADY + r"|怎么预防|防止|如何避免|牙缝|牙齿缝|手|脚|肉里|狗|猫|到底|听说|网上说|(?:老人|家里人|我妈|我爸)(?:一直|总|都|老)(?:这么|这样)?说")
_EAR_NOSE_OBJECT = _rule(
    "ear_nose_foreign_body", "none",
    _t(r"(?:虫|蟑螂|蚂蚁|飞蛾|蛾子|蚊子|苍蝇|豆|珠|小球|米粒|花生|瓜子|石子|小石头|纸团|纸屑|橡皮|笔帽|玩具|零件|乐高|积木|棉花|"
       r"棉签头|耳塞|东西|异物)◇{0,6}(?:进|钻|飞|爬|塞|掉|卡|落|放)(?:进|到|在|入)?(?:了)?◇{0,3}(?:耳朵|耳道|耳(?:眼)?里|鼻孔|鼻子|鼻腔)|"
       r"(?:耳朵|耳道|鼻孔|鼻子|鼻腔)◇{0,3}(?:里|里面)?◇{0,4}(?:进|钻|飞|爬|塞|掉|卡)(?:了|进|入)◇{0,4}"
       r"(?:虫|蟑螂|蚂蚁|飞蛾|蛾子|蚊子|苍蝇|豆|珠|小球|米粒|花生|瓜子|石子|小石头|纸团|纸屑|橡皮|笔帽|玩具|零件|东西|异物)|"
       r"(?:耳朵|耳道|鼻孔|鼻子)◇{0,3}(?:里|里面)◇{0,3}有◇{0,3}(?:虫|东西|异物)◇{0,3}(?:在动|爬|嗡|响|拿不|弄不|取不)",
       unless=r"感觉有|似的|一样|耳屎|耵聍|鼻屎|鼻涕"),
    forbid=_DONE_ALREADY)
_INSECT_WENT_IN = _rule("ear_nose_foreign_body", "none", _t(r"耳朵|耳道|鼻孔|鼻子"),
                        _t(r"(?:虫|蟑螂|蚂蚁|飞蛾|蚊子)◇{0,3}(?:爬|钻|飞)进(?:去|来)?(?:了)?"), window=30, forbid=_DONE_ALREADY)
_EYE_SPECK = _rule(
    "eye_foreign_body", "none",
    _t(r"(?:眼睛|眼里|眼内|眼皮|眼球|眼)◇{0,4}(?:进|迷|掉|飞|钻|溅|落|扎)(?:进|入|了)?(?:了)?◇{0,3}"
       r"(?:沙|灰|铁屑|铁渣|铁末|木屑|碎屑|渣|虫|异物|东西|脏东西|粉|玻璃|胶水|502|强力胶)|(?:胶水|502|强力胶)◇{0,6}眼|"
       r"(?:沙子?|灰尘?|铁屑|铁渣|铁末|木屑|碎屑|小虫|飞虫|异物|东西|脏东西|玻璃渣)◇{0,4}(?:进|迷|掉|飞|钻|溅|落)(?:进|入|了|到)?(?:了)?◇{0,2}眼|"
       r"眼(?:睛|球)?◇{0,4}被◇{0,6}(?:指甲|纸|树叶|草叶|书页)◇{0,2}(?:划|刮|蹭)|(?:指甲|纸|树叶|草叶)◇{0,3}(?:划|刮)(?:到|伤|了)◇{0,3}眼|"
       r"(?:打|弹|戳|撞|砸|蹭|刮|划|抽|崩)(?:到|在|中|了)?(?:了)?◇{0,3}眼(?:睛|球|皮)(?!药)|激光(?:笔)?◇{0,6}(?:照|射|晃)◇{0,4}眼",
       unless=r"好像有|感觉有|似的|一样|眼屎|分泌物|怕|会不会"),
    _t(r"疼|痛|磨|睁不开|粘住|流泪|红|刺|异物感|弄不出|取不出|出不来|揉|看不清|难受|扎|怎么办|看东西|视力|黑点|有个点|模糊|蒙"), window=30,
    forbid=_DONE_ALREADY)
_WELDING_EYE = _rule("eye_welding", "none", _t(r"电焊|焊接|烧焊|焊工|电弧|紫外线灯|紫外灯|消毒灯|杀菌灯|雪地|激光笔"),
                     _t(r"眼(?:睛)?◇{0,6}(?:疼|痛|红|流泪|睁不开|磨|刺)|(?:流泪|睁不开)|黑影|黑点|看不清|模糊"), window=30,
                     forbid=_DONE_ALREADY + r"|防护|护目镜(?:怎么|哪)|会不会|预防")
_EXTRACTION_BLEED = _rule("extraction_bleeding", "none",
                          _t(r"拔(?:了|完|掉|过)?◇{0,4}(?:牙|智齿|齿)|拔牙|(?:牙|智齿)◇{0,2}拔(?:了|完|掉)"),
                          _t(r"出血|流血|渗血|冒血|血◇{0,3}(?:止不住|不止|一直|还在|没停|不停|往外|满嘴|一嘴)|满嘴(?:是)?血|一嘴血|吐◇{0,2}血"),
                          window=30, forbid=_DONE_ALREADY + r"|血丝|会不会|能不能|可以吗|要注意|注意什么|以后")
_EXTRACTION_PAIN = _rule("extraction_pain", "none",
                         _t(r"拔(?:了|完|掉|过)?◇{0,4}(?:牙|智齿|齿)|拔牙|(?:牙|智齿)◇{0,2}拔(?:了|完|掉)"),
                         _t(r"越来越疼|越来越痛|疼到耳朵|痛到耳朵|(?:一股|有)?臭味|疼得(?:睡不着|受不了)"), window=30,
                         forbid=r"以前|上次|会不会|一般|正常吗(?!.*越来越)|能好吗|会好吗|就能|拔了◇{0,4}就")
_TOOTH_OUT = _rule("knocked_out_tooth", "none",
                   _t(r"摔|磕|撞|碰|打|踢|跌|砸|咬到硬|咬崩|崩|球|拳头|门框|桌角|骨头"),
                   # A whole tooth out, or pushed loose or crooked; a chipped corner is repaired another day.
                   _t(r"(?:牙|牙齿|大牙|恒牙)◇{0,4}(?:掉了|掉下来|掉出来|脱(?:落|出)|(?:磕|撞|碰|摔|打)(?:掉了?|飞|出来|松|歪)(?!◇{0,2}(?:一?(?:个|小|块|点)|角|半|一半))|"
                      r"整颗|(?<!有点)松了|松动|歪了|往里歪|移位)|(?:磕|撞|碰|摔|打|踢)(?:掉|飞|松)了?◇{0,3}(?:一颗|两颗|一个)?(?:牙|门牙|牙齿)|"
                      r"(?:神经|牙髓|红红的|红的|红肉)◇{0,3}露(?:出来|出)|露出◇{0,3}(?:神经|牙髓|红)|看到◇{0,3}红点|红点◇{0,4}(?:疼|碰)",
                      unless=r"一个角|一小块|一块|一半|一点|缺了"),
                   window=30, forbid=_DONE_ALREADY + r"|换牙|乳牙(?:自己)?(?:松|掉)|牙周|种植|假牙|义齿|烤瓷|牙套|矫正|正畸")
_INJURED_PART = (r"手腕|手脖子|腕|胳膊|手臂|前臂|胳膊肘|肘|手指|手掌|手|锁骨|肩膀|肩|腿|大腿|小腿|膝盖|脚踝|脚脖子|脚腕|踝|脚背|脚杆|脚|"
                 r"脚趾|趾|肋骨|胯|髋|大腿根|屁股|鼻子|鼻梁")
_FRACTURE_SIGNS = _rule(
    "possible_fracture", "none",
    _t(r"摔|跌|滑倒|绊|一跤|跟头|撞|砸|压到|压伤|扭|崴|别(?:了|到)|磕|踢|拉(?!肚|稀|屎|便|了?(?:好几|十几|[一二两三四五六七八九十几\d]+)(?:次|回|天))|拽|扯|掰(?:手腕|了|到|伤)|夹|轧|打架|被打|打(?:了|到|歪|断)|落地|踩(?:空|到|在)|跳(?:起|下)|打(?:篮|足|排|羽毛)?球|跳下|骑车|车祸|被车|从◇{0,6}(?:上|高处)◇{0,2}(?:掉|摔|跳)"),
    _t(_INJURED_PART),
    # Signs a doctor would X-ray for the same day; swelling or pain alone is a sprain until shown otherwise.
    _t(r"变形|歪了|(?:有点|有些|看着|明显)歪|弯了|错位|脱臼|脱位|脱出(?:来|去)|放不下(?:去|来)|(?:又)?掉出来了|(?:形状|样子|角度)◇{0,3}(?:怪|奇怪|不对)|"
       r"耷拉|不(?:愿意|肯|敢)(?:走|站|着地|下地|动|用)|一走(?:路)?就(?:疼|痛)得(?:不行|受不了|厉害|直吸气|直哼哼)|肿得(?:很|特别|非常)?厉害|肿(?:了)?(?:好大|很大)(?:一)?(?:块|件|个包)|一动就(?:喊疼|喊痛|哭)|(?:指甲|甲)(?:下面|底下|盖)?◇{0,4}(?:紫黑|发黑|淤血|黑紫)|鼓起(?:来)?(?:了)?一块|(?:一)?(?:踩|沾|着)地就(?:疼|痛)得(?:不行|受不了|厉害)|踩不了地|肿得(?:老高|很高|(?:跟|像)(?:个)?馒头)|肿成(?:了)?(?:个)?(?:馒头|包子|猪蹄)|钻心(?:地|的)?(?:疼|痛)|踮不起|(?:不敢|不能|沾不了|着不了)沾地|不敢沾|(?:不敢|不能)(?:落地|踩)|落不了地|弯不起来|"
       r"(?:深吸气|吸气|咳嗽|喘气)◇{0,3}(?:就|都)?(?:疼|痛)|走不得路|走不成路|走不动路|一瘸一拐|走路(?:有点)?拐|瘸了|鼓起一块|凸起一块|动不了|不能动|没法动|不敢动|不肯动|不愿意动|不敢用|不肯抬|抬不起来|举不起来|伸不直|弯不了|不能着地|着不了地|不敢着地|不能(?:走|站)|"
       r"走不了|站不起来|下不了地|没法走|咔(?:嚓)?(?:一声|响)|骨头◇{0,3}(?:响|断|裂|突出|凸出|错位)"),
    window=30, forbid=_WOUND_DONE + r"|以前|老毛病|好几年|多年|半年|几个月|风湿|痛风|肩周炎|石膏|支具|钢板|绷带|复查|拆|术后|康复|"
                                      r"拍(?:了|过)片|片子(?:说|显示|上|没)|拍片(?:说|显示|结果|没)|CT|核磁|医生说|诊断|确诊|手术|"
                                      # asking whether to X-ray a swelling: a sprain, unless it cannot bear weight
                                      r"^(?![\s\S]*(?:不敢|不能|没法|踩不了|不了)(?:着地|沾地|落地|踩|走))[\s\S]*(?:拍片|片子)|[两三四五六七八九几]天了|一周|星期|腰|背|脊柱|颈|(?<!脚)脖子")
# A small child who will not stand or walk after a fall: the leg is the limb even when the message does not say so.
_CHILD_WONT_STAND = _rule("possible_fracture", "none", _t(r"摔|跌|滑倒|绊倒|撞|砸|扭|崴|磕|拉|拽|扯|从◇{0,6}(?:上|高处)◇{0,2}(?:掉|摔)"),
                          _t(r"不(?:愿意|肯|敢)(?:站|走|着地|下地|动|抬|用)|一(?:站|走|着地|碰|动)就(?:哭|疼|喊疼)|站不起来|不能走|不让(?:碰|摸|动)"), window=30,
                          need=_CHILD, forbid=_DONE_ALREADY + r"|以前|经常|总是|拍片|医生说")
_BURN_BLISTER = _rule(
    "burn_blister", "none",
    _t(r"烫伤了|烧伤了|灼伤了|烫到|烫了|被烫|烫得|烫(?:起|出)|烫破|燎|点着|蹿(?:了)?(?:一下)?火|着火|暖宝宝|热水袋|电热毯|熨斗|"
       r"(?:水壶|开水壶|烧水壶|热水壶|暖壶)◇{0,3}(?:翻|倒|洒)|(?:溅|泼|洒|浇)(?:了|到)?◇{0,3}(?:热油|开水|热水|油|热汤)|(?:鞭炮|炮仗|爆竹|烟花)◇{0,6}(?:炸|崩|烧)|(?:开水|热水|热油|油|汤|粥|蒸汽|熨斗|排气管|锅|火|烟花|暖宝宝|热水袋)◇{0,4}(?:烫|溅|浇|泼|烧|燎|喷)"),
    _t(r"(?:起|冒|鼓)(?:了)?◇{0,4}(?:泡|水泡|燎泡)|出(?:了)?(?:个|一个)?(?:大)?泡|水泡|泡(?:破|瘪)了|破皮|掉皮|脱皮|皮◇{0,2}(?:掉|破|烂)|发白|红肿|火辣辣|钻心"),
    window=30, forbid=_DONE_ALREADY + r"|上周|几天前|前几天|晒|晒伤|烫伤膏(?:怎么|能不能|可以)|留疤|疤痕|色素|小水泡|小泡|小水疱|一个泡|"
                                      r"水痘|手足口|疱疹|湿疹|过敏|蚊子|发烧|新鞋|磨")
# Round 11 (seventh blind probe): same-day problems of pregnancy, after an operation or a plaster cast, something
# that will not go back in, a child who choked on a nut, a poked eye, a fever after an abortion, a meter reading HI.
_FETAL_MOVEMENT = _rule("fetal_movement", "none",
                        _t(r"(?:没怎么|没有|没|不怎么)(?:感觉到|感到|觉得|摸到)(?:宝宝|胎儿|孩子)?(?:的)?胎动|感觉不到胎动|胎动|"
                           r"(?:宝宝|胎儿|孩子)◇{0,6}动", habit=False),
                        _t(r"(?<=胎动)◇{0,4}(?:少|减少|没怎么|不怎么|不动|感觉不到|没感觉|没有了|变弱|弱了|停了)|"
                           r"(?:没怎么|没|不怎么)(?:感觉到|觉得)?(?:宝宝|胎儿|孩子)?(?:在)?动|感觉不到(?:宝宝|胎儿|孩子)?(?:在)?动|不怎么动|不动了|"
                           r"(?:没怎么|没有|没|不怎么)(?:感觉到|感到|觉得|摸到)(?:宝宝|胎儿|孩子)?(?:的)?胎动|感觉不到胎动|"
                           r"动(?:得)?(?:比平时|比以前)?少(?:了)?(?:很多|好多)|动(?:得)?少了", habit=False), window=40,
                        need=r"怀孕|孕|胎",
                        forbid=_DONE_ALREADY + r"|怎么数|几周(?:开始|能|会)|什么时候(?:开始|有|能)|多少次(?:算)?正常|会不会|如果|万一|还没|"
                               r"还感觉不到|太早|(?<!\d)(?:1\d|2[0-3]|[1-9])周|(?<![三四])二?十[一二三]?周|(?<![十\d])[一二三四五六七八九]周")
_PREGNANCY_ITCH = _rule("pregnancy_itch", "none", _t(r"怀孕|孕(?:\d+|[一二三四五六七八九十]+)?(?:周|个月)|孕晚期|孕中期"),
                        _t(r"(?:手心|脚心|手掌|脚掌|手脚心)◇{0,4}(?:痒|发痒)|痒◇{0,6}[,，]?◇{0,4}(?:尤其|特别是|主要是)(?:是)?(?:手心|脚心|手掌|脚掌)", habit=False), window=40,
                        forbid=_NOT_NOW + r"|查了|胆汁酸|肝功能|" + _SEEN_BY_DOCTOR)
_EYE_POKED = _rule("eye_poked", "none",
                   _t(r"(?:戳|扎|划|弹|崩|打|撞|抽|砸|扫)(?:到|伤|进|了|中)?◇{0,2}(?:眼睛|眼球|眼|眼珠)|(?:眼睛|眼球|眼珠)◇{0,2}被◇{0,6}(?:戳|扎|划|弹|崩|打|撞|抽|砸|扫)"),
                   _t(r"模糊|看不清|看不见|黑影|视力|流血|出血|睁不开|重影"), window=30,
                   forbid=_NOT_NOW + r"|" + _SEEN_BY_DOCTOR)
# The operation is always in the past, so it is a message-level cue (with a recent time); the trouble must be current.
_POSTOP = _rule("after_operation", "none",
                _t(r"发烧|高烧|烧到|寒战|伤口◇{0,8}(?:鼓|肿|裂|流脓|渗液|渗血|黄水|发红|红了|臭|异味)|鼓(?:起来|起)?(?:了)?(?:一个|个)?(?:大)?包|越来越大|"
                   r"刀口◇{0,8}(?:鼓|肿|裂|流脓|渗液|黄水|红)|切口◇{0,8}(?:鼓|肿|裂|流脓|渗液|黄水|红)|"
                   r"吐◇{0,4}血|血丝|(?:皮肤|眼白|眼睛|脸)◇{0,4}(?:发)?黄|流脓|纱布◇{0,4}(?:渗血|都是血|一直渗|湿透|还在渗)|"
                   r"(?:大便|便)◇{0,4}(?:带|有)◇{0,5}血|越来越(?:痛|疼)|比术前◇{0,3}(?:模糊|差)|红了一圈|"
                   r"比昨天◇{0,4}(?:更)?(?:红|肿|模糊|疼|痛|胀)|(?:手腕|穿刺(?:点|处|口)|伤口|刀口)◇{0,4}肿(?:了|得)|"
                   r"手指◇{0,4}(?:发麻|发凉|发紫|冰凉)|黑(?:色)?(?:的)?(?:大便|便)|大便◇{0,3}(?:发黑|黑色|是黑的)"),
                need=r"^(?=[\s\S]*(?:术后|手术|切除|摘除|起搏器|放(?:了|完)?◇{0,4}支架|支架术|引流管|出院|侧切|剖腹产|剖宫产|刀口|人工关节|PICC|picc|输液港|息肉))"
                     r"(?=[\s\S]*(?:第?[一二三四五六七八九十两\d]+(?:天|周)|出院|刚|昨天|前天|今天|这两天|回家|做完))",
                forbid=r"结痂|愈合|长好了|止住了|不流了|以前|去年|几年|会不会|如果|万一|怎么预防|多久能|医生说|医生让|看过了|复查(?:过|了)|"
                       r"要做◇{0,6}手术|准备◇{0,6}手术|手术前|术前|打算◇{0,6}手术|还能做吗|能做吗|能不能(?:做)?手术|能做手术|要(?:马上)?手术吗|需要手术|要不要手术|"
                       r"(?:一|两|三|几|\d+)个月前")
_CAST_TIGHT = _rule("cast_too_tight", "none", _t(r"石膏|夹板|支具|绷带"),
                    _t(r"发紫|发麻|麻木|发白|发凉|冰凉|肿得(?:厉害|更|很)|越来越肿|疼得(?:厉害|受不了)|越来越疼"), window=40,
                    forbid=_DONE_ALREADY + r"|会不会|如果|万一|拆了|拆掉|以前")
_STUCK_OUT = _rule("will_not_go_back", "none", _t(r"疝|小肠气|包|痔|肠子|脱肛|肉", habit=False),
                   _t(r"(?:推|塞|按|揉|放)不(?:回去|进去)|回不去了|缩不回去|收不回去"), window=30,
                   forbid=_NOT_NOW + r"|吐|呕|剧痛|很疼|疼得厉害|发紫|发黑|" + _SEEN_BY_DOCTOR)
_CHOKED_NUT = _rule("airway_foreign_body", "none",
                    _t(r"花生|瓜子|豆|坚果|果冻|糖豆|葡萄|小零件|珠子|笔帽|爆米花|核桃|开心果|杏仁"), _t(r"呛"), _t(r"咳"), window=40,
                    need=_CHILD, forbid=_DONE_ALREADY + r"|会不会|如何预防|怎么预防|能不能吃|几岁|哨音|喘|呼吸|憋|发紫|说不出|哭不出")
_ABORTION_FEVER = _rule("after_abortion_fever", "none", _t(r"药流|人流|流产|清宫|刮宫|无痛人流"),
                        _t(_CARE_FEVER + r"|(?:有(?:点|些)?|一股)(?:异味|臭味)|(?:发|很|有点)臭"), window=60,
                        forbid=_NOT_NOW + r"|去年|" + _SEEN_BY_DOCTOR)
_SUGAR_HI = _rule("glucose_meter_high", "none",
                  _t(r"血糖(?:仪)?◇{0,8}(?:HI|hi|Hi|测不出|爆表|超出范围|超过量程|(?<![\d.])[2-5]\d(?:\.\d+)?(?![\d.])(?:以上|多)?|[二三四]十(?:[一二三四五六七八九]|多)?(?![块元斤岁天年个次]))|(?:显示|测出)◇{0,2}(?:HI|hi|Hi)"),
                  _t(r"口渴|口干|渴得|老想喝水|尿(?:也)?(?:多|频|特别多|很多)|多尿|乏力|没力气|恶心|吐|头晕|没精神"), window=40,
                  forbid=r"会不会|如果|万一|以前|试纸|" + _SEEN_BY_DOCTOR)
_METHOTREXATE = _rule("medicine_mixup", "none", _t(r"甲氨蝶呤|氨甲蝶呤|MTX|mtx"), _t(r"每天|天天|一天一次|连着吃|吃错|听岔|搞错"),
                      window=60, forbid=r"会不会|如果|万一|以前")
_EAR_DISCHARGE = _rule("ear_discharge", "none", _t(r"耳朵|耳道|耳"),
                       _t(r"流脓|流黄水|流水|黄水|脓水|往外流|(?:黄色|黄的|脓)◇{0,4}(?:东西|水|液)◇{0,6}流出"), window=20,
                       forbid=_DONE_ALREADY + r"|好几年|多年|经常|反复|老有|老是|一直(?:流|有|都|在流)|以前|会不会|游泳|洗澡进水|耳洞|耳垂|耳后|耳朵后面|湿疹|"
                              + _SEEN_BY_DOCTOR)
_SNAP_INJURY = _rule("possible_fracture", "none", _t(r"(?:咔嚓|咔|啪|嘎嘣|咯噔)(?:的)?一声|听到◇{0,3}(?:响|一声)"),
                     _t(r"肿|不敢(?:吃力|着地|走|动|使劲)|(?:疼|痛)得◇{0,4}(?:踩不|走不|动不)|踩不下去|站不住|使不上劲"), window=40,
                     forbid=_DONE_ALREADY + r"|关节弹响|经常|一直|以前|会不会|上周|上个月|核磁|韧带断|" + _DAYS_AGO + "|" + _SEEN_BY_DOCTOR)
_APPENDICITIS = _rule("possible_appendicitis", "none",
                      _t(r"右下腹|右下边(?:的)?肚子|右边小肚子|肚子右下|(?:肚脐|胃)◇{0,6}(?:转移|挪|跑|转)到◇{0,2}右下"),
                      _t(r"越来越(?:疼|痛|明显|厉害)|走路◇{0,4}(?:震|颠)(?:得)?(?:疼|痛)|按(?:下去|压)?◇{0,4}(?:疼|痛)|松手◇{0,2}(?:更)?(?:疼|痛)|"
                         r"恶心|发烧|不想吃"), window=50,
                      forbid=_DONE_ALREADY + r"|以前|经常|反复|好几个月|几年|会不会|" + _SEEN_BY_DOCTOR)
_KAWASAKI = _rule("kawasaki_signs", "none", _t(r"(?:发烧|烧|发热)◇{0,4}(?:第)?(?:[五六七八九]|[5-9]|十)天"),
                  _t(r"眼睛◇{0,4}红|嘴唇◇{0,4}(?:干裂|裂|红)|手脚◇{0,4}(?:红|肿)|草莓舌|脱皮"), window=60, need=_CHILD,
                  forbid=_DONE_ALREADY + r"|以前|会不会|如果|万一|怀疑|丙球|川崎病|" + _SEEN_BY_DOCTOR)
_PREGNANCY_BP = _rule("pregnancy_high_bp", "none",
                      _t(r"怀孕(?:了)?(?:\d+|[一二三四五六七八九十]+)(?:个)?(?:多)?(?:月|周)|怀孕|孕(?:\d+|[一二三四五六七八九十]+)周|孕晚期|孕中期"),
                      _t(r"(?:血压|高压)◇{0,4}(?:1[5-9]\d|2\d\d)(?:/(?:9\d|1\d\d))?|(?:血压|高压)◇{0,4}1[4-9]\d/(?:9\d|1\d\d)"),
                      _t(r"头(?:有点)?(?:胀|疼|痛|晕)|眼花|看东西模糊|脚肿|腿肿|水肿|肿得|(?:脚|腿|脸|手)◇{0,4}(?:都)?肿|(?:1[5-9]\d|2\d\d)/(?:1\d\d)"), window=60,
                      # "没有头疼眼花" leaves 眼花 outside the negation; a swelling beside it still counts
                      forbid=r"以前|上次|会不会|如果|万一|^(?![\s\S]*(?:脚|腿|脸|手)◇{0,4}肿)[\s\S]*没(?:有)?头|" + _SEEN_BY_DOCTOR)
# Shingles by its names and by its look: blisters in clusters (used by the eye rule and the general one).
_ZOSTER = r"带状疱疹|缠腰龙|蛇盘疮|蛇缠腰|一簇(?:一簇)?(?:的)?(?:小)?水泡"
_SHINGLES = _rule("shingles", "none",
                  _t(_ZOSTER + r"|成簇(?:的)?(?:小)?水泡|排成(?:一条|一片|一串)|一条带子|"
                     r"(?:腰|背|胸|肋|肚子|后背)◇{0,5}(?:一圈|一片|一串|一簇|一条)◇{0,4}(?:小)?(?:水泡|泡泡|泡|疱|红点点)"),
                  _t(r"疼|痛|火烧|针扎|刺痛|烧灼"), window=40,
                  forbid=_DONE_ALREADY + r"|疫苗|以前|去年|会不会|预防|后遗|神经(?:痛|疼)|好了(?:以后|之后)|针灸|还(?:是)?(?:疼|痛)|传染|"
                         + _SEEN_BY_DOCTOR)
_LOCHIA = _rule("postpartum_infection", "none", _t(r"恶露"), _t(r"臭|异味|有味|发烧|体温◇{0,3}3[89]|又变多|变多"), window=40,
                need=r"臭|异味|有味|发烧|体温|疼|痛", forbid=_DONE_ALREADY + r"|以前|会不会|正常吗(?!.*(?:臭|烧|疼))|" + _SEEN_BY_DOCTOR)
_PD_CLOUDY = _rule("peritoneal_dialysis_cloudy", "none", _t(r"腹透|腹膜透析|透析液|换液|放出来的液"),
                   _t(r"浑浊|混浊|浑(?!身)|淘米水|不清亮|絮状|发白"), window=60,
                   forbid=_DONE_ALREADY + r"|以前|会不会|如果|万一|" + _SEEN_BY_DOCTOR)
# A deep wound that has stopped bleeding still needs stitching today ("血已经止了，但口子合不上").
_DEEP_WOUND_STOPPED = _rule("deep_wound", "none",
                            _t(r"(?:口子|伤口|刀口)◇{0,4}(?:很|好|特别|挺|太)深|(?:口子|伤口)◇{0,6}(?:合不上|合不拢|合不埋|张着|翻开)|"
                               r"(?:看到|看见|见到|露出)◇{0,4}(?:白色|白的|骨头|脂肪|黄色的油)"),
                            _t(r"止(?:住|了)|不(?:出|流)血了|不流了|包住"), window=60,
                            forbid=r"结痂|愈合|长好|缝(?:了|过|好)|拆线|以前|上周|几天前|会不会|如果|万一|" + _SEEN_BY_DOCTOR)
# Round 12, fourth probe: a positive test and pain on one side before any scan (ectopic pregnancy); clots in the urine;
# yellow eyes with tea-coloured urine or fever; a child's fever into its fourth day.
_ECTOPIC_RISK = _rule("early_pregnancy_pain", "none",
                      _t(r"验孕(?:棒)?◇{0,4}(?:两道杠|两条杠|阳性|两条线)|(?:刚|才)怀孕|怀孕(?:[1-8]|[一二三四五六七八])周|"
                         r"停经◇{0,4}(?:[四五六七八]|\d+)(?:周|天)|hcg◇{0,6}(?:阳|高)|"
                         r"(?:月经|例假|大姨妈)◇{0,4}(?:推迟|晚了|迟了|没来)(?:了)?◇{0,2}(?:[一两二三四五六七八九十]|\d+)(?:周|个?星期|十几天)"),
                      _t(r"(?:左|右|一侧|一边)(?:下)?(?:腹|小腹|小肚子|下腹|肚子)◇{0,6}(?:疼|痛)|(?:小腹|小肚子|下腹|肚子)(?:的)?(?:左|右|一侧|一边)◇{0,6}(?:疼|痛)|肛门◇{0,3}(?:坠|胀)"), window=60,
                      forbid=_DONE_ALREADY + r"|宫内|B超(?:看到|显示|说|确认)|会不会|如果|万一|" + _SEEN_BY_DOCTOR)
_URINE_CLOTS = _rule("blood_clots_in_urine", "none",
                     _t(r"(?:尿|小便)◇{0,6}(?:血块|血凝块|血条)|(?:尿|小便)◇{0,6}血◇{0,4}[,，]◇{0,4}(?:有|带|还有)(?:小)?血块|(?:尿|小便)(?:全)?是鲜红|尿血◇{0,4}(?:块|很多|鲜红)"),
                     forbid=_DONE_ALREADY + r"|月经|例假|会不会|如果|万一|火龙果|甜菜|又(?:好|清)了|" + _SEEN_BY_DOCTOR)
_JAUNDICE = _rule("jaundice_signs", "none",
                  _t(r"眼白◇{0,4}(?:黄|发黄)|眼睛◇{0,2}(?:发黄|黄了|变黄)|皮肤◇{0,4}(?:发黄|黄了|变黄)|(?:脸|身上)◇{0,2}(?:发黄|黄了)"),
                  _t(r"(?:尿|小便)◇{0,4}(?:浓茶|茶色|酱油|深黄|很黄)|" + _CARE_FEVER + r"|肚子◇{0,3}(?:疼|痛)|右上腹|陶土|大便◇{0,3}(?:白|灰)"),
                  window=60, forbid=_DONE_ALREADY + r"|新生儿|宝宝|出生|满月|胡萝卜|橘子|会不会|如果|万一|医院说|要做◇{0,6}(?:手术|ERCP|取石)|"
                                    + _SEEN_BY_DOCTOR)
_CHILD_FEVER_DAYS = _rule("child_fever_days", "none", _t(_CARE_FEVER),
                          _t(r"(?:第)?(?:[四五六七]|[4-7])天|(?:三|四|五|3|4|5)天(?:了|还|都|不退|没退)"), window=30, need=_CHILD,
                          forbid=_NOT_NOW + r"|孩子(?:他|的)?(?:爸|妈)|医生(?:怀疑|看过|开了)|川崎|"
                                 + _SEEN_BY_DOCTOR)
# Round 16 (blind probe r6c): a red, painful eye with blurred sight or fear of light (acute glaucoma, iritis, keratitis);
# insulin run out in type 1 diabetes; one tonsil swollen with a mouth that will not open (a peritonsillar abscess); a
# fever of 39 in a baby under six months (any fever under three months is the infant_fever emergency).
_RED_EYE_PAIN = _rule("eye_red_pain", "none", _t(r"眼(?:睛|珠|白)?◇{0,4}(?:红|充血)"), _t(r"胀痛|疼|痛"),
                      _t(r"模糊|看不清|视力◇{0,3}(?:下降|差)|怕光|畏光|看灯◇{0,4}(?:光圈|彩虹)"), window=30,
                      forbid=_NOT_NOW + r"|经常|总是|反复|好几年|多年|老花|近视|电脑|手机|熬夜|" + _SEEN_BY_DOCTOR)
_INSULIN_GAP = _rule("insulin_gap", "none", _t(r"1型|一型|胰岛素|笔芯"),
                     _t(r"(?:胰岛素|笔芯|针|药)◇{0,4}(?:用完了|没了|断了|打完了)|(?:胰岛素|笔芯)◇{0,8}买不到|(?:[一两二三四五六七八九十几]|\d+)天没打"),
                     window=40, forbid=_NOT_NOW + r"|医生(?:让|说)◇{0,6}停|" + _SEEN_BY_DOCTOR)
_TONSIL_ABSCESS = _rule("tonsil_abscess", "none",
                        _t(r"(?:嗓子|喉咙|扁桃体)◇{0,6}(?:一边|一侧)|(?:一边|一侧)(?:的)?(?:扁桃体|嗓子|喉咙)"),
                        _t(r"张不开(?:嘴)?|嘴◇{0,3}张不(?:太)?开|咽不下(?:口水)?|咽口水◇{0,3}(?:都)?(?:疼|痛|难受)|流口水"), window=40,
                        forbid=_NOT_NOW + r"|经常|总是|反复|" + _SEEN_BY_DOCTOR)
_VACCINE = re.compile(r"疫苗|预防针")
_HIGH_FEVER_RX = _rx(_HIGH_FEVER)


def _young_infant_high_fever(text: str, neg_view: str) -> bool:
    """A baby under six months with a fever of 39 or more (NICE's amber sign for three to six months)."""
    if not _infant_fever(text, neg_view, 5.9) or _VACCINE.search(text):
        return False
    temps = [float(t) for t in _TEMPERATURE.findall(text)]
    return max(temps) >= 39.0 if temps else bool(_HIGH_FEVER_RX.search(text))


_YOUNG_INFANT_FEVER = _Rule("child_young_infant_fever", "none", (), check=_young_infant_high_fever)
# Round 15 (blind probe r5c): an adult's fever of three days or more; a child's fever with ear pain or crying on
# passing urine (middle-ear or urinary infection); right-upper belly pain with fever (gallbladder); colicky flank
# pain with red urine or known stones; cough and fever with breathlessness; a fall on the hand with pain at the
# base of the thumb (a wrist bone that plain sprain advice would miss).
_ADULT_FEVER_DAYS = _rule("adult_fever_days", "none", _t(_CARE_FEVER),
                          _t(r"(?:第)?(?:[四五六七]|[4-7])天|(?:三|四|五|3|4|5)天(?:了|还|都|不退|没退)"), window=12,
                          forbid=_CHILD + "|" + _NOT_NOW + r"|回国|回来|医生(?:怀疑|看过|开了)|"
                                 + _SEEN_BY_DOCTOR)
_CHILD_FEVER_FOCUS = _rule("child_fever_focus", "none", _t(_CARE_FEVER),
                           _t(r"耳朵◇{0,3}(?:疼|痛)|(?:揪|抓|拽|捂)(?:着)?耳朵|(?:尿尿|小便|撒尿|排尿|尿(?:的时候|时))◇{0,6}(?:哭|疼|痛|喊疼|喊痛)"),
                           window=40, need=_CHILD,
                           # a discharging ear has its own reply (ear_discharge)
                           forbid=_NOT_NOW + r"|经常|总是|流脓|流黄水|流水|流出|往外流|" + _SEEN_BY_DOCTOR)
_STONES_OVER = r"就好了|已经好了|好多了|没事了|不疼了|缓过来|排出来了|会不会|如果|万一|怎么预防"
_GALLBLADDER = _rule("gallbladder_signs", "none",
                     _t(r"(?:右上腹|右上(?:边|面)(?:的)?肚子|右(?:边|侧)肋骨(?:下面|下边|底下)|胆囊|胆)◇{0,6}(?:疼|痛|绞)"),
                     _t(_CARE_FEVER), window=40,
                     forbid=_STONES_OVER + r"|切(?:了|掉|除)|手术|" + _SEEN_BY_DOCTOR)
_KIDNEY_COLIC = _rule("kidney_stone_colic", "none",
                      _t(r"(?:腰|后腰|侧腹|肚子(?:一侧|一边|侧面))◇{0,8}(?:绞痛|刀绞|像刀|一阵一阵|一阵阵|疼得(?:直不起|打滚|受不了|冒汗))"),
                      _t(r"(?:尿|小便)◇{0,4}(?:红|带血|有血|发红|茶色)|血尿|结石"), window=40,
                      forbid=_STONES_OVER + "|" + _SEEN_BY_DOCTOR)
_PNEUMONIA_BREATH = _rule("pneumonia_signs", "none", _t(r"咳"), _t(_CARE_FEVER),
                          _t(r"(?:有点|有些|开始|还|也)喘|喘(?:得|了|起来|气)|气短|气急|气促|呼吸◇{0,4}(?:急|快|费劲|费力)|血氧(?:仪)?◇{0,6}(?:9[0-4]|8\d)(?![\d.])"), window=40,
                          forbid=_NOT_NOW + r"|" + _SEEN_BY_DOCTOR)
_WRIST_FALL = _rule("possible_fracture", "none", _t(r"撑(?:了)?(?:一下)?(?:地|在地)|手撑|摔|跌"), _t(r"手腕|腕"),
                    _t(r"大拇指根|拇指根|虎口|鼻烟窝|按(?:着|压|一下)(?:就)?(?:疼|痛)|一按就(?:疼|痛)|(?:一)?碰(?:一下)?就(?:疼|痛)"), window=40,
                    forbid=_NOT_NOW + r"|拍(?:了)?片|" + _SEEN_BY_DOCTOR)
# Second r5d probe: a period soaking a pad every hour; a testicle swelling over a day with fever (not the sudden
# pain of torsion, an emergency); antiepileptic tablets run out; an older person with a fever who is suddenly weak.
_HEAVY_PERIOD = _rule("heavy_period", "none", _t(r"月经|例假|姨妈|经血|出血|流血"),
                      _t(r"(?:每|一)(?:个)?(?:小时|钟头)◇{0,6}(?:换|湿透|满)|(?:湿透|浸透)◇{0,4}(?:一片|卫生巾|夜用|裤子)|(?:卫生巾|夜用|护垫)◇{0,6}(?:湿透|浸透|兜不住)"),
                      window=40, forbid=_NOT_NOW + r"|怀孕|孕|" + _SEEN_BY_DOCTOR)
_TESTIS_INFECTION = _rule("testicle_infection", "none", _t(r"(?:睾丸|蛋蛋|阴囊|附睾)◇{0,8}(?:肿|疼|痛|红)"), _t(_CARE_FEVER),
                          window=40, forbid=_NOT_NOW + r"|" + _SEEN_BY_DOCTOR)
_ANTIEPILEPTIC_GAP = _rule("medicine_gap", "none",
                           _t(r"癫痫|羊癫疯|抗癫痫|丙戊酸|德巴金|左乙拉西坦|开浦兰|卡马西平|拉莫三嗪|奥卡西平|托吡酯"),
                           _t(r"(?:药)?(?:吃完了|断了|停了|没(?:有)?吃)◇{0,6}(?:[一两二三四五六七八九十几]|\d+)天|"
                              r"(?:[一两二三四五六七八九十几]|\d+)天(?:没(?:有)?吃|没药)|药◇{0,3}(?:吃完了|断了)"),
                           window=40, forbid=r"会不会|如果|万一|以前|医生(?:让|说)◇{0,6}停|减药|" + _SEEN_BY_DOCTOR)
_URINE_PAIN = r"尿急|尿痛|尿(?:尿)?(?:的时候|时)?◇{0,3}(?:疼|痛|刺痛|烧)|小便◇{0,3}(?:疼|痛)"
_URINE_INFECTION_FORBID = _NOT_NOW + r"|经常|总是|反复|膀胱镜|检查后|做完|" + _SEEN_BY_DOCTOR
_URINE_INFECTION_BLOOD = _rule("urinary_infection", "none", _t(_URINE_PAIN + r"|尿频|(?:一直|总|老|总是|老是)想(?:上厕所|尿|小便)"),
                               _t(r"(?:尿|小便)◇{0,6}(?:发红|带血|有血|血丝|红色|洗肉水)|血尿"), window=40,
                               forbid=_URINE_INFECTION_FORBID)
_URINE_INFECTION_PREGNANT = _rule("urinary_infection", "none", _t(_URINE_PAIN), _t(_PREGNANT), window=40,
                                  forbid=_URINE_INFECTION_FORBID)
# Third r5f probe: white spots on a child's tonsils with fever (a throat infection to check today); a knock on the
# chest with pain on breathing in and on pressing a rib (an X-ray today).
_TONSILS = _rule("tonsil_infection", "none", _t(r"扁桃体◇{0,8}(?:白点|白斑|脓点|脓|白色的?(?:东西|膜))"), _t(_CARE_FEVER),
                 window=40, forbid=_NOT_NOW + r"|经常|总是|反复|" + _SEEN_BY_DOCTOR)
_RIB_INJURY = _rule("possible_fracture", "none", _t(r"(?:胸口|胸|肋骨|肋|侧胸)◇{0,6}(?:撞|摔|磕|砸|碰|踢)|(?:撞|摔|磕|砸|碰|踢)(?:了|到|伤)?(?:一下|一跤)?(?:胸口|胸|肋骨|肋)"),
                   _t(r"(?:深呼吸|吸气|咳嗽|喘气|翻身)◇{0,8}(?:疼|痛)|(?:按|压|摸)(?:着|一下)?(?:也|都|就)?(?:疼|痛)"), window=40,
                   forbid=_NOT_NOW + r"|拍(?:了)?片|" + _SEEN_BY_DOCTOR)
_ELDERLY_FEVER_WEAK = _rule("elderly_fever_weak", "none", _t(_CARE_FEVER),
                            _t(r"(?:特别|很|非常|明显|一下子)?没(?:有)?精神|精神◇{0,3}(?:都|也)?(?:没有|不好|很差|差)|蔫|不想吃|不肯吃|吃不下|话(?:也)?少|(?:老)?想睡|嗜睡|没力气|起不来床"),
                            window=40, need=r"老人|老太太|老爷子|老爸|老妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|(?:[7-9]\d|1[01]\d)岁|[七八九]十(?:多)?岁",
                            forbid=_NOT_NOW + r"|经常|一直|" + _SEEN_BY_DOCTOR)
# Pneumonia told by its signs: a fever of days with blood-streaked sputum or chest pain on breathing in.
_PNEUMONIA = _rule("pneumonia_signs", "none",
                   _t(r"咳(?:嗽)?◇{0,6}(?:血丝|带血|有血)|痰◇{0,4}(?:血丝|带血|有血|铁锈)|(?:胸口|胸|肋骨)◇{0,4}(?:一)?(?:吸气|深呼吸|咳嗽|咳)◇{0,3}(?:就|都)?(?:疼|痛)|"
                      r"(?:吸气|深呼吸|咳嗽|咳)(?:的时候|时)?◇{0,4}(?:胸口|胸|肋骨|肋)◇{0,4}(?:刺痛|疼|痛)"),
                   _t(_CARE_FEVER), window=40,
                   forbid=_NOT_NOW + r"|结核|肺癌|支扩|" + _SEEN_BY_DOCTOR)
# Round 12: late pregnancy with bleeding, waters breaking or regular contractions; dark urine after hard exercise
# (muscle breakdown); a fever or little urine after an organ transplant.
_PREGNANCY_LATE = _rule("pregnancy_late_signs", "none",
                        _t(r"(?:怀孕|孕)(?:了)?◇{0,2}(?:2[89]|3\d|4[0-2])(?:\+\d)?(?:周|w)|(?<![\d.])(?:2[89]|3\d|4[0-2])(?:\+\d)?周(?!岁)|(?:怀孕|孕)◇{0,2}(?:[七八九]|十)个(?:多)?月|孕晚期|足月|"
                           r"快(?:要)?生了|预产期", habit=False),
                        _t(r"见红|(?:下面|下身|阴道|内裤|裤子)◇{0,4}(?:出血|流血|有血|见血|血)|出血|流血|(?:鲜)?红的血|破水|"
                           r"(?:下面|下身|阴道)◇{0,6}(?:流水|流出(?:来)?(?:一股)?水)|羊水◇{0,3}(?:破|流)|鲜红(?:色)?的?血|"
                           r"(?:肚子|肚皮)◇{0,4}(?:一阵一阵|一阵阵)(?:地|的)?(?:疼|痛)|规律(?:的)?宫缩|"
                           r"(?:\d+|[二三四五六七八九十几]+)分钟(?:左右)?(?:就)?(?:一次|疼一次|紧一次|来一次)",
                           unless=r"牙龈|鼻|痔疮|大便|眼|尿血", habit=False), window=60,
                        forbid=_DONE_ALREADY + r"|会不会|如果|万一|假如|上一胎|头胎的时候|假宫缩|" + _SEEN_BY_DOCTOR)
_EXERCISE_DARK_URINE = _rule("exercise_dark_urine", "none",
                             _t(r"(?:尿|小便)◇{0,4}(?:酱油色|茶色|浓茶|可乐色|咖啡色|深褐|褐色|红褐)"),
                             _t(r"健身|练腿|撸铁|深蹲|跑步|马拉松|半马|全马|跑完|越野|动感单车|单车课|训练|军训|体能|运动|俯卧撑|跳绳|练(?:得|太|了)"),
                             window=80, forbid=_DONE_ALREADY + r"|会不会|如果|万一|" + _SEEN_BY_DOCTOR)
_TRANSPLANT_FEVER = _rule("transplant_fever", "none",
                          _t(r"移植|换肾|换肝|抗排异|抗排斥|排异药|免疫抑制剂|他克莫司|环孢素|吗替麦考酚酯|骁悉|生物制剂|阿达木|修美乐|"
                             r"英夫利昔|类克|依那西普|托法替布|司库奇尤|(?:在|正在)?吃(?:着)?激素|泼尼松|甲泼尼龙|美卓乐", habit=False),
                          _t(_CARE_FEVER + r"|尿(?:量)?◇{0,6}(?:少|减少)|移植(?:的)?肾◇{0,4}(?:疼|痛|胀)"), window=80,
                          forbid=_DONE_ALREADY + r"|如果|万一|胚胎|试管|冻胚|鲜胚|植发|毛发|种植牙|种牙|脂肪|皮瓣|"
                                 + _SEEN_BY_DOCTOR)
# Sunburn that blistered and brought fever, chills or vomiting: a burn over a large area, seen today.
_SUNBURN = _rule("sunburn_blisters", "none", _t(r"晒(?:伤|了|得|到)|暴晒|晒太阳|太阳(?:底下|下)|海边|沙滩"),
                 _t(r"(?:起|冒|鼓)(?:了)?◇{0,3}(?:泡|水泡)|水泡|水疱|大泡"),
                 _t(r"发烧|发热|低烧|高烧|发冷|寒战|打冷战|头晕|呕吐|吐了|恶心"), window=40,
                 forbid=_DONE_ALREADY + r"|以前|去年|会不会|怎么预防|防晒霜(?:怎么|哪个)|" + _SEEN_BY_DOCTOR)
_SWALLOW_DISTRESS = (r"(?<![不没无])(?:干呕|呕|吐|流口水|口水(?:直流|一直流)|咽不下|吞不下|喘|呼吸(?!(?:都|也|还)?(?:正常|平稳|顺畅|没(?:有)?(?:问题|事|异常)|挺好|还好))|呛|咳|胸◇{0,3}(?:痛|疼)|肚子◇{0,3}(?:痛|疼)|"
                     r"哭闹不止|黑便|便血)")
_SWALLOWED_OBJECT = _rule(
    "swallowed_object", "none",
    _t(r"硬币|钢镚|扣子|纽扣(?!电池)|珠子|弹珠|玻璃球|小球|钉子|图钉|别针|回形针|发卡|耳钉|耳环|戒指|螺丝|零件|玩具|小石头|石子|笔帽|牙签|"
       r"鱼钩|枣核|桃核|果核|硬糖|电池|磁铁|假牙|义齿|牙套|药板|铝箔|铝塑|刀片"),
    _t(r"吞(?:了|下|进|掉)?|咽(?:了|下|进)|吃(?:了|下|进)(?:去)?|误食|误吞"),
    window=14, need=_CHILD + r"|我|老人|爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷",
    forbid=_DONE_ALREADY + r"|拉出来|排出来|会不会|怎么预防|防止|干燥剂|" + _SWALLOW_DISTRESS)
_DEEP_WOUND = _rule(
    "deep_wound", "none",
    _t(r"切|割|划|砍|剁|削|锯|磕|摔|撞|扎|刺|戳|咬到|咬破|咬伤|玻璃|刀|剪刀|铁皮|钉"),
    _t(r"(?:口子|伤口|刀口)◆{0,4}(?:挺|很|好|比较|特别|有点)?(?:深|大|宽|长(?![好得不出了]))|(?:口子|伤口)◇{0,4}(?:翻开|裂开|张开|合不上|合不拢)|"
       r"(?:看到|看见|露出|能看到|能看见)◇{0,4}(?:里面)?◇{0,2}(?:白|黄|肉|脂肪|骨头|筋)|皮◇{0,2}翻(?:开|起来)|要不要缝|需要缝|得缝|缝针|"
       r"裂(?:了|开)?◇{0,8}口子|(?:划|割|磕|切|豁)(?:开|破)?(?:了)?◇{0,8}(?:很深的|深|大|长)◇{0,2}口子|(?:划|割|切|豁)开(?:了)?(?:一个|个|一道|条)?口子|"
       r"口子◇{0,2}(?:张着|合不拢|合不上)|肉◇{0,3}翻(?:出来|开)|(?:\d+|[一二两三四五]{1,2})(?:多)?(?:厘米|公分|cm)(?:多)?(?:长)?(?:的)?口子|(?:\d+|[一二两三四五]{1,2})(?:多)?(?:厘米|公分|cm)(?:多)?长◇{0,2}(?:挺|很|好|特别)?深|"
       r"(?:压|按|捂)(?:了|着)?◇{0,6}(?:还|也|都)◇{0,2}(?:一直|在)?(?:冒|流|渗|出)血|血◇{0,2}(?:呼呼|哗哗)|(?:一直|还在|不停)(?:在)?(?:流|冒|渗)血|"
       r"(?:一直|还在|不停)在流(?![泪鼻口脓液水])|(?:指尖|手指头|指头|指甲)◇{0,6}(?:剁|切|削|砍)(?:掉|下)"),
    window=30, need=r"口子|伤口|刀|割|切|划|剁|削|锯|扎|刺|戳|玻璃|血|肉|破|裂",
    forbid=_WOUND_DONE + r"|肌电图|针灸|扎针|打针|检查|切除|拆线|缝(?:了|过|完|好)|术后|手术|刀口(?:疼|痒)|疤|以前|上周|几天前|前几天|脓肿|侧切|牙|" + _SEEN_BY_DOCTOR + "|" + _DAYS_AGO)
# A cut with a finger that went numb or weak: a nerve or tendon may be cut.
_CUT_NERVE = _rule("deep_wound", "none", _t(r"口子|伤口|刀口|割|划|切|扎|戳|刺|钻(?:了|破|穿|进)"),
                   _t(r"(?:手指|拇指|大拇指|手|指头)◇{0,6}(?:使不上劲|没知觉|没感觉|麻|动不了|伸不直|弯不了)"), window=30,
                   forbid=_WOUND_DONE + r"|术后|手术|切除|以前|肌电图|针灸|扎针|打针|检查|" + _SEEN_BY_DOCTOR + "|" + _DAYS_AGO)
_EMBEDDED = _rule(
    "deep_wound", "none",
    _t(r"鱼钩|钩子|倒钩|木刺|竹刺|竹签|刺|玻璃渣|玻璃碴|碎玻璃|铁丝|钉子|针|铅笔芯|铁屑|沙子|沙粒|小石子|石子|碎石"),
    _t(r"拔不出|取不出|弄不出|挑不出|夹不出|拿不出|冲不(?:掉|干净|出来)|弄不干净|嵌(?:着|在|进)|里面(?:还|好像|应该)?(?:有|留着|扎着|残留)|还有没有◇{0,4}(?:在)?里面|留在(?:里面|肉里)|扎进|卡在(?:肉|手|指甲|脚)|(?:肉|伤口|指甲缝?)◇{0,4}(?:里|里面)◇{0,4}(?:还有|留着|残留|断在)|断在(?:里面|肉里)"),
    window=20, forbid=_DONE_ALREADY + r"|眼|喉咙|嗓子|鱼刺|仙人掌|" + _SEEN_BY_DOCTOR + "|" + _DAYS_AGO)
# A gaping cut still needs stitches once the bleeding has stopped, which _DEEP_WOUND's "止住了" forbid leaves out.
_GAPING = _rule("deep_wound", "none", _t(r"口子|伤口|刀口|划|割|切"), _t(r"合不拢|张着口|张着嘴|张开|翻(?:开|出来)|皮(?:都)?翻"),
                window=30, forbid=r"会不会|如果|万一|以前|结痂|愈合|长好了|" + _SEEN_BY_DOCTOR + "|" + _DAYS_AGO)
_HUMAN_BITE = _rule("deep_wound", "none",
                    _t(r"被(?:人|他|她|孩子|同学|小朋友|对方)◇{0,4}咬|打架◇{0,8}被咬|(?:拳头|指关节|手)◇{0,6}(?:打|磕|碰)(?:到|在)◇{0,4}牙|"
                       r"(?:拳头|指关节|手指|手)◇{0,3}被◇{0,4}牙◇{0,3}(?:磕|咬|划|碰)"),
                    _t(r"破|出血|流血|口子|伤口|红肿|牙印"), window=30, forbid=_DONE_ALREADY)
_TICK = _rule("tick_bite", "none", _t(r"蜱虫|蜱|草爬子|狗豆子|壁虱|草鳖"),
              _t(r"咬|叮|钻|扎|吸|在(?:肉|皮肤|身上|头|腿|胳膊)|拔|弄不下|取不下|爬|发现"), window=30,
              forbid=_DONE_ALREADY + r"|预防|驱虫|宠物|狗身上|猫身上|会不会|怎么防")
_RING = _rule("ring_stuck", "none", _t(r"戒指|指环|手镯|手环|橡皮筋|皮筋|头绳|螺母|瓶口|头发|细线|丝线|线"),
              _t(r"摘不下|取不下|拿不下|脱不下|褪不下|拔不出|卡(?:住|在|着)|勒(?:住|着|得)|套(?:住|在)|缠(?:了|着|住|在)"),
              _t(r"肿|紫|发白|发黑|麻|疼|痛|凉"), window=30, forbid=_DONE_ALREADY)
_SPREADING_INFECTION = _rule(
    "spreading_infection", "none",
    _t(r"红线|一条红|红肿◇{0,4}(?:发烫|热|痛|疼)|红肿热痛|流脓|化脓|(?:伤口|口子|疖子|包|乳房|乳头)◇{0,6}(?:红肿|肿|脓|发烫)|"
       r"(?:脸|半边脸|腮帮子?|下巴|牙龈|牙床|眼皮|眼圈|眼眶)◇{0,4}肿|(?:越来越|一直)◇{0,2}(?:肿|红)|(?:红|肿)(?:了)?一大片|"
       r"越长越大|(?:鼓起|鼓出|长了)(?:来)?(?:一个|个)?(?:大)?包|又红又肿|一大片(?:红|肿)|肿得发亮|(?:手指|指头|脚趾|甲沟|倒刺)◇{0,6}(?:发炎|化脓|红肿|肿)|又红又(?:热|烫)|红肿◇{0,4}越来越(?:大|红|肿)|刀口◇{0,6}(?:红肿|流脓|流黄水|化脓)|(?:疖子|脓包|包)◇{0,4}越(?:长)?越大|(?:包|疖子|脓包|肿块)◇{0,10}越来越(?:疼|痛|大|肿)|乳房◇{0,6}(?:红|硬)|"
       r"(?:嗓子|喉咙|扁桃体)◇{0,4}(?:一边|一侧)|张不开(?:嘴)?|嘴◇{0,3}张不(?:太)?开|咽不下(?:口水)?|红肿◇{0,6}(?:蔓延|扩散|往上)"),
    _t(_CARE_FEVER + r"|(?:伤口|刀口|切口|针口|缝针|缝的|口子)[^。\n]{0,12}(?:流脓|化脓)|又红又肿(?:又)?(?:发)?(?:烫|热)|疼得(?:睡不着|受不了)|(?:摸着|摸起来)◇{0,2}(?:发)?(?:烫|热)|又红又肿又(?:烫|热)|整个(?:手指|指头|脚趾|手|脚)◇{0,3}(?:都)?肿|一跳一跳(?:地|的)?(?:疼|痛)|"
       r"(?<!拔完)(?<!拔了)(?:牙(?:疼|痛)|智齿)|(?:突然|一下子)?肿得更厉害|比(?:昨天|早上|上午|前天)◇{0,4}(?:大|宽|红|肿)|(?:这两天|一天比一天)◇{0,2}(?:越来越)?大|(?:红线|红)◇{0,4}往◇{0,4}(?:走|蔓延|延伸|爬)|一路红(?:上|到)|红到(?:了)?(?:小腿|大腿|膝盖|手臂|胳膊)|(?:又)?大了一圈|比早上◇{0,4}大|红肿◇{0,4}(?:越来越(?:大|红|肿)|蔓延|扩散)|(?:红的|红肿的)?范围◇{0,4}(?:还在|越来越|一直在)(?:扩大|变大)"), window=40,
    forbid=_DONE_ALREADY + r"|^(?!.*水痘).*(?<!天)痘|青春痘|粉刺|以前|经常|总是|反复|好一点|好些|吃了◇{0,3}药|" + _SEEN_BY_DOCTOR)
_STING = _rule("sting_swelling", "none", _t(r"(?:蜜蜂|蜂|马蜂|黄蜂|胡蜂|蜈蚣|蝎子)◇{0,4}(?:蛰|蜇|叮|咬)|被(?:蜜蜂|蜂|马蜂|黄蜂|胡蜂|蜈蚣|蝎子)"),
               _t(r"肿到|肿了一大片|越来越肿|肿得(?:老高|厉害|很大|好大)|整(?:个|只)(?:手|胳膊|脚|腿|脸)◇{0,3}肿|从◇{0,6}肿到"), window=30,
               forbid=_DONE_ALREADY + r"|以前|上次|会不会|预防|蜂蜜|蜂胶|蜂疗")
_DIABETIC_FOOT = _rule("spreading_infection", "none", _t(r"糖尿病"),
                       _t(r"(?:脚|足|脚趾|脚底|脚后跟)◇{0,8}(?:伤口|溃烂|烂|破|泡|黑)", unless=r"指甲|趾甲"), _t(r"发黑|流脓|化脓|红肿|发红|发烫|臭|越来越|不愈合|(?:还)?没(?:长)?好|好不了"),
                       window=80, forbid=_DONE_ALREADY + r"|会不会|预防|怎么护理|注意什么|" + _SEEN_BY_DOCTOR)
_FROSTBITE = _rule("frostbite", "none", _t(r"冻|滑雪|雪地|零下|冰天|冰水|户外"),
                   _t(r"(?:手指|脚趾|耳朵|鼻尖|脸|手|脚)◇{0,4}(?:发白|发紫|发黑|没知觉|没感觉|冻僵|僵硬|变硬|起(?:了)?(?:水)?泡)"), window=30,
                   forbid=_DONE_ALREADY + r"|冻疮|每年|经常|总是|怕冷|手脚冰凉|雷诺|空调|冰箱")
_ZIPPER = _rule("zipper_entrapment", "none", _t(r"拉链"), _t(r"夹|卡|咬住"), _t(r"皮|小鸡鸡|鸡鸡|包皮|肉|阴茎"), window=20,
                forbid=_DONE_ALREADY)
_KIDNEY_INFECTION = _rule("kidney_infection", "none",
                          _t(r"尿(?:尿)?(?:的时候)?◇{0,4}(?:疼|痛|急|频|烫|辣)|尿频|尿急|尿痛|排尿◇{0,2}(?:疼|痛)|小便(?:的时候)?◇{0,2}(?:疼|痛|辣)|尿路感染|尿感|膀胱炎"),
                          _t(_CARE_FEVER), window=80, forbid=_DONE_ALREADY + r"|经常(?:犯|发作|尿路)|反复|老毛病|以前|" + _SEEN_BY_DOCTOR)
_SUDDEN_DEAFNESS = _rule("sudden_deafness", "none",
                         _t(r"(?:耳朵|耳)◇{0,6}(?:突然|一下子|忽然)?◇{0,4}(?:听不见|听不到|听不清|聋了|像(?:被)?堵(?:住|了)|闷住|声音变小)|"
                            r"(?:突然|一下子|忽然)◇{0,6}(?:听不见|听不到|听不清)"),
                         _t(r"突然|一下子|忽然|今天|今早|早上|早上起来|一觉醒来|起床|昨天还好|这两天"), window=30,
                         forbid=_DONE_ALREADY + r"|好几年|多年|一直(?:听|耳背|都听)|耳背|老年|年纪大|耳屎|耵聍|进水|游泳|坐飞机|(?<![没无])(?<!没有)感冒|鼻塞|以前|会不会|" + _SEEN_BY_DOCTOR)
_ZOSTER_EYE = _rule("zoster_eye", "none", _t(_ZOSTER + r"|疱疹|一串◇{0,4}水泡|带状◇{0,3}(?:水泡|疱)|(?:一片|成片)(?:的)?(?:小)?水泡(?=[^。？！?!\n]{0,10}(?:火辣辣|刺痛|针扎|烧着))"),
                    _t(r"眼|额头|鼻尖|鼻子"), window=20, forbid=_DONE_ALREADY + r"|疫苗|以前|会不会|预防|后遗|神经痛")
_ANTICOAGULANT_HEAD = _rule("head_injury_anticoagulant", "none",
                            _t(_ANTICOAGULANTS + r"|抗凝|阿司匹林|氯吡格雷|波立维|替格瑞洛|倍林达",
                               habit=False),  # taking them every day is the point
                            _t(r"(?:头|脑袋|脑壳|后脑勺|后脑|额头|脑门)◇{0,6}(?:撞|摔|磕|砸|碰|着地)|(?:撞|磕|摔|砸|碰)(?:了|到|破|伤)?(?:一下)?"
                               r"(?:头|脑袋|脑壳|后脑勺|后脑|额头|脑门)", habit=False),
                            window=60, forbid=_DONE_ALREADY + r"|会不会|如果|万一|预防|注意什么")
# Too much insulin or a sulfonylurea taken twice: the low comes later and lasts.
_ANTICOAGULANT_BLEEDING = _rule("anticoagulant_bleeding", "none",
                                _t(_ANTICOAGULANTS + r"|抗凝药|氯吡格雷|波立维|替格瑞洛|倍林达|双抗"),
                                _t(r"(?:出血|流血|渗血)◇{0,4}(?:止不住|不止|一直|停不下来)|一直(?:在)?(?:渗血|流血|出血)|止不住|"
                                   r"(?:压|按|捏)(?:了|着)?◇{0,8}(?:分钟|小时|钟头|半天|好久|一会儿)才(?:止住|止血|停|不流)|(?:青紫|瘀青|淤青|乌青)◇{0,4}(?:好几|很多|一块块|大片)|"
                                   r"(?:好几|很多|好多|一块块|大片)◇{0,3}(?:青紫|瘀青|淤青|乌青)|尿血|血尿|黑便|(?:尿|小便)◇{0,4}(?:是红的|发红|红色|洗肉水)"), window=40,
                                forbid=_DONE_ALREADY + r"|会不会|如果|万一|预防|注意什么|以前")
_FACE_SWELLING = _rule("hives", "none", _t(r"(?:脸|眼皮|眼睛|头皮|嘴唇)◇{0,4}(?:都)?肿(?:起来|成|了)"),
                       _t(r"用了|染发|染了|化妆品|面膜|护肤品|吃了|喝了|涂了|抹了|打了"), window=40,
                       forbid=_DONE_ALREADY + r"|经常|反复|总是|老是|早上起来|睡醒|哭|熬夜|肾|甲减|以前|消了|好一些|好些")
_HIVES = _rule("hives", "none", _t(r"风团|荨麻疹|(?:全身|身上|一片片|一块块)◇{0,6}(?:起|冒|长)(?:了)?◇{0,4}(?:疙瘩|包|红疹|风团|红块)|"
                                  r"(?:嘴|嘴巴|嘴唇|嘴角)◇{0,4}(?:一圈)?◇{0,2}(?:红肿|肿了|肿起来)"),
               _t(r"突然|刚才|刚刚|今天|吃了|喝了|用了|碰了|越来越|痒得受不了|一片片|全身"), window=40,
               forbid=_DONE_ALREADY + r"|经常|反复|总是|老是|几年|慢性|以前|一直|每次|消了|好一些|好些|停药|个多月|每天|"
                      r"吃了◇{0,4}(?:氯雷他定|过敏药|抗过敏|西替利嗪)")
_EARLY_PREGNANCY_BLEEDING = _rule("early_pregnancy_bleeding", "none",
                                  _t(r"(?:怀孕|孕)(?:了)?◇{0,2}(?:(?<!\d)(?:[1-9]|1[0-3])(?!\d)|[一二三四五六七八九十]|十[一二三])(?:周|个月)|孕早期|早孕|刚怀孕|"
                                     r"怀孕(?:了)?◇{0,4}(?:\d+|[一二三四五六七八九十]+)天"),
                                  _t(r"见红|(?:下面|下身|阴道|内裤)◇{0,4}(?:出血|流血|有血|血)|出血|流血|有点血",
                                     unless=r"牙龈|鼻|痔疮|大便|眼|尿|褐色"), window=30,
                                  forbid=_DONE_ALREADY + r"|会不会|如果|万一|正常吗(?!.*疼)|以前|上次|流产过|大量|很多|不疼|不痛|医生说|观察|"
                                         r"前置|贫血|褐色|绞|剧烈|剧痛|疼得|痛得|很疼|很痛|好疼|好痛|好多|厉害|晕|冷汗")
_EXTRA_DOSE = _rule("extra_diabetes_dose", "none",
                    _t(r"胰岛素|降糖药|格列|二甲双胍|优降糖|诺和|来得时|甘精|门冬|赖脯"),
                    _t(r"多打|打多了|打重了|打了两(?:次|遍|针)|又打了(?:一)?(?:次|针|遍)|重复(?:打|注射|吃)|多吃了|吃多了|吃重了|吃了两(?:次|遍|回)|打错|多注射|多推"),
                    window=20, forbid=_NOT_NOW + r"|上次|会◇{0,6}(?:吗|么)|"
                    # metformin alone does not bring sugar down too far
                    r"^(?!.*(?:胰岛素|降糖药|格列|优降糖|诺和|来得时|甘精|门冬|赖脯)).*二甲双胍")
_MEDICINE_MIXUP = _rule("medicine_mixup", "none",
                        _t(r"药|华法林|降压|安眠|地平|沙坦|普利|洛尔|他汀|阿司匹林|安定|唑仑|优甲乐|激素|片|美林|泰诺|布洛芬|退烧"),
                        _t(r"(?:各|都)喂了一(?:次|遍|回)|喂了两(?:次|遍|回)|又(?:多)?喂了|多喂了|重复喂|吃(?:了)?两(?:次|遍|回|份)|又吃了一(?:次|遍|回|片|粒)|(?:多|重复)吃了|吃重了|吃(?:了)?双份|一起吃了|(?:吃|拿)错(?:了)?药|"
                           r"当(?:成|作|做)◇{0,6}吃了|可能吃了两次|吃没吃|吃过了◇{0,4}(?:忘|又)|(?:喂|吃)(?:了)?(?:两|双|2)倍(?:的)?(?:量|剂量)"),
                        window=30, need=r"今天|刚才|刚刚|早上|中午|晚上|今早|今晚|昨晚|忘了|不小心|记不清|看错|弄错|搞错|一会儿|待会|马上|小时内|"
                                            r"(?:一|两|半|几)个?(?:多)?小时|没看记录",
                        forbid=_NOT_NOW + r"|上次(?!才)|能不能一起|可以一起|一起吃(?:吗|么|行吗)|维生素|维C|钙片|鱼肝油|益生菌|猫|狗|宠物|驱虫|"
                               + _SWALLOW_DISTRESS)
# Someone else's medicine taken by mistake ("把我的安眠药当成维生素吃了一片"): no time word needed.
_WRONG_MEDICINE = _rule("medicine_mixup", "none", _t(r"药|片"),
                        _t(r"当(?:成|作|做)◇{0,6}(?:吃|喝|吞)(?:了|下)|(?:吃|拿|给|发|配)错(?:了)?药|误服"), window=30,
                        forbid=_NOT_NOW + r"|上次|" + _SWALLOW_DISTRESS)
# Exposures whose treatment works only within hours: HIV post-exposure drugs, emergency contraception.
_HIV_EXPOSURE = _rule("hiv_exposure", "none",
                      _t(r"针(?:头)?◇{0,4}扎|被针|职业暴露|(?:套|套套|避孕套)◇{0,2}(?:破|掉|滑)|没(?:戴|用)(?:套|避孕套)|高危(?:性)?行为|不安全(?:的)?(?:性)?行为|无保护(?:的)?(?:性)?(?:行为|性生活|同房)"),
                      _t(r"hiv|艾滋|阳性(?:病人|患者)?|乙肝|丙肝|梅毒|不清楚|不知道(?:对方)?|担心|陌生|不认识"), window=40,
                      need=r"刚|今天|昨天|昨晚|前天|小时|扎|刺",
                      forbid=_DONE_ALREADY + r"|以前|去年|几年前|上个月|个月前|周前|过了|阴性|会不会|窗口期|检测(?:准|结果)|阻断药(?:吃完|吃了)|(?:已经|都)吃了阻断")
_UNPROTECTED_SEX = _rule("emergency_contraception", "none",
                         _t(r"没(?:做|戴|用)(?:任何)?(?:措施|套|避孕)|(?:套|套套|避孕套)◇{0,2}(?:破|掉|滑)|避孕失败|体外(?:射精)?"),
                         _t(r"不想要|怕怀孕|担心怀孕|会怀孕|还没打算|不打算要|怎么办|补救|害怕|担心"), window=40,
                         need=r"昨天|昨晚|今天|今早|前天|刚才|刚刚|小时", forbid=r"备孕|(?<!不)想要孩子|试管|以前|上个月|会不会影响")
_HEAT_EXHAUSTION = _rule("heat_exhaustion", "none",
                         _t(r"高温|大热天|太阳底下|暴晒|闷热|中暑|出(?:了)?(?:好多|很多|一身)汗|大汗|仓库|工地|车间|厨房|桑拿|热得"),
                         _t(r"头晕|恶心|想吐|抽筋|乏力|没力气|心慌|眼前发黑|站不稳"), window=40,
                         forbid=_DONE_ALREADY + r"|经常|总是|以前|会不会|怎么预防|预防|防暑|好了|又好|好一点|好些|半年|忽高忽低|每次|过一会")
_ALTITUDE = _rule("altitude_sickness", "none", _t(r"拉萨|西藏|高原|海拔|青藏|稻城|色达|玉龙雪山|林芝|高反(?!应)"),
                  _t(r"头(?:痛|疼)|恶心|想吐|吐|睡不着|喘|胸闷|心慌|吃不下|走不动"), window=40,
                  forbid=_DONE_ALREADY + r"|准备去|打算去|要去|下个月|会不会|怎么预防|预防|红景天(?:有用|管用)")
_CROUP = _rule("croup", "none", _t(r"(?:咳|咳嗽)◇{0,8}(?:像狗叫|狗叫|狗吠|犬吠|空空|像鸭子)|犬吠样"),
               _t(r"吸气◇{0,4}(?:响|有声|费劲|困难)|嗓子◇{0,2}哑|声音◇{0,2}哑|喘|呼吸◇{0,4}(?:响|快|费劲|嘈|呼呼)|半夜|夜里|睡觉时"), window=40,
               need=_CHILD, forbid=_DONE_ALREADY + r"|以前|会不会|怎么预防")
_ASTHMA_WORSE = _rule("asthma_worse", "none", _t(r"哮喘|喘"),
                      _t(r"(?:一天|每天)◇{0,4}(?:要)?(?:喷|吸)◇{0,2}(?:[4-9]|[四五六七八九十]|五六|好几)(?:次|回)|每(?:一|两|几|隔)?(?:个)?(?:小时|钟头)◇{0,4}(?:喷|吸)|过(?:一|两|几)?个?(?:小时|钟头)◇{0,2}(?:又|就)(?:喘|犯)|(?:喷|吸)(?:了)?(?:药)?◇{0,6}(?:还是|也|都)◇{0,3}(?:喘|不管用|没用|不见好|呼哧)|"
                         r"(?:比平时|越来越)◇{0,4}(?:喷|吸)得(?:多|勤)|(?:喷|吸)(?:药)?(?:的)?次数◇{0,3}(?:比平时|越来越|明显)?◇{0,2}(?:多了|增加|变多)|(?:喷|吸)(?:药)?(?:的)?次数◇{0,3}(?:比平时|越来越|明显)◇{0,2}多|"
                         r"(?:晚上|夜里|半夜)◇{0,4}(?:憋醒|喘醒|咳醒)"), window=40,
                      forbid=_DONE_ALREADY + r"|以前|会不会|怎么预防|能不能一直|长期用")
_DVT = _rule("deep_vein_thrombosis", "none", _t(r"产后|生完|剖宫产|剖腹产|手术后|术后|置换|出院|住院|PICC|picc|输液港|置管|长途|飞机|飞了|航班|久坐|卧床|骨折|打石膏|避孕药"),
             _t(r"(?:小腿|腿)◇{0,8}(?:肿|粗|硬|胀痛)◇{0,12}(?:一边|一侧|比(?:左|右)边|粗了一圈|粗一圈)|比另一(?:条|边|侧|只)◇{0,3}(?:粗|肿)|比(?:左|右)(?:边)?腿◇{0,2}(?:粗|肿)|"
                r"(?:胳膊|手臂|上臂)◇{0,6}(?:肿了一圈|肿(?:了|得)|粗了)|(?:一边|一侧|左|右)(?:边)?(?:小)?腿◇{0,6}(?:肿|粗|胀痛|发硬)"),
             window=60, forbid=_DONE_ALREADY + r"|静脉曲张|淋巴|以前|会不会|怎么预防|预防|两条腿都|双腿都")
_DVT_ONE_LEG = _rule("deep_vein_thrombosis", "none", _t(r"(?:左|右|一边|一侧)(?:边)?(?:小)?腿◇{0,6}(?:肿|粗)"),
                    _t(r"比(?:左|右|另一)(?:边|条|侧)?(?:腿)?◇{0,3}(?:粗|肿)|粗了一圈|肿了一圈"),
                    _t(r"(?:按|摸|压|碰)(?:着|一下|上去)?◇{0,2}(?:疼|痛)|胀痛|发红|发烫|发硬"), window=40,
                    forbid=_DONE_ALREADY + r"|静脉曲张|淋巴|以前|会不会|怎么预防|预防|两条腿都|双腿都|崴|扭|摔|撞|踢")
# The trip is always in the past ("上周从泰国回来"): the place is a message-level cue, the fever must be current.
_TRAVEL_FEVER = _rule("travel_fever", "none", _t(_CARE_FEVER),
                      need=r"非洲|肯尼亚|尼日利亚|坦桑尼亚|埃塞俄比亚|刚果|安哥拉|加纳|巴基斯坦|印度|东南亚|印尼|缅甸|柬埔寨|老挝|泰国|越南|菲律宾|"
                           r"马来西亚|巴西|南美|疟疾|国外|出国",
                      forbid=_DONE_ALREADY + r"|会不会|怎么预防|疫苗|以前|预防药|烧得厉害|神志|抽|" + _SEEN_BY_DOCTOR)
_BLOODY_DIARRHEA = _rule("bloody_diarrhea", "none", _t(r"(?:拉|腹泻|大便|便)◇{0,8}(?:带血|有血|脓血|血丝|血水)|脓血便|拉血"),
                         _t(_CARE_FEVER + r"|一阵阵(?:疼|痛)|肚子(?:很)?(?:疼|痛)|好几次|十几次"), window=40,
                         forbid=_DONE_ALREADY + r"|痔疮|经常|总是|以前|肛裂|" + _SEEN_BY_DOCTOR)
_NEWBORN_SIGNS = _rule("newborn_today", "none",
                 _t(r"新生儿|刚出生|满月|出生(?:第)?(?:\d+|[一二三四五六七八九十几]+)(?:多)?天|(?:宝宝|孩子|娃)(?:才)?(?:\d+|[一二三四五六七八九十几]+)天|"
                    r"(?:宝宝|孩子|娃)(?:快|才|刚)?(?:[1-3]|[一二两三])个(?:多|半)?月(?=.{0,12}黄)|"
                    r"(?:宝宝|孩子|娃)(?:才)?(?:[1-4]|[一二三四两])(?:周|个星期)(?:大)?", habit=False),
                 _t(r"黄疸◇{0,6}(?:越来越|加重|变深|退不下去|又上来)|(?:手心|脚心|眼白|全身)◇{0,3}(?:都)?(?:很|发)?黄|"
                    r"肚脐◇{0,6}(?:红肿|发红|红了|红一圈|脓|臭)|吃奶◇{0,4}(?:没劲|不好|减少|少了)|吃奶(?:很|特别|明显)?少|黄疸◇{0,8}(?:又|加重)|(?:白眼球|眼白)◇{0,3}(?:都)?(?:发)?黄|不怎么吃奶|喷射(?:一样|似的|状|性)?(?:地|的)?(?:吐|呕)|(?:吐|呕)◇{0,6}喷(?:出来|出|射)|"
                    r"黄◇{0,3}越来越|越来越黄|黄到(?:了)?(?:肚子|肚皮|腿|脚|手|身上)|(?:脸|身上|皮肤)◇{0,4}(?:都)?(?:很|发|特别)?黄(?:了|得)", habit=False), window=60,
                 forbid=_DONE_ALREADY + r"|会不会|正常吗(?!.*越来越)|以前|" + _SEEN_BY_DOCTOR)
_CONCUSSION = _rule("concussion", "none",
                    _t(r"(?:头|脑袋|脑壳|后脑勺|后脑|额头|脑门)◇{0,6}(?:撞|摔|磕|砸|碰|着地|被打)|(?:撞|磕|摔|砸|碰)(?:了|到|破|伤)?(?:一下)?"
                       r"(?:头|脑袋|脑壳|后脑勺|后脑|额头|脑门)"),
                    _t(r"懵|晕了一下|晕乎|头(?:痛|疼)|想吐|恶心|记不清|断片|眼前发黑"), window=40,
                    forbid=_DONE_ALREADY + r"|以前|会不会|怎么预防|" + _SEEN_BY_DOCTOR + "|" + _DAYS_AGO)
_PALPITATIONS = _rule("palpitations_today", "none", _t(r"心慌|心悸|心跳◇{0,3}(?:快|乱|不齐|咚咚|砰砰)|脉搏◇{0,4}(?:乱|不齐|快)"),
                      _t(r"(?:一|两|三|几|半)(?:个)?(?:多)?(?:小时|钟头)(?:了)?|半天|一上午|一下午|一直没停|停不下来|乱七八糟|忽快忽慢"),
                      window=30, need=r"现在|今天|刚才|一直|还在|(?:小时|钟头)了", forbid=_DONE_ALREADY + r"|经常|总是|以前|好几年|每次|" + _SEEN_BY_DOCTOR)
_POSTPARTUM_PSYCHOSIS = _rule("postpartum_psychosis", "none", _t(r"产后|生完(?:孩子|宝宝)?|月子|剖宫产|顺产"),
                              _t(r"有人要害|害(?:孩子|宝宝|她)|自言自语|胡言乱语|听到有人|看见不存在|不认识|好几天不睡|一直不睡|疑神疑鬼|说胡话"),
                              window=60, forbid=_DONE_ALREADY + r"|会不会|怎么预防|以前")
_JAW_DISLOCATION = _rule("jaw_dislocation", "none", _t(r"下巴(?:颏)?◇{0,3}(?:掉了|脱臼|脱了|掉下来)|(?:打哈欠|张大嘴|啃|咬)◇{0,8}(?:嘴)?合不上|下颌关节脱位"),
                         forbid=_DONE_ALREADY + r"|以前|经常|会不会|怎么预防")
_PARAPHIMOSIS = _rule("paraphimosis", "none", _t(r"包皮◇{0,6}(?:翻(?:上去|过去|开)?◇{0,4}(?:回不去|回不来|翻不回|卡住)|回不去|回不来|卡住)"),
                      forbid=_DONE_ALREADY + r"|以前|会不会")
_RETAINED_TAMPON = _rule("retained_tampon", "none", _t(r"棉条|卫生棉条"),
                         _t(r"忘|取不出|拿不出|好几天|异味|臭|发烧|找不到"), window=40, forbid=_DONE_ALREADY + r"|会不会|怎么用|能不能")
_EARDRUM = _rule("eardrum_injury", "none", _t(r"耳光|扇|巴掌|打(?:了|到)?(?:一下)?耳朵|掏耳朵|挖耳朵|采耳|棉签|跳水|爆炸|鞭炮"),
                 _t(r"耳朵◇{0,6}(?:嗡嗡|听不清|听不见|出血|流血|疼|闷)|(?:听不清|听不见|耳鸣)|(?:闷闷|发闷|闷住|嗡嗡)"), window=30,
                 forbid=_DONE_ALREADY + r"|以前|会不会|经常|" + _SEEN_BY_DOCTOR)
_NEAR_DROWNING = _rule("near_drowning", "none", _t(r"呛水|溺水|掉(?:进|到)?水里|(?:从水里)?(?:救|捞)(?:上来|起来)"),
                       _t(r"咳|呼吸◇{0,3}(?:快|急|费劲)|喘|没精神|发烧|吐"), window=40,
                       forbid=_DONE_ALREADY + r"|会不会|怎么预防|以前|学游泳|" + _SEEN_BY_DOCTOR)
_SYNCOPE_RECOVERED = _rule("syncope_recovered", "none", _t(r"晕倒|晕了一下|昏倒|晕过去|昏过去|晕厥|倒在地上"),
                           _t(r"醒了|醒过来|缓过来|恢复了|没事了|说没事|不想去医院"), window=40,
                           need=r"今天|刚才|刚刚|早上|上午|中午|下午|晚上|洗澡|昨晚|的时候|突然",
                           forbid=r"以前(?!从来?没|从未|没(?:有)?(?:这样|出现|发生)过?)|去年|经常|上个月|医生说|查了|检查(?:了|过)|低血糖|会不会|如果|万一|" + _DAYS_AGO)
_JELLYFISH = _rule("jellyfish_sting", "none", _t(r"水母|海蜇|僧帽"), _t(r"蛰|蜇|碰|叮|红印|红痕|火辣|疼|痛"), window=30,
                   forbid=_DONE_ALREADY + r"|以前|会不会|怎么预防|能吃|凉拌|不疼了|已经不")
_FEBRILE_FIT_OVER = _rule("febrile_seizure_over", "none", _t(r"发烧|高烧|发热|烧到"),
                          _t(r"抽(?:了一下|了几下|搐|风|筋)|翻白眼|惊厥"), _t(r"停了|醒了|好了|过去了|缓过来|不抽了"), window=40,
                          need=_CHILD, forbid=r"以前|去年|上次|经常|会不会|如果|万一|怎么预防|" + _SEEN_BY_DOCTOR)
_DRUNK = _rule("alcohol_intoxication", "none", _t(r"喝多了|喝醉|醉了|醉得|喝了(?:好多|很多|一斤|一瓶|半斤)"),
               _t(r"吐|站不稳|走不了|说胡话|睡过去|迷糊"), window=40,
               forbid=_DONE_ALREADY + r"|以前|经常|总是|每次|会不会|怎么解酒|解酒药|醒了|酒醒|昨晚|昨天|宿醉")
_WOUND_OPEN = _rule("spreading_infection", "none", _t(r"(?:伤口|刀口|切口)◇{0,6}(?:裂开|崩开|开了|没长好)"),
                    _t(r"渗|流|黄水|脓|血|臭|红肿|发烧"), window=30, forbid=_DONE_ALREADY + r"|以前|会不会|" + _SEEN_BY_DOCTOR)
_CATHETER_BLOCKED = _rule("catheter_blocked", "none", _t(r"导尿管|(?<!输)尿管|尿袋|造瘘管"),
                          _t(r"没(?:有)?尿|不(?:怎么|太)?出尿|不流|堵(?:了|住)|尿不出|一(?:点|滴)尿(?:都|也)?没"), window=40,
                          forbid=_DONE_ALREADY + r"|以前|会不会|怎么换|多久换|插了|插上|拔了|拔掉|拔管|放出来|医生说|只能|一直带|带多久|要插")
_HEART_FAILURE_WORSE = _rule("heart_failure_worse", "none", _t(r"心衰|心力衰竭|心功能不全"),
                             _t(r"体重◇{0,6}(?:长|涨|增加|多)了|(?:脚|腿)◇{0,4}肿得(?:厉害|更)|垫(?:两|几|高)◇{0,3}枕头|躺不平|夜里憋醒|喘得比平时"),
                             window=60, forbid=_DONE_ALREADY + r"|以前|会不会|怎么预防|注意什么|几个月|是(?:不是)?心衰吗?|能不能治")
_FISTULA = _rule("fistula_blocked", "none", _t(r"内瘘|瘘管|透析(?:的)?(?:胳膊|手臂|血管)"),
                 _t(r"(?:摸不到|没有|感觉不到|不)◇{0,4}(?:震颤|震|搏动|跳|嗡嗡)|不震了|不跳了|震颤(?:没了|消失|变弱)"), window=30,
                 forbid=_DONE_ALREADY + r"|会不会|怎么保护|注意什么")
# Round 14 (blind probe r4d: chronic disease, procedures, devices, new medicines): care that cannot wait for an
# advisor (severe lab values are read by _high_risk, see _LAB_CARE_FINDINGS). Side effects of cancer treatment and of
# medicines that need a blood test today; a tube that came out, is blocked or whose site is infected; a choking-prone person with fever;
# ketones in diabetes; COPD that is worse than usual; a missed dialysis; no stool with a swelling belly on opioids
# or with a stoma; cirrhosis with fever or belly pain; swelling with little urine; sudden extra confusion in an
# older person; pregnancy blood pressure of 150/100 or more without symptoms.
_ASKING = r"会不会|如果|万一|怎么预防|预防|注意什么|正常吗|正常范围|参考值|多少算"
_CANCER_TREATMENT = r"化疗|卡培他滨|希罗达|靶向|免疫治疗|PD-?1|pd-?1|PD-?L1|K药|O药|放疗|卡瑞利珠|帕博利珠|信迪利|特瑞普利|替雷利珠|纳武利尤"
_TREATMENT_SIDE_EFFECTS = _rule(
    "cancer_treatment_side_effects", "none", _t(_CANCER_TREATMENT, habit=False),
    _t(r"(?:水|饭)◇{0,3}(?:都|也)?(?:喝|吃)不进|喝(?:口|点)?水(?:也|都|就)吐|"
       r"(?:拉肚子|拉稀|腹泻|拉)◇{0,6}(?:[4-9]|[四五六七八九十]|十几|好几|五六|六七|七八)(?:次|回|趟)|(?:一天|每天)◇{0,3}(?:[4-9]|[四五六七八九十]|十几|好几|五六|六七|七八)(?:次|回|趟)|"
       r"手脚◇{0,4}(?:脱皮|红肿|起泡)[^。\n]{0,10}(?:疼|痛|走不了|拿不了)|血小板◇{0,4}(?:低|少)[^。\n]{0,12}(?:红点|出血点|瘀点|瘀斑|青紫)|(?:每天|一天)◇{0,3}(?:腹泻|拉肚子)|"
       r"(?:嘴里|口腔|嘴巴|舌头)◇{0,8}溃疡◇{0,6}(?:吃|喝|疼|痛)|溃疡[^。\n]{0,10}(?:吃不了|吃不下|喝不了|喝不下|吃不进)|"
       r"(?:咳嗽|咳)◇{0,4}(?:越来越|加重)|(?:喘|气短|憋气)◇{0,4}(?:越来越|加重)|"
       r"(?:尿|小便)◇{0,3}(?:很|特别|明显)?少"), window=80,
    forbid=_OVER_ALREADY + "|" + _ASKING + r"|副作用有哪些|会有什么|能不能(?:化疗|做)|要不要化疗|准备(?:化疗|放疗)|" + _SEEN_BY_DOCTOR)
# Medicines whose side effects are checked with a blood test the same day (white cells, liver, drug level, muscle).
_MEDICINE_REACTIONS = (
    (r"甲巯咪唑|他巴唑|赛治|丙硫氧嘧啶|PTU|抗甲状腺药|甲亢药|氯氮平",
     r"(?:嗓子|喉咙|咽|扁桃体)◆{0,4}(?:疼|痛|肿)|" + _CARE_FEVER + r"|口腔溃疡|嘴里◇{0,4}溃疡"),
    (r"碳酸锂|锂盐|锂剂", r"拉肚子|腹泻|拉稀|吐|手抖◇{0,6}(?:厉害|明显|加重|比以前)|走路(?:有点)?不稳|口齿不清|说话含糊|犯困|嗜睡|迷糊"),
    (r"丙戊酸|德巴金|卡马西平|得理多|奥卡西平|曲莱|拉莫三嗪|利必通",
     r"(?:眼白|皮肤|脸|身上)◇{0,4}(?:黄|发黄)|吐了◇{0,6}(?:没精神|黄)|没精神◇{0,8}吐|(?:走路|站)◇{0,3}(?:不稳|晃)|晃晃悠悠|"
     r"嘴里◇{0,6}(?:溃疡|起泡|烂)|(?:老|总|一直)(?:是)?想睡|嗜睡|看东西◇{0,2}(?:重影|双影)"),
    (r"地高辛", r"恶心|不想吃|吐|看东西◇{0,3}(?:发黄|发绿|黄)|心跳◇{0,4}(?:慢|乱|不齐)"),
    (r"别嘌醇", r"(?:疹子|红疹|皮疹|起疹|红点)"),
    (r"抗结核|异烟肼|利福平|吡嗪酰胺|乙胺丁醇", r"转氨酶◇{0,8}(?:高|升|倍)|(?:眼白|眼睛|皮肤)◇{0,3}(?:黄|发黄)|恶心|吐|看东西◇{0,3}(?:模糊|不清)"),
    (r"他汀|阿托伐|立普妥|瑞舒伐|辛伐|普伐|匹伐|氟伐",
     r"(?:肌肉|大腿|小腿|胳膊|腿|全身)◇{0,6}(?:酸痛|疼|痛|没力气|无力|没劲)|(?:尿|小便)◇{0,4}(?:浓茶|酱油|茶色|深褐)",
     r"越来越|加重|上楼|走不动|抬不起|蹲下|站不起|费劲|没力气|无力|(?:尿|小便)◇{0,4}(?:浓茶|酱油|茶色|深褐)"),
    (r"抗抑郁药|抑郁(?:症)?◇{0,4}(?:在)?吃(?:的)?药|舍曲林|左洛复|帕罗西汀|赛乐特|氟西汀|百忧解|艾司西酞普兰|来士普|西酞普兰|文拉法辛|怡诺思|度洛西汀|欣百达|米氮平",
     r"心慌|心跳(?:很|特别)?快|手抖|发抖|(?:一直|老是|不停)?出汗|大汗|发烧|肌肉◇{0,3}(?:跳|抽)|坐立不安",
     r"换(?:了)?(?:药|成)|新换|加(?:了)?量|加药|加倍|翻倍|刚开始吃|刚吃|(?:一起|同时)吃|加了(?:一种|一个)"),
    (r"甲氨蝶呤|氨甲蝶呤|MTX|mtx", r"(?:嘴里|口腔|嘴巴|舌头)◇{0,8}溃疡|溃疡◇{0,6}(?:好多|很多)|" + _CARE_FEVER + r"|白细胞◇{0,4}(?:低|降)"),
)
# Signs that make a reaction an emergency (a very slow heart on digoxin, rigidity and stupor on clozapine): the care rule
# steps aside so that the back-up model can call 120.
_REACTION_SEVERE = (r"心跳◇{0,4}(?:只有|才)?[2-4]\d(?!\d)|(?:叫|喊)(?:他|她)?(?:也|都)?不(?:怎么|太)?(?:应|醒)|叫不醒|喊不醒|"
                    r"僵(?:硬|得|直)|抽搐|昏迷|意识不清|神志不清|说胡话")
_MEDICINE_REACTION_RULES = tuple(
    _rule("medicine_reaction", "none", _t(medicine, habit=False), *(_t(sign, habit=False) for sign in signs), window=80,
          forbid=_OVER_ALREADY + "|" + _ASKING + r"|副作用有哪些|有什么副作用|能不能吃|可以吃吗|停药以后|已经停了|" + _REACTION_SEVERE
                 + "|" + _SEEN_BY_DOCTOR)
    for medicine, *signs in _MEDICINE_REACTIONS)
_TUBES = (r"胃管|鼻饲管|鼻胃管|营养管|鼻肠管|胃造瘘管?|空肠造瘘|造瘘管|造瘘口|造口|PICC|picc|输液港|引流管|导尿管|尿管|膀胱造瘘|肾造瘘|"
          r"气切套管|气管套管|透析管|深静脉置管|置管")
_TUBE_OUT = _rule("tube_problem", "none", _t(_TUBES, habit=False),
                  _t(r"(?:自己|被|不小心|扯|拽|蹭)◇{0,6}(?:拔|扯|拽|带)(?:出来|掉|出|了)|脱(?:出来|出|落|了)|掉(?:出来|了)|滑(?:出来|出)|"
                     r"(?:拔|扯|拽)出来了", habit=False), window=30,
                  forbid=_ASKING + r"|医生◇{0,6}(?:拔|拆)|护士◇{0,6}(?:拔|拆)|(?:可以|能|什么时候|多久|几天)(?:能)?拔|拔(?:了)?管(?:以后|后|之后)|"
                         r"拔掉(?:以后|后|之后)|以前|上次|去年")
_TUBE_FEVER = _rule("tube_problem", "none", _t(_TUBES + r"|双J管|DJ管|输尿管支架", habit=False), _t(_CARE_FEVER), window=60,
                    forbid=_OVER_ALREADY + "|" + _ASKING + r"|" + _SEEN_BY_DOCTOR)
_TUBE_SITE = _rule("tube_problem", "none", _t(_TUBES + r"|穿刺点|置管处", habit=False),
                   _t(r"脓|(?:红|肿)◇{0,6}(?:流|渗|挤|冒)◇{0,4}黄水|"
                      r"(?:渗|流)(?:出来)?◇{0,6}(?:臭|异味)|(?:红肿|发红)◇{0,8}(?:热|烫|臭|脓|渗)|"
                      r"(?:周围|四周|旁边|附近|口子)◇{0,4}(?:红肿|红了一圈|发烫)"), window=30,
                   forbid=_OVER_ALREADY + "|" + _ASKING + r"|怎么护理|怎么消毒|多久换")
_ASPIRATION = _rule("aspiration_signs", "none",
                    _t(r"(?:吃饭|喝水|吃东西|喂饭|喂水|吃药)◇{0,6}呛|呛咳|吞咽◇{0,3}(?:困难|不好|费劲)|鼻饲|胃管|鼻胃管", habit=False),
                    _t(_CARE_FEVER + r"|(?<![\d.])3[78]\.[5-9](?![\d])|痰◇{0,4}(?:多|黄|变多|变黄)|(?:喘|呼吸)◇{0,3}(?:急|快|费劲)|血氧◇{0,4}(?:9[0-4]|8\d)(?![\d.])"),
                    window=80, forbid=_OVER_ALREADY + "|" + _ASKING + r"|怎么喂|" + _SEEN_BY_DOCTOR)
_KETONES = _rule("ketones_in_diabetes", "none",
                 _t(r"(?:尿酮|酮体|血酮|尿酮体)◇{0,4}(?:\+|阳性|偏高|高|1(?:\.\d)?|[2-9](?:\.\d)?)(?![\d.])", habit=False),
                 need=r"糖尿病|血糖|胰岛素|1型|一型|二甲双胍|降糖|达格列净|恩格列净|卡格列净",
                 forbid=_OVER_ALREADY + "|" + _ASKING + r"|生酮|断食|辟谷|减肥|节食|" + _SEEN_BY_DOCTOR)
_COPD = r"慢阻肺|COPD|copd|肺气肿|老慢支|慢性支气管炎|肺心病"
_COPD_USUAL = r"一直(?:这样|都是|是|在)|平时◇{0,3}(?<![\d.])(?:8[5-9]|90)(?![\d.])◇{0,6}(?:正常吗|需要|要不要|吸氧吗)"
_COPD_WORSE = _rule("copd_worse", "none", _t(_COPD),
                    _t(r"痰◇{0,6}(?:变黄|黄了|发黄|变绿|绿了|变多|多了|黄脓|脓)|(?:喘|憋)◇{0,4}(?:比平时|比以前|比往常)|比(?:平时|以前|往常)◇{0,4}(?:喘|憋|重)|"
                       r"血氧◇{0,12}(?<![\d.])(?:8[0-9]|90)(?![\d.岁年])", habit=False), window=80,
                    forbid=_OVER_ALREADY + "|" + _ASKING + r"|康复|锻炼|疫苗|能不能治|能治好|" + _COPD_USUAL + "|" + _SEEN_BY_DOCTOR)
# An oxygen reading below the member's usual one, in the next clause ("血氧平时92，这两天老在89、90").
_COPD_SPO2 = _rule("copd_worse", "none", _t(r"血氧|指脉氧|氧饱和度|饱和度"), _t(r"(?<![\d.])(?:8[5-9]|90)(?![\d.岁年])", habit=False),
                   window=20, need=_COPD, forbid=_OVER_ALREADY + "|" + _ASKING + r"|" + _COPD_USUAL + "|" + _SEEN_BY_DOCTOR)
# Medicines that must not be missed (fits, rejection): doses vomited back up need the doctor's word today.
_VOMITED_MEDICINE = _rule("medicine_vomited", "none",
                          _t(r"癫痫|抗癫痫|丙戊酸|德巴金|左乙拉西坦|开浦兰|奥卡西平|卡马西平|拉莫三嗪|移植|抗排异|抗排斥|他克莫司|环孢素|"
                             r"抗病毒药|艾滋|HIV|hiv|华法林"),
                          _t(r"药◇{0,8}(?:吃|喝|服)(?:下去|进去|了)?◇{0,4}(?:都|就|又|全)?吐(?:了|出来)|药◇{0,3}(?:都|也|全)吐(?:出来|掉)?了|吐◇{0,4}(?:出来|掉)(?:了)?◇{0,4}药|"
                             r"(?:吃|喝)(?:下去|进去)◇{0,4}(?:都|就|又|全)?吐了", habit=False), window=60,
                          forbid=_OVER_ALREADY + "|" + _ASKING + r"|" + _SEEN_BY_DOCTOR)
# Several lows within a day or two on insulin or a sulfonylurea: the dose needs a doctor today.
_REPEATED_LOWS = _rule("repeated_hypoglycemia", "none",
                       _t(r"低血糖◇{0,6}(?:[两三四五六七八九几]|好几|\d+)(?:次|回)|(?:[两三四五六七八九几]|好几|\d+)(?:次|回)低血糖|(?:老|总|反复|频繁)(?:是)?低血糖", habit=False),
                       _t(r"今天|昨天|昨晚|这两天|这几天|这一?周|这个星期|一天|一晚上|夜里|半夜", habit=False), window=40,
                       need=r"胰岛素|降糖|格列|糖尿病|诺和|优泌|来得时|甘精|门冬",
                       forbid=r"会不会|如果|万一|怎么预防|以前|去年|上个月|" + _SEEN_BY_DOCTOR)
_DIALYSIS_MISSED = _rule("dialysis_missed", "none", _t(r"透析"),
                         _t(r"(?:漏|没去|没做|错过|少做|跳过|耽误|落下)(?:了)?◇{0,4}(?:一次|一回|透析)?|(?:一次|这次)(?:透析)?没(?:去|做)"), window=20,
                         forbid=_OVER_ALREADY + "|" + _ASKING)
_NO_STOOL = _rule("bowel_blocked", "none",
                  _t(r"吗啡|羟考酮|奥施康定|芬太尼|多瑞吉|止痛贴|曲马多|造口|造瘘口|人工肛门|肛门袋|造口袋", habit=False),
                  _t(r"(?:[三四五六七八九十]|[3-9]|好几|一|1)(?:天|日)◇{0,4}没(?:有)?(?:解|拉|排|出)◇{0,3}(?:大便|便|东西|屎)?|"
                     r"没(?:有)?(?:排|出)◇{0,3}(?:东西|便|大便)|(?:不|没)排气", habit=False),
                  _t(r"(?:肚子|腹部|小肚子)◇{0,4}(?:胀|鼓|疼|痛)|腹胀|吐|恶心", habit=False), window=60,
                  forbid=_OVER_ALREADY + "|" + _ASKING + r"|" + _SEEN_BY_DOCTOR)
_CIRRHOSIS = _rule("cirrhosis_infection", "none", _t(r"肝硬化|腹水"),
                   _t(_CARE_FEVER + r"|(?<![\d.])3[78]\.[5-9](?![\d])|(?:肚子|腹部)◇{0,4}(?:疼|痛)"), window=80,
                   forbid=_OVER_ALREADY + "|" + _ASKING + r"|能活|寿命|" + _SEEN_BY_DOCTOR)
_EDEMA_LITTLE_URINE = _rule("edema_little_urine", "none",
                            _t(r"(?:眼皮|眼睑|脸|全身|身上|腿|脚|下肢)◆{0,6}肿|肿(?:起来|得睁不开)", habit=False),
                            _t(r"(?:尿|小便)◇{0,4}(?:很|特别|非常|明显)?少|尿量◇{0,6}(?:少|减少)|不怎么尿|没(?:有)?尿", habit=False),
                            window=40, need=r"这两天|这几天|今天|昨天|突然|又肿|越来越|一下子|(?:很|特别|非常|明显)少|没(?:有)?尿",
                            forbid=_OVER_ALREADY + "|" + _ASKING + r"|怀孕|孕|经期|月经|吐|拉|腹泻|" + _SEEN_BY_DOCTOR)
_DELIRIUM = _rule("sudden_confusion_elderly", "none",
                  _t(r"(?:比平时|比以前|比往常|这两天|这几天|突然)◇{0,4}(?:更|还|特别)?糊涂|糊涂(?:得)?(?:更厉害|多了|得厉害)", habit=False),
                  need=r"痴呆|老年|老人|老爸|老妈|爸|妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|[6-9]\d岁",
                  forbid=_ASKING + r"|一直都|好几年|多年|" + _SEEN_BY_DOCTOR)
_PREGNANCY_BP_SEVERE = _rule("pregnancy_high_bp", "none", _t(_PREGNANT),
                             _t(r"(?:血压|高压)◇{0,6}(?:1[5-9]\d|2\d\d)/(?:1\d\d)|(?:血压|高压)◇{0,6}(?:1[6-9]\d|2\d\d)(?![\d.])"), window=60,
                             forbid=r"以前|上次|会不会|如果|万一|" + _SEEN_BY_DOCTOR)
# Round 17 (probe r7d): a pregnant or newly delivered woman's reading of 140/90 or more without symptoms: new
# hypertension in pregnancy is assessed by an obstetrician within 24 hours (NICE NG133).
def _pregnancy_bp_reading(text: str, neg_view: str) -> bool:
    sys_v, dia_v = _bp_values(text)
    return sys_v >= 140 or dia_v >= 90


_PREGNANCY_BP_READING = _Rule("pregnancy_bp_reading", "none", (), check=_pregnancy_bp_reading,
                              need=_rx(_PREGNANT + r"|产后|生完|月子|剖宫产|剖腹产|顺产"),
                              forbid=_rx(r"以前|上次|会不会|如果|万一|备孕|怀孕前|孕前|" + _SEEN_BY_DOCTOR))
_DEHYDRATION = _rule(
    "dehydration", "none",
    _t(r"喝(?:口|点|一口)?水(?:也|都|就)吐|喝(?:什么|啥)吐(?:什么|啥)|吃(?:什么|啥)吐(?:什么|啥)|喝不进|(?:吐|泻)(?:了)?一(?:晚上|夜|宿|整天|天)|"
       r"吐(?:了)?(?:十几|好多|很多|[五六七八九十几]+|\d{2})次|(?:拉|泻|腹泻)◇{0,6}(?:一天)?(?:十几|十多|二十|好多|[八九十]|\d{2})(?:次|回)|"
       r"(?:尿(?:很|特别|非常)?少|尿◇{0,3}比平时(?:少|减少)|没(?:有)?尿|不怎么尿|嘴唇(?:很|特别)?干|嘴唇◇{0,2}干|嘴唇干裂|哭(?:的时候)?没(?:有)?眼泪|眼泪(?:也|都)?少|眼窝(?:凹|陷)|前囟(?:凹|陷))|"
       r"尿不湿◇{0,6}(?:干|没尿)|尿不湿◇{0,6}(?:轻|少)(?:了|很多|好多|不少)|(?:不(?:太|怎么)?肯|不愿意)喝(?:水|奶)|(?:拉|泻)◇{0,6}(?:十几|十多|二十|好多)(?:趟|泡)|站起来◇{0,3}(?:就)?(?:头晕|眼前发黑)"),
    _t(r"吐|拉|泻|腹泻|拉肚子|呕|稀|没怎么吃喝|不吃不喝|吃不下喝不下|喝得很少|没怎么喝水"), window=40,
    forbid=_DONE_ALREADY + r"|孕吐(?!.{0,30}(?:水(?:也|都)吐|尿(?:很)?少|没(?:有)?尿))|" + _CANCER_TREATMENT + r"|经常|总是|老是|以前|晕车|晕船|喝酒|醉|没再|停(?:了)?(?:药)?(?:以后|后)|" + _SEEN_BY_DOCTOR)
_RETINA = _rule("retina_warning", "none",
                _t(r"(?:眼前|眼睛|视野|一只眼|左眼|右眼)◇{0,6}(?:突然|一下子|忽然)◇{0,6}(?:好多|很多|一堆|大量|一片)?◇{0,2}(?:黑点|黑影|飞蚊|蚊子|闪光|闪电|光点|"
                   r"黑幕|幕布|帘子|挡住|遮住|一块黑|一片黑)|(?:突然|一下子|忽然)◇{0,6}(?:多了|出现|冒出)◇{0,4}(?:好多|很多|一堆|一片)?◇{0,2}"
                   r"(?:黑点|黑影|飞蚊|蚊子|闪光|光点)|(?:突然|一下子|忽然)◇{0,4}(?:眼前|眼睛|视野)◇{0,4}(?:好多|很多|一堆|大量|一片)?◇{0,2}"
                   r"(?:黑点|黑影|飞蚊|蚊子|闪光|闪电|光点)|(?:一闪一闪|闪光|闪电)◇{0,6}(?:黑点|黑影|飞蚊)|(?:黑点|黑影|飞蚊)◇{0,8}(?:一闪一闪|闪光|闪电)"),
                forbid=_DONE_ALREADY + r"|好几年|多年|一直有|早就有|以前")
_CONTACT_LENS = _rule("contact_lens_eye", "none", _t(r"隐形眼镜|美瞳|角膜塑形镜|OK镜|ok镜"),
                      _t(r"疼|痛|怕光|畏光|模糊|看不清|白点|睁不开"), window=30,
                      forbid=_DONE_ALREADY + r"|多少钱|度数|哪个牌子|怎么选|能戴多久|可以戴吗|能不能戴|(?:戴|用)(?:了|得)?(?:很)?久了|天天|每天|经常|总是|每次")
THROAT_BONE_CARE = (
    "鱼刺、骨头等卡在喉咙里，请先这样处理：\n"
    "1. 马上停止进食；不要大口吞饭团、馒头、韭菜，也不要喝醋，这些可能把刺推得更深、划伤食道。\n"
    "2. 可以轻轻咳几下；在光线好的地方张大嘴，能清楚看到而且很浅的小刺，可以用干净的镊子小心夹出，看不到就不要用手指或筷子去抠。\n"
    "3. 还是觉得卡着或吞咽疼，今天就去医院耳鼻喉科（夜间去急诊）取出；骨头、枣核这类较大较尖的异物，或有胸口后面疼、"
    "咽不下东西、流口水、吐血、发烧，请立即去急诊；喘不上气、说不出话，请马上拨打120。"
)
EAR_NOSE_CARE = (
    "耳朵或鼻子里进了东西，请先这样处理：\n"
    "1. 不要用棉签、挖耳勺、镊子或手指去掏，容易把东西推得更深，或伤到鼓膜和鼻腔。\n"
    "2. 虫子进了耳朵：到暗处用手电筒照着耳道口，有的虫子会朝光爬出来；不要往耳朵里滴水滴油。鼻子里塞了东西：按住另一侧鼻孔"
    "用力擤，不要用力吸气；孩子哭闹时不要硬取。\n"
    "3. 今天就去医院耳鼻喉科（夜间去急诊）取出。纽扣电池或磁铁塞进了鼻子、耳朵，请立即去急诊；出现呼吸困难或呛咳不止，请马上拨打120。"
)
EYE_SPECK_CARE = (
    "眼睛进了东西、被划伤、被撞到或被强光伤到，请先这样处理：\n"
    "1. 不要揉眼睛，也不要用棉签、纸巾或手指去抠。\n"
    "2. 沙子、灰尘、小虫这类浮在表面的：多眨眼让眼泪冲出，或用干净的清水、生理盐水冲洗；戴隐形眼镜的先取下。铁屑等嵌在眼球上的，"
    "或打磨、敲击时飞进眼睛的，不要自己取，轻轻闭眼，用干净纱布盖住。电焊、紫外线灯照后眼睛红痛流泪：闭眼休息、冷敷，不要乱滴眼药。\n"
    "3. 冲洗后仍然磨痛、流泪、怕光、睁不开，被划伤、撞伤或被激光照过，或是铁屑、玻璃，今天就去医院眼科（夜间去急诊）；视力明显下降、眼睛流血或流出液体，请立即去急诊。"
    "化学品溅进眼睛，请马上用大量清水冲洗至少15分钟后立即去急诊。"
)
EXTRACTION_BLEED_CARE = (
    "拔牙后出血，请先这样处理：\n"
    "1. 把干净的纱布或棉球卷成小团，放在拔牙的伤口上用力咬紧30分钟，中间不要拿出来看。\n"
    "2. 今天不要漱口、不要反复吐口水、不要用吸管、不要用舌头舔伤口，也不要吃过热的东西、喝酒或剧烈运动；可以用冰袋隔着毛巾冷敷脸颊。\n"
    "3. 口水里带一点血丝是正常的；咬紧一小时后仍在不断出血、嘴里总是满口血，请今天回拔牙的医院或去口腔科急诊，服用阿司匹林、"
    "华法林等抗凝药的请告诉医生；出血很多并且头晕、心慌、脸色发白，请立即去急诊或拨打120。"
)
TOOTH_OUT_CARE = (
    "牙齿被磕掉或磕断，请先这样处理：\n"
    "1. 找到掉出的牙，只捏牙冠（平时露在外面的白色部分），不要碰牙根；脏了用牛奶或生理盐水轻轻冲一下，不要刷、不要擦，也不要用纸包着放干。\n"
    "2. 恒牙（成人的牙或孩子换过的新牙）：能放回原来的牙槽就轻轻放回，咬住干净的纱布；放不回就泡在牛奶或生理盐水里带去，"
    "最好在30分钟到1小时内到口腔科急诊，越快越有可能保住；小孩的乳牙不要放回去。\n"
    "3. 牙齿磕断、松动或移位，也请今天去口腔科。头部撞伤后出现呕吐、嗜睡、意识不清，请立即拨打120。"
)
FRACTURE_CARE = (
    "受伤后肿得厉害、变形或不能动、不能着地，可能有骨折或韧带严重损伤，请先这样处理：\n"
    "1. 受伤的部位先不要活动，不要揉、按摩，也不要自己拉扯复位；可以用硬纸板或杂志垫上毛巾，把它和上下两个关节一起固定，手臂用三角巾吊在胸前。\n"
    "2. 用冰袋或冷毛巾隔着布冷敷，每次15–20分钟，尽量抬高受伤的部位；取下戒指、手镯、手表。\n"
    "3. 今天就去医院急诊或骨科拍片。骨头露出来、伤处以下发凉发白或没有知觉、出血止不住，或摔伤了头、颈、背、髋部而动不了，"
    "请立即拨打120，不要搬动伤者。"
)
BURN_CARE = (
    "烫伤、烧伤起了水泡，请先这样处理：\n"
    "1. 马上用流动的凉水（不要用冰水或冰块）冲洗或浸泡15–20分钟，直到不那么痛；趁还没肿起来轻轻取下戒指、手表。\n"
    "2. 不要挑破水泡，不要涂牙膏、酱油、香油、红药水或偏方；用干净的纱布或保鲜膜轻轻盖上。\n"
    "3. 今天去医院烧伤科、急诊或皮肤科处理。烫伤面积比手掌大，伤在脸、手、脚、会阴或关节处，伤处发白发黑、不觉得痛，"
    "或伤的是婴幼儿、老人，请尽快去急诊；化学品或电烧伤、吸入了烟雾、呼吸困难，请立即拨打120。"
)
SWALLOWED_OBJECT_CARE = (
    "误吞了东西，请先这样处理：\n"
    "1. 不要催吐，不要用手去抠，也不要为了“带下去”而硬吞饭团、韭菜。\n"
    "2. 今天就去医院急诊或儿科拍片，确认东西在哪里、要不要取出；带上同样的东西或包装给医生看。\n"
    "3. 吞下的是纽扣电池、磁铁（尤其不止一颗）或尖锐的东西，或出现流口水、咽不下东西、胸口痛、呕吐、肚子痛、吐血或黑便，"
    "请立即去急诊；呛咳、喘不上气、说不出话，请马上拨打120。"
)


# Blood pressure at or above 180/110 with milder symptoms than the bp_crisis emergency (a headache, a heavy head,
# dizziness): resting, measuring again and a doctor today cannot wait for an advisor ("今天测了190/120 头有点胀").
_BP_SEVERE_SYMPTOMS = _rule("bp_severe", "none",
                            _t(r"头晕|头昏|头◇{0,3}晕|头(?:有点|有些|很|好|特别|非常)?(?:疼|痛|胀|沉|重)|头◇{0,2}(?:胀痛|发胀|发沉)|后脑勺◇{0,3}(?:疼|痛|胀|发紧)|"
                               r"恶心|想吐|心慌|胸闷|眼花|眼睛发花|脖子◇{0,2}(?:发紧|发硬|僵)|耳鸣|脸◇{0,2}(?:红|发烫)"),
                            forbid=_OVER_ALREADY)
BP_SEVERE_CARE = (
    "血压≥180/110并有头晕、头痛等不适，需要尽快处理：\n"
    "1. 先坐下或躺下安静休息15–30分钟，不要走动，然后再测一次血压。\n"
    "2. 如果仍≥180/110，请今天就去医院急诊或心血管内科；不要自行加服降压药，也不要想办法让血压在短时间内降得太快。\n"
    "3. 如果出现剧烈头痛、胸痛、呼吸困难、一侧手脚无力或麻木、说话不清、看不清东西、意识模糊，请立即拨打120。"
)
HYPOGLYCEMIA_CARE = (
    "血糖低于3.9 mmol/L，或有心慌、手抖、出冷汗、饥饿感等表现，可能是低血糖，请马上这样处理：\n"
    "1. 立即吃糖：喝一杯含糖饮料（果汁、可乐，不要无糖的）或吃几块糖、一勺蜂蜜，然后坐下休息，不要开车、不要独自外出。\n"
    "2. 15分钟后再测一次血糖；仍低于3.9或症状没有好转，再吃一次糖；好转后吃点饼干、面包等主食，防止再次降低。\n"
    "3. 处理两次仍没有好转，或出现意识模糊、叫不醒、抽搐，请立即拨打120；意识不清时不要喂任何东西，让其侧卧。\n"
    "正在用胰岛素或降糖药的，请把这次低血糖告诉医生，由医生判断是否需要调整用药。"
)


# Vaccinated already, or skin not broken (no exposure): the clinic is not urgent.
_BITE_HANDLED = _rx(r"(?:前|头)(?:两|几|一|三)针(?:都)?(?:按时)?打(?:了|过|完)|(?:去|已经|就|马上|立刻|及时|当天|当时)打了(?:狂犬)?疫苗|打完(?:了)?◇{0,2}第?[一二三四五两\d]针|没(?:有)?伤口|(?:已经|都)?打(?:了|过)◇{0,2}[一二三四五两\d]针|疫苗◇{0,3}(?:都|已经|已)?打完|打完(?:了)?◇{0,4}疫苗|(?:针|疫苗)(?:都|已经)?打(?:完|齐)了|没(?:有)?(?:抓|咬|挠)?破(?:皮)?|"
                    r"皮(?:肤)?(?:都)?没(?:有)?破|(?:只有|只是|就是|就)?(?:一道|一条)?(?:白印|白道|白痕)(?:子)?(?![^。？！?!]{0,6}(?<![没不])(?:出血|渗血|破))")


# A rule's first aid is written for its usual situation; a few situations need another (round 9, second probe): vaginal
# bleeding in pregnancy or after birth is not pressed on, a person who cannot be woken is not sat up, a baby is not
# sat up either (and one who stops breathing is stimulated), heat stroke is cooled; a nosebleed is pinched, leaning
# forward (round 10).
_UNRESPONSIVE = _rx(r"叫不醒|喊不醒|叫不应|喊不应|叫(?:他|她)?(?:也)?没(?:有)?反应|没(?:有)?意识|昏迷|不省人事|没什么气")
_BABY = _rx(r"新生儿|婴儿|刚出生|(?:宝宝|孩子)◇{0,4}(?:\d+|[一两二三四五六七八九十])(?:个)?(?:月|天|周)")
_NOSEBLEED = _rx(r"鼻血|鼻子◇{0,3}(?:流血|出血|冒血)|鼻孔◇{0,3}(?:流血|出血)|流鼻血")
_HEAT = _rx(r"中暑|热射病|大热天|高温|暴晒|太阳底下|桑拿|蒸房")


SUDDEN_DEAFNESS_CARE = (
    "耳朵突然听不见或听力下降，可能是突发性耳聋，越早治疗越好：\n"
    "1. 请今天或最迟明天去医院耳鼻喉科做听力检查，最好在发病后72小时内开始治疗，拖过一两周恢复的机会会明显下降。\n"
    "2. 在看医生之前不要掏耳朵、不要往耳朵里滴药，注意休息，避免熬夜和噪音。\n"
    "3. 同时有剧烈眩晕、呕吐、口角歪斜、说话不清、一侧手脚无力，请立即拨打120。"
)
EXTRACTION_PAIN_CARE = (
    "拔牙后几天反而越来越疼、疼到耳朵或有臭味，可能是干槽症（拔牙窝感染），需要回去处理：\n"
    "1. 请今天回拔牙的医院或去口腔科，医生会清理拔牙窝并放药，通常很快就能缓解。\n"
    "2. 在看医生之前不要用舌头舔、不要用牙签或棉签掏伤口，不要吸烟喝酒；可以饭后用温盐水轻轻含一含再吐掉，不要用力漱口。\n"
    "3. 出现发烧、脸肿、张不开嘴或吞咽困难，请今天去口腔科急诊；呼吸困难请立即拨打120。"
)
STING_CARE = (
    "被蜂蜇后肿得范围很大，请先这样处理：\n"
    "1. 蜜蜂的毒刺如果还留在皮肤上，用卡片边缘或指甲轻轻刮出来，不要用手捏；用肥皂水冲洗，再冷敷，抬高被蜇的部位，取下戒指、手镯。\n"
    "2. 肿得超过一个关节、越来越大，或被蜇了好几处，请今天去医院急诊或皮肤科。\n"
    "3. 出现全身起风团、嘴唇或眼皮肿、喉咙发紧、呼吸困难、头晕、心慌、呕吐，请立即拨打120，这是严重过敏。"
)
HIV_EXPOSURE_CARE = (
    "可能接触了HIV等血液或性传播病毒，阻断药越早用越有效，请这样做：\n"
    "1. 针刺或伤口：立即从近心端向远心端轻轻挤出血，用流动的清水或肥皂水冲洗，再用碘伏或酒精消毒；医护人员请马上报告科室。\n"
    "2. 请今天（最好2小时内，最迟不超过72小时）去当地的定点传染病医院、疾控中心或医院急诊，评估是否需要吃HIV暴露后阻断药，同时查乙肝、丙肝、梅毒；阻断药由医生开具。\n"
    "3. 在确认之前请使用安全套，不要献血。"
)
EMERGENCY_CONTRACEPTION_CARE = (
    "没有避孕或避孕失败，如果不打算怀孕，紧急避孕越早越有效：\n"
    "1. 一般要在同房后72小时内（部分方法可到120小时）采取紧急避孕，越早越好；请今天去药店咨询药师，或去医院妇科、计划生育门诊，由医生或药师根据情况选择方法。\n"
    "2. 紧急避孕不能代替常规避孕，之后请使用安全套等可靠的方法；下次月经推迟一周以上请验孕。\n"
    "3. 对方感染情况不清楚的，也请当天就医评估性病和HIV的预防。"
)
ECTOPIC_RISK_CARE = (
    "刚怀孕、还没做B超确认是宫内孕，又出现一侧下腹疼，需要今天排除宫外孕：\n"
    "1. 请今天去医院妇产科（夜间去妇产科急诊），医生通常会查B超和血hCG。\n"
    "2. 在看医生之前不要剧烈活动，也不要自行吃止痛药。\n"
    "3. 腹痛突然加剧、肛门坠胀明显、头晕眼前发黑、出冷汗或晕倒，请立即拨打120。"
)
URINE_CLOTS_CARE = (
    "小便里出现血块或尿成了鲜红色，需要今天就医：\n"
    "1. 请今天去医院泌尿外科（夜间去急诊），医生会查尿常规、B超等找出血的原因；正在吃抗凝药或阿司匹林的，告诉医生，不要自行停药。\n"
    "2. 可以适量多喝水，不要憋尿。\n"
    "3. 血块堵住尿不出来、小肚子胀痛得厉害，或头晕心慌、出冷汗，请立即去急诊或拨打120。"
)
JAUNDICE_CARE = (
    "眼白或皮肤发黄，同时有尿色像浓茶、发烧或肚子疼，可能是肝脏或胆道的问题，需要今天就医：\n"
    "1. 请今天去医院消化内科或急诊，医生通常会查肝功能、血常规和腹部B超。\n"
    "2. 在看医生之前不要喝酒，不要自行吃保肝药、偏方或退烧药以外的药。\n"
    "3. 出现寒战高烧、剧烈腹痛、神志不清或特别嗜睡，请立即拨打120。"
)
CHILD_FEVER_DAYS_CARE = (
    "孩子发烧已经三天以上还没退，需要今天带去看医生：\n"
    "1. 请今天去医院儿科，医生会检查耳朵、咽喉、肺部和小便，必要时查血，找出发烧的原因。\n"
    "2. 在看医生之前多给孩子喝水，穿衣适中不要捂，记下每次的体温和用药时间。\n"
    "3. 出现精神很差、叫不醒、抽搐、呼吸急促、皮肤出现按压不褪色的皮疹，或小便明显减少，请立即去急诊或拨打120。"
)
ADULT_FEVER_DAYS_CARE = (
    "发烧已经三天以上还没退，需要今天去看医生：\n"
    "1. 请今天去医院发热门诊或内科，医生通常会查血常规，必要时拍胸片、查小便，找出发烧的原因。\n"
    "2. 在看医生之前多喝水、多休息，记下每次的体温和用药时间；不要同时吃几种感冒药或退烧药（很多含同样的成分）。\n"
    "3. 出现呼吸困难、胸痛、意识模糊、抽搐、剧烈头痛伴脖子发硬，或皮肤出现出血点、瘀斑，请立即拨打120。"
)
RED_EYE_PAIN_CARE = (
    "眼睛红、疼，同时看东西模糊或怕光，可能是青光眼急性发作、虹膜炎或角膜炎，需要今天去看眼科：\n"
    "1. 请今天就去医院眼科（夜间去眼科急诊），医生会查视力、眼压和角膜。\n"
    "2. 在看医生之前不要揉眼，不要自己买含激素或抗生素的眼药水点；戴隐形眼镜的先取下，不要再戴。\n"
    "3. 眼睛剧痛伴头痛、恶心呕吐，或视力突然明显下降，请立即去眼科急诊。"
)
INSULIN_GAP_CARE = (
    "胰岛素用完了不能等：1型糖尿病停用胰岛素，几个小时到一两天就可能出现酮症酸中毒。\n"
    "1. 请今天就去医院内分泌科门诊或急诊开药（带上正在用的笔、笔芯包装或处方），药店买不到时医院可以开。\n"
    "2. 在补上之前多喝水，按平时的时间测血糖；不要自己换用别的胰岛素，换药和剂量都请医生决定。\n"
    "3. 出现恶心呕吐、肚子疼、呼吸又深又快、呼气有烂苹果味、犯困或迷糊，请立即拨打120。"
)
TONSIL_ABSCESS_CARE = (
    "喉咙一边肿得厉害、嘴张不开或咽不下口水，可能是扁桃体周围脓肿，需要今天去看医生：\n"
    "1. 请今天去医院耳鼻喉科（夜间去急诊），脓肿常常需要医生穿刺或切开引流，单吃消炎药不一定够。\n"
    "2. 在看医生之前少量多次地喝温凉的水，吃流质；不要自己吃家里剩下的抗生素。\n"
    "3. 出现呼吸费力、喘鸣、声音闷得说不出话，或口水咽不下一直往外流，请立即拨打120。"
)
YOUNG_INFANT_FEVER_CARE = (
    "6个月以内的宝宝发烧到39℃以上，需要今天带去医院儿科：\n"
    "1. 请今天去医院儿科（夜间去儿科急诊），这么小的宝宝发烧要由医生查找原因；用不用退烧药请先问医生，不要捂汗，也不要用酒精擦身。\n"
    "2. 去医院之前继续按需喂奶，少穿一点，记下体温、吃奶量和尿量。\n"
    "3. 精神很差、叫不醒、拒奶、呼吸急促、皮肤发花或发灰、抽搐，请立即拨打120。"
)
CHILD_FEVER_FOCUS_CARE = (
    "孩子发烧，同时喊耳朵疼（或总揪耳朵），或小便时哭闹喊疼，可能是中耳炎或尿路感染，需要今天带去看医生：\n"
    "1. 请今天去医院儿科，医生会检查耳朵、查小便，是否用抗生素由医生决定。\n"
    "2. 在看医生之前多给孩子喝水，不要往耳朵里滴东西或掏耳朵，记下体温和用药时间。\n"
    "3. 出现精神很差、叫不醒、抽搐、呼吸急促、脖子发硬，或不肯喝水、小便明显减少，请立即去急诊或拨打120。"
)
GALLBLADDER_CARE = (
    "右上腹疼同时发烧，要警惕胆囊炎或胆管感染，需要今天就医：\n"
    "1. 请今天去医院急诊或普外科（肝胆外科），医生通常会查血常规、肝功能并做腹部B超。\n"
    "2. 在看医生之前先不要吃东西，尤其是油腻食物；不要自行吃止痛药把疼压下去。\n"
    "3. 出现寒战高烧、皮肤或眼睛发黄、疼得越来越厉害、意识模糊，请立即拨打120。"
)
KIDNEY_COLIC_CARE = (
    "腰一侧一阵阵绞痛，加上尿发红或以前有结石，可能是肾结石或输尿管结石发作，需要今天就医：\n"
    "1. 请今天去医院急诊或泌尿外科，医生通常会查小便、做B超或CT，并给止痛处理。\n"
    "2. 在看医生之前可以少量多次喝水，不要自行大量吃止痛药。\n"
    "3. 同时发烧寒战、疼得无法忍受、呕吐不止或几乎没有小便，请立即去急诊或拨打120。"
)
PNEUMONIA_BREATH_CARE = (
    "咳嗽、发烧，同时有点喘或气短，可能是肺部感染（老人和有慢性病的人更要当心），需要今天就医：\n"
    "1. 请今天去医院呼吸内科、发热门诊或急诊，医生通常会听诊、查血常规，必要时拍胸片、测血氧。\n"
    "2. 在看医生之前多休息、多喝水；家里有指夹血氧仪可以测一下并记下来。\n"
    "3. 出现呼吸越来越困难、说话接不上气、嘴唇发紫、意识模糊，请立即拨打120。"
)
HEAVY_PERIOD_CARE = (
    "月经量大到每小时就要换一片卫生巾，需要今天就医：\n"
    "1. 请今天去医院妇科或急诊，医生通常会查血常规看有没有贫血，并查找出血的原因。\n"
    "2. 在看医生之前多休息，起身时慢一点，记下换卫生巾的次数；不要自行吃止血药或激素。\n"
    "3. 出现头晕眼前发黑、心慌、晕倒、面色苍白出冷汗，或出血越来越多，请立即拨打120。"
)
TESTIS_INFECTION_CARE = (
    "睾丸或阴囊肿痛同时发烧，可能是附睾或睾丸发炎，需要今天就医：\n"
    "1. 请今天去医院泌尿外科或男科，医生通常会查小便并做阴囊B超，是否用抗生素由医生决定。\n"
    "2. 在看医生之前多休息，可以穿紧身内裤把阴囊托起来，不要热敷或用力按揉。\n"
    "3. 如果是突然剧烈疼痛（尤其是青少年），或疼得越来越厉害、伴呕吐，请立即去急诊：睾丸扭转耽误几个小时就可能保不住睾丸。"
)
ANTIEPILEPTIC_GAP_CARE = (
    "抗癫痫药已经断了，突然停药可能诱发发作，需要今天就处理：\n"
    "1. 请今天就去医院神经内科（或就近医院门诊、急诊）开药，尽快恢复服用；断了几天、要不要补，请按医生的意见，不要自己一次多吃。\n"
    "2. 药接上之前避免开车、游泳、登高，睡够觉，不喝酒。\n"
    "3. 出现抽搐超过5分钟、一次接一次地抽、抽完叫不醒，请立即拨打120。"
)
URINE_INFECTION_CARE = (
    "尿频、尿痛，同时尿里有血或正在怀孕，需要今天就医（孕期的尿路感染要及时治疗）：\n"
    "1. 请今天去医院泌尿外科或急诊（孕妇去产科），医生通常会查小便，是否用抗生素、用哪种由医生决定。\n"
    "2. 在看医生之前多喝水、不要憋尿；不要自己吃家里剩下的消炎药。\n"
    "3. 出现发烧寒战、腰背疼、呕吐喝不进水，孕妇出现肚子一阵阵发紧或见红，请立即去急诊或拨打120。"
)
TONSILS_CARE = (
    "发烧，扁桃体上有白点或脓点，多是细菌或病毒引起的扁桃体炎，需要今天看医生：\n"
    "1. 请今天去医院儿科（成人去耳鼻喉科或发热门诊），医生通常会查血常规，必要时做咽拭子，是否用抗生素由医生决定。\n"
    "2. 在看医生之前多喝温水，吃软烂的食物，记下体温和用药时间；不要自己吃家里剩下的消炎药。\n"
    "3. 出现喉咙一边肿得张不开嘴、流口水咽不下、呼吸费力或声音闷闷的，请立即去急诊或拨打120。"
)
ELDERLY_FEVER_WEAK_CARE = (
    "老人发烧，同时一下子没精神、不想吃东西或话变少，可能是肺部或泌尿系统等感染，老人的症状常常不典型，需要今天就医：\n"
    "1. 请今天带老人去医院发热门诊、内科或急诊，医生通常会查血常规、小便和胸片。\n"
    "2. 在看医生之前让老人少量多次喝水，记下体温和吃药情况；家里有血氧仪可以测一下。\n"
    "3. 出现叫不醒、说胡话、呼吸急促、嘴唇发紫、血压低或几乎没有小便，请立即拨打120。"
)
PNEUMONIA_CARE = (
    "发烧几天，同时咳嗽带血丝或一吸气胸口就疼，可能是肺部感染，需要今天就医：\n"
    "1. 请今天去医院呼吸内科或急诊，医生通常会听诊、查血常规并拍胸片，是否用抗生素由医生决定。\n"
    "2. 在看医生之前多休息、多喝水，记下体温变化。\n"
    "3. 出现呼吸困难、嘴唇发紫、咳出大量鲜血、意识模糊，请立即拨打120。"
)
PREGNANCY_LATE_CARE = (
    "怀孕晚期出现出血、破水或规律宫缩，请尽快去医院产科：\n"
    "1. 鲜红色出血（不论多少）、下面流水（可能是破水）、宫缩变得规律（比如每5–6分钟一次）或越来越密，或胎动明显减少，请现在就带上产检资料"
    "去产科急诊；破水后尽量躺着去医院，不要洗澡。\n"
    "2. 只是少量粉色或咖啡色分泌物（见红），没有宫缩和流水，多是临产的信号，可以先打电话问产检医院，按医生的安排去医院。\n"
    "3. 出血很多、肚子持续剧痛发硬、头痛眼花或抽搐，请立即拨打120。"
)
EXERCISE_DARK_URINE_CARE = (
    "剧烈运动后小便变成酱油色或浓茶色，并有肌肉酸痛、肿胀，可能是横纹肌溶解，会损伤肾脏，需要今天就医：\n"
    "1. 请今天去医院急诊，医生会查肌酸激酶、肾功能和尿常规；在看医生之前不要再运动，也不要自行吃止痛药，有些止痛药会加重肾损伤。\n"
    "2. 去医院之前可以适量喝水，不要憋尿。\n"
    "3. 尿量明显减少或没有尿、全身浮肿、心慌、意识模糊，请立即拨打120。"
)
TRANSPLANT_FEVER_CARE = (
    "做过器官移植、长期吃抗排异药的人，出现发烧、尿量明显减少或移植部位疼痛，可能是感染或排异反应，不能在家观察：\n"
    "1. 请今天就联系您的移植中心或随访医生，并尽快去医院急诊，告诉医生您做过移植、正在吃哪些抗排异药。\n"
    "2. 不要自行调整抗排异药，其他药（包括退烧药）也先问过医生再用。\n"
    "3. 高烧寒战、呼吸困难、意识模糊或完全没有尿，请立即拨打120。"
)
PD_CLOUDY_CARE = (
    "腹膜透析放出来的液体变浑浊（像淘米水），尤其伴肚子痛或发烧，多半是腹膜炎，需要今天处理：\n"
    "1. 把这袋浑浊的透出液留好（不要倒掉），马上联系您的腹透中心或透析护士，今天就去医院，医生要化验透出液后用抗生素。\n"
    "2. 在此之前按原来的方案继续换液，严格洗手、戴口罩，不要自行往透析液里加药。\n"
    "3. 高烧寒战、肚子剧痛、呕吐不能进食或头晕心慌，请立即去急诊。"
)
SHINGLES_CARE = (
    "身体一侧成簇的小水泡、排成一条带子并且疼得像火烧针扎，多半是带状疱疹，越早用抗病毒药越好：\n"
    "1. 请今天或明天去医院皮肤科，起疹72小时内开始抗病毒治疗，能减轻疼痛和以后的神经痛。\n"
    "2. 不要挑破水泡，不要涂牙膏或偏方；穿宽松衣服，避免接触孕妇、新生儿和没出过水痘的人。\n"
    "3. 长在额头、眼皮或鼻尖附近，或眼睛红痛怕光，请当天去眼科；高烧、头痛剧烈、意识不清请立即去急诊。"
)
LOCHIA_CARE = (
    "产后恶露有臭味、又变多，或伴发烧、小肚子疼，可能是产后感染（子宫内膜炎），需要今天就医：\n"
    "1. 请今天去分娩医院的产科或妇科（夜间去急诊），带上出院小结。\n"
    "2. 保持外阴清洁，勤换卫生巾，不要盆浴，不要自行用药冲洗；哺乳期用药请医生来选。\n"
    "3. 出血多（一小时湿透一片卫生巾）、高烧寒战、头晕心慌，请立即拨打120。"
)
APPENDICITIS_CARE = (
    "右下腹痛越来越明显（走路震得疼、按下去疼、恶心或发烧），要排除阑尾炎，需要今天就医：\n"
    "1. 先不要吃东西喝水，也不要吃止痛药、不要热敷或揉肚子，以免掩盖病情。\n"
    "2. 请今天去医院普外科或急诊（孩子去儿科急诊），医生会查血和做B超。\n"
    "3. 疼得直不起腰、高烧寒战、肚子变硬、频繁呕吐，请立即拨打120。"
)
KAWASAKI_CARE = (
    "孩子发烧超过5天，同时有眼睛红、嘴唇干裂发红、手脚红肿或脱皮，需要排除川崎病：\n"
    "1. 请今天带孩子去医院儿科就诊（夜间去儿科急诊），说明发烧了几天、出现过哪些表现。\n"
    "2. 在此之前照常护理退烧、多喝水，不要自行用偏方。\n"
    "3. 精神很差、叫不醒、呼吸急促、脸色发灰，请立即拨打120。"
)
PREGNANCY_BP_CARE = (
    "孕期血压偏高，又有头胀头痛、眼花或明显水肿，需要排除妊娠期高血压和子痫前期：\n"
    "1. 先左侧卧休息15分钟后再量一次血压，记下数值。\n"
    "2. 请今天就去产检医院的产科（夜间去产科急诊），查尿蛋白和血压，不要等到下次产检。\n"
    "3. 剧烈头痛、看东西模糊、上腹痛、抽搐或呼吸困难，请立即拨打120。"
)
EAR_DISCHARGE_CARE = (
    "耳朵突然往外流脓或流黄水（常常是耳朵疼了一阵之后），多半是中耳炎让鼓膜穿了孔，需要尽快看医生：\n"
    "1. 用干净的棉球轻轻擦掉外耳的分泌物，不要往耳朵里塞东西、掏耳朵，也不要自己滴药或让耳朵进水。\n"
    "2. 请今天或明天去医院耳鼻喉科（孩子去儿科或耳鼻喉科），需要医生检查后决定用药。\n"
    "3. 耳朵后面红肿、剧烈头痛、高烧、脖子发硬、呕吐或精神很差，请立即去急诊。"
)
FETAL_MOVEMENT_CARE = (
    "感觉胎动明显少了，需要今天就检查：\n"
    "1. 先左侧卧，安静地数1小时胎动；吃点东西后再数一次。\n"
    "2. 不论数的结果如何，只要觉得胎动比平时少或变弱，请今天就去产检医院的产科（夜间去产科急诊）做胎心监护，不要等到下次产检。\n"
    "3. 完全感觉不到胎动、同时肚子剧痛、阴道流血或流水，请立即去医院或拨打120。"
)
PREGNANCY_ITCH_CARE = (
    "孕期手心脚心发痒（尤其是晚上、没有皮疹），需要尽快排除妊娠期肝内胆汁淤积：\n"
    "1. 请今天或明天去产检医院的产科，查肝功能和胆汁酸，并说明痒的部位和时间。\n"
    "2. 在此之前每天留意胎动，不要自行用药膏或偏方止痒。\n"
    "3. 胎动明显减少、皮肤或眼白发黄、尿色很深，请当天去产科急诊。"
)
POSTOP_CARE = (
    "手术后出现发烧、伤口鼓包或裂开流脓、出血、皮肤眼白发黄，需要今天处理：\n"
    "1. 请今天就联系做手术的医院或主刀医生的门诊（夜间去急诊），带上出院小结，说明手术日期和现在的情况。\n"
    "2. 不要自己挤压、挑开鼓包或伤口，保持伤口干净干燥；按医生原来的交代吃药，不要自行加减。\n"
    "3. 出血止不住、大口吐血或咳血、呼吸困难、胸痛、神志不清，请立即拨打120。"
)
CAST_CARE = (
    "打了石膏或夹板后手指脚趾发紫、发麻、发凉，或越来越肿越来越疼，可能是包得太紧压住了血管和神经：\n"
    "1. 马上把伤肢抬高到高于心脏的位置，活动一下手指脚趾；不要自己拆石膏。\n"
    "2. 请今天（最好现在）就回医院骨科或急诊，请医生松开或重新固定。\n"
    "3. 疼得越来越厉害、手指脚趾发白发凉没有知觉，请立即去急诊。"
)
STUCK_OUT_CARE = (
    "原来能推回去的疝气、痔疮或脱出的肠子这次推不回去了，需要今天就医：\n"
    "1. 平躺放松，不要用力反复去按、去塞，也不要热敷；暂时不要吃东西。\n"
    "2. 请今天去医院普外科或急诊，嵌顿久了可能影响血供。\n"
    "3. 肚子剧痛、呕吐、肚子胀、不排气不排便，或鼓出来的地方发紫发黑，请立即去急诊或拨打120。"
)
AIRWAY_FOREIGN_BODY_CARE = (
    "孩子吃花生、瓜子、果冻这类东西时呛到，之后还在咳，要排除东西进了气管：\n"
    "1. 孩子能哭能说、呼吸平稳时，不要拍背、抠喉咙，也不要再喂东西。\n"
    "2. 即使现在咳得少了，也请今天带孩子去医院儿科或耳鼻喉科检查，气管里的异物过几天会引起肺炎。\n"
    "3. 出现呼吸困难、说不出话、哭不出声、嘴唇发紫，请立即拨打120，1岁以上的孩子马上做海姆立克急救。"
)
ABORTION_FEVER_CARE = (
    "流产（药流、人流、清宫）后发烧或出血有异味，可能是宫腔感染或有残留，需要今天就医：\n"
    "1. 请今天去做手术或开药的医院妇科（夜间去急诊），带上之前的病历和B超单。\n"
    "2. 在此之前不要盆浴、不要同房，不要自己乱吃抗生素或止血药。\n"
    "3. 出血多（一小时湿透一片卫生巾）、高烧寒战、肚子剧痛、头晕心慌，请立即拨打120。"
)
SUGAR_HI_CARE = (
    "血糖仪显示HI或血糖很高，同时口渴、尿多、乏力，需要今天就医：\n"
    "1. 先洗手后换一根手指再测一次；多喝白开水，不要喝含糖饮料。\n"
    "2. 请今天去医院内分泌科或急诊查血糖、酮体；不要自己临时大幅加药或加胰岛素。\n"
    "3. 出现恶心呕吐、肚子痛、呼吸深快、呼出的气有烂苹果味、犯困或神志不清，请立即拨打120。"
)
SUNBURN_CARE = (
    "晒伤起了水泡，又有发烧、发冷或恶心，说明晒伤面积大、身体反应重，请这样处理：\n"
    "1. 马上离开阳光，用凉水湿敷或冲凉（不要用冰），穿宽松的棉质衣服；少量多次地喝水或淡盐水。\n"
    "2. 不要挑破水泡，不要涂牙膏、酱油、白酒或偏方。\n"
    "3. 今天去医院皮肤科或急诊处理。出现神志不清、抽搐、体温很高却不出汗、喝不进水、尿很少，请立即拨打120。"
)
HEAT_EXHAUSTION_CARE = (
    "出汗很多后头晕、恶心、抽筋，可能是中暑的早期（热衰竭），请马上这样做：\n"
    "1. 立即到阴凉通风的地方或空调房，解开衣服，用凉水擦身、扇风降温。\n"
    "2. 清醒的话少量多次地喝淡盐水或运动饮料，不要一次猛喝；抽筋的地方轻轻拉伸，不要用力揉。\n"
    "3. 休息30分钟仍没有好转，请今天就医；出现神志不清、说胡话、体温很高却不出汗、抽搐或晕倒，是热射病，请立即拨打120。"
)
ALTITUDE_CARE = (
    "到了高原后头痛、恶心、睡不着，多半是高原反应，请这样做：\n"
    "1. 今天停止继续上升，多休息，不要剧烈活动，不要喝酒、不要用安眠药；有条件可以吸氧。\n"
    "2. 请今天去当地医院看一下，由医生决定是否用药；症状没有好转甚至加重，就要下撤到低海拔的地方。\n"
    "3. 出现走路不稳、意识模糊、喘不上气、咳嗽咳粉红色泡沫痰，是高原脑水肿或肺水肿，请立即吸氧、尽快下撤并去急诊或拨打120。"
)
CROUP_CARE = (
    "孩子咳嗽像狗叫、声音嘶哑、吸气时有响声，可能是急性喉炎，请这样做：\n"
    "1. 让孩子保持安静，尽量抱着安抚，哭闹会让呼吸更费力；可以开窗或抱到凉爽的地方呼吸新鲜空气。\n"
    "2. 请今天就去医院儿科（夜间去儿科急诊），由医生决定是否用药和雾化。\n"
    "3. 安静时吸气也有明显响声、呼吸费力（胸口凹陷）、嘴唇发紫、流口水、说不出话或烦躁不安，请立即拨打120。"
)
ASTHMA_WORSE_CARE = (
    "哮喘用药越来越频繁或不管用，说明正在加重，需要今天就医：\n"
    "1. 按医生给的哮喘行动计划用缓解药，坐直身体，保持安静，远离烟雾、冷空气和可能的过敏原。\n"
    "2. 请今天就去医院（孩子去儿科，成人去呼吸内科或急诊），带上正在用的药；不要自己加大用量。\n"
    "3. 说话说不成句、嘴唇或指甲发紫、用了缓解药仍然喘得厉害、胸口明显凹陷、精神差，请立即拨打120。"
)
DVT_CARE = (
    "一侧小腿突然肿痛、比另一侧粗，尤其在产后、手术后、长途旅行或久坐卧床后，可能是下肢深静脉血栓：\n"
    "1. 不要按摩、揉捏或热敷这条腿，少走动，把腿垫高。\n"
    "2. 请今天就去医院急诊或血管外科做下肢血管B超。\n"
    "3. 突然胸痛、喘不上气、咳血、心慌、晕倒，可能是血栓跑到肺里，请立即拨打120。"
)
TRAVEL_FEVER_CARE = (
    "从国外或疟疾流行地区回来后发烧，需要今天就医：\n"
    "1. 请今天去医院感染科或急诊，一定告诉医生去过哪里、什么时候回来，必要时要查疟疾等输入性传染病。\n"
    "2. 在看医生之前多喝水、注意休息，不要自己吃剩下的抗疟药或抗生素。\n"
    "3. 出现神志不清、抽搐、尿很少或呈酱油色、呼吸困难、皮肤发黄，请立即拨打120。"
)
BLOODY_DIARRHEA_CARE = (
    "拉肚子带血并发烧或腹痛，需要今天就医：\n"
    "1. 请今天去医院消化内科、感染科或急诊，最好留一点大便装在干净的容器里带去化验；不要自己吃止泻药。\n"
    "2. 少量多次地喝水或口服补液盐，防止脱水。\n"
    "3. 出血很多、拉出大量鲜血或血块、头晕心慌、晕倒、腹痛剧烈，请立即拨打120。"
)
NEWBORN_CARE = (
    "新生儿黄疸加重、肚脐红肿有脓，或吃奶明显变差，需要今天就医：\n"
    "1. 请今天带宝宝去医院儿科或新生儿科，黄疸的要查胆红素，肚脐有脓的要检查是否感染；不要自行给宝宝用药或涂偏方。\n"
    "2. 在去医院之前继续按需喂奶，注意保暖，观察尿量和精神。\n"
    "3. 宝宝发烧（38℃以上）或体温偏低、精神很差叫不醒、拒奶、抽搐、皮肤发灰或呼吸困难，请立即去儿科急诊或拨打120。"
)
CONCUSSION_CARE = (
    "头部被撞后懵了一下、头痛或想吐，可能是脑震荡，需要今天检查：\n"
    "1. 立即停止运动和工作，安静休息，不要喝酒，不要开车。\n"
    "2. 请今天去医院急诊或神经外科，由医生判断是否需要做头颅CT；之后24小时要有人陪着观察。\n"
    "3. 出现反复呕吐、越来越想睡或叫不醒、头痛越来越重、说话不清、一侧手脚无力、抽搐、耳朵或鼻子流血水，请立即拨打120。"
)
PALPITATIONS_CARE = (
    "心慌、脉搏又快又乱持续了一段时间，需要今天检查：\n"
    "1. 先坐下或躺下休息，不要喝咖啡、浓茶和酒，不要开车。\n"
    "2. 请今天就去医院急诊或心血管内科做心电图，正在发作时做最能看清是什么心律失常；不要自行加吃药物。\n"
    "3. 同时有胸痛、喘不上气、头晕要晕倒、一侧手脚无力或说话不清，请立即拨打120。"
)
POSTPARTUM_PSYCHOSIS_CARE = (
    "产后突然不睡觉、说有人要害孩子、自言自语，可能是产后精神病，需要今天就医：\n"
    "1. 请不要让她单独照顾宝宝，也不要让她一个人待着，家里一直要有人陪；收好刀具和药物。\n"
    "2. 请今天就陪她去医院精神心理科或急诊，这是可以治疗的病，越早越好。\n"
    "3. 她说要伤害自己或孩子，或已经有这样的举动，请立即拨打120或110。"
)
JAW_DISLOCATION_CARE = (
    "下巴掉了、嘴合不上，多半是下颌关节脱位，请这样做：\n"
    "1. 不要自己用力往回推，也不要让没有经验的人硬掰；用手或围巾托住下巴，少说话。\n"
    "2. 请今天尽快去医院口腔科或急诊，由医生复位，越早越容易复位。\n"
    "3. 是被撞伤或摔伤后出现的，或同时有剧烈疼痛、出血、牙齿咬不上，请直接去急诊拍片。"
)
PARAPHIMOSIS_CARE = (
    "包皮翻上去回不来、前面肿起来，叫嵌顿包茎，需要尽快处理：\n"
    "1. 不要硬推硬拉；可以用冷毛巾或隔着布的冰袋轻轻冷敷几分钟消肿。\n"
    "2. 请今天尽快去医院急诊或泌尿外科（孩子去小儿外科），时间长了会影响血液循环。\n"
    "3. 前端发紫发黑或尿不出来，请立即去急诊。"
)
RETAINED_TAMPON_CARE = (
    "卫生棉条留在体内太久，请这样做：\n"
    "1. 洗干净手，蹲下或一只脚踩在凳子上，轻轻拉尾绳或用手指取出；取不出来不要用工具掏。\n"
    "2. 取不出来，或有异味、分泌物异常、下腹痛，请今天去医院妇科。\n"
    "3. 出现高烧、全身像晒伤一样的皮疹、呕吐腹泻、头晕、血压低，可能是中毒性休克综合征，请立即去急诊或拨打120。"
)
EARDRUM_CARE = (
    "耳朵被打、被掏伤后听不清、耳鸣或出血，可能是鼓膜穿孔，请这样做：\n"
    "1. 保持耳朵干燥，洗澡时用干棉球挡住外耳道，不要往耳朵里滴药、滴水，不要掏耳朵，也不要用力擤鼻涕。\n"
    "2. 请今天去医院耳鼻喉科检查。\n"
    "3. 同时有剧烈眩晕、呕吐、口角歪斜，或头部被重击后出现呕吐、嗜睡，请立即拨打120。"
)
NEAR_DROWNING_CARE = (
    "呛水或溺水被救起后还在咳嗽、呼吸快，需要今天去医院观察：\n"
    "1. 让他安静休息，保暖，有人一直陪着，不要再下水。\n"
    "2. 请今天就去医院急诊（孩子去儿科急诊），溺水后的肺部问题可能在几个小时后才出现，需要医生检查和观察。\n"
    "3. 出现呼吸越来越费力、嘴唇发紫、咳粉红色泡沫痰、精神差或叫不醒，请立即拨打120。"
)
SYNCOPE_CARE = (
    "刚才晕倒过、已经醒过来，也需要今天查明原因：\n"
    "1. 先躺下或坐着休息，慢慢起身，今天不要开车、不要独自洗澡或登高，身边要有人。\n"
    "2. 请今天去医院急诊或心血管内科、神经内科，做心电图等检查，老人和有心脏病的尤其不要拖；带上平时吃的药。\n"
    "3. 再次晕倒，或有胸痛、心慌、喘不上气、一侧手脚无力、说话不清、抽搐，请立即拨打120。"
)
JELLYFISH_CARE = (
    "被水母蛰伤，请这样处理：\n"
    "1. 马上离开海水，用海水（不要用淡水）冲洗，用卡片边缘轻轻刮掉残留的触须，不要用手直接摸，也不要揉搓。\n"
    "2. 可以把伤处泡在能耐受的热水里（约40℃）20–30分钟止痛；红肿范围大、疼得厉害或起水疱，请今天就医。\n"
    "3. 出现全身起风团、呼吸困难、胸闷、嘴唇肿、头晕、恶心呕吐、肌肉抽筋，请立即拨打120。"
)
FEBRILE_SEIZURE_CARE = (
    "孩子发烧时抽了一下、现在已经停了，也需要今天就医：\n"
    "1. 让孩子侧躺休息，松开衣服，不要往嘴里塞东西，不要掐人中，也不要捂汗；记下抽了多长时间、什么样子。\n"
    "2. 请今天带孩子去医院儿科（第一次发作最好直接去儿科急诊），由医生查找发烧的原因。\n"
    "3. 再次抽搐超过5分钟、一天内反复抽、抽完后一直叫不醒或精神很差、呼吸困难、脖子发硬，请立即拨打120。"
)
DRUNK_CARE = (
    "喝多了呕吐、站不稳，请这样照顾：\n"
    "1. 让他侧躺，头偏向一侧，防止呕吐物呛进气管；一直有人陪着，不要让他一个人睡，也不要再喝酒。\n"
    "2. 不要催吐，不要灌浓茶、咖啡或解酒药；未成年人醉酒，或还吃了药的，请今天就医。\n"
    "3. 叫不醒、呼吸变慢或不规律、嘴唇发紫、抽搐、体温很低、吐出血或咖啡样的东西，请立即拨打120。"
)
CATHETER_CARE = (
    "带着导尿管却没有尿流出来、肚子胀，请这样处理：\n"
    "1. 检查管子有没有打折、压在身下，尿袋要放在比膀胱低的位置，不要自己用力冲洗或拔管。\n"
    "2. 还是没有尿，请今天尽快去医院急诊或泌尿外科处理或更换尿管，憋久了会损伤膀胱和肾。\n"
    "3. 同时发烧寒战、腰痛、神志不清，请立即拨打120。"
)
HEART_FAILURE_CARE = (
    "心衰的人体重短期增加、脚肿加重、要垫高枕头才能睡，说明心衰在加重，需要今天就医：\n"
    "1. 请今天去医院心血管内科或急诊，带上正在吃的药和近几天的体重记录，是否调整利尿药等由医生决定，不要自己加减。\n"
    "2. 在看医生之前少喝水、吃得清淡少盐，半坐着休息。\n"
    "3. 出现喘得不能平躺、坐着也憋、咳粉红色泡沫痰、胸痛、嘴唇发紫，请立即拨打120。"
)
LAB_VALUE_CARE = (
    "这项化验结果（如血钾过高或过低、INR明显升高、血小板或中性粒细胞很低）需要医生今天就看：\n"
    "1. 请今天联系负责治疗的医生，或带上化验单和正在吃的药去医院门诊或急诊，由医生决定是否调整用药、要不要马上处理或复查；不要自己停药、加药或改剂量。\n"
    "2. 血小板或粒细胞很低时，避免磕碰和人多的地方，用软毛牙刷，勤洗手、戴口罩。\n"
    "3. 出现心慌、胸闷、手脚无力、发烧或寒战、黑便、呕血、尿血或出血止不住、意识不清，请立即拨打120或去急诊。"
)
TREATMENT_SIDE_EFFECTS_CARE = (
    "化疗、靶向或免疫治疗期间出现这些情况（吐得喝不进水、一天拉好几次、嘴里溃疡吃不了东西、咳喘加重、尿变少），需要今天处理：\n"
    "1. 请今天联系您的肿瘤科医生或治疗中心，或去医院急诊，带上治疗方案和正在吃的药；很多副作用早处理就能控制，不要硬扛到下次复诊。\n"
    "2. 在看医生之前小口多次喝水或口服补液盐，记下每天吐、拉的次数和尿量；不要自己吃止泻药或停用抗肿瘤药，是否调整由医生决定。\n"
    "3. 出现发烧（38℃以上）或寒战、头晕站不稳、一整天几乎没尿、呼吸困难或意识不清，请立即拨打120或去急诊。"
)
MEDICINE_REACTION_CARE = (
    "正在吃的药可能引起了需要当天查看的反应（如白细胞下降、肝功能损伤、血药浓度过高或肌肉损伤）：\n"
    "1. 请今天就联系开药的医生，或带上药盒去医院门诊或急诊，通常需要抽血化验（血常规、肝肾功能、肌酸激酶或血药浓度）。\n"
    "2. 不要自己加量、减量，也不要擅自停药，等医生看了化验结果再决定；把什么时候开始吃、每天怎么吃告诉医生。\n"
    "3. 出现高烧寒战、眼白或皮肤发黄、意识不清、走路不稳、尿像浓茶或酱油、皮肤大片起泡或嘴里大片溃烂，请立即拨打120或去急诊。"
)
TUBE_CARE = (
    "导管、造瘘管或鼻饲管脱出、堵住，管子周围红肿流脓，或带着管子发烧（可能是管子相关的感染），需要今天处理：\n"
    "1. 管子脱出后不要自己往回插，用干净纱布盖住口子，带上脱出的管子尽快去医院（造瘘口几个小时内就可能缩小，越早去越好）。\n"
    "2. 鼻饲管或胃管脱出后，在医生重新放好之前不要从嘴里硬喂饭喂水，容易呛进气管；管子周围红肿流脓时保持干净干燥，不要自己挤或涂药。\n"
    "3. 寒战高烧、意识不清、呼吸急促、肚子剧痛或出血不止，请立即拨打120或去急诊。"
)
ASPIRATION_CARE = (
    "吃饭喝水容易呛、或靠鼻饲进食的人出现发烧、痰多、喘，可能是吸入性肺炎，需要今天就医：\n"
    "1. 请今天去医院呼吸内科或急诊，带上正在吃的药；在看医生之前喂饭喂水时让人坐直或半坐，小口慢喂，鼻饲时床头抬高。\n"
    "2. 呛咳明显时先暂停经口进食，等医生评估吞咽后再决定怎么吃。\n"
    "3. 出现呼吸急促、嘴唇发紫、血氧低于93%、叫不醒或意识不清，请立即拨打120。"
)
KETONES_CARE = (
    "糖尿病人血糖高、尿酮或血酮阳性，可能正在发展为酮症酸中毒，需要今天就医：\n"
    "1. 请今天去医院内分泌科或急诊（孩子去儿科急诊），带上血糖记录和正在用的药；不要自己停用胰岛素，也不要自己加量，由医生决定怎么调整。\n"
    "2. 在看医生之前多喝白开水，每2–3小时测一次血糖。\n"
    "3. 出现呕吐、肚子痛、呼吸深快、呼出的气有烂苹果味、犯困叫不醒，请立即拨打120。"
)
COPD_CARE = (
    "慢阻肺的人痰变黄变多、喘得比平时重或血氧比平时低，说明病情在加重（急性加重），需要今天就医：\n"
    "1. 请今天去医院呼吸内科或急诊，带上正在用的吸入药和血氧记录；是否加用药物、氧气怎么调由医生决定，不要自己把家用氧开得很大。\n"
    "2. 在看医生之前坐着或半躺休息，按医生原来交代的方法用药。\n"
    "3. 出现说话说不成句、嘴唇发紫、血氧持续低于88%、犯困叫不醒或意识不清，请立即拨打120。"
)
VOMITED_MEDICINE_CARE = (
    "抗癫痫药、抗排异药这类不能漏的药吃下去又吐了，要不要补吃、怎么补需要医生今天决定：\n"
    "1. 请今天联系开药的医生或去医院门诊、急诊，说清楚是哪一顿药、吃下去多久吐的、吐了几次；不要自己加倍补吃，也不要干脆停掉。\n"
    "2. 在问到医生之前让人多休息，小口多次喝水，留意有没有发作或别的不适。\n"
    "3. 出现抽搐发作、吐个不停喝不进水、犯困叫不醒或发烧，请立即拨打120或去急诊。"
)
REPEATED_LOWS_CARE = (
    "一两天内反复低血糖，说明胰岛素或降糖药现在的用法可能不合适，需要医生今天调整：\n"
    "1. 请今天联系内分泌科医生或去医院门诊，带上血糖记录和正在用的药；不要自己随意减停，也不要为了防低血糖多吃很多。\n"
    "2. 在看医生之前按时吃饭，身边备好糖果或含糖饮料，多测几次血糖（包括睡前和夜里），不要独自开车或外出。\n"
    "3. 低血糖吃糖后15分钟还不好转、意识模糊、叫不醒或抽搐，请立即拨打120。"
)
DIALYSIS_MISSED_CARE = (
    "漏了一次透析，体内的水和钾会越积越多，需要今天就补：\n"
    "1. 请马上联系您的透析中心，今天安排补做透析，不要等到下次固定时间。\n"
    "2. 在补做之前少喝水，不吃香蕉、橙子、土豆、菌菇等含钾多的食物。\n"
    "3. 出现喘不上气、不能平躺、胸闷心慌、手脚无力或发麻，请立即拨打120。"
)
BOWEL_BLOCKED_CARE = (
    "好几天没有大便（或造口不排东西）又肚子胀，可能是严重便秘或肠梗阻，需要今天就医：\n"
    "1. 请今天去医院普外科、造口门诊或肿瘤科就诊，带上正在用的止痛药；不要自己加大泻药用量，也不要自己灌肠或往造口里塞东西。\n"
    "2. 在看医生之前少吃多餐，吃容易消化的流质，记下最后一次排便或排气的时间。\n"
    "3. 出现呕吐、肚子剧痛或越来越胀、完全不排气，请立即去急诊或拨打120。"
)
CIRRHOSIS_CARE = (
    "肝硬化（尤其有腹水）的人发烧或肚子痛，可能是腹水感染，需要今天就医：\n"
    "1. 请今天去医院消化内科、肝病科或急诊，带上正在吃的药和最近的化验单，通常需要查血和抽腹水化验；不要自己吃止痛药或消炎药。\n"
    "2. 在看医生之前注意休息，吃清淡少盐的饭。\n"
    "3. 出现呕血、黑便、犯困说胡话、叫不醒或尿很少，请立即拨打120。"
)
EDEMA_CARE = (
    "浮肿加上尿明显变少，可能是肾脏或心脏的问题在加重，需要今天就医：\n"
    "1. 请今天去医院肾内科（孩子去儿科）或急诊，带上正在吃的药和最近的化验单；正在吃激素或利尿药的不要自己停药或加量。\n"
    "2. 在看医生之前记下每天的尿量和体重，吃清淡少盐的饭。\n"
    "3. 出现喘不上气、不能平躺、一整天几乎没尿或抽搐，请立即拨打120。"
)
DELIRIUM_CARE = (
    "老人几天内突然比平时糊涂很多，常见原因是尿路或肺部感染、脱水、血糖或电解质紊乱、药物影响，需要今天就医：\n"
    "1. 请今天带老人去医院急诊或内科，带上正在吃的所有药；在看医生之前多陪着，防止跌倒和走失。\n"
    "2. 记下从什么时候开始、有没有发烧、尿频尿痛、咳嗽、吃喝少了，告诉医生。\n"
    "3. 出现叫不醒、一侧手脚无力、说话不清、抽搐或高烧，请立即拨打120。"
)
PREGNANCY_BP_SEVERE_CARE = (
    "孕期血压达到150/100或更高，即使没有头痛眼花，也需要今天去医院：\n"
    "1. 请今天去医院产科门诊或产科急诊复测血压、查尿蛋白和胎儿情况，带上产检本；降压药是否调整由医生决定。\n"
    "2. 在看医生之前左侧卧休息，隔15分钟再安静地测一次血压并记下来。\n"
    "3. 出现剧烈头痛、眼花看不清、上腹痛、喘不上气、抽搐或阴道流血，请立即拨打120。"
)
FISTULA_CARE = (
    "透析内瘘摸不到震颤，可能是内瘘堵了（血栓），要尽快处理：\n"
    "1. 请马上联系您的透析中心或血管通路医生，今天就去处理，越早越有可能把内瘘通开。\n"
    "2. 这只手臂不要量血压、抽血、输液，不要戴表或提重物，不要压着睡。\n"
    "3. 同时胸闷气短、心慌、全身无力，可能与透析有关，请立即去急诊。"
)
KIDNEY_INFECTION_CARE = (
    "尿频、尿痛并发烧（尤其腰背痛、寒战），可能是尿路感染上行到了肾脏（肾盂肾炎），需要今天就医：\n"
    "1. 请今天去医院急诊、泌尿外科或肾内科，验尿和查血后由医生决定用什么抗生素；不要自己吃家里剩下的消炎药。孕妇请去产科急诊。\n"
    "2. 在看医生之前多喝水、不要憋尿，发烧时可以用温水擦身。\n"
    "3. 高烧寒战不退、呕吐喝不进水、精神很差、头晕眼花站不稳，请立即去急诊或拨打120。"
)
FROSTBITE_CARE = (
    "手指、脚趾或耳朵冻得发白、发紫、没知觉，可能是冻伤，请这样处理：\n"
    "1. 尽快到温暖的地方，脱掉湿冷的手套鞋袜；确定不会再次受冻后，把冻伤部位泡在温水里（手摸着温热不烫，约37–39℃）20–30分钟复温。\n"
    "2. 不要用雪搓、不要用力按摩，也不要用火烤、热水袋或电热毯直接加热；起了水泡不要挑破，用干净纱布松松地包好。\n"
    "3. 复温后仍然发白发紫、没知觉、起了水泡或发黑，请今天去医院急诊或皮肤科；全身发抖不止、说话含糊、越来越想睡，是低体温，请立即拨打120。"
)
ZIPPER_CARE = (
    "拉链夹住了皮肤，请这样处理：\n"
    "1. 不要硬拉拉链，越拉夹得越紧；可以在拉链上涂点食用油或肥皂水，试着轻轻往回退一点。\n"
    "2. 退不出来，就连着裤子一起用干净的布护住，今天去医院急诊（孩子去小儿外科），医生会剪断拉链取出，通常很快。\n"
    "3. 夹住的地方发紫发黑、肿得越来越厉害，或孩子尿不出来，请尽快去急诊。"
)
ANTICOAGULANT_BLEEDING_CARE = (
    "正在吃抗凝药，出血止不住或身上多处青紫，可能是抗凝过量，需要今天检查：\n"
    "1. 出血的地方用干净纱布持续按压15–20分钟；刷牙出血可以咬住纱布或冷水含漱。\n"
    "2. 今天就去医院急诊或开药的科室查凝血（吃华法林的查INR），带上药盒；不要自行停药、减药或加药，等医生决定。\n"
    "3. 出现大量出血、呕血、黑便或血尿很多、剧烈头痛、头晕心慌、一侧手脚无力，请立即拨打120。"
)
HIVES_CARE = (
    "突然起风团、嘴唇一圈红肿，可能是过敏，请这样做：\n"
    "1. 立即停止接触、不要再吃可疑的食物或药物，记下刚才吃过、用过什么；不要抓挠，可以冷敷止痒。\n"
    "2. 请今天去医院皮肤科或急诊，是否需要用抗过敏药由医生或药师决定。\n"
    "3. 出现眼皮或舌头肿、喉咙发紧、声音嘶哑、呼吸困难、喘、头晕、心慌、呕吐或肚子痛，是严重过敏，请立即拨打120。"
)
EARLY_PREGNANCY_BLEEDING_CARE = (
    "怀孕早期见红或少量出血，需要今天检查：\n"
    "1. 先卧床休息，不要提重物、不要同房，留意出血量和颜色，保留用过的卫生巾给医生看。\n"
    "2. 请今天去医院妇产科，做B超和抽血，确认胚胎的位置和情况（排除宫外孕）；不要自行用药保胎。\n"
    "3. 出血比月经还多、有血块，肚子剧烈疼痛、肛门坠胀、肩膀疼、头晕或晕倒，请立即拨打120。"
)
PREGNANCY_BP_READING_CARE = (
    "孕期或产后血压达到140/90或更高，即使没有不舒服，也需要在24小时内请产科医生评估（排除妊娠期高血压和子痫前期）：\n"
    "1. 先安静坐好或左侧卧休息15分钟，再量一次，记下两次的数值和时间。\n"
    "2. 请今天或明天去产检的医院产科（产后去分娩的医院），查血压和尿蛋白，不要等到下次产检或产后复查。\n"
    "3. 血压到160/110或更高，或出现剧烈头痛、看东西模糊、上腹痛、抽搐、呼吸困难，请立即去产科急诊或拨打120。"
)
MEDICINE_MIXUP_CARE = (
    "药吃重了或吃错了，请先这样做：\n"
    "1. 不要为了“抵消”而自己催吐、跳过或加吃别的药；把药盒和剩下的药找出来，记下药名、多吃了多少、什么时候吃的。\n"
    "2. 今天请打电话问开药的医生或医院药师，或去医院急诊，由医生决定要不要观察、下一次怎么吃。在此之前：吃了降压药的慢慢起身防跌倒，"
    "能测就测血压；吃了降糖药的按时吃饭、测血糖；吃了华法林等抗凝药的留意牙龈出血、黑便、瘀青；吃了安眠药的不要开车，身边要有人。\n"
    "3. 出现意识模糊、叫不醒、呼吸变慢、胸闷心慌、晕倒、抽搐，请立即拨打120，并带上药盒。"
)
ZOSTER_EYE_CARE = (
    "带状疱疹长在眼睛周围、额头或鼻尖，可能会累及眼睛，需要尽快治疗：\n"
    "1. 请今天（最迟明天）去医院皮肤科和眼科，抗病毒药越早用效果越好，最好在出疹后72小时内开始，由医生开具。\n"
    "2. 不要揉眼睛，不要抓破疱疹，也不要把药膏涂进眼睛里；毛巾、脸盆单独使用。\n"
    "3. 眼睛红痛、怕光、看东西模糊，请当天去眼科急诊。"
)
ANTICOAGULANT_HEAD_CARE = (
    "正在吃抗凝药或阿司匹林等抗血小板药的人撞到头，即使现在看着没事，颅内也可能慢慢出血：\n"
    "1. 请今天就去医院急诊，告诉医生在吃什么药（带上药盒），由医生判断是否需要做头颅CT；不要自行停药或加药。\n"
    "2. 之后24–48小时要有人陪着观察，不要喝酒，不要吃安眠药。\n"
    "3. 出现头痛越来越重、反复呕吐、嗜睡叫不醒、说话不清、一侧手脚无力、抽搐，请立即拨打120。"
)
EXTRA_DOSE_CARE = (
    "多打了胰岛素或多吃了降糖药，低血糖可能在几个小时后才出现，而且持续时间长，请这样做：\n"
    "1. 马上测一次血糖，按时吃饭，并准备好糖果、果汁；之后每1–2小时测一次（睡前和半夜也要测），身边要有人陪着，不要开车。\n"
    "2. 出现心慌、手抖、出冷汗、饥饿感，或血糖低于3.9 mmol/L，立即吃糖或喝含糖饮料，15分钟后再测。\n"
    "3. 今天请联系给你开药的医生或去医院急诊，告诉医生多用的药名和量，由医生决定下一次怎么用药，不要自己跳过或加减；"
    "意识模糊、叫不醒、抽搐，请立即拨打120，意识不清时不要喂东西。"
)


def _first_aid(rule: _Rule, norm: str) -> str | None:
    """The rule's first-aid step, or the one its situation needs."""
    if rule.id in ("uncontrolled_bleeding", "pregnancy_bleeding_pain") and (
            re.search(_PREGNANT, norm) or _AFTER_BIRTH.search(norm) or _GYNAECOLOGICAL.search(norm)):
        return _AID_VAGINAL_BLEED
    if rule.id == "uncontrolled_bleeding" and _NOSEBLEED.search(norm):
        return _AID_NOSEBLEED
    if rule.first_aid in (_AID_BREATH, _AID_STROKE) and _UNRESPONSIVE.search(norm):
        return _AID_UNCONSCIOUS
    if rule.first_aid == _AID_BREATH and _BABY.search(norm):
        return _AID_INFANT_BREATH
    if rule.first_aid in (_AID_STROKE, _AID_HEADACHE, _AID_FEVER_SIGNS) and _HEAT.search(norm):
        return _AID_HEAT
    return rule.first_aid


def _animal_bite(norm: str) -> bool:
    """A person (the member or their family) was bitten, scratched or licked by an animal; a bat in the room while
    someone slept counts too (its bite may not be felt). Vaccines already given or unbroken skin settle the bites told
    before them, not a new bite told after ("去年打了全程五针，今年又被流浪猫抓伤出血了")."""
    if "蝙蝠" in norm and _BAT_UNSURE.search(norm):
        return True
    if _ANIMAL_IS_VICTIM.search(norm) and not _BITES_A_PERSON.search(norm):
        return False
    bites = [m.start() for m in _ANIMAL_BITE.finditer(norm)
             if not _NOT_BITTEN.search(norm[:m.start()]) and not _LONG_AGO.search(norm, max(0, m.start() - 12), m.start())]
    handled = _BITE_HANDLED.search(norm)
    return bool(bites) and not (handled and bites[-1] < handled.start())


def assess(text: str) -> SafetyResult:
    """Run the safety stage on one member message: the rules, then the back-up model when the rules say "none"."""
    result, norm, in_advance = _assess_rules(text)
    # The model backs the rules up on free text. A message made only of greetings, thanks, acknowledgements or
    # goodbyes ("再见", "结束", "好的谢谢") carries nothing for it to read, and it used to flag "再见" and "结束"
    # as farewells of a person in crisis; the rules still judge such messages ("世界再见" is theirs).
    if result.flag == "none" and small_talk.kind(text) is None:
        model = _backup.get()
        if model is not None:
            flag = _model_flag(model, norm, in_advance)
            # A bleeding bite keeps the bite care, not 120; an animal's own emergency is for a vet.
            if flag == "emergency" and result.urgent_care is None and not _about_a_pet(norm):
                return SafetyResult("emergency", "model_emergency", _MODEL_FIRST_AID, result.guardrail, result.high_risk)
            if flag == "self_harm":
                return SafetyResult("self_harm", "model_self_harm", None, result.guardrail, result.high_risk)
    return result


def _assess_rules(text: str) -> tuple[SafetyResult, str, bool]:
    """The rule lexicon's verdict, the normalised text and whether it is a first-aid question asked in advance."""
    norm = normalize(text)
    neg_view = _neg_view(norm)
    # Guardrails and lab values read the message with spaces simply removed ("是不是 得了糖尿病", "血糖 17.5").
    flat = normalize(text, spaces_as_breaks=False)
    guardrail = _guardrail(flat)
    high_risk_rule = _high_risk(flat, _neg_view(flat))
    in_advance = _asked_in_advance(norm)
    for i in _ALL_GATE.candidates(norm):
        rule = _ALL_RULES[i]
        if in_advance and rule.flag == "emergency":
            continue
        if rule.fires(norm, neg_view):
            # Physical emergencies come first: an overdose that was already taken needs 120 before a hotline. With
            # words of intent ("吞了一把药，不想活了") it is self-harm too: the reply then gives 120 and the crisis lines.
            flag = rule.flag
            if flag == "emergency" and any(r.fires(norm, neg_view) for r in _SELF_HARM_RULES):
                flag = "self_harm"
            aid = _first_aid(rule, norm)
            return SafetyResult(flag, rule.id, aid, guardrail, high_risk_rule is not None), norm, in_advance
    care = None if in_advance else _urgent_care(norm, neg_view, high_risk_rule)
    if care is not None:
        return SafetyResult("none", care[0], None, guardrail, True, care[1]), norm, in_advance
    return SafetyResult("none", high_risk_rule, None, guardrail, high_risk_rule is not None), norm, in_advance


WOUND_CARE = (
    "伤口深、裂开或里面有异物，需要今天去医院处理，请先这样做：\n"
    "1. 用干净的纱布或毛巾用力按压伤口止血，持续压10分钟以上，中间不要松开查看；尽量抬高受伤的部位。\n"
    "2. 止住血后用流动的清水冲洗伤口周围，不要往伤口里撒药粉、香灰、牙膏；扎在肉里的鱼钩、木刺、玻璃等扎得深的，不要自己硬拔或挖。\n"
    "3. 今天就去医院急诊外科清创，需要缝合的最好在受伤后6–8小时内处理；被人咬伤、打架时拳头磕到牙齿的伤口很容易感染，也要今天就医；"
    "医生还会评估是否需要打破伤风针。按压15分钟仍止不住血，或手指发麻、动不了，请立即去急诊或拨打120。"
)
TICK_CARE = (
    "被蜱虫叮咬，请这样处理：\n"
    "1. 不要用手捏、拍打，也不要用火烧、烟头烫或涂酒精、风油精逼它出来，这样容易让它把病原体吐进身体，或把口器断在皮肤里。\n"
    "2. 最好今天去医院急诊外科或皮肤科取出。去不了医院时，用细头镊子贴近皮肤夹住蜱虫的头部，垂直向上慢慢用力拔出，再用碘伏或酒精消毒，"
    "把蜱虫装进密封袋留着给医生看。\n"
    "3. 之后几周内出现发烧、皮疹、乏力、肌肉酸痛、叮咬处周围一圈红斑，请尽快就医并告诉医生被蜱虫咬过。"
)
RING_CARE = (
    "戒指、头发或其他东西勒住手指（脚趾）摘不下来，请马上处理：\n"
    "1. 把手举高过心脏，用冷水或隔着毛巾的冰袋冷敷几分钟消肿；再抹上肥皂水、洗洁精或护手霜，一边旋转一边慢慢往外退。\n"
    "2. 不要硬拽、不要反复用力往下撸，越撸越肿。\n"
    "3. 手指已经发紫、发白、发凉、发麻，或越来越肿，请马上去医院急诊（也可以求助消防救援）把戒指剪断；勒的时间长了，手指可能缺血坏死，不能等。"
)
INFECTION_CARE = (
    "伤口或皮肤红肿化脓，并有发烧或红肿向周围扩散，可能是感染正在加重，需要今天就医：\n"
    "1. 请今天去医院急诊外科或皮肤科（乳房红肿热痛去乳腺外科，眼皮眼眶红肿去眼科，脸和牙龈肿去口腔科），是否用抗生素、是否需要切开引流由医生决定，不要自行挤脓、挑破或乱用药膏。\n"
    "2. 可以用笔把红肿的边缘画下来，方便看是否在扩大；哺乳期的妈妈在看医生前可以继续让宝宝吃奶或把奶吸出来。\n"
    "3. 出现高烧寒战、精神很差、红肿迅速扩大、皮肤发黑或起血疱，请立即去急诊或拨打120。"
)
DEHYDRATION_CARE = (
    "吐泻得厉害、喝水也吐，要防止脱水，请这样做：\n"
    "1. 少量多次地喝水，最好是口服补液盐（药店有售，按说明书冲调），每隔几分钟喝一两口，不要一次大口喝；暂时不要喝果汁、饮料或浓汤。\n"
    "2. 今天就去医院：成人去急诊或消化内科，孩子去儿科急诊。喝不进去、吐个不停、6小时（婴儿4小时）以上没有尿、嘴唇很干、哭时没有眼泪、"
    "眼窝或囟门凹陷、精神差，尤其需要尽快去。\n"
    "3. 吐血或呕吐物像咖啡渣、拉黑便或血便、剧烈腹痛、叫不醒或神志不清，请立即拨打120。"
)
RETINA_CARE = (
    "眼前突然出现很多黑点、闪光，或像有幕布遮住一部分视野，可能是视网膜裂孔或脱离，需要尽快检查：\n"
    "1. 请今天就去医院眼科（夜间去眼科急诊），检查眼底时通常要散瞳，散瞳后几个小时看近处会模糊，最好有人陪同、不要自己开车。\n"
    "2. 在看医生之前避免剧烈运动、低头用力和提重物。\n"
    "3. 被遮挡的范围越来越大，或视力突然明显下降，请立即去眼科急诊，不要等到第二天。"
)
CONTACT_LENS_CARE = (
    "戴隐形眼镜后眼睛红、痛、怕光或看不清，可能是角膜发炎或感染，进展会很快：\n"
    "1. 立即取下隐形眼镜，在看医生之前不要再戴，把镜片和镜盒带去给医生看。\n"
    "2. 不要揉眼睛，也不要自己买含激素的眼药水点。\n"
    "3. 请今天就去医院眼科（夜间去眼科急诊）；视力明显下降、眼睛剧痛或角膜上出现白点，请立即去急诊。"
)


# Values a doctor acts on the same day (the findings of _high_risk), unless the message says they are old or asks about
# reference ranges.
_LAB_CARE_FINDINGS = {"potassium", "sodium", "hemoglobin", "platelet", "wbc", "inr", "neutrophils"}
_LAB_NOT_TODAY = _rx(_OVER_ALREADY + "|" + _ASKING + r"|复查(?:已经)?正常|在输|输(?:了|过)|医生(?:已经)?(?:看过|处理|调)|骨穿|输血|"
                     r"[半一两三四五六七八九十几]+(?:个)?(?:年|月)前|" + _SEEN_BY_DOCTOR)
_CARE_RULES = ((_TETANUS_WOUND, TETANUS_CARE), (_URINE_RETENTION, URINE_RETENTION_CARE),
               (_THROAT_BONE, THROAT_BONE_CARE), (_EAR_NOSE_OBJECT, EAR_NOSE_CARE), (_EYE_SPECK, EYE_SPECK_CARE), (_WELDING_EYE, EYE_SPECK_CARE),
               (_EXTRACTION_BLEED, EXTRACTION_BLEED_CARE), (_TOOTH_OUT, TOOTH_OUT_CARE), (_FRACTURE_SIGNS, FRACTURE_CARE),
               (_BURN_BLISTER, BURN_CARE), (_SWALLOWED_OBJECT, SWALLOWED_OBJECT_CARE), (_RING, RING_CARE),
               (_DEEP_WOUND, WOUND_CARE), (_CUT_NERVE, WOUND_CARE), (_EMBEDDED, WOUND_CARE), (_GAPING, WOUND_CARE), (_HUMAN_BITE, WOUND_CARE), (_TICK, TICK_CARE),
               (_SPREADING_INFECTION, INFECTION_CARE), (_DEHYDRATION, DEHYDRATION_CARE), (_RETINA, RETINA_CARE),
               (_CONTACT_LENS, CONTACT_LENS_CARE), (_FISH_BONE, THROAT_BONE_CARE), (_CHILD_WONT_STAND, FRACTURE_CARE),
               (_CHILD_FEVER_FOCUS, CHILD_FEVER_FOCUS_CARE), (_KIDNEY_INFECTION, KIDNEY_INFECTION_CARE), (_ZOSTER_EYE, ZOSTER_EYE_CARE),
               (_ANTICOAGULANT_HEAD, ANTICOAGULANT_HEAD_CARE), (_EXTRA_DOSE, EXTRA_DOSE_CARE), (_MEDICINE_MIXUP, MEDICINE_MIXUP_CARE), (_WRONG_MEDICINE, MEDICINE_MIXUP_CARE),
               (_EXTRACTION_PAIN, EXTRACTION_PAIN_CARE), (_STING, STING_CARE), (_SUDDEN_DEAFNESS, SUDDEN_DEAFNESS_CARE),
               (_DIABETIC_FOOT, INFECTION_CARE), (_ANTICOAGULANT_BLEEDING, ANTICOAGULANT_BLEEDING_CARE), (_HIVES, HIVES_CARE),
               (_EARLY_PREGNANCY_BLEEDING, EARLY_PREGNANCY_BLEEDING_CARE), (_INSECT_WENT_IN, EAR_NOSE_CARE),
               (_FROSTBITE, FROSTBITE_CARE), (_ZIPPER, ZIPPER_CARE), (_FACE_SWELLING, HIVES_CARE),
               (_HIV_EXPOSURE, HIV_EXPOSURE_CARE), (_UNPROTECTED_SEX, EMERGENCY_CONTRACEPTION_CARE),
               (_HEAT_EXHAUSTION, HEAT_EXHAUSTION_CARE), (_SUNBURN, SUNBURN_CARE),
               (_FETAL_MOVEMENT, FETAL_MOVEMENT_CARE), (_PREGNANCY_ITCH, PREGNANCY_ITCH_CARE), (_EYE_POKED, EYE_SPECK_CARE),
               (_POSTOP, POSTOP_CARE), (_CAST_TIGHT, CAST_CARE), (_STUCK_OUT, STUCK_OUT_CARE), (_CHOKED_NUT, AIRWAY_FOREIGN_BODY_CARE),
               (_ABORTION_FEVER, ABORTION_FEVER_CARE), (_SUGAR_HI, SUGAR_HI_CARE), (_METHOTREXATE, MEDICINE_MIXUP_CARE),
               (_EAR_DISCHARGE, EAR_DISCHARGE_CARE), (_SNAP_INJURY, FRACTURE_CARE), (_APPENDICITIS, APPENDICITIS_CARE),
               (_KAWASAKI, KAWASAKI_CARE), (_PREGNANCY_BP, PREGNANCY_BP_CARE), (_SHINGLES, SHINGLES_CARE), (_LOCHIA, LOCHIA_CARE),
               (_PD_CLOUDY, PD_CLOUDY_CARE), (_ALTITUDE, ALTITUDE_CARE), (_CROUP, CROUP_CARE),
               (_ASTHMA_WORSE, ASTHMA_WORSE_CARE), (_DVT, DVT_CARE), (_DVT_ONE_LEG, DVT_CARE), (_TRAVEL_FEVER, TRAVEL_FEVER_CARE),
               (_BLOODY_DIARRHEA, BLOODY_DIARRHEA_CARE), (_NEWBORN_SIGNS, NEWBORN_CARE), (_CONCUSSION, CONCUSSION_CARE),
               (_PALPITATIONS, PALPITATIONS_CARE), (_POSTPARTUM_PSYCHOSIS, POSTPARTUM_PSYCHOSIS_CARE),
               (_JAW_DISLOCATION, JAW_DISLOCATION_CARE), (_PARAPHIMOSIS, PARAPHIMOSIS_CARE),
               (_RETAINED_TAMPON, RETAINED_TAMPON_CARE), (_EARDRUM, EARDRUM_CARE), (_NEAR_DROWNING, NEAR_DROWNING_CARE),
               (_SYNCOPE_RECOVERED, SYNCOPE_CARE), (_JELLYFISH, JELLYFISH_CARE), (_FEBRILE_FIT_OVER, FEBRILE_SEIZURE_CARE),
               (_DRUNK, DRUNK_CARE), (_WOUND_OPEN, INFECTION_CARE), (_CATHETER_BLOCKED, CATHETER_CARE),
               (_HEART_FAILURE_WORSE, HEART_FAILURE_CARE), (_FISTULA, FISTULA_CARE), (_PREGNANCY_LATE, PREGNANCY_LATE_CARE),
               (_EXERCISE_DARK_URINE, EXERCISE_DARK_URINE_CARE), (_TRANSPLANT_FEVER, TRANSPLANT_FEVER_CARE),
               (_DEEP_WOUND_STOPPED, WOUND_CARE), (_PNEUMONIA, PNEUMONIA_CARE), (_ECTOPIC_RISK, ECTOPIC_RISK_CARE),
               (_URINE_CLOTS, URINE_CLOTS_CARE), (_JAUNDICE, JAUNDICE_CARE), (_CHILD_FEVER_DAYS, CHILD_FEVER_DAYS_CARE),
               (_GALLBLADDER, GALLBLADDER_CARE), (_KIDNEY_COLIC, KIDNEY_COLIC_CARE), (_PNEUMONIA_BREATH, PNEUMONIA_BREATH_CARE),
               (_WRIST_FALL, FRACTURE_CARE), (_HEAVY_PERIOD, HEAVY_PERIOD_CARE), (_TESTIS_INFECTION, TESTIS_INFECTION_CARE),
               (_ANTIEPILEPTIC_GAP, ANTIEPILEPTIC_GAP_CARE), (_URINE_INFECTION_BLOOD, URINE_INFECTION_CARE),
               (_URINE_INFECTION_PREGNANT, URINE_INFECTION_CARE),
               (_TONSILS, TONSILS_CARE), (_RIB_INJURY, FRACTURE_CARE), (_ELDERLY_FEVER_WEAK, ELDERLY_FEVER_WEAK_CARE),
               (_ADULT_FEVER_DAYS, ADULT_FEVER_DAYS_CARE), (_RED_EYE_PAIN, RED_EYE_PAIN_CARE), (_INSULIN_GAP, INSULIN_GAP_CARE),
               (_TONSIL_ABSCESS, TONSIL_ABSCESS_CARE), (_YOUNG_INFANT_FEVER, YOUNG_INFANT_FEVER_CARE),
               (_TREATMENT_SIDE_EFFECTS, TREATMENT_SIDE_EFFECTS_CARE),
               *((rule, MEDICINE_REACTION_CARE) for rule in _MEDICINE_REACTION_RULES), (_TUBE_OUT, TUBE_CARE),
               (_TUBE_SITE, TUBE_CARE), (_TUBE_FEVER, TUBE_CARE), (_ASPIRATION, ASPIRATION_CARE), (_KETONES, KETONES_CARE), (_COPD_WORSE, COPD_CARE), (_COPD_SPO2, COPD_CARE),
               (_VOMITED_MEDICINE, VOMITED_MEDICINE_CARE), (_REPEATED_LOWS, REPEATED_LOWS_CARE),
               (_DIALYSIS_MISSED, DIALYSIS_MISSED_CARE), (_NO_STOOL, BOWEL_BLOCKED_CARE), (_CIRRHOSIS, CIRRHOSIS_CARE),
               (_EDEMA_LITTLE_URINE, EDEMA_CARE), (_DELIRIUM, DELIRIUM_CARE), (_PREGNANCY_BP_SEVERE, PREGNANCY_BP_SEVERE_CARE),
               (_PREGNANCY_BP_READING, PREGNANCY_BP_READING_CARE))
_CARE_GATE = _Gate(tuple(rule for rule, _ in _CARE_RULES))


def _urgent_care(norm: str, neg_view: str, high_risk_rule: str | None) -> tuple[str, str] | None:
    """(rule id, care text) for care that cannot wait for an advisor but is not a 120 call, or None."""
    if _animal_bite(norm):
        return "animal_bite", ANIMAL_BITE_CARE
    if any(rule.fires(norm, neg_view) for rule in _LOW_SUGAR_RULES):
        return "hypoglycemia", HYPOGLYCEMIA_CARE
    if high_risk_rule == "bp_severe" and _BP_SEVERE_SYMPTOMS.fires(norm, neg_view):
        return "bp_severe", BP_SEVERE_CARE
    for i in _CARE_GATE.candidates(norm):
        rule, care = _CARE_RULES[i]
        if rule.fires(norm, neg_view):
            return rule.id, care
    if high_risk_rule in _LAB_CARE_FINDINGS and not _LAB_NOT_TODAY.search(norm):
        return high_risk_rule, LAB_VALUE_CARE  # the finding names the ticket, as before
    return None


# The back-up model cannot name the emergency, so its reply gets the step that is right for every emergency.
_MODEL_FIRST_AID = "请立即拨打120或尽快去最近的医院急诊，在等待时让患者保持安静、不要独处。"


# Death words used as intensifiers ("累死了", "气死我了", "想死你了", "笑得想死") mean "very": the rules never match
# them, and the model must not learn them as risk, so it reads "累极了" instead.
_INTENSIFIER_DEATH = (
    (re.compile(rf"((?:{_HYPERBOLE}|累|烦|疼|痛|闷|臭|懒|穷|晕|胖|烫|苦|难|愁|闲|腻|呛|憋|恶心|麻烦|郁闷|后悔|担心|心疼)"
                rf"(?:得|的)?(?:要)?)死(?=了|我|人|你|他|她|啦|啊|呀|哦|$|[,!?。~…])(?!了?算了|自己)"), r"\1极"),
    (re.compile(r"想死(?=你|您|他|她|它|你们|我了|宝|咯|(?:爸|妈|外孙|孙子|孙女|儿子|女儿|闺女|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|我们)[^,!?;。\n…~:]{0,3}(?:了|啦|呀|啊))"), "想念"),
    (re.compile(r"死死地"), "紧紧地"),
    (re.compile(rf"((?:被|给)[^{_SEPS}]{{0,8}}?(?:搞|整|折磨|烦|累|气|坑|吵|熏|热|冻|吓|笑|忙|卷|虐))死(?=了|啦|$|[{_SEPS}])"), r"\1惨"),
    (re.compile(r"死也(?=不|要|得|没|别)"), "说什么也"),
    (re.compile(rf"((?:{_HYPERBOLE})(?:吃|喝)?(?:得|的|到))(?:想|要)死"), r"\1不行"),
    # Not a death word, but the same kind of phrase: a job one cannot stand ("这个班我是一天都上不下去了").
    (re.compile(r"((?:班|工作|活儿?|学|书)[^，。！？,.!?\s]{0,6})(上|干|做|读|念)不下去"), r"\1不想\2"),
)


def _model_text(norm: str) -> str:
    """What the back-up model reads: the normalised message with death words used as intensifiers defused."""
    for pattern, repl in _INTENSIFIER_DEATH:
        norm = pattern.sub(repl, norm)
    return norm


_SLANG_QUESTION = re.compile(r"网络用语|流行语|口头禅")
# A goodbye to the service itself ("会员到期了 谢谢你们陪我这么久 再见了"): the model hears a farewell, the words say why.
_SERVICE_GOODBYE = _rx(r"(?:会员|卡)◇{0,4}(?:到期|不续|退)|不续(?:费|卡)|退卡|取关|换(?:个)?(?:号|手机号|微信)")


# "万一我爸血压突然到180要怎么办": a question about what to do if it happens (the rules judge real events in it).
_WHAT_IF = re.compile(r"^(?:万一|如果|假如|假设|要是|倘若)[^。？！?!]{0,30}(?:怎么办|该怎么|要怎么|怎么处理|如何处理|怎么做)")


# A relative's death told as family history ("我姥爷去年因为心衰走了，我想查查会不会遗传"): the model hears "走了" as
# the member's own wish, unless the member speaks of following or of their own life.
_RELATIVE_DIED = _rx(rf"(?:{_KIN})◇{{0,10}}(?:因为|因|得|患)◇{{0,10}}(?:走了|去世|过世|没了|病逝)")
# "还完最后一笔房贷，终于解脱了！": relief at an ending burden, not a wish to die.
_RELIEF = re.compile(r"(?:还完|考完|交完|忙完|做完|干完|下班|放假|毕业|离职|辞职|退休|拿到|搞定)[^。？！?!]{0,16}(?:终于|总算)解脱")
_OWN_DISTRESS = re.compile(r"我也|想(?:跟|随|陪|去找)|不想|活着|撑不|没意思|解脱|难受|崩溃")


def _model_flag(model: object, norm: str, in_advance: bool) -> str | None:
    """The red flag the back-up model raises for a message the rules passed, or None."""
    flag, _ = model.red_flag(_model_text(norm))  # type: ignore[attr-defined]
    if flag == "emergency" and (in_advance or _WHAT_IF.search(norm)):
        return None  # the rules judged it a first-aid question asked in advance; the model must not undo that
    if flag is not None and _rejected_by_context(norm, flag):
        return None  # the rules found the words and judged them a look-alike (negated, hyperbole, past, media...)
    if flag == "self_harm" and (_SLANG_QUESTION.search(norm) or _SERVICE_GOODBYE.search(norm)
                                or _RELIEF.search(norm) or (_RELATIVE_DIED.search(norm) and not _OWN_DISTRESS.search(norm))):
        return None  # "他天天说'我裂开了''哭死'，这些都是网络用语吧": a question about the words, not a crisis
    return flag


def _rejected_by_context(norm: str, flag: str) -> bool:
    """True when a rule of this flag found all its words but the message-wide context turned one of them down.

    Only the generic context checks count (negation, history, hypothetical, media, worry, pets, habit...): a
    rule-specific look-alike list (游泳 for breathlessness, 鱼刺 for choking) judges that rule, not the message.
    """
    neg_view = _neg_view(norm)
    self_harm = flag == "self_harm"
    for rule in _ALL_RULES:
        if rule.flag != flag or rule.check or (rule.need and not rule.need.search(norm)):
            continue  # custom logic, or evidence missing rather than a look-alike
        if not all(term.pattern.search(norm) for term in rule.terms):
            continue
        for term in rule.terms:
            generic = replace(term, unless=None, unless_pre=None, unless_post=None, unless_msg=None)
            if not _live_spans(norm, neg_view, generic, self_harm):
                return True
    return False


# The department of an emergency's ticket follows the rule that fired (the classifier read "眼睛往上翻" in a baby's
# febrile fit as 眼科, crushing chest pain as 内科 at low confidence); a child's goes to 儿科, a pregnant or newly
# delivered woman's to 产科, heavy menstrual bleeding to 妇科. Poisonings, collapses and allergies go to the
# generalists (内科), as there is no emergency department among the 25.
_EMERGENCY_DEPARTMENTS = (
    ("intussusception", "儿科"), ("disulfiram_reaction", "内科"), ("missed_dialysis", "肾内科"), ("thyroid_storm", "内分泌科"),
    ("chest_pain", "心血管内科"), ("heart_attack", "心血管内科"), ("arrhythmia", "心血管内科"), ("bp_crisis", "心血管内科"),
    ("no_breathing_pulse", "心血管内科"), ("stroke", "神经内科"), ("seizure", "神经内科"), ("worst_headache", "神经内科"),
    ("fever_neck_stiffness", "神经内科"), ("fever_confusion", "神经内科"), ("acute_confusion", "神经内科"),
    ("head_injury", "神经内科"), ("breathing", "呼吸内科"), ("coughing_blood", "呼吸内科"), ("choking", "耳鼻喉科"),
    ("vomiting_blood", "消化内科"), ("stool_blood", "消化内科"), ("battery_magnet", "消化内科"), ("acute_abdomen", "普外科"),
    ("uncontrolled_bleeding", "普外科"), ("severe_burn", "普外科"), ("chemical_burn", "普外科"), ("major_trauma", "骨科"),
    ("severed_part", "骨科"), ("pregnancy", "产科"), ("diabetic_crisis", "内分泌科"), ("severe_hypoglycemia", "内分泌科"),
    ("eye", "眼科"), ("sudden_vision_loss", "眼科"), ("testicular_torsion", "泌尿外科"), ("child_", "儿科"),
    ("unconscious", "内科"), ("sent_to_emergency", "内科"), ("missing_dementia", "神经内科"),
    ("anticoagulant_major_bleed", "心血管内科"), ("vomiting_drowsy", "神经内科"), ("hyperkalemia", "肾内科"), ("shock_signs", "内科"), ("immunosuppressed_fever", "内科"), ("dehydration_shock", "消化内科"), ("bowel_obstruction", "普外科"), ("puncture_site_bleed", "心血管内科"),
    ("aortic_dissection", "心血管内科"), ("sepsis_signs", "内科"), ("neck_swelling_airway", "耳鼻喉科"),
    ("eye_after_surgery", "眼科"), ("rhabdomyolysis", "肾内科"), ("severe_drug_rash", "皮肤科"), ("pulmonary_embolism", "呼吸内科"), ("myasthenic_crisis", "神经内科"), ("hemophilia_bleed", "内科"),
    ("cord_compression", "肿瘤科"), ("insulin_overdose", "内分泌科"), ("peritonitis_dialysis", "肾内科"), ("overdose", "内科"), ("poison", "内科"), ("mushroom", "内科"), ("carbon_monoxide", "内科"),
    ("toxic_gas", "内科"), ("anaphylaxis", "内科"), ("sting_allergy", "内科"), ("snake_bite", "内科"), ("heatstroke", "内科"),
    ("drowning", "内科"), ("electric_shock", "内科"), ("hypothermia", "内科"), ("alcohol_withdrawal", "精神心理科"),
    ("blast_injury", "骨科"), ("chemo_fever", "肿瘤科"), ("priapism", "泌尿外科"), ("postpartum_sepsis", "产科"),
    # care that cannot wait
    ("animal_bite", "感染科"), ("hypoglycemia", "内分泌科"), ("bp_severe", "心血管内科"), ("tetanus_wound", "普外科"),
    ("urinary_retention", "泌尿外科"), ("throat_foreign_body", "耳鼻喉科"), ("ear_nose_foreign_body", "耳鼻喉科"),
    ("extraction_bleeding", "口腔科"), ("knocked_out_tooth", "口腔科"), ("possible_fracture", "骨科"),
    ("burn_blister", "普外科"), ("swallowed_object", "消化内科"), ("ring_stuck", "普外科"), ("deep_wound", "普外科"),
    ("tick_bite", "感染科"), ("dehydration", "消化内科"), ("retina_warning", "眼科"),
    ("contact_lens_eye", "眼科"), ("kidney_infection", "泌尿外科"), ("zoster_eye", "眼科"), ("head_injury_anticoagulant", "神经内科"),
    ("extra_diabetes_dose", "内分泌科"), ("extraction_pain", "口腔科"), ("sting_swelling", "皮肤科"), ("sudden_deafness", "耳鼻喉科"),
    ("anticoagulant_bleeding", "心血管内科"), ("hives", "皮肤科"), ("early_pregnancy_bleeding", "产科"), ("frostbite", "皮肤科"),
    ("zipper_entrapment", "泌尿外科"), ("hiv_exposure", "感染科"), ("emergency_contraception", "妇科"),
    ("heat_exhaustion", "内科"), ("sunburn_blisters", "皮肤科"), ("fetal_movement", "产科"), ("pregnancy_itch", "产科"),
    ("eye_poked", "眼科"), ("shingles", "皮肤科"), ("peritoneal_dialysis_cloudy", "肾内科"), ("postpartum_infection", "产科"), ("postpartum_preeclampsia", "产科"), ("possible_appendicitis", "普外科"), ("kawasaki_signs", "儿科"), ("pregnancy_high_bp", "产科"), ("ear_discharge", "耳鼻喉科"), ("postoperative_sepsis", "普外科"), ("after_operation", "普外科"), ("cast_too_tight", "骨科"), ("will_not_go_back", "普外科"),
    ("airway_foreign_body", "耳鼻喉科"), ("after_abortion_fever", "妇科"), ("glucose_meter_high", "内分泌科"), ("altitude_sickness", "内科"), ("croup", "儿科"), ("asthma_worse", "呼吸内科"),
    ("deep_vein_thrombosis", "普外科"), ("exercise_dark_urine", "肾内科"), ("transplant_fever", "内科"), ("pneumonia_signs", "呼吸内科"), ("early_pregnancy_pain", "妇科"), ("blood_clots_in_urine", "泌尿外科"),
    ("jaundice_signs", "消化内科"), ("child_fever_days", "儿科"), ("adult_fever_days", "内科"), ("child_fever_focus", "儿科"), ("heavy_period", "妇科"), ("testicle_infection", "泌尿外科"),
    ("medicine_gap", "神经内科"), ("elderly_fever_weak", "内科"), ("urinary_infection", "泌尿外科"), ("tonsil_infection", "耳鼻喉科"), ("tonsil_abscess", "耳鼻喉科"), ("insulin_gap", "内分泌科"),
    ("gallbladder_signs", "普外科"), ("kidney_stone_colic", "泌尿外科"), ("travel_fever", "感染科"), ("bloody_diarrhea", "消化内科"), ("newborn_today", "儿科"),
    ("concussion", "神经内科"), ("palpitations_today", "心血管内科"), ("postpartum_psychosis", "精神心理科"),
    ("jaw_dislocation", "口腔科"), ("paraphimosis", "泌尿外科"), ("retained_tampon", "妇科"), ("eardrum_injury", "耳鼻喉科"),
    ("near_drowning", "呼吸内科"), ("syncope_recovered", "心血管内科"), ("jellyfish_sting", "皮肤科"),
    ("febrile_seizure_over", "儿科"), ("alcohol_intoxication", "内科"), ("catheter_blocked", "泌尿外科"),
    ("heart_failure_worse", "心血管内科"), ("fistula_blocked", "肾内科"),
)
_GROWN_UP = re.compile(r"(?:[2-9]\d|1[4-9])\s*(?:周岁|岁)")
_AFTER_BIRTH = re.compile(r"刚生完(?:孩子|宝宝|小孩)?|生完(?:孩子|宝宝|小孩)|产后|坐月子|月子里|剖腹产|顺产")
_GYNAECOLOGICAL = _rx(rf"{_MENSES}|卫生巾|阴道|(?:下面|下身)◇{{0,6}}血")


def emergency_department(result: SafetyResult, text: str) -> str | None:
    """The department for the ticket of an emergency or of care that cannot wait, or None to keep the classifier's."""
    norm = normalize(text)
    if re.search(_PREGNANT, norm) or (result.rule or "").startswith(("fetal_movement", "pregnancy")):
        return "产科"
    if re.search(_CHILD, _AFTER_BIRTH.sub("", norm)) and not _GROWN_UP.search(norm):
        return "儿科"
    if _AFTER_BIRTH.search(norm):
        return "产科"
    if _GYNAECOLOGICAL.search(norm):
        return "妇科"
    rule = result.rule or ""
    if rule == "uncontrolled_bleeding" and _NOSEBLEED.search(norm):
        return "耳鼻喉科"
    return next((dept for prefix, dept in _EMERGENCY_DEPARTMENTS if rule.startswith(prefix)), None)


# Emergencies where the police come first: a person with dementia lost outside.
_POLICE_FIRST = frozenset({"missing_dementia"})


def emergency_reply(result: SafetyResult) -> str:
    """Chinese reply for an emergency: call 120 or go to the emergency department now, plus the key first-aid step."""
    aid = result.first_aid or "让患者保持安静、不要走动，暂时不要吃东西喝水，等待急救人员到来。"
    if result.rule in _POLICE_FIRST:
        return ("⚠️ 您描述的情况可能非常紧急，请立即拨打110报警，不要等待线上回复。\n"
                f"同时请这样做：{aid}\n"
                "我们已通知您的健康顾问，他会尽快联系您；请保持电话畅通。")
    return ("⚠️ 您描述的情况可能非常紧急，请立即拨打120急救电话，或马上去最近的医院急诊，不要等待线上回复。\n"
            f"等待急救时请先这样做：{aid}\n"
            "我们已通知您的健康顾问，他会尽快联系您；请保持电话畅通，尽量让身边有人陪着。")


def self_harm_reply(result: SafetyResult | None = None) -> str:
    """Warm Chinese reply for self-harm or suicide risk, with crisis hotlines; 120 first when something was already
    taken or done (the result then carries that emergency's first-aid step)."""
    first = ""
    if result is not None and result.first_aid:
        first = (f"⚠️ 如果已经服下药物、毒物或已经受伤，请立即拨打120，或马上去最近的医院急诊。{result.first_aid}\n")
    return first + ("谢谢你愿意告诉我们。听起来你现在真的很难受，你的感受很重要，你并不是一个人在面对。\n"
            "如果愿意，现在就可以打电话和专业的心理援助人员聊一聊，他们会认真听你说：\n"
            "· 全国统一心理援助热线：12356（国家卫生健康委开通）\n"
            "· 北京心理危机研究与干预中心：010-82951332\n"
            "· 希望24热线：400-161-9995\n"
            "如果你或身边的人现在就有生命危险，请立即拨打120或110。\n"
            "如果是家人有这样的想法，请尽量陪在他身边，别让他一个人待着，并把药物和危险物品收好。\n"
            "我们服务团队的工作人员也会尽快主动联系你。你也可以继续在这里告诉我们发生了什么。")
