"""Console pages. Queue and conversation views load and refresh their data from the JSON API (polling);
editor and admin pages are plain forms posting back here with the CSRF token."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select

import knowledge_base as kb
from knowledge_base import store
from models import ROLES, AuditLog, User, utcnow

from .. import auth, queue
from ..api import kbedit
from ..api.admin import update_user
from ..api.common import audit_view
from ..api.serialize import user_names
from ..db import session_scope
from . import bp

ADVISOR, EDITOR, ADMIN = ("advisor",), ("editor",), ("admin",)


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths: never redirect to another host after sign-in."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    parts = urlsplit(target)
    return None if parts.scheme or parts.netloc else target


def _home(user: User) -> str:
    return url_for("console.kb_list") if user.role == "editor" else url_for("console.queue_page")


@bp.errorhandler(403)
def _forbidden(_exc: Any) -> Any:
    return render_template("console/error.html", code=403, message="您的角色无权访问此页面。"), 403


@bp.errorhandler(400)
def _bad_request(exc: Any) -> Any:
    return render_template("console/error.html", code=400, message=exc.description or "请求无效。"), 400


@bp.errorhandler(queue.QueueError)
def _queue_error(exc: queue.QueueError) -> Any:
    flash(exc.message, "error")
    return redirect(_safe_next(request.referrer and urlsplit(request.referrer).path) or url_for("console.index"))


# ---- signing in ----------------------------------------------------------------------------------------------

@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """The sign-in form (public); rate limited per account and address."""
    error, username = None, ""
    if request.method == "POST":
        auth.check_csrf()
        username = request.form.get("username", "")
        try:
            user = auth.authenticate(username, request.form.get("password", ""), request.remote_addr or "?")
        except auth.LoginThrottled as exc:
            minutes = max(1, round(exc.retry_after / 60))
            return render_template("console/login.html", error=f"登录失败次数过多，请 {minutes} 分钟后再试。",
                                   username=username), 429
        if user is not None:
            auth.login_user(user)
            return redirect(_safe_next(request.args.get("next")) or _home(user))
        error = "用户名或密码错误。"
    return render_template("console/login.html", error=error, username=username), 401 if error else 200


@bp.post("/logout")
@auth.role_required(*ROLES)
def logout() -> Any:
    """Sign out."""
    auth.logout_user()
    return redirect(url_for("console.login"))


@bp.get("/")
@auth.role_required(*ROLES)
def index() -> Any:
    """Each role's start page."""
    user = auth.current_user()
    assert user is not None
    return redirect(_home(user))


# ---- advisors ------------------------------------------------------------------------------------------------

@bp.get("/queue")
@auth.role_required(*ADVISOR)
def queue_page() -> Any:
    """The queue; rows come from /api/queue and refresh every few seconds."""
    return render_template("console/queue.html", departments=queue.departments(), filters=queue.FILTERS)


@bp.get("/tickets/<int:ticket_id>")
@auth.role_required(*ADVISOR)
def ticket_page(ticket_id: int) -> Any:
    """The conversation view; viewing is audited."""
    user = auth.current_user()
    assert user is not None
    with session_scope() as db:
        try:
            queue.get_ticket(db, ticket_id)
        except queue.NotFound:
            abort(404)
        audit_view(db, user, "ticket", ticket_id)
    return render_template("console/ticket.html", ticket_id=ticket_id, departments=queue.departments(),
                           canned=queue.CANNED_REPLIES, timezone=current_app.config["TIMEZONE"])


@bp.get("/stats")
@auth.role_required(*ADVISOR)
def stats_page() -> Any:
    """Satisfaction per advisor."""
    with session_scope() as db:
        rows = queue.advisor_ratings(db)
    return render_template("console/stats.html", rows=rows)


# ---- editors -------------------------------------------------------------------------------------------------

@bp.get("/kb")
@auth.role_required(*EDITOR)
def kb_list() -> Any:
    """Entries with search and status/topic filters."""
    args = request.args
    entries = kbedit.search(args.get("q", ""), args.get("status") or None, args.get("topic") or None)
    return render_template("console/kb_list.html", entries=entries, topics=kbedit.topics(),
                           status_names=kbedit.STATUS_NAMES, args=args)


def _form_data() -> dict[str, Any]:
    """The entry form as the store expects it (lists split by the store)."""
    form = request.form
    return {"question": form.get("question", ""), "similar": form.get("similar", ""),
            "answer": form.get("answer", ""), "topic": form.get("topic", ""),
            "department": form.get("department", ""), "tags": form.getlist("tags"), "note": form.get("note", "")}


def _edit_page(entry: Any, data: dict[str, Any], errors: list[str] | None = None, status: int = 200) -> Any:
    versions = store.history(entry.id) if entry is not None else []
    return render_template("console/kb_edit.html", entry=entry, data=data, errors=errors or [],
                           versions=list(reversed(versions)), topics=kbedit.topics(),
                           departments=queue.departments(), health_tags=_health_tags(),
                           status_names=kbedit.STATUS_NAMES), status


def _health_tags() -> tuple[str, ...]:
    from models import HEALTH_TAGS

    return HEALTH_TAGS


