"""The WeChat health assistant: app factory, channel, dialogue pipeline, advisor handoff and console."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.routing import IntegerConverter

from . import db, outbound, redis_store, retention
from .config import Config
from .hours import ServiceHours
from .inbox import Inbox
from .logging_setup import setup_logging

__all__ = ["create_app"]


class DatabaseId(IntegerConverter):
    """`<int:...>` in every route: a non-negative id that fits a 32-bit database integer."""

    def __init__(self, map, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("max", 2**31 - 1)
        super().__init__(map, *args, **kwargs)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app: config from the environment, overridden by `test_config`."""
    app = Flask(__name__, instance_path=os.environ.get("INSTANCE_PATH") or str(Path.cwd() / "instance"),
                instance_relative_config=True)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(Config(app.instance_path).as_dict())
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024  # WeChat messages are tiny; refuse anything over 1 MiB
    app.url_map.converters["int"] = DatabaseId  # ids beyond the database's integers are a 404, not a 500
    if test_config:
        app.config.update(test_config)
    setup_logging()

    db.init_app(app)
    retention.init_app(app)
    if app.config.get("AUTO_MIGRATE", app.config["DATABASE_URL"].startswith("sqlite")):
        db.upgrade_schema(app.config["DATABASE_URL"])  # embedded SQLite: always ready to run
    redis_store.configure(app.config["REDIS_URL"])
    outbound.configure(app.config)
    _configure_models(app)

    hours = ServiceHours(app.config["ADVISOR_HOURS"], app.config["TIMEZONE"])
    app.extensions["hours"] = hours
    app.extensions["inbox"] = Inbox(hours, app.config["DATABASE_STALL_SECONDS"])

    from .wechat import bp as wechat_bp

    app.register_blueprint(wechat_bp)

    from . import auth
    from .api import bp as api_bp
    from .console import bp as console_bp

    auth.init_app(app)  # sessions, CSRF, `flask users`
    app.register_blueprint(api_bp)
    app.register_blueprint(console_bp)

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        """Liveness probe for the load balancer."""
        return {"status": "ok"}

    if app.config["RUN_OUTBOX_IN_PROCESS"] and not app.config.get("TESTING"):
        # Only a serving process delivers: `flask kb ...` and other commands never start the worker.
        @app.before_request
        def _start_outbox() -> None:
            outbound.start_in_process(app)

    return app


def _configure_models(app: Flask) -> None:
    """Tell the model packages where their artifacts live; they load lazily on first use."""
    import classifier
    import knowledge_base

    from . import safety_model

    classifier.configure(app.config["CLASSIFIER_PATH"])
    safety_model.configure(app.config["SAFETY_MODEL_PATH"])
    knowledge_base.init_app(app)
