"""Route registration that also describes each route for /api/openapi.json, so the document cannot drift."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint

from ..auth import role_required

ANY_ROLE = ("advisor", "editor", "admin")
_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


@dataclass
class Operation:
    """One documented API operation."""

    rule: str
    method: str
    endpoint: str
    roles: tuple[str, ...] | None  # None: public (only the sign-in)
    summary: str
    tag: str
    response: dict[str, Any] | None = None
    body: dict[str, Any] | None = None
    query: list[dict[str, Any]] = field(default_factory=list)
    errors: tuple[int, ...] = ()


OPERATIONS: list[Operation] = []


def api_route(bp: Blueprint, rule: str, method: str, *, roles: tuple[str, ...] | None, summary: str, tag: str,
              response: dict[str, Any] | None = None, body: dict[str, Any] | None = None,
              query: list[dict[str, Any]] | None = None, errors: tuple[int, ...] = ()) -> Callable[..., Any]:
    """Register `view` on `bp` for one method, guarded by `roles`, and record it for the OpenAPI document."""

    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        guarded = view if roles is None else role_required(*roles)(view)
        bp.add_url_rule(rule, endpoint=view.__name__, view_func=guarded, methods=[method])
        OPERATIONS.append(Operation(rule, method, view.__name__, roles, summary, tag, response, body,
                                    list(query or []), errors))
        return guarded

    return decorator


def q(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """A query parameter."""
    return {"name": name, "in": "query", "required": False, "description": description,
            "schema": schema or {"type": "string"}}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def array(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def obj(required: list[str] | None = None, **props: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        schema["required"] = required
    return schema


S = {"type": "string"}
I = {"type": "integer"}
N = {"type": "number"}
B = {"type": "boolean"}
DT = {"type": "string", "format": "date-time", "nullable": True}
NS = {"type": "string", "nullable": True}
NI = {"type": "integer", "nullable": True}
NN = {"type": "number", "nullable": True}

SCHEMAS: dict[str, Any] = {
    "Error": obj(["error", "message"], error=S, message=S,
                 errors={"type": "array", "items": S, "description": "every problem, for KB validation"}),
    "User": obj(["id", "username", "role"], id=I, username=S, display_name=S,
                role={"type": "string", "enum": list(ANY_ROLE)}, departments=array(S), active=B),
    "Session": obj(["user", "csrf_token"], user=ref("User"), csrf_token=S),
    "UserRef": {"type": "object", "nullable": True, "properties": {"id": I, "name": S}},
    "Sla": obj(["due_at", "breached"], due_at=DT, remaining_seconds=NI, breached=B,
               met={"type": "boolean", "nullable": True}, answered_at=DT),
    "TicketSummary": obj(
        ["id", "status", "priority", "department", "sla"], id=I,
        status={"type": "string", "enum": ["open", "claimed", "resolved"]},
        priority={"type": "string", "enum": ["P0", "P1", "P2", "P3"]}, department=S,
        department_confidence=NN, department_uncertain=B, departments_top3={"type": "array", "nullable": True},
        reason=S, reason_label=S, summary=S, member=obj(None, id=I, name=S), assignee=ref("UserRef"),
        created_at=DT, claimed_at=DT, first_response_at=DT, resolved_at=DT, rating=NI, sla=ref("Sla")),
    "Queue": obj(["tickets", "counts", "now"], tickets=array(ref("TicketSummary")),
                 counts={"type": "object", "additionalProperties": I}, now=DT),
    "Member": obj(["id", "name"], id=I, name=S, openid_tail=S, gender=NS, city=NS, city_tier=NS,
                  health_tags=array(S), subscribed=B, created_at=DT),
    "Window": obj(["open", "messages_left", "cap"], open=B, expires_at=DT, remaining_seconds=I,
                  messages_left=I, cap=I, last_inbound_at=DT, template_fallback=B),
    "Message": obj(
        ["id", "direction", "sender", "msg_type", "content", "status"], id=I,
        direction={"type": "string", "enum": ["in", "out"]}, sender=S, sender_label=S, msg_type=S, content=S,
        delivery=NS, status=S, attempts=I, last_error=NS, author=NS, created_at=DT, sent_at=DT, ticket_id=NI,
        decision_reason=NS, kb_entry_id=NI),
    "Label": obj(None, id=I, old_department=S, new_department=S, user=NS, created_at=DT),
    "TicketDetail": {"allOf": [ref("TicketSummary"), obj(
        ["member", "window", "messages"], member=ref("Member"), window=ref("Window"),
        messages=array(ref("Message")), kb_candidates=array({"type": "object"}), labels=array(ref("Label")),
        now=DT)]},
    "Ok": obj(["ok"], ok=B),
    "Rating": obj(["user_id", "average", "count"], user_id=I, username=S, display_name=S, average=NN,
                  count=I, resolved=I, low=I),
    "Canned": obj(["title", "text"], title=S, text=S),
    "Audit": obj(None, id=I, user=NS, action=S, object_type=S, object_id=NI, detail=S, created_at=DT),
    "KBEntry": obj(["id", "question", "answer", "topic", "status", "version"], id=I, key=NS, question=S,
                   similar=array(S), answer=S, topic=S, department=S, tags=array(S),
                   status={"type": "string", "enum": ["draft", "published", "archived"]}, version=I,
                   source_ticket_id=NI, created_at=DT, updated_at=DT),
    "KBInput": obj(None, question=S, similar=array(S), answer=S, topic=S, department=S, tags=array(S),
                   note={"type": "string", "description": "why this change (kept in the history)"}),
    "KBVersion": obj(["version", "status", "author"], version=I, question=S, similar=array(S), answer=S,
                     topic=S, department=S, tags=array(S), status=S, author=S, note=S, created_at=DT),
    "KBDiff": obj(["from_version", "to_version", "diff"], from_version=I, to_version=I,
                  diff={"type": "string", "description": "unified diff (difflib)"}),
    "UnansweredGroup": {"type": "object", "description": "similar escalated questions grouped together"},
}


def _path(rule: str) -> tuple[str, list[dict[str, Any]]]:
    """Flask rule -> OpenAPI path and its path parameters."""
    params = []
    for conv, name in _PARAM.findall(rule):
        params.append({"name": name, "in": "path", "required": True,
                       "schema": {"type": "integer"} if conv == "int" else {"type": "string"}})
    return _PARAM.sub(lambda m: "{" + m.group(2) + "}", rule), params


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ref("Error")}}}


def openapi_document(prefix: str = "/api") -> dict[str, Any]:
    """The OpenAPI 3.0 document for every registered operation."""
    paths: dict[str, Any] = {}
    for op in OPERATIONS:
        path, params = _path(prefix + op.rule)
        responses: dict[str, Any] = {"200": {"description": "OK"}}
        if op.response is not None:
            responses["200"]["content"] = {"application/json": {"schema": op.response}}
        if op.roles is not None:
            responses["401"] = _error("未登录")
            if set(op.roles) != set(ANY_ROLE):
                responses["403"] = _error("角色无权限")
            if op.method != "GET":
                responses.setdefault("400", _error("请求无效或缺少 CSRF 令牌"))
        for code in op.errors:
            responses[str(code)] = _error({400: "请求无效", 404: "不存在", 409: "状态冲突",
                                           429: "尝试次数过多"}.get(code, "错误"))
        roles = "公开" if op.roles is None else "、".join(op.roles) + ("（管理员总是可以）" if op.roles != ANY_ROLE else "")
        operation: dict[str, Any] = {
            "operationId": op.endpoint, "summary": op.summary, "tags": [op.tag],
            "description": f"角色：{roles}", "parameters": params + op.query, "responses": responses,
            "x-roles": list(op.roles) if op.roles is not None else [],
        }
        if op.roles is None:
            operation["security"] = []
        elif op.method != "GET":
            operation["security"] = [{"session": [], "csrf": []}]
        if op.body is not None:
            operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": op.body}}}
        paths.setdefault(path, {})[op.method.lower()] = operation
    return {
        "openapi": "3.0.3",
        "info": {"title": "无限卡健康助手 控制台 API", "version": "1.0",
                 "description": "顾问工作台与知识库编辑页面使用的 JSON API。登录后使用会话 Cookie；"
                                "所有写操作需在 X-CSRF-Token 头中带上 /api/me 或 /api/login 返回的令牌。"},
        "servers": [{"url": "/"}],
        "security": [{"session": []}],
        "components": {
            "securitySchemes": {
                "session": {"type": "apiKey", "in": "cookie", "name": "console_session"},
                "csrf": {"type": "apiKey", "in": "header", "name": "X-CSRF-Token"},
            },
            "schemas": SCHEMAS,
        },
        "paths": paths,
    }
