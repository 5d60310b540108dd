"""The JSON API under /api: roles on every route, the OpenAPI document, sign-in, CSRF, and the advisor flow."""
from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from bot import outbound
from bot.api.spec import ANY_ROLE, OPERATIONS
from bot.db import session_scope
from models import AuditLog, DepartmentLabel, KBEntry, Message, Ticket, User, utcnow

from .test_queue import PASSWORD, make_ticket, make_user

CSRF = "test-csrf-token"


def signed_in(app: Flask, user: User) -> FlaskClient:
    """A test client with `user`'s session and a known CSRF token."""
    client = app.test_client()
    with client.session_transaction() as sess:
        sess["uid"], sess["csrf"] = user.id, CSRF
    return client


def post(client: FlaskClient, url: str, data: dict | None = None, method: str = "POST"):  # type: ignore[no-untyped-def]
    return client.open(url, method=method, json=data or {}, headers={"X-CSRF-Token": CSRF})


def api_rules(app: Flask) -> list[tuple[str, str, tuple[str, ...] | None]]:
    """Every (url, method, roles) under /api, with ids filled in."""
    out = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/"):
            continue
        view = app.view_functions[rule.endpoint]
        roles = getattr(view, "roles", None)
        url = re.sub(r"<(?:\w+:)?\w+>", "999999", rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((url, method, roles))
    return out


def test_every_api_route_requires_the_right_role(app):
    users = {role: make_user(f"u-{role}", role) for role in ("advisor", "editor", "admin")}
    clients = {role: signed_in(app, u) for role, u in users.items()}
    anonymous = app.test_client()
    checked = 0
    for url, method, roles in api_rules(app):
        if url == "/api/login":
            assert roles is None  # the only public route
            continue
        assert roles, f"{method} {url} has no role guard"
        res = anonymous.open(url, method=method, json={})
        assert res.status_code == 401, (method, url)
        assert res.get_json()["error"] == "unauthorized"
        for role, client in clients.items():
            res = client.open(url, method=method, json={}, headers={"X-CSRF-Token": CSRF})
            allowed = role == "admin" or role in roles
            if allowed:
                assert res.status_code not in (401, 403), (role, method, url, res.status_code)
            else:
                assert res.status_code == 403, (role, method, url, res.status_code)
                assert res.is_json
        if method == "POST" and url == "/api/logout":
            clients = {role: signed_in(app, u) for role, u in users.items()}  # logged out: sign in again
        checked += 1
    assert checked >= 30


def test_openapi_documents_every_route(app):
    admin = signed_in(app, make_user("root", "admin"))
    doc = admin.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = {(path, m.upper()) for path, ops in doc["paths"].items() for m in ops}
    actual = {(re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), m) for rule in app.url_map.iter_rules()
              if rule.rule.startswith("/api/") for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == actual
    schemas = doc["components"]["schemas"]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op["summary"] and op["operationId"]
            for param in re.findall(r"{(\w+)}", path):
                assert any(p["name"] == param and p["in"] == "path" for p in op["parameters"])
            if path != "/api/login":
                assert "401" in op["responses"], (method, path)
                if set(op["x-roles"]) != set(ANY_ROLE):
                    assert "403" in op["responses"], (method, path)
            text = str(op)
            for name in re.findall(r"#/components/schemas/(\w+)", text):
                assert name in schemas
    assert len(OPERATIONS) == len(documented)


def test_login_logout_and_me(app):
    make_user("alice")
    client = app.test_client()
    res = client.post("/api/login", json={"username": "alice", "password": "wrong-password"})
    assert res.status_code == 401 and res.get_json()["error"] == "invalid_credentials"
    res = client.post("/api/login", json={"username": "ALICE", "password": PASSWORD})
    assert res.status_code == 200
    token = res.get_json()["csrf_token"]
    cookie = res.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/api/me").get_json()["user"]["username"] == "alice"
    assert client.post("/api/logout", json={}).status_code == 400  # no CSRF token
    assert client.post("/api/logout", json={}, headers={"X-CSRF-Token": token}).status_code == 200
    assert client.get("/api/me").status_code == 401
    with session_scope() as db:
        assert [a.action for a in db.scalars(select(AuditLog).order_by(AuditLog.id))] == [
            "login_failed", "login", "logout"]


def test_login_is_rate_limited(app):
    make_user("alice")
    client = app.test_client()
    for _ in range(5):
        assert client.post("/api/login", json={"username": "alice", "password": "nope-nope"}).status_code == 401
    res = client.post("/api/login", json={"username": "alice", "password": PASSWORD})
    assert res.status_code == 429 and res.get_json()["retry_after"] > 0
    # Another account from the same address is not locked by alice's failures.
    make_user("bob")
    assert client.post("/api/login", json={"username": "bob", "password": PASSWORD}).status_code == 200


def test_disabled_account_cannot_sign_in_or_keep_its_session(app):
    alice = make_user("alice")
    client = signed_in(app, alice)
    assert client.get("/api/queue").status_code == 200
    with session_scope() as db:
        db.get(User, alice.id).active = False
    assert client.get("/api/queue").status_code == 401
    res = app.test_client().post("/api/login", json={"username": "alice", "password": PASSWORD})
    assert res.status_code == 401


def test_writes_need_the_csrf_header(app):
    client = signed_in(app, make_user("alice"))
    tid = make_ticket()
    assert client.post(f"/api/tickets/{tid}/claim", json={}).status_code == 400
    res = client.post(f"/api/tickets/{tid}/claim", json={}, headers={"X-CSRF-Token": "forged"})
    assert res.status_code == 400 and "CSRF" in res.get_json()["message"]
    assert post(client, f"/api/tickets/{tid}/claim").status_code == 200


def test_advisor_flow_through_the_api(app, fake_wechat):
    alice, bob = make_user("alice"), make_user("bob")
    tid = make_ticket("o-api", text="最近总是胃胀")
    a, b = signed_in(app, alice), signed_in(app, bob)

    queue_rows = a.get("/api/queue?filter=unassigned").get_json()
    assert [t["id"] for t in queue_rows["tickets"]] == [tid]
    assert queue_rows["counts"]["unassigned"] == 1
    assert queue_rows["tickets"][0]["sla"]["remaining_seconds"] > 0

    assert post(a, f"/api/tickets/{tid}/claim").status_code == 200
    res = post(b, f"/api/tickets/{tid}/claim")
    assert res.status_code == 409 and "alice" in res.get_json()["message"]
    assert post(b, f"/api/tickets/{tid}/reply", {"text": "我也来回"}).status_code == 403

    msg = post(a, f"/api/tickets/{tid}/reply", {"text": "您好，胃胀多久了？饭后明显吗？"}).get_json()
    assert msg["status"] == "pending" and msg["author"] == "alice"
    assert post(a, f"/api/tickets/{tid}/notes", {"text": "疑似饮食相关，先问清楚"}).get_json()["msg_type"] == "note"
    outbound.deliver_due()
    assert fake_wechat.sent[-1]["text"]["content"] == "您好，胃胀多久了？饭后明显吗？"

    detail = a.get(f"/api/tickets/{tid}").get_json()
    assert detail["assignee"]["name"] == "alice" and detail["first_response_at"]
    kinds = [(m["sender"], m["msg_type"], m["status"]) for m in detail["messages"]]
    assert kinds == [("member", "text", "received"), ("advisor", "text", "sent"), ("advisor", "note", "internal")]
    assert detail["window"]["open"] and detail["window"]["messages_left"] == 4
    assert detail["departments_top3"][0][0] == "内科" and detail["member"]["name"].startswith("会员")

    res = post(a, f"/api/tickets/{tid}/transfer", {"department": "消化内科", "keep": True})
    assert res.get_json()["department"] == "消化内科" and res.get_json()["labels"][0]["new_department"] == "消化内科"
    assert post(a, f"/api/tickets/{tid}/transfer", {"department": "不存在的科"}).status_code == 400

    assert post(a, f"/api/tickets/{tid}/resolve").get_json()["status"] == "resolved"
    outbound.deliver_due()
    assert "1–5" in fake_wechat.sent[-1]["text"]["content"]
    assert post(a, f"/api/tickets/{tid}/resolve").status_code == 409
    assert post(a, f"/api/tickets/{tid}/reopen").get_json()["status"] == "claimed"
    assert post(a, f"/api/tickets/{tid}/assign", {"user_id": bob.id}).get_json()["assignee"]["name"] == "bob"
    assert a.get("/api/tickets/424242").status_code == 404
    with session_scope() as db:
        assert db.scalar(select(func.count()).select_from(DepartmentLabel)) == 1


def test_failed_message_is_shown_and_resent(app, fake_wechat):
    alice = make_user("alice")
    tid = make_ticket("o-fail", status="claimed", assignee=alice.id)
    a = signed_in(app, alice)
    fake_wechat.fail_next(*([45009] * 6))  # every attempt rejected
    mid = post(a, f"/api/tickets/{tid}/reply", {"text": "请把报告拍照发来"}).get_json()["id"]
    for _ in range(6):
        with session_scope() as db:
            db.get(Message, mid).next_attempt_at = utcnow()  # skip the back-off wait
        outbound.deliver_due()
    failed = [m for m in a.get(f"/api/tickets/{tid}").get_json()["messages"] if m["id"] == mid][0]
    assert failed["status"] == "failed" and "45009" in failed["last_error"]
    assert post(a, f"/api/messages/{mid}/retry").get_json()["status"] == "pending"
    outbound.deliver_due()
    assert fake_wechat.sent[-1]["text"]["content"] == "请把报告拍照发来"
    assert post(a, f"/api/messages/{mid}/retry").status_code == 409


def test_viewing_is_audited_once_per_poll_window(app):
    alice = make_user("alice")
    tid = make_ticket()
    a = signed_in(app, alice)
    for _ in range(3):
        assert a.get(f"/api/tickets/{tid}").status_code == 200
    admin = signed_in(app, make_user("root", "admin"))
    rows = admin.get(f"/api/audit?object_type=ticket&object_id={tid}").get_json()
    assert [(r["user"], r["action"]) for r in rows] == [("alice", "view")]


def test_ratings_per_advisor(app):
    alice = make_user("alice")
    for i, rating in enumerate((5, 3)):
        tid = make_ticket(f"o-r{i}", status="resolved", assignee=alice.id)
        with session_scope() as db:
            db.get(Ticket, tid).rating = rating
    rows = signed_in(app, alice).get("/api/stats/ratings").get_json()
    assert rows == [{"user_id": alice.id, "username": "alice", "display_name": "alice", "average": 4.0,
                     "count": 2, "resolved": 2, "low": 0}]


def test_users_admin(app):
    root = make_user("root", "admin")
    admin = signed_in(app, root)
    res = post(admin, "/api/users", {"username": "carol", "password": "long-enough-1", "role": "advisor",
                                     "departments": ["儿科"]})
    assert res.status_code == 200 and res.get_json()["departments"] == ["儿科"]
    assert "password" not in str(res.get_json())
    carol = res.get_json()["id"]
    assert post(admin, "/api/users", {"username": "carol", "password": "long-enough-1", "role": "advisor"}
                ).status_code == 400
    assert post(admin, "/api/users", {"username": "dan", "password": "short", "role": "advisor"}).status_code == 400
    res = post(admin, f"/api/users/{carol}", {"role": "editor", "departments": []}, method="PATCH")
    assert res.get_json()["role"] == "editor"
    assert post(admin, f"/api/users/{root.id}", {"active": False}, method="PATCH").status_code == 400
    assert post(admin, "/api/users/9999", {"active": False}, method="PATCH").status_code == 404
    assert {u["username"] for u in admin.get("/api/users").get_json()} == {"root", "carol"}


ENTRY = {
    "question": "体检前一天晚上能吃夜宵吗",
    "similar": ["体检前晚上可以吃东西吗", "明早体检今晚能吃宵夜吗", "体检前夜几点以后不能吃"],
    "answer": ("多数体检需要空腹采血和做腹部超声，一般建议前一天晚饭清淡、不饮酒，晚上十点后不再进食，"
               "可以少量喝白开水。夜宵尤其是油腻食物会影响血脂、血糖和肝脏超声的结果，可能需要改天复查。"
               "如果有糖尿病等需要按时进食或用药的情况，请提前告诉体检机构或咨询体检科医生，按医生安排做准备。"),
    "topic": "checkup_prep", "department": "体检", "tags": [],
}


def test_kb_editing_through_the_api(app):
    ed = signed_in(app, make_user("ed", "editor"))
    res = post(ed, "/api/kb/entries", {**ENTRY, "note": "首版"})
    assert res.status_code == 200, res.get_json()
    entry = res.get_json()
    assert entry["status"] == "draft" and entry["version"] == 1
    eid = entry["id"]
    res = post(ed, f"/api/kb/entries/{eid}", {"answer": "太短"}, method="PUT")
    assert res.status_code == 200  # a draft may be short
    res = post(ed, f"/api/kb/entries/{eid}/publish")
    assert res.status_code == 400 and any("答案" in e for e in res.get_json()["errors"])
    post(ed, f"/api/kb/entries/{eid}", {"answer": ENTRY["answer"], "note": "恢复答案"}, method="PUT")
    assert post(ed, f"/api/kb/entries/{eid}/publish").get_json()["status"] == "published"
    assert [e["id"] for e in ed.get("/api/kb/entries?q=夜宵").get_json()] == [eid]
    assert ed.get("/api/kb/entries?q=夜宵&status=archived").get_json() == []
    detail = ed.get(f"/api/kb/entries/{eid}").get_json()
    assert [v["version"] for v in detail["versions"]] == [1, 2, 3, 4]
    assert [v["author"] for v in detail["versions"]] == ["ed"] * 4
    diff = ed.get(f"/api/kb/entries/{eid}/diff?from=1&to=2").get_json()
    assert any(line.startswith("-  多数体检需要空腹采血和做腹部超声") for line in diff["lines"])
    assert any(line.startswith("+  太短") for line in diff["lines"])
    assert ed.get(f"/api/kb/entries/{eid}/diff?from=1&to=9").status_code == 404
    assert post(ed, f"/api/kb/entries/{eid}/archive").get_json()["status"] == "archived"
    assert post(ed, "/api/kb/entries", {"question": "", "topic": "nope"}).status_code == 400
    assert ed.get("/api/kb/entries/99999").status_code == 404
    assert "checkup_prep" in ed.get("/api/kb/topics").get_json()
    with session_scope() as db:
        kinds = [a.action for a in db.scalars(select(AuditLog).where(AuditLog.object_type == "kb_entry"))]
    assert kinds == ["kb_create", "kb_edit", "kb_edit", "kb_publish", "view", "kb_archive"]


def test_draft_from_an_advisor_reply(app):
    alice = make_user("alice")
    tid = make_ticket("o-draft", text="体检前晚上能吃夜宵吗", status="claimed", assignee=alice.id)
    a = signed_in(app, alice)
    mid = post(a, f"/api/tickets/{tid}/reply", {"text": ENTRY["answer"]}).get_json()["id"]
    res = post(a, "/api/kb/drafts/from-reply", {"message_id": mid})
    assert res.status_code == 200, res.get_json()
    draft = res.get_json()
    assert draft["status"] == "draft" and draft["question"] == "体检前晚上能吃夜宵吗"
    assert draft["answer"] == ENTRY["answer"] and draft["source_ticket_id"] == tid
    note = post(a, f"/api/tickets/{tid}/notes", {"text": "内部"}).get_json()["id"]
    assert post(a, "/api/kb/drafts/from-reply", {"message_id": note}).status_code == 404
    with session_scope() as db:
        assert db.scalar(select(func.count()).select_from(KBEntry)) == 1


def test_errors_are_json(app):
    client = signed_in(app, make_user("alice"))
    res = client.get("/api/queue?filter=bogus")
    assert res.status_code == 400 and res.is_json and res.get_json()["message"]
    res = client.get("/api/no-such-thing")
    assert res.status_code == 404 and res.get_json()["error"] == "not_found"
    res = client.post("/api/tickets/1/reply", data="not json", headers={"X-CSRF-Token": CSRF})
    assert res.status_code == 400 and res.is_json
    assert client.get("/no-such-page").status_code == 404
