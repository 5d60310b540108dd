"""The floor for `make bench`: a webhook that only checks the signature, parses with wechatpy and returns a
fixed reply. Served by the same gunicorn settings as the real one, it shows what the framework, the server and
the WeChat protocol cost on their own.

    gunicorn --workers 2 --threads 4 --bind 127.0.0.1:8001 scripts.floor_app:app
"""
from __future__ import annotations

import os

from flask import Flask, Response, abort, request
from wechatpy import parse_message
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

__all__ = ["app", "create_floor_app"]

FIXED_REPLY = "您好，您的消息已收到，健康顾问会尽快回复您。"


def create_floor_app(token: str | None = None) -> Flask:
    """The floor webhook; the token comes from WECHAT_TOKEN like the real app's."""
    floor = Flask(__name__)
    floor.config["WECHAT_TOKEN"] = token or os.environ.get("WECHAT_TOKEN", "dev-token")
    floor.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

    @floor.route("/wechat", methods=["GET", "POST"])
    def webhook() -> Response | str:
        """Signature check, parse, fixed reply."""
        args = request.args
        try:
            check_signature(floor.config["WECHAT_TOKEN"], args.get("signature", ""), args.get("timestamp", ""),
                            args.get("nonce", ""))
        except InvalidSignatureException:
            abort(403)
        if request.method == "GET":
            return args.get("echostr", "")
        try:
            msg = parse_message(request.get_data(cache=False))
        except Exception:
            abort(400)
        return Response(TextReply(content=FIXED_REPLY, message=msg).render(), mimetype="application/xml")

    @floor.get("/healthz")
    def healthz() -> dict[str, str]:
        """Liveness probe."""
        return {"status": "ok"}

    return floor


app = create_floor_app()
