"""One configuration object, read from the environment (a `.env` file also works)."""
from __future__ import annotations

import os
from pathlib import Path

from dotenv import load_dotenv

DEFAULT_WECHAT_API = "https://api.weixin.qq.com/cgi-bin/"


def _bool(name: str, default: bool) -> bool:
    """Read a boolean environment variable."""
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Settings; every value comes from the environment with a safe default for local use."""

    def __init__(self, instance_path: str | Path) -> None:
        load_dotenv(override=False)
        env = os.environ.get
        self.INSTANCE_PATH = str(instance_path)
        self.SECRET_KEY = env("SECRET_KEY", "dev-only-change-me")
        self.WECHAT_TOKEN = env("WECHAT_TOKEN", "dev-token")
        self.WECHAT_APPID = env("WECHAT_APPID", "wx-dev-appid")
        self.WECHAT_SECRET = env("WECHAT_SECRET", "dev-secret")
        self.WECHAT_AES_KEY = env("WECHAT_AES_KEY") or None
        self.WECHAT_API_BASE_URL = env("WECHAT_API_BASE_URL", DEFAULT_WECHAT_API)
        self.WECHAT_TEMPLATE_ID = env("WECHAT_TEMPLATE_ID", "")  # used outside the 48-hour window
        self.WECHAT_API_TIMEOUT = float(env("WECHAT_API_TIMEOUT", "5"))
        self.DATABASE_URL = env("DATABASE_URL", f"sqlite:///{Path(instance_path) / 'assistant.db'}")
        self.REDIS_URL = env("REDIS_URL", "")  # empty: embedded in-process Redis (single process only)
        self.PORT = int(env("PORT", "8000"))
        # Answer WeChat before its 5 s timeout; a late answer goes out via the customer-service API.
        self.REPLY_DEADLINE_SECONDS = float(env("REPLY_DEADLINE_SECONDS", "4.0"))
        # A message waiting on PostgreSQL longer than this means it hangs: new messages go to the Redis spool.
        self.DATABASE_STALL_SECONDS = float(env("DATABASE_STALL_SECONDS", "1.0"))
        self.RUN_OUTBOX_IN_PROCESS = _bool("RUN_OUTBOX_IN_PROCESS", not self.REDIS_URL)
        self.ADVISOR_HOURS = env("ADVISOR_HOURS", "08:30-21:30")
        self.TIMEZONE = env("TIMEZONE", "Asia/Shanghai")
        self.CLASSIFIER_PATH = env("CLASSIFIER_PATH", str(Path(instance_path) / "classifier"))
        self.EMBEDDING_MODEL = env("EMBEDDING_MODEL", str(Path(instance_path) / "embedder"))
        self.KB_INDEX_PATH = env("KB_INDEX_PATH", str(Path(instance_path) / "kb_index"))
        self.SAFETY_MODEL_PATH = env("SAFETY_MODEL_PATH", str(Path(instance_path) / "safety"))
        self.MEMBER_RATE_LIMIT = int(env("MEMBER_RATE_LIMIT", "20"))  # messages per member per minute
        self.MESSAGE_RETENTION_DAYS = int(env("MESSAGE_RETENTION_DAYS", "365"))
        self.CONSOLE_POLL_MS = int(env("CONSOLE_POLL_MS", "3000"))

    def as_dict(self) -> dict[str, object]:
        """Upper-case settings as a mapping for `app.config`."""
        return {k: v for k, v in vars(self).items() if k.isupper()}
