"""Announcement-specific repairs on top of Stanza's segmentation (issue 3 fills these in)."""
from __future__ import annotations

from .segmentation import TokenOffsets


def repair(text: str, sentences: list[list[TokenOffsets]]) -> list[list[TokenOffsets]]:
    return sentences
