"""Stanza tokenizer labels → token offsets: the last steps of `stanza_inference.Tokenizer.segment`.

Labels per unit are 0 inside a token, 1 token end, 2 sentence end (3/4 the same for
multi-word tokens); what Stanza's `predict` and its `Document` would make of them is rebuilt
here as character offsets, for all paragraphs at once.
"""
from __future__ import annotations

import numpy as np

from .email_url_mask import LINEAR_MASK_RE
from .stanza_paragraph import Paragraph
from .token_offsets import TokenOffsets


def finish(paragraph: Paragraph, labels: np.ndarray) -> np.ndarray:
    n = len(paragraph.units)
    labels = labels[:n].copy()
    # The paragraph's last unit always ends a sentence.
    labels[n - 1] = 2 if labels[n - 1] <= 2 else 4
    # E-mails and URLs stay whole (Stanza's update_pred_regex).
    for match in LINEAR_MASK_RE.finditer(paragraph.units):
        begin, end = match.span()
        labels[begin:end - 1] = 0
        if labels[end - 1] == 0:
            labels[end - 1] = 1
    return labels


def sentences(paragraphs: list[Paragraph], labels: list[np.ndarray], documents: int) -> list[list[list[TokenOffsets]]]:
    """Decode the labels of all paragraphs at once. Every paragraph's last unit ends a token
    (`finish`), so no token crosses a paragraph, and the paragraphs can be decoded as one
    sequence: O(units) in NumPy, then one tuple per token."""
    results: list[list[list[TokenOffsets]]] = [[] for _ in range(documents)]
    if not paragraphs:
        return results
    all_labels = np.concatenate(labels)
    offsets = np.concatenate([p.offsets for p in paragraphs])
    codes = np.frombuffer("".join(p.units for p in paragraphs).encode("utf-32-le"), dtype=np.uint32)
    ends = np.flatnonzero(all_labels >= 1)
    starts = np.concatenate(([0], ends[:-1] + 1))
    # A token's units start with at most one space (runs were collapsed); Stanza strips it,
    # and a token that was only that space is dropped — and does not end a sentence.
    starts = starts + (codes[starts] == 32)
    kept = starts <= ends
    starts, ends = starts[kept], ends[kept]
    if len(ends) == 0:  # only whitespace, in Stanza's sense
        return results
    tokens = list(zip(offsets[starts].tolist(), (offsets[ends] + 1).tolist()))
    end_label = all_labels[ends]
    first_unit = np.cumsum([0] + [len(p.units) for p in paragraphs[:-1]])
    paragraph_of = np.searchsorted(first_unit, ends, side="right") - 1
    # A sentence also ends with its paragraph: its last unit may have become a space
    # (Stanza's whitespace is wider than Python's) and its token been dropped.
    last_in_paragraph = np.append(paragraph_of[1:] != paragraph_of[:-1], True)
    closing = np.flatnonzero((end_label == 2) | (end_label == 4) | last_in_paragraph)
    document_of = np.array([p.document for p in paragraphs])[paragraph_of[closing]].tolist()
    previous = 0
    for bound, document in zip((closing + 1).tolist(), document_of):
        results[document].append(tokens[previous:bound])
        previous = bound
    return results
