"""Load every model once per process before the first member message needs it."""
from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def warm() -> float:
    """Load the classifier, the safety model, the knowledge base (model + index) and the medical terms of
    `non_health`; returns the seconds it took."""
    start = time.perf_counter()
    import classifier
    import knowledge_base

    from . import non_health, safety_model

    for name, load in (("classifier", lambda: classifier.predict("头疼")), ("safety model", safety_model.get),
                       ("knowledge base", lambda: knowledge_base.lookup("血压高怎么办")),
                       ("medical terms", lambda: non_health.kind("订外卖"))):
        try:
            load()
        except Exception as exc:  # a missing artifact is reported, and the pipeline falls back
            log.warning("%s not loaded: %s", name, type(exc).__name__)
    # The loaded models are long-lived: keep them out of every later full garbage collection.
    gc.collect()
    gc.freeze()
    took = time.perf_counter() - start
    log.info("models ready in %.2f s", took)
    return took
