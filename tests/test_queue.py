"""The advisor queue (bot/queue.py) on both backends: ordering, filters, atomic claim, transfer, reply, resolve."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import outbound, queue
from bot.auth import create_user
from bot.db import session_scope
from bot.inbox import Inbound
from models import AuditLog, Conversation, DepartmentLabel, Member, Message, Ticket, User, utcnow

PASSWORD = "secret-pass-1"


def make_user(username: str, role: str = "advisor", departments: tuple[str, ...] = ()) -> User:
    """A console account with the test password."""
    with session_scope() as db:
        return create_user(db, username, PASSWORD, role, list(departments))


def make_ticket(openid: str = "o-q1", text: str = "膝盖上下楼有点疼", *, priority: str = "P2",
                department: str = "内科", age: timedelta = timedelta(minutes=5), due_in: timedelta = timedelta(hours=2),
                inbound_ago: timedelta | None = timedelta(minutes=5), status: str = "open",
                assignee: int | None = None) -> int:
    """A member, a conversation, the member's message and an open ticket; returns the ticket id."""
    now = utcnow()
    created = now - age
    with session_scope() as db:
        member = db.scalars(select(Member).where(Member.openid == openid)).first()
        if member is None:
            member = Member(openid=openid, subscribed=True, created_at=created)
            db.add(member)
        member.last_inbound_at = None if inbound_ago is None else now - inbound_ago
        member.window_messages_sent = 0
        db.flush()
        conv = Conversation(member_id=member.id, started_at=created, last_message_at=created)
        db.add(conv)
        db.flush()
        ticket = Ticket(member_id=member.id, conversation_id=conv.id, department=department, priority=priority,
                        reason="no_answer", summary=text, status=status, assignee_id=assignee,
                        sla_due_at=created + due_in, created_at=created,
                        department_confidence=0.42, departments_top3=[[department, 0.42], ["骨科", 0.3]])
        db.add(ticket)
        db.flush()
        db.add(Message(member_id=member.id, conversation_id=conv.id, ticket_id=ticket.id, direction="in",
                       sender="member", msg_type="text", content=text, status="received", created_at=created,
                       dedup_key=f"msg:{openid}:{ticket.id}"))
        return ticket.id


def get(ticket_id: int) -> Ticket:
    with session_scope() as db:
        return db.get(Ticket, ticket_id)


def actions() -> list[tuple[str, str, int | None]]:
    with session_scope() as db:
        return [(a.action, a.object_type, a.object_id) for a in db.scalars(select(AuditLog).order_by(AuditLog.id))]


def test_fifo_within_priority_most_urgent_first(app):
    alice = make_user("alice")
    late_p2 = make_ticket("o-1", priority="P2", age=timedelta(minutes=1))
    early_p2 = make_ticket("o-2", priority="P2", age=timedelta(minutes=30))
    p3 = make_ticket("o-3", priority="P3", age=timedelta(hours=3))
    p0 = make_ticket("o-4", priority="P0", age=timedelta(seconds=10))
    with session_scope() as db:
        order = [t.id for t in queue.list_tickets(db, alice)]
    assert order == [p0, early_p2, late_p2, p3]


def test_filters(app):
    alice = make_user("alice", departments=("儿科",))
    bob = make_user("bob")
    mine = make_ticket("o-1", department="内科", status="claimed", assignee=alice.id)
    peds = make_ticket("o-2", department="儿科")
    late = make_ticket("o-3", age=timedelta(hours=3), due_in=timedelta(hours=2))
    bobs = make_ticket("o-4", status="claimed", assignee=bob.id)
    done = make_ticket("o-5", status="resolved")

    def ids(name: str) -> set[int]:
        with session_scope() as db:
            return {t.id for t in queue.list_tickets(db, alice, name)}

    assert ids("all") == {mine, peds, late, bobs}
    assert ids("mine") == {mine}
    assert ids("my_departments") == {peds}
    assert ids("unassigned") == {peds, late}
    assert ids("breached") == {late}
    assert ids("resolved") == {done}
    with session_scope() as db:
        counts = queue.queue_counts(db, alice)
        assert counts == {"all": 4, "mine": 1, "my_departments": 1, "unassigned": 2, "breached": 1, "resolved": 1}
        assert [t.id for t in queue.list_tickets(db, alice, department="儿科")] == [peds]
        with pytest.raises(queue.Invalid):
            queue.list_tickets(db, alice, "nonsense")


