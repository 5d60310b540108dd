"""gunicorn settings for `make serve`: models load in each worker after the fork, never in the master."""
import os

bind = f"{os.environ.get('BIND', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
threads = int(os.environ.get("THREADS", "3"))  # 3 did best in interleaved runs (docs/operations.md)
timeout = 30
graceful_timeout = 10
preload_app = False  # FAISS/torch state must not cross a fork (see docs/operations.md)
raw_env = ["OMP_NUM_THREADS=1", "TOKENIZERS_PARALLELISM=false"]


def post_worker_init(worker):  # type: ignore[no-untyped-def]
    """Load the classifier, jieba, the embedding model and the index before taking traffic."""
    from bot.warmup import warm

    warm()
