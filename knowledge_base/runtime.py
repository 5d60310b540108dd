"""Per-process state: settings, the loaded model and index, reloads when the KB version changes.

Readers take `_state` (one reference, swapped whole), so a search never sees a half-updated index. Writers
(publish, edit, archive, reindex) hold an exclusive file lock on the index directory while they read the current
generation, write the next one and bump the Redis version; every process compares that version (and the CURRENT
pointer on disk) at most once per CHECK_INTERVAL and reloads when it moved.
"""
from __future__ import annotations

import fcntl
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import embedder, neighbours, subject
from . import text as textmod
from .errors import IndexNotBuilt, IndexStale, NotConfigured
from .index import (Candidates, EntryDoc, KBIndex, Lookup, Thresholds, current_generation_name, generation_name,
                    generation_number)

log = logging.getLogger(__name__)

VERSION_KEY = "kb:version"
CHECK_INTERVAL = 1.0  # seconds between version checks per process
MAX_QUERY_CHARS = 500  # a longer message is judged by its start (keeps a lookup's cost bounded)
DEFAULT_VALIDATION_DIR = Path(__file__).resolve().parent / "validation"


@dataclass(frozen=True)
class Settings:
    """Where the model, the index and the validation questions live."""

    model_path: str
    index_path: str
    validation_dir: str = str(DEFAULT_VALIDATION_DIR)


@dataclass(frozen=True)
class _Loaded:
    """A model and the index built with it."""

    model: Any
    index: KBIndex
    generation_name: str | None
    redis_version: int | None


_settings: Settings | None = None
_state: _Loaded | None = None
_reload_lock = threading.Lock()
_last_check = 0.0
_last_error: tuple[float, Exception] | None = None  # a failed load is retried at most once per CHECK_INTERVAL


def configure(model_path: str, index_path: str, validation_dir: str | None = None) -> None:
    """Point this process at a model and an index directory; loading waits for the first lookup."""
    global _settings
    new = Settings(str(model_path), str(index_path), str(validation_dir or DEFAULT_VALIDATION_DIR))
    if new == _settings:
        return  # same model and index: keep what is loaded (a new app in the same process)
    _settings = new
    reset()


def settings() -> Settings:
    """The configured settings."""
    if _settings is None:
        raise NotConfigured("knowledge base not configured; call knowledge_base.init_app(app) or configure()")
    return _settings


def _redis_version() -> int | None:
    """The shared KB version, or None when Redis is unavailable (then only the disk pointer is checked)."""
    try:
        from bot.redis_store import get_redis

        value = get_redis().get(VERSION_KEY)
        return int(value) if value is not None else 0
    except Exception:  # Redis down or not configured: lookups must keep working
        return None


def bump_version() -> int | None:
    """Tell every process the KB changed; the new version, or None without Redis."""
    try:
        from bot.redis_store import get_redis

        return int(get_redis().incr(VERSION_KEY))
    except Exception as exc:
        log.warning("could not bump the KB version in Redis (%s); processes will see the disk pointer", exc)
        return None


def model() -> Any:
    """The configured embedding model (re-read when its files changed); it carries `_kb_fingerprint`."""
    return embedder.load(settings().model_path)


def _load() -> _Loaded:
    """Load the current index and a model matching it."""
    version = _redis_version()  # read first: a change during the load shows up at the next check
    index = KBIndex.load(settings().index_path)
    name = generation_name(index.generation)
    mdl = model()
    if mdl._kb_fingerprint != index.model_fingerprint:
        raise IndexStale(f"index {name} was built with another embedding model; run `flask kb reindex`")
    return _Loaded(mdl, index, name, version)


def current() -> _Loaded:
    """The loaded model and index, reloaded when the KB version or the disk pointer moved."""
    global _state, _last_check, _last_error
    state = _state
    if state is not None and time.monotonic() - _last_check < CHECK_INTERVAL:
        return state
    with _reload_lock:
        state = _state
        now = time.monotonic()
        if state is not None and now - _last_check < CHECK_INTERVAL:
            return state
        if state is None and _last_error is not None and now - _last_error[0] < CHECK_INTERVAL:
            raise _last_error[1]  # do not re-read a broken or missing index on every message
        _last_check = now
        if state is not None:
            version = _redis_version()
            name = current_generation_name(settings().index_path)
            if (version is None or version == state.redis_version) and name == state.generation_name:
                return state
            log.info("knowledge base changed (version %s, %s): reloading", version, name)
        try:
            _state, _last_error = _load(), None
        except Exception as exc:
            if state is not None:  # keep answering from the last good index
                log.warning("knowledge base reload failed (%s: %s); keeping the loaded one", type(exc).__name__, exc)
                return state
            _last_error = (now, exc)
            raise
        return _state


