"""Admin-only routes: console accounts and the audit log."""
from __future__ import annotations

from typing import Any

from flask import jsonify, request
from sqlalchemy import select

from models import ROLES, AuditLog, User

from .. import auth, queue
from ..db import session_scope
from . import bp
from .common import body, me
from .serialize import audit_json, user_json, user_names
from .spec import B, I, S, api_route, array, obj, q, ref

ADMIN = ("admin",)


@api_route(bp, "/users", "GET", roles=ADMIN, summary="所有控制台账号", tag="管理", response=array(ref("User")))
def users_list() -> Any:
    """Every console account."""
    with session_scope() as db:
        return jsonify([user_json(u) for u in db.scalars(select(User).order_by(User.id))])


@api_route(bp, "/users", "POST", roles=ADMIN, summary="新建账号", tag="管理", response=ref("User"),
           body=obj(["username", "password", "role"], username=S, password=S, display_name=S,
                    role={"type": "string", "enum": list(ROLES)}, departments=array(S)))
def users_create() -> Any:
    """Create an account."""
    data = body()
    with session_scope() as db:
        try:
            user = auth.create_user(db, str(data.get("username", "")), str(data.get("password", "")),
                                    str(data.get("role", "")), list(data.get("departments") or []),
                                    str(data.get("display_name", "")))
        except ValueError as exc:
            raise queue.Invalid(str(exc)) from None
        auth.audit(db, me().id, "user_create", "user", user.id, f"{user.username}（{auth.ROLE_NAMES[user.role]}）")
        return jsonify(user_json(user))


def update_user(user_id: int, data: dict[str, Any], by: User) -> User:
    """Change role, departments, name, active flag or password; shared by the page and the API."""
    with session_scope() as db:
        user = db.get(User, user_id)
        if user is None:
            raise queue.NotFound("账号不存在")
        changes = []
        if "role" in data:
            if data["role"] not in ROLES:
                raise queue.Invalid("未知角色")
            if user.id == by.id and data["role"] != "admin":
                raise queue.Invalid("不能取消自己的管理员角色")
            user.role = data["role"]
            changes.append(f"角色={auth.ROLE_NAMES[user.role]}")
        if "departments" in data:
            depts = [d for d in (data["departments"] or []) if d]
            bad = [d for d in depts if d not in queue.departments()]
            if bad:
                raise queue.Invalid(f"未知科室：{'、'.join(bad)}")
            user.departments = depts
            changes.append("科室=" + "、".join(depts))
        if "display_name" in data:
            user.display_name = str(data["display_name"])[:64] or user.username
            changes.append("显示名")
        if "active" in data:
            if user.id == by.id and not data["active"]:
                raise queue.Invalid("不能停用自己的账号")
            user.active = bool(data["active"])
            changes.append("启用" if user.active else "停用")
        if data.get("password"):
            if len(str(data["password"])) < auth.MIN_PASSWORD_LENGTH:
                raise queue.Invalid(f"密码至少 {auth.MIN_PASSWORD_LENGTH} 位")
            user.password_hash = auth.hash_password(str(data["password"]))
            changes.append("重置密码")
        auth.audit(db, by.id, "user_update", "user", user.id, "；".join(changes))
        return user


@api_route(bp, "/users/<int:user_id>", "PATCH", roles=ADMIN, summary="修改账号（角色、科室、停用、重置密码）",
           tag="管理", response=ref("User"), errors=(404,),
           body=obj(None, role={"type": "string", "enum": list(ROLES)}, departments=array(S), display_name=S,
                    active=B, password=S))
def users_update(user_id: int) -> Any:
    """Change an account."""
    return jsonify(user_json(update_user(user_id, body(), me())))


@api_route(bp, "/audit", "GET", roles=ADMIN, summary="审计日志（最新在前）", tag="管理", response=array(ref("Audit")),
           query=[q("object_type", "ticket / kb_entry / message / user"), q("object_id", "对象 ID", I),
                  q("user_id", "操作人 ID", I), q("limit", "最多条数（默认 200，最多 1000）", I)])
def audit_list() -> Any:
    """Who viewed or changed what, newest first."""
    query = select(AuditLog).order_by(AuditLog.id.desc())
    args = request.args
    if args.get("object_type"):
        query = query.where(AuditLog.object_type == args["object_type"])
    for name, column in (("object_id", AuditLog.object_id), ("user_id", AuditLog.user_id)):
        if args.get(name):
            try:
                query = query.where(column == int(args[name]))
            except ValueError:
                raise queue.Invalid(f"{name} 必须是整数") from None
    limit = min(max(args.get("limit", 200, type=int) or 200, 1), 1000)
    with session_scope() as db:
        names = user_names(db)
        return jsonify([audit_json(row, names) for row in db.scalars(query.limit(limit))])
