"""Knowledge base: entries in SQL, a FAISS + BM25 index, and answers only when confident.

    knowledge_base.init_app(app)              # settings + `flask kb` commands; loads nothing
    result = knowledge_base.lookup("血压140/90算高吗")
    result.best          # Match to answer with, or None (then escalate)
    result.candidates    # top 3 matches for the advisor
"""
from __future__ import annotations

from typing import Any

from .errors import (EntryNotFound, ImportFailed, IndexNotBuilt, IndexStale, InvalidEntry, KnowledgeBaseError,
                     ModelNotFound, NotConfigured)
from .index import Lookup, Match

__all__ = [
    "Match", "Lookup", "init_app", "configure", "lookup", "unanswered_groups", "draft_from_reply",
    "KnowledgeBaseError", "IndexNotBuilt", "IndexStale", "ModelNotFound", "NotConfigured", "EntryNotFound",
    "InvalidEntry", "ImportFailed",
]


def configure(model_path: str, index_path: str, validation_dir: str | None = None) -> None:
    """Point this process at an embedding model and an index directory (nothing is loaded yet)."""
    from . import runtime

    runtime.configure(model_path, index_path, validation_dir)


def init_app(app: Any) -> None:
    """Remember the app's EMBEDDING_MODEL and KB_INDEX_PATH and register the `flask kb` commands."""
    configure(app.config["EMBEDDING_MODEL"], app.config["KB_INDEX_PATH"], app.config.get("KB_VALIDATION_DIR"))
    from .cli import kb_cli

    if "kb" not in app.cli.commands:
        app.cli.add_command(kb_cli)
    app.extensions["knowledge_base"] = {"model": app.config["EMBEDDING_MODEL"],
                                        "index": app.config["KB_INDEX_PATH"]}


def lookup(text: str) -> Lookup:
    """What would answer `text`; loads the model and index on first use, reloads when the KB changed."""
    from . import runtime

    return runtime.lookup(text)


def unanswered_groups(limit: int = 20) -> list[dict[str, Any]]:
    """Similar unanswered member questions grouped together, biggest group first."""
    from .unanswered import unanswered_groups as groups

    return groups(limit)


def draft_from_reply(ticket_id: int, question: str, answer: str, author: str) -> Any:
    """Turn an advisor's reply on a ticket into a draft KBEntry."""
    from .unanswered import draft_from_reply as draft

    return draft(ticket_id, question, answer, author)
