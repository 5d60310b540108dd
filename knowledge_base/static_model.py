"""Serve a sentence-transformers StaticEmbedding model with `tokenizers` and numpy alone.

A StaticEmbedding model is a tokenizer plus one embedding table, averaged over the tokens. Serving it without
importing torch and sentence-transformers saves about 4 s of start-up and a few hundred MB per worker; any
other kind of model (e.g. a local bge-small-zh) is loaded with sentence-transformers as usual.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

STATIC_TYPE = "sentence_transformers.sentence_transformer.modules.static_embedding.StaticEmbedding"


class StaticEncoder:
    """The `encode` of a StaticEmbedding SentenceTransformer, computed with numpy."""

    def __init__(self, tokenizer: object, table: np.ndarray) -> None:
        self.tokenizer = tokenizer
        self.table = table

    @classmethod
    def from_dir(cls, path: str | Path) -> StaticEncoder | None:
        """The encoder for a model directory, or None if the model is not a single StaticEmbedding module."""
        root = Path(path)
        try:
            modules = json.loads((root / "modules.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if len(modules) != 1 or modules[0].get("type") != STATIC_TYPE:
            return None
        module_dir = root / modules[0].get("path", "")
        if not (module_dir / "model.safetensors").is_file() or not (module_dir / "tokenizer.json").is_file():
            return None
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        tensors = load_file(str(module_dir / "model.safetensors"))
        table = next(v for k, v in tensors.items() if k.endswith("weight"))
        return cls(Tokenizer.from_file(str(module_dir / "tokenizer.json")), np.asarray(table, dtype=np.float32))

    def get_sentence_embedding_dimension(self) -> int:
        """The embedding size."""
        return int(self.table.shape[1])

    def encode(self, texts: list[str], **_: object) -> np.ndarray:
        """Mean of the token vectors of each text (zeros for a text without tokens), like StaticEmbedding."""
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            if encoding.ids:
                out[row] = self.table[encoding.ids].mean(axis=0)
        return out
