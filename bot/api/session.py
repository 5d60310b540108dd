"""Signing in and out, the current user, and the OpenAPI document."""
from __future__ import annotations

from typing import Any

from flask import jsonify, request

from .. import auth
from . import bp
from .common import body, me
from .serialize import user_json
from .spec import ANY_ROLE, api_route, obj, openapi_document, ref


@api_route(bp, "/login", "POST", roles=None, summary="登录（用户名 + 密码），返回用户和 CSRF 令牌", tag="账号",
           body=obj(["username", "password"], username={"type": "string"}, password={"type": "string"}),
           response=ref("Session"), errors=(400, 401, 429))
def login() -> Any:
    """Sign in with JSON credentials; rate limited per account and address."""
    data = body()
    try:
        user = auth.authenticate(str(data.get("username", "")), str(data.get("password", "")),
                                 request.remote_addr or "?")
    except auth.LoginThrottled as exc:
        return jsonify(error="too_many_attempts", message="登录失败次数过多，请稍后再试",
                       retry_after=exc.retry_after), 429
    if user is None:
        return jsonify(error="invalid_credentials", message="用户名或密码错误"), 401
    auth.login_user(user)
    return jsonify(user=user_json(user), csrf_token=auth.csrf_token())


@api_route(bp, "/logout", "POST", roles=ANY_ROLE, summary="退出登录", tag="账号", response=ref("Ok"))
def logout() -> Any:
    """End the session."""
    auth.logout_user()
    return jsonify(ok=True)


@api_route(bp, "/me", "GET", roles=ANY_ROLE, summary="当前用户和 CSRF 令牌", tag="账号", response=ref("Session"))
def whoami() -> Any:
    """The signed-in user and the token to send in X-CSRF-Token."""
    return jsonify(user=user_json(me()), csrf_token=auth.csrf_token())


@api_route(bp, "/openapi.json", "GET", roles=ANY_ROLE, summary="本 API 的 OpenAPI 3 文档", tag="账号",
           response={"type": "object"})
def openapi() -> Any:
    """This document."""
    return jsonify(openapi_document())
