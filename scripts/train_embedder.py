"""Train the default embedding model from the project's own KB text (seed questions and similar phrasings).

    python scripts/train_embedder.py --out instance/embedder

Fully offline and deterministic (fixed seed); takes seconds on 2 cores. The result is a sentence-transformers
StaticEmbedding model: point EMBEDDING_MODEL at it (the default path is <instance>/embedder).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def default_out() -> str:
    """EMBEDDING_MODEL from the environment, else instance/embedder."""
    return os.environ.get("EMBEDDING_MODEL") or str(Path(os.environ.get("INSTANCE_PATH") or "instance") / "embedder")


def main(argv: list[str] | None = None) -> int:
    """Train, then swap the new model into place."""
    from knowledge_base.seed import SEED_DIR, decline_phrasings, seed_groups
    from knowledge_base.training import TrainConfig, train

    defaults = TrainConfig()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=default_out(), help="model directory (default: $EMBEDDING_MODEL or instance/embedder)")
    ap.add_argument("--seed-dir", default=str(SEED_DIR), help="KB seed YAML directory")
    ap.add_argument("--dim", type=int, default=defaults.dim)
    ap.add_argument("--lr", type=float, default=defaults.lr)
    ap.add_argument("--max-epochs", type=int, default=defaults.max_epochs)
    ap.add_argument("--seed", type=int, default=defaults.seed)
    ap.add_argument("--negatives", type=int, default=defaults.negatives_per_pair, help="hard negatives per pair")
    ap.add_argument("--ensemble", type=int, default=defaults.ensemble, help="seeds joined into one model")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    groups = seed_groups(args.seed_dir)
    if not groups:
        print(f"no seed entries in {args.seed_dir}", file=sys.stderr)
        return 1
    cfg = TrainConfig(dim=args.dim, lr=args.lr, max_epochs=args.max_epochs, seed=args.seed,
                      negatives_per_pair=args.negatives, ensemble=args.ensemble)
    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        report = train(groups, tmp, cfg, verbose=not args.quiet, negatives=decline_phrasings(args.seed_dir))
        (tmp / "kb_training.json").write_text(
            json.dumps({"config": asdict(cfg), "report": asdict(report)}, ensure_ascii=False, indent=1),
            encoding="utf-8")
        # Swap directories so a running process never reads a half-written model.
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    epochs = "/".join(str(m["best_epoch"]) for m in report.members)
    print(f"embedder: {report.groups} entries, {report.texts} phrasings (decline questions included), "
          f"vocab {report.vocab}, {len(report.members)} members x {cfg.dim} dims, best epochs {epochs}, "
          f"held-out acc@1 {report.heldout_acc:.3f} mrr {report.heldout_mrr:.3f} (member mean), "
          f"{report.seconds}s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
