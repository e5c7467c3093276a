"""The currency of segmentation: a token as its character offsets in the text.

Its own module so that segmentation.py, which picks the segmenter, and the modules that
implement one can share it without importing each other."""

# (start, end) character offsets of one token; a sentence is a list of them.
TokenOffsets = tuple[int, int]
