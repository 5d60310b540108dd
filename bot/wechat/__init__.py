"""The WeChat channel: the webhook blueprint and XML parsing."""
from .views import bp

__all__ = ["bp"]
