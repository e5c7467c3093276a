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

MODEL_ENV = "LVEXTRACT_TOKENIZER_MODEL"
PACKAGED_MODEL = "lv_lvtb_tokenizer.pt"

# (start, end) character offsets of one token; a sentence is a list of them.
TokenOffsets = tuple[int, int]


def packaged_model_dir() -> Path:
    return Path(str(resources.files("lvextract") / "models"))


def model_path(override: str | os.PathLike | None = None) -> Path:
    chosen = override or os.environ.get(MODEL_ENV)
    return Path(chosen) if chosen else packaged_model_dir() / PACKAGED_MODEL


@lru_cache(maxsize=4)
def _pipeline(path: str):
    import stanza  # imported here: it pulls in torch, which `lvextract --help` does not need
    import torch; torch.set_num_threads(int(os.environ.get("LVEXTRACT_TORCH_THREADS", "1")))  # issue 3: >1 thread made a loaded 2-core box 27x slower

    if not Path(path).is_file():
        raise FileNotFoundError(f"tokenizer model not found: {path}")
    logging.getLogger("stanza").setLevel(logging.ERROR)
    # download_method=None keeps Stanza off the network; it still wants a resources.json
    # in `dir`, and the package ships an empty one beside the model.
    return stanza.Pipeline(
        lang="lv", processors="tokenize", tokenize_model_path=path,
        dir=str(packaged_model_dir()), download_method=None, logging_level="ERROR", use_gpu=False,
    )


def stanza_sentences(text: str, model: str | os.PathLike | None = None) -> list[list[TokenOffsets]]:
    """Stanza's raw segmentation of `text`: sentences of token offsets, before our repairs."""
    if not text.strip():
        return []
    doc = _pipeline(str(model_path(model)))(text)
    return [[(t.start_char, t.end_char) for t in s.tokens] for s in doc.sentences]


def stanza_sentences_batch(texts: list[str], model: str | os.PathLike | None = None) -> list[list[list[TokenOffsets]]]:
    """Several documents in one Stanza call (cheaper than one call each)."""
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
