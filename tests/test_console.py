"""Console pages: every route's role guard, sign-in, CSRF on forms, editor and admin pages, `flask users`."""
from __future__ import annotations

import re

from sqlalchemy import select

from bot.auth import verify_password
from bot.db import session_scope
from models import AuditLog, KBEntry, Message, User

from .test_api import CSRF, ENTRY, signed_in
from .test_queue import PASSWORD, make_ticket, make_user


def console_rules(app) -> list[tuple[str, str, tuple[str, ...] | None]]:  # type: ignore[no-untyped-def]
    """Every (url, method, roles) under /console, with ids filled in."""
    out = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/console"):
            continue
        roles = getattr(app.view_functions[rule.endpoint], "roles", None)
        url = re.sub(r"<int:\w+>", "999999", rule.rule).replace("<any(publish, archive):action>", "publish")
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((url, method, roles))
    return out


def test_every_console_route_requires_the_right_role(app):
    clients = {role: signed_in(app, make_user(f"u-{role}", role)) for role in ("advisor", "editor", "admin")}
    anonymous = app.test_client()
    checked = 0
    for url, method, roles in console_rules(app):
        if url == "/console/login":
            assert roles is None  # the only public page
            continue
        assert roles, f"{method} {url} has no role guard"
        res = anonymous.open(url, method=method, data={"csrf_token": CSRF})
        assert res.status_code == 302 and "/console/login?next=" in res.headers["Location"], (method, url)
        for role, client in clients.items():
            if url == "/console/logout":
                continue  # checked below: it would end the session
            res = client.open(url, method=method, data={"csrf_token": CSRF})
            if role == "admin" or role in roles:
                assert res.status_code not in (401, 403), (role, method, url, res.status_code)
            else:
                assert res.status_code == 403, (role, method, url)
                assert "无权访问" in res.get_data(as_text=True)
        checked += 1
    assert checked >= 15
    res = clients["editor"].post("/console/logout", data={"csrf_token": CSRF})
    assert res.status_code == 302 and clients["editor"].get("/console/kb").status_code == 302


def test_root_and_index_send_each_role_home(app):
    assert app.test_client().get("/").headers["Location"].endswith("/console/")
    assert signed_in(app, make_user("a")).get("/console/").headers["Location"].endswith("/console/queue")
    assert signed_in(app, make_user("e", "editor")).get("/console/").headers["Location"].endswith("/console/kb")


def _login_form(client) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/console/login").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_login_page(app):
    make_user("alice")
    make_user("ed", "editor")
    client = app.test_client()
    token = _login_form(client)
    assert client.post("/console/login", data={"username": "alice", "password": PASSWORD}).status_code == 400
    res = client.post("/console/login", data={"username": "alice", "password": "wrong", "csrf_token": token})
    assert res.status_code == 401 and "用户名或密码错误" in res.get_data(as_text=True)
    res = client.post("/console/login?next=//evil.example/x",
                      data={"username": "alice", "password": PASSWORD, "csrf_token": token})
    assert res.status_code == 302 and res.headers["Location"] == "/console/queue"
    assert client.get("/console/queue").status_code == 200
    # A new session (and CSRF token) after sign-in: the pre-login token no longer works.
    assert client.post("/console/logout", data={"csrf_token": token}).status_code == 400

    editor = app.test_client()
    token = _login_form(editor)
    res = editor.post("/console/login?next=/console/kb/unanswered",
                      data={"username": "ed", "password": PASSWORD, "csrf_token": token})
    assert res.headers["Location"] == "/console/kb/unanswered"


def test_login_page_is_rate_limited(app):
    make_user("alice")
    client = app.test_client()
    token = _login_form(client)
    for _ in range(5):
        client.post("/console/login", data={"username": "alice", "password": "bad-guess", "csrf_token": token})
    res = client.post("/console/login", data={"username": "alice", "password": PASSWORD, "csrf_token": token})
    assert res.status_code == 429 and "登录失败次数过多" in res.get_data(as_text=True)


def test_queue_and_ticket_pages(app):
    alice = make_user("alice")
    tid = make_ticket("o-page")
    client = signed_in(app, alice)
    page = client.get("/console/queue").get_data(as_text=True)
    assert "Console.queuePage()" in page and "已超时" in page and "儿科" in page
    page = client.get(f"/console/tickets/{tid}").get_data(as_text=True)
    assert "Console.ticketPage()" in page and "发送给会员" in page and "添加内部备注" in page
    assert "常用回复" in page
    assert client.get("/console/tickets/424242").status_code == 404
    assert client.get("/console/stats").status_code == 200
    with session_scope() as db:
        views = db.scalars(select(AuditLog).where(AuditLog.action == "view")).all()
        assert [(v.object_type, v.object_id, v.user_id) for v in views] == [("ticket", tid, alice.id)]


