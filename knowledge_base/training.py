"""Train the default embedding model: StaticEmbedding (a vector per token, mean-pooled) from our own text only.

Positive pairs are two phrasings of the same entry (its question and its similar phrasings); the other entries
in the batch are the negatives (MultipleNegativesRankingLoss), and each pair also brings one question the KB must
decline (knowledge_base/seed/_decline.yaml) as a hard negative, so words that only occur in such questions move
away from the entries. Decline questions are never positives of each other: a group of them shares a reason, not
a meaning. Some phrasings of every entry are held out to pick the number of epochs (early stopping); each model is
then refitted on every phrasing for that many epochs. Several seeds are trained and joined side by side into one
StaticEmbedding (an ensemble at the cost of one model), because one seed's quirks moved our validation figures a lot.
"""
from __future__ import annotations

import logging
import random
import string
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from . import text as textmod

log = logging.getLogger(__name__)
UNK = "[UNK]"


@dataclass
class TrainConfig:
    """Hyper-parameters; the defaults train in seconds on 2 cores."""

    dim: int = 128  # per member: the joined model has dim * ensemble dimensions
    lr: float = 0.02
    batch_size: int = 128
    max_epochs: int = 40
    patience: int = 4
    holdout: float = 0.15
    scale: float = 20.0
    seed: int = 13
    final_fit: bool = True
    negatives_per_pair: int = 1  # decline questions added to each pair as hard negatives
    ensemble: int = 3  # seeds trained and joined into one model (less seed-to-seed variance)


@dataclass
class TrainReport:
    """What training did, for the log and the model card."""

    groups: int
    texts: int
    vocab: int
    best_epoch: int
    heldout_acc: float
    heldout_mrr: float
    seconds: float
    history: list[dict[str, float]] = field(default_factory=list)  # the first member's epochs
    members: list[dict[str, float]] = field(default_factory=list)


def build_tokenizer(texts: list[str]) -> Any:
    """A character tokenizer for Chinese plus whole Latin words and numbers from jieba (HPV, BMI, 140).

    BertNormalizer(handle_chinese_chars=True) puts every CJK character on its own; WordPiece with no
    continuation prefix then keeps a known Latin word or number whole and spells anything else out in
    characters. Every character of our text and all ASCII letters and digits are in the vocabulary, so a
    sentence never collapses into one [UNK]. (Chinese jieba words as pieces generalised worse on held-out
    phrasings than characters did; BM25 uses the jieba words instead.)
    """
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    counts: Counter[str] = Counter(string.ascii_lowercase + string.digits)
    for text in texts:
        norm = textmod.normalize(text)
        counts.update(ch for ch in norm if not ch.isspace())
        counts.update(w for w in textmod.words(norm) if len(w) > 1 and w.isascii() and w.isalnum())
    vocab = {UNK: 0}
    for piece, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        vocab.setdefault(piece, len(vocab))
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token=UNK, continuing_subword_prefix="",
                                           max_input_chars_per_word=40))
    tokenizer.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True),
    ])
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.WhitespaceSplit(),
        pre_tokenizers.Punctuation(behavior="removed"),
        pre_tokenizers.Digits(individual_digits=False),
    ])
    return tokenizer


def split_groups(groups: list[list[str]], holdout: float, rng: random.Random) -> tuple[list[list[str]], list[list[str]]]:
    """Hold out a share of each group's phrasings (never the last two: pairs need two)."""
    train, held = [], []
    for texts in groups:
        texts = list(dict.fromkeys(texts))
        rng.shuffle(texts)
        n_held = min(int(round(len(texts) * holdout)), max(len(texts) - 2, 0))
        held.append(texts[:n_held])
        train.append(texts[n_held:])
    return train, held


