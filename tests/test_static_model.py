"""The numpy server of StaticEmbedding models gives exactly what sentence-transformers gives."""
from __future__ import annotations

import numpy as np
import pytest

from knowledge_base import embedder
from knowledge_base.static_model import StaticEncoder

TEXTS = ["血压150/95要紧吗", "", "HPV阳性怎么办", "孩子发烧39度", "ok 123"]


@pytest.fixture(scope="module")
def static_model_dir(tmp_path_factory):
    """A tiny StaticEmbedding model saved the sentence-transformers way."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    vocab = {"[UNK]": 0, **{ch: i + 1 for i, ch in enumerate("血压要紧吗阳性怎么办孩子发烧度ok0123456789HPV")}}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(handle_chinese_chars=True)
    tok.pre_tokenizer = pre_tokenizers.Split("", "isolated")
    model = SentenceTransformer(modules=[StaticEmbedding(tok, embedding_dim=16)], device="cpu")
    path = tmp_path_factory.mktemp("static")
    model.save(str(path))
    return path, model


def test_numpy_encoder_matches_sentence_transformers(static_model_dir):
    path, model = static_model_dir
    encoder = StaticEncoder.from_dir(path)
    assert encoder is not None and encoder.get_sentence_embedding_dimension() == 16
    expected = model.encode(TEXTS, convert_to_numpy=True, normalize_embeddings=False)
    assert np.allclose(encoder.encode(TEXTS), expected, atol=1e-6)


def test_embedder_serves_static_models_without_torch(static_model_dir):
    path, _ = static_model_dir
    embedder.forget()
    model = embedder.load(path)
    assert isinstance(model, StaticEncoder)
    vectors = embedder.encode(model, TEXTS)
    assert vectors.shape == (len(TEXTS), 16) and np.allclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)


def test_other_models_are_not_taken_for_static(tmp_path):
    (tmp_path / "modules.json").write_text('[{"idx": 0, "name": "0", "path": "", "type": "x.Transformer"}]')
    assert StaticEncoder.from_dir(tmp_path) is None
