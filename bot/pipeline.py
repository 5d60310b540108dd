"""The dialogue pipeline: one function from (member, message) to a decision, with no side effects.

Stages, in order: safety (red flags, then care that cannot wait) -> open ticket (handoff) -> explicit request for a
person -> small talk -> a pet's health -> guardrails -> account matters (expiry, renewal, payment) -> knowledge base
-> not a health question (service matter, off-topic) -> department routing -> escalation to the advisor queue.
A short follow-up ("那需要吃药吗") is read with the member's previous question by the KB and routing.
"""
from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from models import utcnow

from . import non_health, safety, small_talk, texts
from .hours import ServiceHours

log = logging.getLogger(__name__)

FALLBACK_DEPARTMENT = "内科"  # the generalists take whatever cannot be routed with confidence

# A member asking for a human: 人工, 真人, 转人工, 找医生, 健康顾问/管家, 客服.
HUMAN_REQUEST = re.compile(
    r"^\s*(人工|真人|客服)\s*$|转人工|人工(服务|客服|咨询)|找(个)?(真人|客服|人工|健康(顾问|管家|管理师))"
    # "找医生" asks for a person, "多大需要找医生处理" asks when to see one
    r"|(?<![需该得去])找(个)?医生(?!看|处理|检查|治|开|评估|复查|手术)|(联系|要|请)(健康)?(顾问|管家|医生|客服)"
    r"|和(真人|医生)(聊|说)"
)

PUBLIC_FIELDS = ("text", "action", "reason", "safety", "safety_rule", "department", "department_confidence",
                 "departments_top3", "kb_entry_id", "kb_topic", "kb_score", "priority", "reply")


# A follow-up that means nothing without the member's previous question: "那需要吃药吗", "还有别的办法吗", "严重吗",
# "上面说的那个要空腹吗". Only short messages: a longer one names its own subject.
_FOLLOW_UP = re.compile(
    r"^(?:那(?![天时次年会段边里家位些])|还有(?![点些])|还能|还要|还需要|还用|另外|这个(?![月星礼周年季])|这种|这样|"
    r"上面|刚才说|刚刚说|你说的|你刚才|如果是|"
    r"(?:是不是|需不需要|需要|要不要|用不用|能不能|可不可以|会不会|会|能|要|可以)?"
    r"(?:严重|要紧|正常|危险|吃药|吃什么药|治疗|治好|根治|遗传|传染|复发|癌变|恶变|复查|手术|喝酒|运动|"
    r"挂什么科|看什么科|挂哪个科|去哪个科|怎么办|怎么治|怎么调理|注意什么|有什么影响))"
)
FOLLOW_UP_MAX_CHARS = 16
# A message the classifier routes this confidently on its own names its own subject ("那天吃了海鲜全身起疹子").
FOLLOW_UP_MAX_CONFIDENCE = 0.9
CONTEXT_MAX_CHARS = 200  # the previous question(s) kept as context, most recent last


def follows_up(text: str) -> bool:
    """True when the message reads as a follow-up to the member's previous question."""
    text = text.strip()
    return len(text) <= FOLLOW_UP_MAX_CHARS and bool(_FOLLOW_UP.match(text))


@dataclass(frozen=True)
class MemberState:
    """What the pipeline needs to know about the member."""

    open_ticket_id: int | None = None
    # For a follow-up: the member's previous question (with its own context) and the KB entry that answered it.
    previous_text: str | None = None
    previous_entry_id: int | None = None


