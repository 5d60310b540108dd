"""The sentence-transformers embedding model: loaded lazily, once per process, from a path on disk."""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelNotFound
from .static_model import StaticEncoder

_lock = threading.Lock()
_models: dict[str, Any] = {}


def _set_thread_env() -> None:
    """Keep torch from spreading one query over every core; we run one query per request."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def fingerprint(path: str | Path) -> str:
    """A cheap identity of a model directory (file names, sizes, mtimes): an index must match it."""
    root = Path(path)
    if not root.is_dir():
        raise ModelNotFound(f"no embedding model at {root}")
    digest = hashlib.sha256()
    # Dot files (e.g. the Makefile's .built stamp) are not part of the model.
    for file in sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")):
        stat = file.stat()
        digest.update(f"{file.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def load(path: str | Path) -> Any:
    """The SentenceTransformer at `path`, loaded offline once per process and again when its files change.

    The model carries `_kb_fingerprint`, the fingerprint of the files it was loaded from.
    """
    key = str(Path(path).resolve())
    fp = fingerprint(key)
    model = _models.get(key)
    if model is not None and model._kb_fingerprint == fp:
        return model
    with _lock:
        model = _models.get(key)
        if model is None or model._kb_fingerprint != fp:
            if not (Path(key) / "modules.json").is_file():
                raise ModelNotFound(f"no sentence-transformers model at {key}; run scripts/train_embedder.py")
            # Our default StaticEmbedding model is served with numpy; any other model with sentence-transformers.
            model = StaticEncoder.from_dir(key)
            if model is None:
                _set_thread_env()
                from sentence_transformers import SentenceTransformer

                model = SentenceTransformer(key, device="cpu", local_files_only=True)
            model._kb_fingerprint = fp
            _models[key] = model
        return model


def forget(path: str | Path | None = None) -> None:
    """Drop cached models (all, or one path) so the next load reads the disk again."""
    with _lock:
        if path is None:
            _models.clear()
        else:
            _models.pop(str(Path(path).resolve()), None)


def encode(model: Any, texts: list[str], batch_size: int = 256) -> np.ndarray:
    """Unit-length float32 vectors, one row per text; empty texts give zero vectors."""
    if not texts:
        return np.zeros((0, dimension(model)), dtype=np.float32)
    if isinstance(model, StaticEncoder):
        vectors = model.encode(texts)
    else:
        import torch

        with torch.inference_mode():
            vectors = model.encode(texts, batch_size=batch_size, convert_to_numpy=True,
                                   show_progress_bar=False, normalize_embeddings=False)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def dimension(model: Any) -> int:
    """The model's embedding size."""
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(getter())
