"""Property-based tests of the webhook (hypothesis): whatever bytes, XML or field values arrive, the answer is
never a 5xx and the database never holds half a message (rows appear only for a processed message, complete)."""
from __future__ import annotations

import itertools
import string
import time
from urllib.parse import quote, urlencode
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.db import session_scope
from models import Conversation, Member, Message, Ticket
from scripts.simulate import sign

from .conftest import TOKEN

FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
OK_STATUSES = {200, 400, 403, 413}

# Any text XML 1.0 may or may not carry (surrogates cannot even be encoded, so they are left out).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=80)  # what XML 1.0 can carry
NASTY = st.sampled_from(["", " ", "]]>", "<![CDATA[x]]>", "&amp;", "&#0;", "\x00", "\ufeff", "😀" * 20, "a" * 300,
                         "<xml>", "0", "-1", str(2**70), "NaN", "血压160/100", "' OR 1=1 --"])
VALUE = st.one_of(TEXT, NASTY, st.integers(min_value=-(2**70), max_value=2**70).map(str))
MSG_TYPES = st.sampled_from(["text", "voice", "image", "location", "link", "video", "shortvideo", "event", "file",
                             "miniprogrampage", "TEXT", ""]) | TEXT
EVENTS = st.sampled_from(["subscribe", "unsubscribe", "SCAN", "CLICK", "VIEW", "LOCATION", "TEMPLATESENDJOBFINISH",
                          ""]) | TEXT
_MSG_IDS = itertools.count(10**15)  # unique unless a mutation sets MsgId: repeats are then real retries
FIELDS = ["ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "Event", "EventKey",
          "Recognition", "MediaId", "Label", "Title", "Url", "Location_X", "PicUrl"]


def _query(token: str = TOKEN) -> str:
    ts, nonce = str(int(time.time())), "4242"
    return f"signature={sign(token, ts, nonce)}&timestamp={ts}&nonce={nonce}"


def _snapshot() -> dict[str, int]:
    """Row counts of every table a message can touch."""
    with session_scope() as s:
        return {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                for model in (Member, Conversation, Message, Ticket)}


@st.composite
def wechat_xml(draw: st.DrawFn) -> bytes:
    """A plausible WeChat message, then up to four mutations: a field given any value, dropped, repeated (a list
    in xmltodict) or added; values go in CDATA or escaped."""
    kind = draw(st.sampled_from(["text"] * 4 + ["voice", "image", "event", "location", "link"]) | MSG_TYPES)
    values = {"ToUserName": "gh_fuzz", "FromUserName": f"o-fuzz-{draw(st.integers(0, 5))}",
              "CreateTime": str(draw(st.integers(1_600_000_000, 1_900_000_000))), "MsgType": kind,
              "Content": draw(XML_TEXT), "MsgId": str(next(_MSG_IDS))}
    if kind == "event":
        values["Event"] = draw(EVENTS)
        values["EventKey"] = draw(VALUE)
    order = list(values)
    repeated: set[str] = set()
    for _ in range(draw(st.integers(0, 4))):
        name = draw(st.sampled_from(FIELDS))
        action = draw(st.sampled_from(["value", "value", "drop", "repeat"]))
        if action == "drop":
            values.pop(name, None)
        elif action == "repeat" and name in values:
            repeated.add(name)
        else:
            values[name] = draw(VALUE)
            if name not in order:
                order.append(name)
    parts = []
    for name in order:
        if name not in values:
            continue
        value = values[name]
        if draw(st.booleans()) and "]]>" not in value:
            element = f"<{name}><![CDATA[{value}]]></{name}>"
        else:
            element = f"<{name}>{escape(value)}</{name}>"
        parts.append(element * (2 if name in repeated else 1))
    root = draw(st.sampled_from(["xml"] * 9 + ["XML", "root"]))
    return f"<{root}>{''.join(parts)}</{root}>".encode("utf-8")


def _check(client, body: bytes, query: str | None = None, plain: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Post `body`; assert no 5xx and a whole message or nothing in the database."""
    before = _snapshot()
    res = client.post(f"/wechat?{query or _query()}", data=body, content_type="text/xml")
    assert res.status_code in OK_STATUSES, (res.status_code, body[:200])
    after = _snapshot()
    if res.status_code != 200:
        assert after == before, "a rejected request wrote to the database"
        return
    new_inbound = after["messages"] - before["messages"]
    assert new_inbound in (0, 1, 2), "one delivery stores its message and at most one reply"
    text = res.get_data(as_text=True)
    with session_scope() as s:
        rows = s.scalars(select(Message).order_by(Message.id.desc()).limit(new_inbound)).all()
        for row in rows:
            assert s.get(Member, row.member_id) is not None and s.get(Conversation, row.conversation_id) is not None
        directions = sorted(r.direction for r in rows)
        if directions:
            assert directions[0] == "in", "a reply was stored without its message"
        if text.startswith("<xml") and new_inbound:
            assert directions == ["in", "out"], "a passive reply was sent but not stored"
        if not new_inbound and plain:
            # Only a repeat of a stored message may be answered without new rows (the cached first reply):
            # anything else would be a message dropped on the floor.
            from bot.wechat.parsing import to_inbound

            key = to_inbound(body)[0].dedup_key
            assert s.scalar(select(func.count()).select_from(Message).where(Message.dedup_key == key)) == 1


@FUZZ
@given(body=st.binary(max_size=600))
def test_arbitrary_bytes_never_5xx(app, body: bytes) -> None:
    _check(app.test_client(), body)


@settings(FUZZ, max_examples=120)
@given(body=wechat_xml())
def test_arbitrary_wechat_xml_never_5xx_nor_half_a_message(app, body: bytes) -> None:
    _check(app.test_client(), body)


@FUZZ
@given(signature=st.text(string.hexdigits, max_size=41), timestamp=VALUE, nonce=VALUE,
       encrypt=st.sampled_from(["", "aes", "raw", "AES"]), msg_signature=TEXT, body=st.binary(max_size=200))
def test_arbitrary_query_parameters_never_5xx(app, signature: str, timestamp: str, nonce: str, encrypt: str,
                                              msg_signature: str, body: bytes) -> None:
    query = urlencode({"signature": signature, "timestamp": timestamp, "nonce": nonce, "encrypt_type": encrypt,
                       "msg_signature": msg_signature})
    _check(app.test_client(), body, query)


@FUZZ
@given(body=wechat_xml(), msg_signature=TEXT)
def test_arbitrary_safe_mode_envelopes_never_5xx(app, body: bytes, msg_signature: str) -> None:
    """A correctly signed URL around an envelope that is not what WeChat would encrypt."""
    envelope = b"<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[" + body[:120].replace(b"]]>", b"") + b"]]></Encrypt></xml>"
    _check(app.test_client(), envelope, _query() + "&encrypt_type=aes&msg_signature=" + quote(msg_signature[:40]),
           plain=False)