@bp.route("/kb/new", methods=["GET", "POST"])
@auth.role_required(*EDITOR)
def kb_new() -> Any:
    """A new draft entry; ?question= pre-fills it (from the unanswered list)."""
    user = auth.current_user()
    assert user is not None
    if request.method == "POST":
        data = _form_data()
        try:
            entry = kbedit.change("create", user, data=data)
        except kb.InvalidEntry as exc:
            return _edit_page(None, data, exc.errors, 400)
        flash(f"已保存草稿 #{entry.id}。", "ok")
        return redirect(url_for("console.kb_edit", entry_id=entry.id))
    data = {"question": request.args.get("question", ""), "similar": request.args.get("similar", ""),
            "answer": "", "topic": "", "department": "", "tags": []}
    return _edit_page(None, data)


@bp.route("/kb/<int:entry_id>", methods=["GET", "POST"])
@auth.role_required(*EDITOR)
def kb_edit(entry_id: int) -> Any:
    """Edit an entry; its history below with links to the diffs."""
    user = auth.current_user()
    assert user is not None
    try:
        entry = store.get(entry_id)
    except kb.EntryNotFound:
        abort(404)
    if request.method == "POST":
        data = _form_data()
        try:
            entry = kbedit.change("edit", user, entry_id, data)
        except kb.InvalidEntry as exc:
            return _edit_page(entry, data, exc.errors, 400)
        flash(f"已保存，当前版本 v{entry.version}。", "ok")
        return redirect(url_for("console.kb_edit", entry_id=entry_id))
    with session_scope() as db:
        audit_view(db, user, "kb_entry", entry_id)
    data = {"question": entry.question, "similar": "\n".join(entry.similar or []), "answer": entry.answer,
            "topic": entry.topic, "department": entry.department, "tags": list(entry.tags or [])}
    return _edit_page(entry, data)


@bp.post("/kb/<int:entry_id>/<any(publish, archive):action>")
@auth.role_required(*EDITOR)
def kb_status(entry_id: int, action: str) -> Any:
    """Publish or archive; publishing updates the index and every process sees it at once."""
    user = auth.current_user()
    assert user is not None
    try:
        entry = kbedit.change(action, user, entry_id, {"note": request.form.get("note", "")})
    except kb.EntryNotFound:
        abort(404)
    except kb.InvalidEntry as exc:
        flash("无法发布：" + "；".join(exc.errors), "error")
        return redirect(url_for("console.kb_edit", entry_id=entry_id))
    flash(f"条目 #{entry.id} {kbedit.STATUS_NAMES[entry.status]}（v{entry.version}）。", "ok")
    return redirect(url_for("console.kb_edit", entry_id=entry_id))


@bp.get("/kb/<int:entry_id>/diff")
@auth.role_required(*EDITOR)
def kb_diff(entry_id: int) -> Any:
    """A diff between two versions."""
    try:
        entry = store.get(entry_id)
        result = kbedit.diff(entry_id, request.args.get("from", type=int), request.args.get("to", type=int))
    except (kb.EntryNotFound, queue.NotFound):
        abort(404)
    versions = [v.version for v in store.history(entry_id)]
    return render_template("console/kb_diff.html", entry=entry, result=result, versions=versions)


@bp.get("/kb/unanswered")
@auth.role_required(*EDITOR)
def kb_unanswered() -> Any:
    """Questions the bot could not answer, grouped by similarity."""
    try:
        groups, error = kbedit.unanswered(), None
    except kb.KnowledgeBaseError as exc:
        groups, error = [], str(exc)
    return render_template("console/kb_unanswered.html", groups=groups, error=error)


# ---- admins --------------------------------------------------------------------------------------------------

@bp.route("/users", methods=["GET", "POST"])
@auth.role_required(*ADMIN)
def users_page() -> Any:
    """Accounts: list and create."""
    me = auth.current_user()
    assert me is not None
    if request.method == "POST":
        form = request.form
        try:
            with session_scope() as db:
                user = auth.create_user(db, form.get("username", ""), form.get("password", ""), form.get("role", ""),
                                        form.getlist("departments"), form.get("display_name", ""))
                auth.audit(db, me.id, "user_create", "user", user.id, f"{user.username}（{auth.ROLE_NAMES[user.role]}）")
            flash(f"已创建账号 {user.username}。", "ok")
        except ValueError as exc:
            flash(str(exc), "error")
        return redirect(url_for("console.users_page"))
    with session_scope() as db:
        users = list(db.scalars(select(User).order_by(User.id)))
    return render_template("console/users.html", users=users, roles=ROLES, departments=queue.departments())


@bp.post("/users/<int:user_id>")
@auth.role_required(*ADMIN)
def users_update(user_id: int) -> Any:
    """Change one account."""
    me = auth.current_user()
    assert me is not None
    form = request.form
    data: dict[str, Any] = {"role": form.get("role"), "departments": auth.split_departments(form.get("departments_text")),
                            "display_name": form.get("display_name", ""), "active": form.get("active") == "on"}
    if form.get("password"):
        data["password"] = form["password"]
    update_user(user_id, data, me)
    flash("账号已更新。", "ok")
    return redirect(url_for("console.users_page"))


@bp.get("/audit")
@auth.role_required(*ADMIN)
def audit_page() -> Any:
    """The audit log, newest first, filterable by object."""
    query = select(AuditLog).order_by(AuditLog.id.desc())
    if request.args.get("object_type"):
        query = query.where(AuditLog.object_type == request.args["object_type"])
    if request.args.get("object_id", type=int):
        query = query.where(AuditLog.object_id == request.args.get("object_id", type=int))
    with session_scope() as db:
        rows = list(db.scalars(query.limit(300)))
        names = user_names(db)
    return render_template("console/audit.html", rows=rows, names=names, args=request.args, now=utcnow())