@dataclass
class Decision:
    """What the bot will do with one message."""

    text: str
    action: str  # answer | escalate | emergency
    reason: str  # emergency, self_harm, urgent_care, joined_ticket, human_request, small_talk, guardrail, kb_answer,
    #              service, off_topic, no_answer
    reply: str | None
    safety: str | None = None
    priority: str | None = None
    department: str | None = None
    department_confidence: float | None = None
    departments_top3: list[list[Any]] | None = None
    department_uncertain: bool = False
    kb_entry_id: int | None = None
    kb_topic: str | None = None
    kb_score: float | None = None
    kb_candidates: list[dict[str, Any]] = field(default_factory=list)
    guardrail: str | None = None
    safety_rule: str | None = None
    context: str | None = None  # a follow-up read together with the previous question (what KB and routing saw)

    def public(self) -> dict[str, Any]:
        """The stable fields printed by `python -m bot.cli ask`."""
        data = asdict(self)
        return {name: data[name] for name in PUBLIC_FIELDS}

    def record(self) -> dict[str, Any]:
        """Everything, for storing beside the inbound message (a shallow copy: it is only serialised)."""
        return dict(vars(self))


def _route(text: str) -> dict[str, Any]:
    """Department routing with the classifier; routes to the generalists when unsure or unavailable."""
    try:
        import classifier

        pred = classifier.predict(text)
    except Exception as exc:  # no model built yet, or a broken artifact: never block the member
        log.warning("department routing unavailable: %s", type(exc).__name__)
        return {"department": FALLBACK_DEPARTMENT, "department_uncertain": True}
    return {
        "department": FALLBACK_DEPARTMENT if pred.uncertain else pred.department,
        "department_confidence": round(float(pred.confidence), 4),
        "departments_top3": [[d, round(float(p), 4)] for d, p in pred.top3],
        "department_uncertain": bool(pred.uncertain),
    }


def _kb_lookup(text: str) -> Any:
    """Ask the knowledge base; None when it is not built yet."""
    try:
        import knowledge_base

        return knowledge_base.lookup(text)
    except Exception as exc:
        log.warning("knowledge base unavailable: %s", type(exc).__name__)
        return None


def _service_request(base: dict[str, Any], priority: str, when: str, **kb: Any) -> Decision:
    """A membership or service matter: an advisor (the generalists' queue), not a department's symptom reply."""
    return Decision(action="escalate", reason="service", priority=priority, department=FALLBACK_DEPARTMENT,
                    reply=texts.SERVICE_REQUEST.format(when=when), **base, **kb)


