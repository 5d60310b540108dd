"""A local fake of the WeChat API over real HTTP: tokens, customer-service and template messages."""
from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

from flask import Flask, jsonify, request
from werkzeug.serving import make_server


class FakeWeChat:
    """Records what the bot sends; `fail_next` makes the next calls return WeChat error codes."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.templates: list[dict[str, Any]] = []
        self.token_requests: list[dict[str, Any]] = []
        self.failures: deque[int | str] = deque()
        self.token_seq = 0
        self.valid_tokens: set[str] = set()
        self.lock = threading.Lock()
        self.app = self._build()
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}/cgi-bin/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FakeWeChat:
        """Serve in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Shut the server down."""
        self.server.shutdown()

    def fail_next(self, *codes: int | str) -> None:
        """Queue failures: an errcode, or 'timeout' (sleep past the client's timeout), or 'http500'."""
        self.failures.extend(codes)

    def expire_tokens(self) -> None:
        """Invalidate every issued token, as WeChat does when another party refreshes it."""
        with self.lock:
            self.valid_tokens.clear()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until `count` customer-service messages arrived."""
        end = time.monotonic() + timeout
        while time.monotonic() < end and len(self.sent) < count:
            time.sleep(0.02)
        return list(self.sent)

    def _build(self) -> Flask:
        app = Flask("fake_wechat")

        def failure() -> Any:
            if not self.failures:
                return None
            code = self.failures.popleft()
            if code == "timeout":
                time.sleep(2)
                return jsonify(errcode=0)
            if code == "http500":
                return "error", 500
            return jsonify(errcode=code, errmsg=f"fake error {code}")

        def check_token() -> Any:
            token = request.args.get("access_token", "")
            if token not in self.valid_tokens:
                return jsonify(errcode=40001, errmsg="invalid credential")
            return None

        @app.post("/cgi-bin/stable_token")
        def stable_token() -> Any:
            body = request.get_json(force=True)
            self.token_requests.append(body)
            with self.lock:
                if body.get("force_refresh") or not self.valid_tokens:
                    self.token_seq += 1
                    self.valid_tokens = {f"token-{self.token_seq}"}
                token = sorted(self.valid_tokens)[-1]
            return jsonify(access_token=token, expires_in=7200)

        @app.post("/cgi-bin/message/custom/send")
        def custom_send() -> Any:
            bad = check_token() or failure()
            if bad is not None:
                return bad
            self.sent.append(request.get_json(force=True))
            return jsonify(errcode=0, errmsg="ok")

        @app.post("/cgi-bin/message/template/send")
        def template_send() -> Any:
            bad = check_token()
            if bad is not None:
                return bad
            self.templates.append(request.get_json(force=True))
            return jsonify(errcode=0, errmsg="ok", msgid=len(self.templates))

        return app