def _epoch_batches(groups: list[list[str]], batch_size: int, rng: random.Random, negatives: list[str] | None = None,
                   per_pair: int = 1) -> list[tuple[list[str], ...]]:
    """Anchor/positive(/negative) batches where no two pairs come from the same group (no false in-batch
    negatives); with `negatives`, each pair gets one drawn at random."""
    per_group = []
    for gi, texts in enumerate(groups):
        if len(texts) < 2:
            continue
        pairs = []
        for i, anchor in enumerate(texts):
            j = rng.randrange(len(texts) - 1)
            pairs.append((anchor, texts[j if j < i else j + 1]))
        rng.shuffle(pairs)
        per_group.append((gi, pairs))
    batches = []
    rounds = max((len(p) for _, p in per_group), default=0)
    for r in range(rounds):
        row = [pairs[r] for _, pairs in per_group if r < len(pairs)]
        rng.shuffle(row)
        for start in range(0, len(row), batch_size):
            chunk = row[start:start + batch_size]
            if len(chunk) >= 2:
                batch: tuple[list[str], ...] = ([a for a, _ in chunk], [p for _, p in chunk])
                for _ in range(per_pair if negatives else 0):
                    batch += ([rng.choice(negatives) for _ in chunk],)
                batches.append(batch)
    rng.shuffle(batches)
    return batches


def _encode(model: Any, texts: list[str]) -> np.ndarray:
    """Unit vectors without gradients."""
    from .embedder import encode

    return encode(model, texts)


def heldout_scores(model: Any, train: list[list[str]], held: list[list[str]]) -> tuple[float, float]:
    """Accuracy@1 and MRR of held-out phrasings against the training phrasings (max per group)."""
    flat, owner = [], []
    for gi, texts in enumerate(train):
        flat += texts
        owner += [gi] * len(texts)
    queries = [(gi, t) for gi, texts in enumerate(held) for t in texts]
    if not queries:
        return 0.0, 0.0
    sims = _encode(model, [t for _, t in queries]) @ _encode(model, flat).T
    owner_arr = np.array(owner)
    per_group = np.full((len(queries), len(train)), -2.0, dtype=np.float32)
    for gi in range(len(train)):
        cols = owner_arr == gi
        if cols.any():
            per_group[:, gi] = sims[:, cols].max(axis=1)
    gold = np.array([gi for gi, _ in queries])
    gold_scores = per_group[np.arange(len(queries)), gold]
    ranks = (per_group > gold_scores[:, None]).sum(axis=1) + 1
    return float((ranks == 1).mean()), float((1.0 / ranks).mean())


def _new_model(tokenizer: Any, dim: int, seed: int) -> Any:
    """A fresh StaticEmbedding model with deterministic initial weights."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding

    torch.manual_seed(seed)
    module = StaticEmbedding(tokenizer, embedding_dim=dim)
    torch.nn.init.normal_(module.embedding.weight, std=0.1)
    return SentenceTransformer(modules=[module], device="cpu")


def _fit(model: Any, groups: list[list[str]], cfg: TrainConfig, epochs: int, rng: random.Random,
         on_epoch: Any = None, negatives: list[str] | None = None) -> None:
    """Run `epochs` epochs of MultipleNegativesRankingLoss (both directions); on_epoch may stop early."""
    import torch
    from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss

    loss_fn = MultipleNegativesRankingLoss(model, scale=cfg.scale, directions=("query_to_doc", "doc_to_query"))
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    model.train()
    for epoch in range(1, epochs + 1):
        total, n = 0.0, 0
        for columns in _epoch_batches(groups, cfg.batch_size, rng, negatives, cfg.negatives_per_pair):
            features = [model.preprocess(list(col)) for col in columns]
            loss = loss_fn(features, None)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total, n = total + loss.item(), n + 1
        if on_epoch is not None:
            model.eval()
            stop = on_epoch(epoch, total / max(n, 1))
            model.train()
            if stop:
                break
    model.eval()


def _zero_unseen(model: Any, texts: list[str]) -> None:
    """Zero the rows of tokens never seen in training (incl. [UNK]): they add nothing to a mean's direction."""
    import torch

    module = model[0]
    seen = set()
    for enc in module.tokenizer.encode_batch(texts, add_special_tokens=False):
        seen.update(enc.ids)
    mask = torch.ones(module.embedding.weight.shape[0], dtype=torch.bool)
    mask[list(seen)] = False
    with torch.no_grad():
        module.embedding.weight[mask] = 0.0