def decide(text: str, member: MemberState | None = None, *, hours: ServiceHours | None = None,
           now: datetime | None = None) -> Decision:
    """Decide what to do with one member message."""
    member = member or MemberState()
    hours = hours or ServiceHours()
    now = now or utcnow()
    text = (text or "").strip()

    # 1. Safety first: red flags outrank every other stage, open tickets included.
    check = safety.assess(text)
    if check.flag != "none":
        routing = _route(text)
        if check.flag == "self_harm":
            reply = safety.self_harm_reply(check)
            routing["department"] = "精神心理科"
        else:
            reply = safety.emergency_reply(check)
            routing["department"] = safety.emergency_department(check, text) or routing["department"]
        if not hours.is_open(now):
            reply += "\n" + hours.when_text("P0", now) + "。"
        return Decision(text=text, action="emergency", reason=check.flag, reply=reply, safety=check.flag,
                        priority="P0", safety_rule=check.rule, **routing)

    priority = "P1" if check.high_risk else "P2"
    base = {"text": text, "safety": check.flag, "guardrail": check.guardrail}

    # Care that cannot wait (a bite, low sugar, a fish bone): what to do now and where to go today, even when an
    # advisor already has the chat.
    if check.urgent_care:
        routing = _route(text)
        routing["department"] = safety.emergency_department(check, text) or routing["department"]
        when = hours.when_text("P1", now)
        return Decision(action="escalate", reason="urgent_care", priority="P1", safety_rule=check.rule,
                        reply=texts.URGENT_CARE.format(care=check.urgent_care, when=when), **{**base, **routing})

    # 2. Handoff: while an advisor owns the chat, the bot does not talk over them.
    if member.open_ticket_id is not None:
        return Decision(action="escalate", reason="joined_ticket", reply=texts.JOINED_TICKET,
                        priority=None, **base)

    # 3. An explicit request for a person.
    if HUMAN_REQUEST.search(text):
        when = hours.when_text(priority, now)
        return Decision(action="escalate", reason="human_request", reply=texts.HUMAN_REQUEST.format(when=when),
                        priority=priority, **{**base, **_route(text)})

    # 4. Greetings, thanks, goodbyes, the member's own next step, a bare number: a short word, not a ticket.
    chat = small_talk.kind(text)
    if chat is not None:
        return Decision(action="answer", reason="small_talk", reply=texts.SMALL_TALK[chat], **base)

    # 5. A pet's health is a vet's matter, drug questions included (the KB's diarrhoea entry is for people).
    other = non_health.kind(text) if not check.high_risk else None
    if other == "pet":
        return Decision(action="answer", reason="off_topic", reply=texts.PET, **base)

    # A follow-up is read together with the previous question for the KB and routing; safety, guardrails and the
    # non-health checks read the message itself.
    routing = _route(text)
    context = None
    if member.previous_text and follows_up(text) \
            and (routing.get("department_confidence") or 0.0) < FOLLOW_UP_MAX_CONFIDENCE:
        context = f"{member.previous_text}。{text}"[-CONTEXT_MAX_CHARS:]
        base["context"] = context
        routing = _route(context)
    topic = context or text
    when = hours.when_text(priority, now)

    # 6. Doses, prescriptions, stopping medicine, diagnoses: always a person, never the KB.
    if check.guardrail:
        return Decision(action="escalate", reason="guardrail", priority=priority,
                        reply=texts.GUARDRAIL.format(department=routing["department"], when=when),
                        **{**base, **routing})

    # 7. Expiry, renewal, payment and account matters: an advisor looks them up (the KB's membership entries would
    #    answer something else).
    if other == "account":
        return _service_request(base, priority, when)

    # 8. The knowledge base answers only when it is confident. A high-risk finding is answered too, and an
    #    advisor follows up within the hour (the inbox opens a P1 ticket beside the answer).
    lookup = _kb_lookup(topic)
    candidates = [m.as_dict() for m in lookup.candidates] if lookup else []
    # The entry that answered the previous question did not answer this follow-up: a person, not the same text.
    repeat = context is not None and lookup is not None and lookup.best is not None \
        and lookup.best.entry_id == member.previous_entry_id
    if lookup and lookup.best and not repeat:
        best = lookup.best
        footer = texts.HIGH_RISK_FOLLOW_UP if check.high_risk else texts.KB_FOOTER
        reply = f"{best.answer}\n{texts.DISCLAIMER}\n{footer}"
        return Decision(action="answer", reason="kb_answer", reply=reply, priority="P1" if check.high_risk else None,
                        kb_entry_id=best.entry_id, kb_topic=best.topic, kb_score=round(best.score, 4),
                        kb_candidates=candidates, **{**base, **routing, "department": best.department})

    # 9. Not a health question: a service matter goes to an advisor as such; a request outside the service gets a
    #    word about what the assistant does, not a ticket.
    top_score = round(candidates[0]["score"], 4) if candidates else None
    if other == "off_topic":
        return Decision(action="answer", reason="off_topic", reply=texts.OFF_TOPIC, kb_candidates=candidates,
                        kb_score=top_score, **base)
    if other == "service":
        return _service_request(base, priority, when, kb_candidates=candidates, kb_score=top_score)

    # 10. Everything else goes to an advisor of the routed department.
    template = texts.ESCALATED_UNCERTAIN if routing.get("department_uncertain") else texts.ESCALATED
    return Decision(action="escalate", reason="no_answer", priority=priority, kb_candidates=candidates,
                    kb_score=top_score, reply=template.format(department=routing["department"], when=when),
                    **{**base, **routing})
