"""The unit of work of `stanza_inference`: one of Stanza's paragraphs of one document."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Paragraph:
    """One of Stanza's paragraphs: its units (whitespace normalised and collapsed, one per
    character) and, for each unit, the offset of its character in the document."""
    document: int
    units: str
    offsets: np.ndarray