def _train_one(groups: list[list[str]], tokenizer: Any, cfg: TrainConfig, seed: int, negatives: list[str],
               verbose: bool) -> tuple[Any, dict[str, Any], list[dict[str, float]]]:
    """One model: early stopping on held-out phrasings, then (final_fit) a refit on every phrasing."""
    rng = random.Random(seed)
    train_groups, held = split_groups(groups, cfg.holdout, rng)
    model = _new_model(tokenizer, cfg.dim, seed)
    history: list[dict[str, float]] = []
    best: dict[str, Any] = {"epoch": 0, "acc": -1.0, "mrr": -1.0, "state": None}

    def on_epoch(epoch: int, loss: float) -> bool:
        acc, mrr = heldout_scores(model, train_groups, held)
        history.append({"epoch": epoch, "loss": round(loss, 4), "acc": round(acc, 4), "mrr": round(mrr, 4)})
        if verbose:
            print(f"seed {seed}  epoch {epoch:2d}  loss {loss:.4f}  held-out acc@1 {acc:.4f}  mrr {mrr:.4f}",
                  flush=True)
        if (mrr, acc) > (best["mrr"], best["acc"]):
            best.update(epoch=epoch, acc=acc, mrr=mrr,
                        state={k: v.detach().clone() for k, v in model.state_dict().items()})
        return epoch - int(best["epoch"]) >= cfg.patience

    _fit(model, train_groups, cfg, cfg.max_epochs, rng, on_epoch, negatives)
    if cfg.final_fit:
        # Refit on every phrasing (held-out ones too) for the chosen number of epochs, same seed.
        model = _new_model(tokenizer, cfg.dim, seed)
        _fit(model, groups, cfg, int(best["epoch"]), random.Random(seed), negatives=negatives)
    else:
        model.load_state_dict(best["state"])
    return model, best, history


def _ensemble(models: list[Any], tokenizer: Any, texts: list[str]) -> Any:
    """One StaticEmbedding whose token vectors are the members' side by side, each member scaled so its sentence
    vectors have about unit length: the cosine of the result is then about the mean of the members' cosines
    (mean pooling is linear), at the cost of one model."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding

    parts = []
    for m in models:
        norms = torch.from_numpy(np.linalg.norm(m.encode(texts, batch_size=512, convert_to_numpy=True), axis=1))
        parts.append(m[0].embedding.weight.detach() / max(float(norms.median()), 1e-6))
    weights = torch.cat(parts, dim=1)
    module = StaticEmbedding(tokenizer, embedding_weights=weights)
    return SentenceTransformer(modules=[module], device="cpu")


def train(groups: list[list[str]], out_dir: str | Path, cfg: TrainConfig | None = None,
          extra_vocab_texts: list[str] | None = None, verbose: bool = True,
          negatives: list[str] | None = None) -> TrainReport:
    """Train on groups of same-meaning phrasings (and hard `negatives`) and save a SentenceTransformer; with
    cfg.ensemble > 1, that many seeds are trained and joined into one model (less seed-to-seed variance)."""
    import torch

    cfg = cfg or TrainConfig()
    started = time.perf_counter()
    torch.set_num_threads(1)  # the model is tiny: one thread is faster than two fighting over shared cores
    groups = [list(dict.fromkeys(g)) for g in groups if len(set(g)) >= 2]
    negatives = list(dict.fromkeys(negatives or []))
    all_texts = [t for g in groups for t in g] + negatives
    tokenizer = build_tokenizer(all_texts + list(extra_vocab_texts or []))

    runs = [_train_one(groups, tokenizer, cfg, cfg.seed + i, negatives, verbose) for i in range(max(cfg.ensemble, 1))]
    for model, _, _ in runs:
        _zero_unseen(model, all_texts)
    model = runs[0][0] if len(runs) == 1 else _ensemble([m for m, _, _ in runs], tokenizer, all_texts)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    bests = [b for _, b, _ in runs]
    return TrainReport(groups=len(groups), texts=len(all_texts), vocab=tokenizer.get_vocab_size(),
                       best_epoch=int(bests[0]["epoch"]), heldout_acc=float(np.mean([b["acc"] for b in bests])),
                       heldout_mrr=float(np.mean([b["mrr"] for b in bests])),
                       seconds=round(time.perf_counter() - started, 1), history=runs[0][2],
                       members=[{"seed": cfg.seed + i, "best_epoch": int(b["epoch"]), "heldout_acc": round(b["acc"], 4),
                                 "heldout_mrr": round(b["mrr"], 4)} for i, b in enumerate(bests)])