def reset() -> None:
    """Forget the loaded state (tests, or after settings change)."""
    global _state, _last_check, _last_error
    _state, _last_check, _last_error = None, 0.0, None


def query_parts(text: str, mdl: Any) -> tuple[np.ndarray, list[str]]:
    """The query's unit vector and BM25 tokens."""
    text = textmod.query_text(text)
    return embedder.encode(mdl, [text])[0], textmod.tokens(text)


def score(text: str) -> tuple[KBIndex, Candidates]:
    """Score components of the candidates for one question (for `flask kb ask`)."""
    state = current()
    qvec, qtokens = query_parts(text, state.model)
    return state.index, state.index.score(qvec, qtokens)


def lookup(text: str) -> Lookup:
    """What would answer `text`: the confident best match (or None) and the top 3 candidates."""
    text = (text or "").strip()[:MAX_QUERY_CHARS]
    if not text:
        return Lookup(best=None, candidates=[])
    index, scored = score(text)
    result = index.decide(scored)
    best = result.best
    if best is None:
        return result
    words = index.words(best.entry_id)
    text = textmod.query_text(text)  # the checks below read the shorthand spelled out too ("bb发烧" is a baby's)
    if not subject.fits(best.topic, words, text):
        return Lookup(best=None, candidates=result.candidates)  # written for someone else (a child, a relative)
    entry = index.entries[best.entry_id]
    if not neighbours.covers(best.topic, entry["question"] + entry["answer"], words, text):
        return Lookup(best=None, candidates=result.candidates)  # about a neighbouring condition (低血压, 前列腺炎)
    return result


# ---- writing ---------------------------------------------------------------------------------------------
@contextmanager
def write_lock() -> Iterator[Path]:
    """Exclusive lock on the index directory across processes."""
    root = Path(settings().index_path)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield root
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def encode_docs(mdl: Any, docs: list[EntryDoc], progress: bool = False, batch: int = 512) -> list[np.ndarray]:
    """Vectors of every phrasing of each doc, grouped per doc."""
    flat = [p for d in docs for p in d.phrasings()]
    chunks = []
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(flat), unit="phrasing", desc="encoding")
    for start in range(0, len(flat), batch):
        chunks.append(embedder.encode(mdl, flat[start:start + batch]))
        if bar:
            bar.update(len(flat[start:start + batch]))
    if bar:
        bar.close()
    vectors = np.vstack(chunks) if chunks else np.zeros((0, embedder.dimension(mdl)), dtype=np.float32)
    out, pos = [], 0
    for d in docs:
        n = len(d.phrasings())
        out.append(vectors[pos:pos + n])
        pos += n
    return out


def apply_changes(upserts: list[EntryDoc], removals: list[int]) -> bool:
    """Update the index in place of a full rebuild; False when there is no compatible index to update."""
    global _state
    if not upserts and not removals:
        return True
    with write_lock() as root:
        state = _state
        try:
            if state is not None and state.generation_name == current_generation_name(root):
                index = state.index  # what this process holds is the latest: skip re-reading it
            else:
                index = KBIndex.load(root)
        except IndexNotBuilt:
            log.warning("no KB index yet: changes will be indexed by `flask kb reindex`")
            return False
        mdl = model()
        if mdl._kb_fingerprint != index.model_fingerprint:
            log.warning("KB index was built with another model: run `flask kb reindex`")
            return False
        new = index.updated(upserts, encode_docs(mdl, upserts), removals)
        new = new.save(root, generation_number(root) + 1)
        version = bump_version()  # inside the lock: versions follow generations
    _state = _Loaded(mdl, new, generation_name(new.generation), version)
    return True


def build_index(mdl: Any, docs: list[EntryDoc], progress: bool = False) -> KBIndex:
    """An in-memory index of `docs` plus the decline anchors (default thresholds)."""
    from .seed import decline_docs

    docs = [*docs, *decline_docs()]
    index = KBIndex.empty(embedder.dimension(mdl), mdl._kb_fingerprint)
    return index.updated(docs, encode_docs(mdl, docs, progress=progress))


def rebuild(docs: list[EntryDoc], progress: bool = True, calibrate: bool = True) -> KBIndex:
    """Build the whole index from `docs` and the decline anchors, calibrate thresholds on the validation files,
    save, bump."""
    global _state
    from .calibrate import calibrate as run_calibration

    mdl = model()
    index = build_index(mdl, docs, progress=progress)
    if calibrate:
        index = index.with_thresholds(run_calibration(index, mdl, settings().validation_dir, progress=progress))
    with write_lock() as root:
        index = index.save(root, generation_number(root) + 1)
        version = bump_version()
    _state = _Loaded(mdl, index, generation_name(index.generation), version)
    return index


__all__ = ["configure", "settings", "current", "lookup", "score", "apply_changes", "build_index", "rebuild", "reset",
           "Thresholds"]
