"""The short "pl." for "plkst." that programmes write before an hour ("Pl.11.00 … izrāde", "23. aprīlī
pl.13.00"): temporal/times.py reads it as a clock time, and the events' hour-led lines and sentences
must take it as they take "plkst.". Only before an hour with minutes, so "pl." of anything else
("pl. 5" as a square's number) stays out."""
from __future__ import annotations

PL = r"pl\.(?=[ \t]?\d{1,2}[.:]\d{2})"
