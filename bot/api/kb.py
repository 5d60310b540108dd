"""Knowledge-base editing: list, search, create, edit, publish, archive, history, diffs, unanswered questions."""
from __future__ import annotations

from typing import Any

from flask import jsonify, request

import knowledge_base as kb
from knowledge_base import store

from .. import queue
from . import bp, kbedit
from ..db import session_scope
from .common import audit_view, body, me
from .spec import I, S, api_route, array, obj, q, ref

EDITOR = ("editor",)
ENTRY = "/kb/entries/<int:entry_id>"


@bp.errorhandler(kb.KnowledgeBaseError)
def _kb_error(exc: kb.KnowledgeBaseError) -> Any:
    """Validation problems come back as a list, in Chinese, for the editor."""
    if isinstance(exc, kb.EntryNotFound):
        return jsonify(error="not_found", message="条目不存在"), 404
    if isinstance(exc, kb.InvalidEntry):
        return jsonify(error="invalid_entry", message="；".join(exc.errors), errors=exc.errors), 400
    return jsonify(error="kb_error", message=f"知识库暂不可用：{exc}"), 503


@api_route(bp, "/kb/entries", "GET", roles=EDITOR, summary="条目列表与搜索", tag="知识库",
           response=array(ref("KBEntry")), query=[
               q("q", "在问题、相似问法、答案、主题中搜索"),
               q("status", "draft / published / archived", {"type": "string",
                                                           "enum": ["draft", "published", "archived"]}),
               q("topic", "主题")])
def kb_list() -> Any:
    """Entries matching the search, most recently changed first."""
    args = request.args
    entries = kbedit.search(args.get("q", ""), args.get("status") or None, args.get("topic") or None)
    return jsonify([kbedit.entry_json(e) for e in entries])


@api_route(bp, "/kb/entries", "POST", roles=EDITOR, summary="新建条目（草稿）", tag="知识库",
           body=ref("KBInput"), response=ref("KBEntry"))
def kb_create() -> Any:
    """Create a draft entry."""
    return jsonify(kbedit.entry_json(kbedit.change("create", me(), data=body())))


@api_route(bp, ENTRY, "GET", roles=EDITOR, summary="条目详情与全部历史版本", tag="知识库", errors=(404,),
           response=obj(["entry", "versions"], entry=ref("KBEntry"), versions=array(ref("KBVersion"))))
def kb_get(entry_id: int) -> Any:
    """One entry with its history, oldest version first."""
    entry = store.get(entry_id)
    with session_scope() as db:
        audit_view(db, me(), "kb_entry", entry_id)
    return jsonify(entry=kbedit.entry_json(entry), versions=[kbedit.version_json(v) for v in store.history(entry_id)])


@api_route(bp, ENTRY, "PUT", roles=EDITOR, summary="修改条目内容（已发布的条目立即更新索引）", tag="知识库",
           body=ref("KBInput"), response=ref("KBEntry"), errors=(404,))
def kb_edit(entry_id: int) -> Any:
    """Change an entry's content."""
    return jsonify(kbedit.entry_json(kbedit.change("edit", me(), entry_id, body())))


@api_route(bp, ENTRY + "/publish", "POST", roles=EDITOR, summary="发布（机器人立即可用此条目回答）", tag="知识库",
           response=ref("KBEntry"), errors=(404,))
def kb_publish(entry_id: int) -> Any:
    """Publish an entry."""
    data = request.get_json(silent=True) or {}
    return jsonify(kbedit.entry_json(kbedit.change("publish", me(), entry_id, {"note": data.get("note", "")})))


@api_route(bp, ENTRY + "/archive", "POST", roles=EDITOR, summary="下线（立即停止回答）", tag="知识库",
           response=ref("KBEntry"), errors=(404,))
def kb_archive(entry_id: int) -> Any:
    """Archive an entry."""
    data = request.get_json(silent=True) or {}
    return jsonify(kbedit.entry_json(kbedit.change("archive", me(), entry_id, {"note": data.get("note", "")})))


@api_route(bp, ENTRY + "/diff", "GET", roles=EDITOR, summary="两个版本之间的差异（difflib 统一格式）", tag="知识库",
           response=ref("KBDiff"), errors=(404,),
           query=[q("from", "旧版本号（默认：最新版本的前一版）", I), q("to", "新版本号（默认：最新版本）", I)])
def kb_diff(entry_id: int) -> Any:
    """A unified diff between two versions."""
    store.get(entry_id)
    return jsonify(kbedit.diff(entry_id, request.args.get("from", type=int), request.args.get("to", type=int)))


@api_route(bp, "/kb/unanswered", "GET", roles=EDITOR, summary="未回答问题：因知识库没有把握而转人工的问题，按相似度分组",
           tag="知识库", response=array(ref("UnansweredGroup")))
def kb_unanswered() -> Any:
    """Groups of similar unanswered questions, biggest first."""
    return jsonify(kbedit.unanswered())


@api_route(bp, "/kb/drafts/from-reply", "POST", roles=("advisor", "editor"), summary="用顾问的这条回复生成草稿条目",
           tag="知识库", body=obj(["message_id"], message_id=I), response=ref("KBEntry"), errors=(404, 409))
def kb_draft_from_reply() -> Any:
    """Make a draft entry from an advisor reply (advisors may do this; editors review and publish)."""
    try:
        message_id = int(body().get("message_id"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise queue.Invalid("message_id 必须是整数") from None
    return jsonify(kbedit.entry_json(kbedit.draft_from_reply(message_id, me())))


@api_route(bp, "/kb/topics", "GET", roles=EDITOR, summary="知识库主题及其默认科室", tag="知识库",
           response={"type": "object", "additionalProperties": S})
def kb_topics() -> Any:
    """Topic -> department, for the edit form."""
    return jsonify(kbedit.topics())
