"""Where a WeChat message becomes stored messages, a decision, a reply and, when needed, a ticket."""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from models import Conversation, Member, Message, Ticket, utcnow

from . import safety, texts
from .db import session_scope
from .hours import ServiceHours
from .pipeline import Decision, MemberState, decide, follows_up
from .tickets import escalate_priority, open_ticket

log = logging.getLogger(__name__)

CONVERSATION_IDLE = timedelta(hours=24)
FOLLOW_UP_WINDOW = timedelta(minutes=30)  # "那需要吃药吗" reads with a question asked within this time
# Decisions on a health question, which a follow-up can refer to (not small talk, a pet, a service matter).
_QUESTION_REASONS = {"kb_answer", "no_answer", "guardrail"}
END_WORDS = {"结束", "结束咨询", "结束对话"}
RATING = re.compile(r"^\s*([1-5])\s*分?\s*$")

# A member, their latest conversation and their open ticket (both found by the (member_id, id) indexes). Built
# once: constructing this statement per message cost more CPU than running it.
_MEMBER_STATE = (
    select(Member, Conversation, Ticket)
    .outerjoin(Conversation, Conversation.id == select(func.max(Conversation.id))
               .where(Conversation.member_id == Member.id).correlate(Member).scalar_subquery())
    .outerjoin(Ticket, Ticket.id == select(func.max(Ticket.id))
               .where(Ticket.member_id == Member.id, Ticket.status != "resolved").correlate(Member).scalar_subquery())
    .where(Member.openid == bindparam("openid"))
)

# An inbound message and its reply, in parameter order (one statement for both on PostgreSQL and SQLite).
_INSERT_MESSAGES = insert(Message.__table__).returning(Message.__table__.c.id, sort_by_parameter_order=True)

# Menu CLICK keys (see README, "WeChat menu").
MENU_HUMAN, MENU_BOOK_CHECKUP, MENU_MY_REPORT = "HUMAN_ADVISOR", "BOOK_CHECKUP", "MY_REPORT"


@dataclass(frozen=True)
class Inbound:
    """One message or event from WeChat, reduced to what the bot uses."""

    openid: str
    kind: str  # text, voice, image, location, link, video, event, unknown
    dedup_key: str
    text: str = ""
    media_id: str | None = None
    event: str | None = None  # subscribe, unsubscribe, scan, click, view, ...
    event_key: str | None = None


@dataclass
class Outcome:
    """The reply to send (None: say nothing) and what was stored."""

    reply: str | None
    inbound_id: int | None = None
    reply_id: int | None = None
    ticket_id: int | None = None
    duplicate: bool = False
    ticket: Ticket | None = field(default=None, repr=False)  # the messages' ticket; its id is known after the flush
    spooled: bool = False  # the database was unreachable; stored later from the Redis spool
    decision: Decision | None = field(default=None, repr=False)


