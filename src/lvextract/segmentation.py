"""Sentences and tokens: Stanza's tokenizer (our own Latvian model, shipped in the package).

The model is loaded once per process. `LVEXTRACT_TOKENIZER_MODEL` (or `--tokenizer-model`)
selects another Stanza tokenizer file, e.g. an official one a user installed.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Both also imported from here by the rest of the package (document, repairs, pipeline).
from .email_url_mask import LINEAR_MASK_RE
from .token_offsets import TokenOffsets

MODEL_ENV = "LVEXTRACT_TOKENIZER_MODEL"
PACKAGED_MODEL = "lv_lvtb_tokenizer.pt"


def packaged_model_dir() -> Path:
    return Path(str(resources.files("lvextract") / "models"))


def model_path(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get(MODEL_ENV)
    return Path(chosen) if chosen else packaged_model_dir() / PACKAGED_MODEL


def _make_stanza_mask_regex_linear() -> None:
    from stanza.models.tokenization import utils

    utils.MASK_RE = LINEAR_MASK_RE


# oneDNN keeps up to 1 024 compiled primitives by default, one per call shape of the LSTMs; the
# tokenizer's calls come in hundreds of shapes, few of them repeated, so most of that memory
# never serves a second call. 64 lowered the peak of `parse -j 1` on 1 000 documents from
# about 540 to 480 MB at the same CPU time; 0 saved 110 MB more but made segmentation 1.4x
# slower (benchmarks/allocator.py, RESULTS.md).
ONEDNN_CACHE_ENV = "ONEDNN_PRIMITIVE_CACHE_CAPACITY"
ONEDNN_CACHE_CAPACITY = 64


def bound_onednn_cache() -> None:
    """Cap oneDNN's primitive cache unless the user chose a capacity. oneDNN reads the variable
    when it creates its first primitive, so this works until the first network call, even
    after torch has been imported."""
    os.environ.setdefault(ONEDNN_CACHE_ENV, str(ONEDNN_CACHE_CAPACITY))


def import_torch():
    """torch, imported here (`lvextract --help` does not need it) and never cut in the middle:
    a Ctrl-C during its native start-up would be lost there (commands/interrupts.held)."""
    from .commands.interrupts import held

    with held():
        import torch
    return torch


THREADS_ENV = "LVEXTRACT_TORCH_THREADS"


def limit_torch_threads(threads: int | None = None) -> None:
    """One intra-op thread per process (`threads`, else LVEXTRACT_TORCH_THREADS, else 1): with
    several processes or a busy machine torch's own pool oversubscribes the cores (a loaded
    2-core machine ran the tokenizer 27x slower); parallelism comes from `parse --jobs`."""
    bound_onednn_cache()
    import_torch().set_num_threads(threads or int(os.environ.get(THREADS_ENV, "1")))


@lru_cache(maxsize=4)
def _pipeline(path: str):
    limit_torch_threads()
    import stanza  # imported here, after torch: `lvextract --help` does not need it

    _make_stanza_mask_regex_linear()

    if not Path(path).is_file():
        raise FileNotFoundError(f"tokenizer model not found: {path}")
    logging.getLogger("stanza").setLevel(logging.ERROR)
    # download_method=None keeps Stanza off the network; it still wants a resources.json
    # in `dir`, and the package ships an empty one beside the model.
    return stanza.Pipeline(
        lang="lv", processors="tokenize", tokenize_model_path=path,
        dir=str(packaged_model_dir()), download_method=None, logging_level="ERROR", use_gpu=False,
    )


SEGMENTER_ENV = "LVEXTRACT_SEGMENTER"  # "stanza" forces Stanza's own pipeline (slower, same output)


@lru_cache(maxsize=4)
def _fast_tokenizer(path: str):
    """The vectorised inference of stanza_inference.py, or None when the checkpoint needs
    Stanza's own pipeline (or the user asked for it)."""
    from . import stanza_inference

    if os.environ.get(SEGMENTER_ENV, "").lower() == "stanza":
        return None
    if not Path(path).is_file():
        raise FileNotFoundError(f"tokenizer model not found: {path}")
    limit_torch_threads()
    _make_stanza_mask_regex_linear()
    try:
        return stanza_inference.tokenizer(path)
    except stanza_inference.Unsupported as why:
        logging.getLogger(__name__).info("%s; using Stanza's pipeline", why)
        return None


def stanza_sentences(text: str, model: str | os.PathLike | None = None) -> list[list[TokenOffsets]]:
    """Stanza's raw segmentation of `text`: sentences of token offsets, before our repairs."""
    return stanza_sentences_batch([text], model)[0]


def stanza_sentences_batch(texts: list[str], model: str | os.PathLike | None = None) -> list[list[list[TokenOffsets]]]:
    """Several documents in one batched pass of the network (cheaper than one pass each)."""
    path = str(model_path(model))
    fast = _fast_tokenizer(path)
    if fast is not None:
        return fast.segment(texts)
    return pipeline_sentences_batch(texts, path)


def pipeline_sentences_batch(texts: list[str], model: str | os.PathLike | None = None) -> list[list[list[TokenOffsets]]]:
    """The same through `stanza.Pipeline` itself: the reference the fast path is tested against."""
    import stanza

    pipeline = _pipeline(str(model_path(model)))
    non_empty = [i for i, t in enumerate(texts) if t.strip()]
    results: list[list[list[TokenOffsets]]] = [[] for _ in texts]
    if not non_empty:
        return results
    docs = pipeline.bulk_process([stanza.Document([], text=texts[i]) for i in non_empty])
    for i, doc in zip(non_empty, docs):
        results[i] = [[(t.start_char, t.end_char) for t in s.tokens] for s in doc.sentences]
    return results
