"""Turning WeChat's XML into an `Inbound`, and replies back into XML."""
from __future__ import annotations

from wechatpy import parse_message
from wechatpy.replies import TextReply

from ..inbox import Inbound

KINDS = {"text", "voice", "image", "location", "link", "video", "shortvideo", "event"}


def to_inbound(xml: str | bytes) -> tuple[Inbound, object]:
    """Parse WeChat XML; raises on malformed or hostile XML (xmltodict rejects entities)."""
    msg = parse_message(xml)
    openid = str(getattr(msg, "source", "") or "")
    if not openid:
        raise ValueError("message without FromUserName")
    kind = msg.type if msg.type in KINDS else "unknown"
    if kind == "event":
        # Events have no MsgId: dedup by member + CreateTime (+ the event, since one second can hold two).
        event = str(msg.event)
        key = f"evt:{openid}:{msg._data.get('CreateTime', '')}:{event}"
        return Inbound(openid=openid, kind="event", dedup_key=key, event=event,
                       event_key=str(getattr(msg, "key", "") or "") or None), msg
    msg_id = msg._data.get("MsgId") or msg.id
    if not msg_id:
        msg_id = f"t{msg._data.get('CreateTime', '')}"
    key = f"msg:{openid}:{msg_id}"
    if kind == "text":
        text = msg.content or ""
    elif kind == "voice":
        text = msg.recognition or ""
    elif kind == "location":
        text = f"[位置] {msg.label or ''}"
    elif kind == "link":
        text = f"[链接] {msg.title or ''} {msg.url or ''}"
    else:
        text = f"[{kind}]"
    media_id = getattr(msg, "media_id", None) if kind in ("image", "voice", "video", "shortvideo") else None
    return Inbound(openid=openid, kind=kind, dedup_key=key, text=text, media_id=media_id), msg


def render_reply(text: str, msg: object) -> str:
    """A passive text reply as WeChat XML."""
    return TextReply(content=text, message=msg).render()