def test_editor_pages_create_edit_publish_archive_and_diff(app):
    client = signed_in(app, make_user("ed", "editor"))
    form = {"csrf_token": CSRF, "question": ENTRY["question"], "similar": "\n".join(ENTRY["similar"]),
            "answer": "先写个草稿", "topic": ENTRY["topic"], "department": ENTRY["department"], "note": "草稿"}
    assert client.post("/console/kb/new", data={k: v for k, v in form.items() if k != "csrf_token"}
                       ).status_code == 400
    res = client.post("/console/kb/new", data=form)
    assert res.status_code == 302
    eid = int(res.headers["Location"].rstrip("/").split("/")[-1])

    res = client.post(f"/console/kb/{eid}/publish", data={"csrf_token": CSRF}, follow_redirects=True)
    assert "无法发布" in res.get_data(as_text=True)  # the answer is too short to publish
    res = client.post(f"/console/kb/{eid}", data={**form, "answer": ENTRY["answer"], "note": "写完整"})
    assert res.status_code == 302
    res = client.post(f"/console/kb/{eid}/publish", data={"csrf_token": CSRF}, follow_redirects=True)
    assert "已发布" in res.get_data(as_text=True)

    page = client.get(f"/console/kb/{eid}").get_data(as_text=True)
    assert "历史版本" in page and "写完整" in page and "v3" in page
    diff = client.get(f"/console/kb/{eid}/diff?from=1&to=2").get_data(as_text=True)
    assert 'class="d-del">-  先写个草稿' in diff and 'class="d-add">+  多数体检需要空腹采血' in diff
    listing = client.get("/console/kb?q=夜宵&status=published").get_data(as_text=True)
    assert ENTRY["question"] in listing
    assert ENTRY["question"] not in client.get("/console/kb?q=不相干的词").get_data(as_text=True)

    res = client.post(f"/console/kb/{eid}", data={**form, "question": "", "topic": "no-such-topic"})
    assert res.status_code == 400 and "请修改以下问题" in res.get_data(as_text=True)
    client.post(f"/console/kb/{eid}/archive", data={"csrf_token": CSRF})
    with session_scope() as db:
        entry = db.get(KBEntry, eid)
        assert entry.status == "archived" and entry.version == 4
    new_page = client.get("/console/kb/new?question=孩子晚上磨牙怎么办").get_data(as_text=True)
    assert 'value="孩子晚上磨牙怎么办"' in new_page


def test_unanswered_page_renders(app):
    client = signed_in(app, make_user("ed", "editor"))
    res = client.get("/console/kb/unanswered")
    assert res.status_code == 200 and "未回答问题" in res.get_data(as_text=True)


def test_users_page(app):
    root = make_user("root", "admin")
    client = signed_in(app, root)
    res = client.post("/console/users", data={"csrf_token": CSRF, "username": "carol", "display_name": "王顾问",
                                              "role": "advisor", "password": "long-enough-1",
                                              "departments": ["儿科", "内科"]}, follow_redirects=True)
    assert "已创建账号 carol" in res.get_data(as_text=True)
    with session_scope() as db:
        carol = db.scalars(select(User).where(User.username == "carol")).one()
        assert carol.departments == ["儿科", "内科"] and verify_password(carol.password_hash, "long-enough-1")
    res = client.post(f"/console/users/{carol.id}", data={
        "csrf_token": CSRF, "role": "advisor", "departments_text": "儿科，皮肤科", "display_name": "王顾问",
        "password": "another-pass-2"})
    assert res.status_code == 302
    with session_scope() as db:
        carol = db.get(User, carol.id)
        assert carol.departments == ["儿科", "皮肤科"] and carol.active is False
        assert verify_password(carol.password_hash, "another-pass-2")
    res = client.post("/console/users", data={"csrf_token": CSRF, "username": "x", "role": "advisor",
                                              "password": "short"}, follow_redirects=True)
    assert "密码至少" in res.get_data(as_text=True)
    page = client.get("/console/audit").get_data(as_text=True)
    assert "新建账号" in page and "修改账号" in page


def test_flask_users_create_command(app):
    runner = app.test_cli_runner()
    res = runner.invoke(args=["users", "create", "dora", "--role", "advisor", "--departments", "内科,儿科",
                              "--password", "long-enough-1"])
    assert res.exit_code == 0, res.output
    assert "created advisor dora" in res.output
    res = runner.invoke(args=["users", "create", "dora", "--role", "advisor", "--password", "long-enough-1"])
    assert res.exit_code != 0 and "已存在" in res.output
    res = runner.invoke(args=["users", "create", "eve", "--role", "advisor", "--departments", "火星科",
                              "--password", "long-enough-1"])
    assert res.exit_code != 0 and "未知科室" in res.output
    res = runner.invoke(args=["users", "create", "ed", "--role", "editor"], input="pass-word-9\npass-word-9\n")
    assert res.exit_code == 0, res.output
    with session_scope() as db:
        dora = db.scalars(select(User).where(User.username == "dora")).one()
        assert dora.role == "advisor" and dora.departments == ["内科", "儿科"]
        assert verify_password(dora.password_hash, "long-enough-1") and dora.password_hash != "long-enough-1"
        ed = db.scalars(select(User).where(User.username == "ed")).one()
        assert verify_password(ed.password_hash, "pass-word-9")
    assert "dora" in runner.invoke(args=["users", "list"]).output
    assert runner.invoke(args=["users", "set-password", "dora", "--password", "new-pass-word"]).exit_code == 0


def test_draft_button_shown_for_advisor_replies(app):
    """The conversation view offers 生成知识库草稿 on advisor replies (rendered by console.js from the API)."""
    alice = make_user("alice")
    tid = make_ticket("o-btn", status="claimed", assignee=alice.id)
    client = signed_in(app, alice)
    client.post(f"/api/tickets/{tid}/reply", json={"text": "建议近期去消化内科看看"}, headers={"X-CSRF-Token": CSRF})
    with session_scope() as db:
        assert db.scalars(select(Message).where(Message.sender == "advisor")).one().msg_type == "text"
    js = client.get("/static/console.js").get_data(as_text=True)
    assert "生成知识库草稿" in js and "/api/kb/drafts/from-reply" in js
