"""Latvian letters and punctuation as regex pieces, written once for the modules that agree on them.

`UPPER` and `LOWER` go inside a character class ("[{UPPER}]"): the Latin letters and the
Latvian ones with diacritics. `DASH` is a whole class: the hyphen, the en dash and the em dash
that announcements write between the ends of a range or around an aside.

Copies that still differ (the contacts' letters with "Ō", inline classes, quote sets) are listed
in issue 18 and fold in here when they agree.
"""
from __future__ import annotations

UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
LOWER = "a-zāčēģīķļņšūž"
DASH = r"[-–—]"