class Inbox:
    """Stores every inbound message, decides, stores the reply, opens tickets; one transaction each."""

    def __init__(self, hours: ServiceHours, stall_seconds: float = 1.0) -> None:
        self.hours = hours
        self.stall_seconds = stall_seconds
        self._started: dict[int, float] = {}  # id of a call in progress -> when it started

    def stalled(self) -> bool:
        """A call in this process has been running for longer than `stall_seconds`: the database hangs.

        A message normally takes milliseconds; a database that stops answering without closing the connection
        (a partition, a stuck server) holds its callers until TCP gives up, so new messages should not queue
        behind them (the webhook spools them instead). It closes by itself when the stuck calls end.
        """
        now = time.monotonic()
        return any(now - started > self.stall_seconds for started in list(self._started.values()))

    def receive(self, msg: Inbound, throttle: str | None = None, *, first: bool = False) -> Outcome:
        """Process one inbound message exactly once; a repeat returns the first reply (see `_receive`)."""
        call = object()
        self._started[id(call)] = time.monotonic()
        try:
            return self._receive(msg, throttle, first=first)
        finally:
            del self._started[id(call)]

    def _receive(self, msg: Inbound, throttle: str | None = None, *, first: bool = False) -> Outcome:
        """Process one inbound message exactly once; a repeat returns the first reply.

        `throttle` ("notify" or "quiet") marks a member over the rate limit: the message is stored and joins
        their ticket, but skips the knowledge base and routing unless it raises a red flag. `first` says the
        Redis claim already showed this is the first delivery, so the look-up of an earlier answer is skipped
        (the unique dedup key still guards against a second copy).
        """
        for attempt in range(3):
            try:
                with session_scope() as session:
                    if not first or attempt:
                        earlier = self._earlier(session, msg.dedup_key)
                        if earlier is not None:
                            return earlier
                    return self._process(session, msg, throttle)
            except IntegrityError:
                # Another worker stored the same message (answer as it did) or created the same member
                # a moment earlier (try again: the member now exists).
                with session_scope() as session:
                    earlier = self._earlier(session, msg.dedup_key)
                if earlier is not None:
                    return earlier
                if attempt == 2:
                    raise
            except DBAPIError as exc:
                # A pooled connection that died with a database restart: the pool is now refreshed, so try
                # once more (cheaper than pinging before every checkout).
                if not exc.connection_invalidated or attempt:
                    raise
        raise AssertionError("unreachable")

    def _earlier(self, session: Session, dedup_key: str) -> Outcome | None:
        """The outcome of an already stored message, if it was processed before."""
        first = session.scalars(select(Message).where(Message.dedup_key == dedup_key)).first()
        if first is None:
            return None
        reply = session.scalars(
            select(Message).where(Message.conversation_id == first.conversation_id, Message.direction == "out",
                                  Message.id > first.id, Message.sender == "bot").order_by(Message.id).limit(1)
        ).first()
        return Outcome(reply=reply.content if reply else None, inbound_id=first.id,
                       reply_id=reply.id if reply else None, ticket_id=first.ticket_id, duplicate=True)

    def _process(self, session: Session, msg: Inbound, throttle: str | None = None) -> Outcome:
        now = utcnow()
        member, conversation, current = self._load(session, msg.openid, now)
        if msg.kind != "event":
            member.last_inbound_at = now
            member.window_messages_sent = 0

        if throttle and msg.kind != "event" and self._can_wait(msg.text):
            outcome = self._throttled(current, throttle)
        else:
            outcome = self._dispatch(session, member, conversation, current, msg)
        conversation.last_message_at = now
        session.flush()  # the member, the conversation and a new ticket get their ids
        outcome.ticket_id = outcome.ticket.id if outcome.ticket is not None else None
        # Both messages in one INSERT, written after the decision. A plain insert, not two ORM objects: nothing in
        # this transaction reads them back, and the unit of work for them cost more CPU than the rest of the write.
        common = {"member_id": member.id, "conversation_id": conversation.id, "ticket_id": outcome.ticket_id,
                  "created_at": now, "attempts": 0}
        rows = [{**common, "direction": "in", "sender": "member", "msg_type": msg.kind, "dedup_key": msg.dedup_key,
                 "content": self._content(msg), "media_id": msg.media_id, "status": "received", "delivery": None,
                 "sent_at": None, "decision": outcome.decision.record() if outcome.decision is not None else None}]
        if outcome.reply:
            rows.append({**common, "direction": "out", "sender": "bot", "msg_type": "text", "dedup_key": None,
                         "content": outcome.reply, "media_id": None, "status": "sent", "delivery": "passive",
                         "sent_at": now, "decision": None})
        ids = session.connection().execute(_INSERT_MESSAGES, rows).scalars().all()
        outcome.inbound_id, outcome.reply_id = ids[0], ids[1] if len(ids) > 1 else None
        return outcome

    @staticmethod
    def _load(session: Session, openid: str, now) -> tuple[Member, Conversation, Ticket | None]:  # type: ignore[no-untyped-def]
        """The member, their current conversation and their open ticket, in one query; new ones as needed."""
        row = session.execute(_MEMBER_STATE, {"openid": openid}).first()
        member, conv, current = row if row is not None else (None, None, None)
        if member is None:
            member = Member(openid=openid, subscribed=True, subscribed_at=now, created_at=now)
            session.add(member)
        if conv is None or now - conv.last_message_at > CONVERSATION_IDLE:
            conv = Conversation(member=member, started_at=now, last_message_at=now)
            session.add(conv)
        return member, conv, current

    @staticmethod
    def _can_wait(text: str) -> bool:
        """No red flag and no care that cannot wait (an animal bite): a flooding member's message may skip stages."""
        check = safety.assess(text)
        return check.flag == "none" and not check.urgent_care

    @staticmethod
    def _throttled(current: Ticket | None, throttle: str) -> Outcome:
        """A flooding member's message is kept with their ticket, without the costly stages."""
        return Outcome(reply=texts.RATE_LIMITED if throttle == "notify" else None, ticket=current)

    @staticmethod
    def _content(msg: Inbound) -> str:
        if msg.kind == "event":
            return f"[{msg.event}{':' + msg.event_key if msg.event_key else ''}]"
        return msg.text

    def _dispatch(self, session: Session, member: Member, conv: Conversation, current: Ticket | None,
                  msg: Inbound) -> Outcome:
        """Choose the reply for one message by its kind."""
        if msg.kind == "event":
            return self._event(session, member, conv, current, msg)
        if msg.kind == "voice" and not msg.text.strip():
            return Outcome(reply=texts.VOICE_NOT_RECOGNISED)
        if msg.kind == "image":
            return self._image(session, member, conv, current)
        if msg.kind == "location":
            return Outcome(reply=texts.LOCATION)
        if msg.kind not in ("text", "voice"):
            return Outcome(reply=texts.UNSUPPORTED)
        return self._text(session, member, conv, current, msg.text)

    def _text(self, session: Session, member: Member, conv: Conversation, current: Ticket | None,
              text: str) -> Outcome:
        """Run a text (or recognised voice) through the pipeline and act on the decision."""
        now = utcnow()
        rated = self._rating_or_end(session, member, current, text, now)
        if rated is not None:
            return rated

        state = MemberState(open_ticket_id=current.id if current else None)
        if current is None and follows_up(text):
            state = self._previous(session, conv, now) or state
        decision = decide(text, state, hours=self.hours, now=now)
        summary = decision.context or text  # a follow-up's ticket shows the question it follows
        if decision.action == "answer":
            if decision.priority and current is None:  # a high-risk finding: answered, and a person follows up
                ticket = open_ticket(session, member, conv, reason="high_risk", priority=decision.priority,
                                     summary=summary, hours=self.hours, decision=decision, now=now)
                return Outcome(reply=decision.reply, ticket=ticket, decision=decision)
            return Outcome(reply=decision.reply, decision=decision)
        if current is not None:
            # The member's new messages join the ticket; a red flag raises its priority at once.
            if decision.priority:
                escalate_priority(current, decision.priority, self.hours, now)
            if decision.action == "emergency":
                current.reason = decision.reason
            urgent = decision.action == "emergency" or decision.reason == "urgent_care"
            reply = decision.reply if urgent or current.status == "open" else None
            return Outcome(reply=reply, ticket=current, decision=decision)
        ticket = open_ticket(session, member, conv, reason=decision.reason, priority=decision.priority or "P2",
                             summary=summary, hours=self.hours, decision=decision, now=now)
        return Outcome(reply=decision.reply, ticket=ticket, decision=decision)

    @staticmethod
    def _previous(session: Session, conv: Conversation, now) -> MemberState | None:  # type: ignore[no-untyped-def]
        """The member's latest question within FOLLOW_UP_WINDOW, for a follow-up; None when there is none.

        Queried only for messages that read as follow-ups, so the usual message pays nothing for it.
        """
        if conv.id is None:
            return None
        rows = session.execute(
            select(Message.content, Message.decision)
            .where(Message.conversation_id == conv.id, Message.direction == "in",
                   Message.msg_type.in_(("text", "voice")), Message.created_at >= now - FOLLOW_UP_WINDOW)
            .order_by(Message.id.desc()).limit(3)).all()
        for content, decision in rows:
            decision = decision or {}
            if decision.get("reason") in _QUESTION_REASONS:
                return MemberState(previous_text=decision.get("context") or content,
                                   previous_entry_id=decision.get("kb_entry_id"))
        return None

    def _rating_or_end(self, session: Session, member: Member, current: Ticket | None, text: str,
                       now) -> Outcome | None:  # type: ignore[no-untyped-def]
        """Handle 结束 and the 1-5 satisfaction answer; None when the message is neither."""
        if current is not None and current.status != "resolved" and text.strip() in END_WORDS:
            current.status = "resolved"
            current.resolved_at = now
            current.rating_requested_at = now
            return Outcome(reply=texts.SESSION_ENDED, ticket=current)
        match = RATING.match(text)
        if match and current is None:
            pending = session.scalars(
                select(Ticket).where(Ticket.member_id == member.id, Ticket.rating_requested_at.is_not(None),
                                     Ticket.rating.is_(None)).order_by(Ticket.id.desc()).limit(1)).first()
            if pending is not None and now - pending.rating_requested_at < timedelta(days=3):
                pending.rating = int(match.group(1))
                return Outcome(reply=texts.RATING_THANKS, ticket=pending)
        return None

    def _image(self, session: Session, member: Member, conv: Conversation, current: Ticket | None) -> Outcome:
        """A photo (usually of a report) goes to an advisor."""
        now = utcnow()
        if current is not None:
            return Outcome(reply=texts.JOINED_TICKET if current.status == "open" else None, ticket=current)
        ticket = open_ticket(session, member, conv, reason="image", priority="P2", summary="[图片] 会员发来一张图片",
                             hours=self.hours, department="体检", now=now)
        return Outcome(reply=texts.IMAGE_RECEIVED.format(when=self.hours.when_text("P2", now)), ticket=ticket)

    def _event(self, session: Session, member: Member, conv: Conversation, current: Ticket | None,
               msg: Inbound) -> Outcome:
        """Subscribe, unsubscribe, scan and menu clicks."""
        now = utcnow()
        event = (msg.event or "").lower()
        if event in ("subscribe", "subscribe_scan"):
            member.subscribed, member.subscribed_at, member.unsubscribed_at = True, now, None
            return Outcome(reply=texts.WELCOME.format(hours=self.hours.spec))
        if event == "unsubscribe":
            member.subscribed, member.unsubscribed_at = False, now
            return Outcome(reply=None)
        if event == "scan":
            return Outcome(reply=texts.WELCOME_BACK)
        if event == "click":
            return self._menu(session, member, conv, current, msg.event_key or "", now)
        return Outcome(reply=None)  # view and other events need no answer

    def _menu(self, session: Session, member: Member, conv: Conversation, current: Ticket | None, key: str,
              now) -> Outcome:  # type: ignore[no-untyped-def]
        """The three documented menu buttons."""
        plans = {
            MENU_HUMAN: ("human_request", "P2", None, "[菜单] 人工咨询", texts.MENU_HUMAN),
            MENU_BOOK_CHECKUP: ("booking", "P3", "体检", "[菜单] 预约体检", texts.MENU_BOOK_CHECKUP),
            MENU_MY_REPORT: (None, "P2", None, "", texts.MENU_MY_REPORT),
        }
        if key not in plans:
            return Outcome(reply=texts.MENU_UNKNOWN)
        reason, priority, department, summary, template = plans[key]
        when = self.hours.when_text(priority, now)
        if reason is None:
            return Outcome(reply=template.format(when=when))
        if current is not None:
            return Outcome(reply=template.format(when=when), ticket=current)
        ticket = open_ticket(session, member, conv, reason=reason, priority=priority, summary=summary,
                             hours=self.hours, department=department, now=now)
        return Outcome(reply=template.format(when=when), ticket=ticket)