def test_claim_once_then_conflict(app):
    alice, bob = make_user("alice"), make_user("bob")
    tid = make_ticket()
    with session_scope() as db:
        queue.claim(db, tid, alice)
    with session_scope() as db, pytest.raises(queue.Conflict, match="alice"):
        queue.claim(db, tid, bob)
    ticket = get(tid)
    assert ticket.status == "claimed" and ticket.assignee_id == alice.id and ticket.claimed_at is not None
    assert ("claim", "ticket", tid) in actions()


def test_concurrent_claims_have_exactly_one_winner(app):
    users = [make_user(f"adv{i}") for i in range(6)]
    tid = make_ticket()
    barrier = threading.Barrier(len(users))
    results: list[str] = []

    def attempt(user: User) -> None:
        barrier.wait()
        try:
            with session_scope() as db:
                queue.claim(db, tid, user)
            results.append("won")
        except queue.Conflict:
            results.append("lost")

    threads = [threading.Thread(target=attempt, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(results) == ["lost"] * 5 + ["won"]
    assert get(tid).assignee_id in {u.id for u in users}


def test_assign_and_reassign(app):
    alice, bob = make_user("alice"), make_user("bob")
    editor = make_user("ed", "editor")
    tid = make_ticket()
    with session_scope() as db:
        queue.assign(db, tid, bob.id, alice)
    assert get(tid).assignee_id == bob.id and get(tid).status == "claimed"
    with session_scope() as db, pytest.raises(queue.Invalid):
        queue.assign(db, tid, editor.id, alice)  # editors do not take chats


def test_transfer_relabels_for_retraining_and_returns_to_queue(app):
    alice = make_user("alice")
    tid = make_ticket(text="孩子咳嗽一周了", department="内科", status="claimed", assignee=alice.id)
    with session_scope() as db:
        queue.transfer(db, tid, "儿科", alice)
    ticket = get(tid)
    assert ticket.department == "儿科" and ticket.status == "open" and ticket.assignee_id is None
    with session_scope() as db:
        [label] = db.scalars(select(DepartmentLabel)).all()
        assert (label.old_department, label.new_department, label.user_id) == ("内科", "儿科", alice.id)
        assert label.text == "孩子咳嗽一周了"
    with session_scope() as db:
        queue.claim(db, tid, alice)
        queue.transfer(db, tid, "呼吸内科", alice, keep=True)
    assert get(tid).assignee_id == alice.id and get(tid).department == "呼吸内科"
    with session_scope() as db:
        with pytest.raises(queue.Invalid):
            queue.transfer(db, tid, "火星科", alice)


def test_reply_claims_queues_and_is_delivered(app, fake_wechat):
    alice = make_user("alice")
    tid = make_ticket("o-reply")
    with session_scope() as db:
        msg = queue.reply(db, tid, alice, "您好，我是健康顾问，请问疼了多久了？")
        assert msg.status == "pending" and msg.sender == "advisor" and msg.author_id == alice.id
    ticket = get(tid)
    assert ticket.assignee_id == alice.id and ticket.first_response_at is not None
    first = ticket.first_response_at
    assert outbound.deliver_due() == 1
    assert fake_wechat.sent[-1]["touser"] == "o-reply"
    assert fake_wechat.sent[-1]["text"]["content"].startswith("您好，我是健康顾问")
    with session_scope() as db:
        queue.reply(db, tid, alice, "第二条")
    assert get(tid).first_response_at == first  # only the first reply counts for the SLA


def test_reply_by_someone_else_is_refused(app):
    alice, bob = make_user("alice"), make_user("bob")
    admin = make_user("root", "admin")
    tid = make_ticket(status="claimed", assignee=alice.id)
    with session_scope() as db, pytest.raises(queue.Forbidden):
        queue.reply(db, tid, bob, "我来回")
    with session_scope() as db:
        queue.reply(db, tid, admin, "管理员可以代回")
    with session_scope() as db, pytest.raises(queue.Invalid):
        queue.reply(db, tid, alice, "   ")


def test_outside_the_window_fails_visibly_and_can_be_retried(app, fake_wechat):
    alice = make_user("alice")
    tid = make_ticket("o-late", inbound_ago=timedelta(hours=50))
    with session_scope() as db:
        mid = queue.reply(db, tid, alice, "抱歉回复晚了").id
    outbound.deliver_due()
    with session_scope() as db:
        msg = db.get(Message, mid)
        assert msg.status == "failed" and "48-hour" in msg.last_error
        queue.retry_message(db, mid, alice)
    with session_scope() as db:  # the member writes again, so the window is open
        db.scalars(select(Member).where(Member.openid == "o-late")).one().last_inbound_at = utcnow()
    outbound.retry(mid)
    outbound.deliver_due()
    with session_scope() as db:
        assert db.get(Message, mid).status == "sent"
    with session_scope() as db, pytest.raises(queue.Conflict):
        queue.retry_message(db, mid, alice)


def test_notes_are_never_sent(app, fake_wechat):
    alice = make_user("alice")
    tid = make_ticket()
    with session_scope() as db:
        note = queue.add_note(db, tid, alice, "会员情绪有点急，优先跟进")
        assert (note.msg_type, note.delivery, note.sender) == ("note", "none", "advisor")
    assert outbound.deliver_due() == 0 and fake_wechat.sent == []
    assert get(tid).first_response_at is None  # a note is not a response


def test_resolve_asks_for_a_rating_and_the_answer_is_stored(app, fake_wechat):
    alice = make_user("alice")
    tid = make_ticket("o-rate", status="claimed", assignee=alice.id)
    with session_scope() as db:
        question = queue.resolve(db, tid, alice)
        assert "1–5" in question.content and question.sender == "system"
    outbound.deliver_due()
    assert "1–5" in fake_wechat.sent[-1]["text"]["content"]
    inbox = app.extensions["inbox"]
    out = inbox.receive(Inbound(openid="o-rate", kind="text", dedup_key="msg:o-rate:rating", text="4"))
    assert "感谢" in (out.reply or "")
    assert get(tid).rating == 4
    with session_scope() as db:
        [row] = queue.advisor_ratings(db)
        assert (row["username"], row["average"], row["count"], row["resolved"]) == ("alice", 4.0, 1, 1)


def test_reopen(app):
    alice = make_user("alice")
    tid = make_ticket("o-re", status="claimed", assignee=alice.id)
    with session_scope() as db:
        queue.resolve(db, tid, alice)
    with session_scope() as db:
        queue.reopen(db, tid, alice)
    ticket = get(tid)
    assert ticket.status == "claimed" and ticket.resolved_at is None and ticket.rating_requested_at is None
    with session_scope() as db, pytest.raises(queue.Conflict):
        queue.reopen(db, tid, alice)
    with session_scope() as db:
        queue.resolve(db, tid, alice)
    make_ticket("o-re")  # the member has a newer open ticket: reopening would leave two
    with session_scope() as db, pytest.raises(queue.Conflict):
        queue.reopen(db, tid, alice)


def test_sla_and_window_state(app):
    tid = make_ticket(age=timedelta(minutes=30), due_in=timedelta(minutes=20), inbound_ago=timedelta(hours=47))
    now = utcnow()
    with session_scope() as db:
        ticket = db.get(Ticket, tid)
        sla = queue.sla_state(ticket, now)
        assert sla["breached"] and sla["remaining_seconds"] < 0
        window = queue.window_state(db.get(Member, ticket.member_id), now)
        assert window["open"] and 0 < window["remaining_seconds"] <= 3600 and window["messages_left"] == 5
        ticket.first_response_at = ticket.created_at + timedelta(minutes=5)
        assert queue.sla_state(ticket, now)["met"] is True
    member = Member(openid="x", last_inbound_at=now - timedelta(hours=49), window_messages_sent=0)
    assert queue.window_state(member, now)["open"] is False
    member = Member(openid="y", last_inbound_at=now, window_messages_sent=5)
    assert queue.window_state(member, now)["open"] is False


def test_every_change_is_audited(app):
    alice = make_user("alice")
    tid = make_ticket("o-aud")
    with session_scope() as db:
        queue.claim(db, tid, alice)
        queue.add_note(db, tid, alice, "备注")
        queue.reply(db, tid, alice, "回复")
        queue.transfer(db, tid, "骨科", alice, keep=True)
        queue.resolve(db, tid, alice)
        queue.reopen(db, tid, alice)
    assert [a for a, _, _ in actions()] == ["claim", "note", "reply", "transfer", "resolve", "reopen"]


def test_canned_replies_stay_careful():
    """No canned reply names a dose or a diagnosis."""
    import re

    for item in queue.CANNED_REPLIES:
        assert item["title"] and item["text"]
        assert not re.search(r"\d+\s*(mg|毫克|片|粒|ml)", item["text"])
        assert "确诊" not in item["text"]


