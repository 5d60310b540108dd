"""Errors raised by the knowledge base; the pipeline catches KnowledgeBaseError and escalates."""
from __future__ import annotations


class KnowledgeBaseError(Exception):
    """Base class of every knowledge-base error."""


class NotConfigured(KnowledgeBaseError):
    """init_app() or configure() was not called in this process."""


class ModelNotFound(KnowledgeBaseError):
    """The embedding model path does not hold a sentence-transformers model."""


class IndexNotBuilt(KnowledgeBaseError):
    """No index on disk yet: run `flask kb reindex`."""


class IndexStale(KnowledgeBaseError):
    """The index on disk was built with another embedding model: run `flask kb reindex`."""


class EntryNotFound(KnowledgeBaseError):
    """No entry with that id or key."""


class InvalidEntry(KnowledgeBaseError):
    """An entry failed validation; `errors` lists every problem in Chinese for editors."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


class ImportFailed(KnowledgeBaseError):
    """An import had bad rows; nothing was imported. `row_errors` maps row number to problems."""

    def __init__(self, row_errors: dict[int, list[str]]) -> None:
        super().__init__(f"{len(row_errors)} bad row(s), nothing imported")
        self.row_errors = row_errors
