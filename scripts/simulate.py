"""Talk to a running server as WeChat would: signed (plain or AES safe mode) messages, replies printed.

    python scripts/simulate.py "血压150/95要紧吗"              # one message
    python scripts/simulate.py                                # interactive: one message per line
    python scripts/simulate.py --event subscribe              # events: subscribe, unsubscribe, SCAN, CLICK
    python scripts/simulate.py --event CLICK --key HUMAN_ADVISOR
    python scripts/simulate.py --type voice "我头疼"           # voice with its Recognition text
    python scripts/simulate.py --aes-key <43 chars> ...       # safe mode (needs WECHAT_AES_KEY on the server)
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import string
import sys
import time
import uuid
from xml.sax.saxutils import escape

import requests
import xmltodict
from wechatpy.crypto import WeChatCrypto

__all__ = ["message_xml", "sign", "SimClient"]


def sign(token: str, timestamp: str, nonce: str) -> str:
    """WeChat's signature: sha1 of the sorted token, timestamp and nonce."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()


def message_xml(openid: str, kind: str = "text", text: str = "", *, msg_id: int | None = None,
                event: str | None = None, key: str | None = None, create_time: int | None = None,
                to_user: str = "gh_assistant") -> str:
    """The XML body WeChat posts for one message or event."""
    created = create_time or int(time.time())
    parts = [f"<ToUserName><![CDATA[{to_user}]]></ToUserName>", f"<FromUserName><![CDATA[{openid}]]></FromUserName>",
             f"<CreateTime>{created}</CreateTime>"]
    if kind == "event":
        parts.append("<MsgType><![CDATA[event]]></MsgType>")
        parts.append(f"<Event><![CDATA[{event or 'subscribe'}]]></Event>")
        if key is not None:
            parts.append(f"<EventKey><![CDATA[{key}]]></EventKey>")
    else:
        parts.append(f"<MsgType><![CDATA[{kind}]]></MsgType>")
        if kind == "text":
            parts.append(f"<Content>{escape(text)}</Content>")
        elif kind == "voice":
            parts.append("<MediaId><![CDATA[media-voice]]></MediaId><Format><![CDATA[amr]]></Format>")
            parts.append(f"<Recognition>{escape(text)}</Recognition>")
        elif kind == "image":
            parts.append("<PicUrl><![CDATA[http://example.invalid/report.jpg]]></PicUrl>")
            parts.append("<MediaId><![CDATA[media-image]]></MediaId>")
        elif kind == "location":
            parts.append("<Location_X>31.23</Location_X><Location_Y>121.47</Location_Y><Scale>15</Scale>")
            parts.append(f"<Label>{escape(text or '上海市')}</Label>")
        elif kind == "link":
            parts.append(f"<Title>{escape(text or '链接')}</Title><Description></Description>"
                         "<Url>http://example.invalid/a</Url>")
        elif kind in ("video", "shortvideo"):
            parts.append("<MediaId><![CDATA[media-video]]></MediaId><ThumbMediaId>t</ThumbMediaId>")
        parts.append(f"<MsgId>{msg_id or random.randint(10**15, 10**16)}</MsgId>")
    return "<xml>" + "".join(parts) + "</xml>"


class SimClient:
    """Signs and posts messages to a webhook URL; decrypts replies in safe mode."""

    def __init__(self, url: str, token: str, appid: str = "", aes_key: str | None = None,
                 session: requests.Session | None = None) -> None:
        self.url, self.token, self.appid = url, token, appid
        self.crypto = WeChatCrypto(token, aes_key, appid) if aes_key else None
        self.http = session or requests.Session()

    def signed(self, xml: str) -> tuple[dict[str, str], bytes]:
        """Query parameters and body for one delivery, signed (and encrypted in safe mode)."""
        timestamp = str(int(time.time()))
        nonce = "".join(random.choices(string.digits, k=10))
        params = {"signature": sign(self.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce,
                  "openid": "sim"}
        if self.crypto is None:
            return params, xml.encode("utf-8")
        envelope = self.crypto.encrypt_message(xml, nonce, timestamp)
        params.update(encrypt_type="aes", msg_signature=xmltodict.parse(envelope)["xml"]["MsgSignature"])
        return params, envelope.encode("utf-8")

    def post(self, xml: str, timeout: float = 10.0) -> tuple[int, str, float]:
        """Deliver once; returns (HTTP status, reply text or raw body, seconds taken)."""
        params, body = self.signed(xml)
        start = time.perf_counter()
        res = self.http.post(self.url, params=params, data=body, timeout=timeout,
                             headers={"Content-Type": "text/xml"})
        elapsed = time.perf_counter() - start
        return res.status_code, self.reply_text(res.text, params), elapsed

    def reply_text(self, body: str, params: dict[str, str]) -> str:
        """The Content of a passive reply, or the raw body ('success', errors)."""
        if not body.startswith("<xml"):
            return body
        if self.crypto is not None:
            body = self.crypto.decrypt_message(body, xmltodict.parse(body)["xml"]["MsgSignature"],
                                               params["timestamp"], params["nonce"])
        data = xmltodict.parse(body)["xml"]
        return data.get("Content") or body


def main() -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("text", nargs="?", help="message text; omit to type messages interactively")
    ap.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/wechat")
    ap.add_argument("--token", default=os.environ.get("WECHAT_TOKEN", "dev-token"))
    ap.add_argument("--appid", default=os.environ.get("WECHAT_APPID", "wx-dev-appid"))
    ap.add_argument("--aes-key", default=None, help="encrypt as in safe mode (the server's WECHAT_AES_KEY)")
    ap.add_argument("--openid", default="sim-" + uuid.uuid4().hex[:12])
    ap.add_argument("--type", default="text", choices=["text", "voice", "image", "location", "link", "video"])
    ap.add_argument("--event", help="send an event instead: subscribe, unsubscribe, SCAN, CLICK, VIEW")
    ap.add_argument("--key", help="EventKey for CLICK/SCAN")
    ap.add_argument("--repeat", type=int, default=1, help="deliver the same message N times, as WeChat retries")
    args = ap.parse_args()
    client = SimClient(args.url, args.token, args.appid, args.aes_key)

    def send(text: str) -> None:
        if args.event:
            xml = message_xml(args.openid, "event", event=args.event, key=args.key)
        else:
            xml = message_xml(args.openid, args.type, text)
        for attempt in range(args.repeat):
            status, reply, took = client.post(xml)
            print(f"[{status} {took * 1000:.0f} ms{' retry ' + str(attempt) if attempt else ''}] {reply}")

    if args.text is not None or args.event or args.type != "text":
        send(args.text or "")
        return 0
    print(f"openid {args.openid}; type a message per line, Ctrl-D to quit", file=sys.stderr)
    for line in sys.stdin:
        if line.strip():
            send(line.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
