"""The headline a page prints twice at its head: once inside a longer line of the site's own
(the browser title "Virsraksts : portāls.lv - par būvniecību", "Virsraksts - Biedrības vārds", a
breadcrumb flattened into one line "SākumlapaArhīvsSportsVirsraksts") and once alone beside it.
The line alone is the headline, whatever menus, widgets or counters stand above it. Not when
what the longer line adds is a date or a count ("Biedrības lapa - Trešdiena, 27. maijs": the
site's own header with today's date)."""
from __future__ import annotations

import re

_HEAD_LINES = 15
_MIN_WORDS = 3
_MAX_CHARS = 150
_MAX_PREFIX = 160
# What a browser title adds after the headline: a separator, then the site's words.
_SUFFIX = re.compile(r"[^\S\n]*[-–—:|][^\S\n]+\S.{0,80}")


def echoed_headline(lines: list[str]) -> str | None:
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    for k, line in enumerate(head):
        if len(line.split()) < _MIN_WORDS or len(line) > _MAX_CHARS:
            continue
        for other in head[max(0, k - 1):k] + head[k + 1:k + 2]:
            rest = other[len(line):] if other.startswith(line) else None
            if rest and _SUFFIX.fullmatch(rest) and not any(c.isdigit() for c in rest):
                return line
        before = head[k - 1] if k else ""
        prefix = before[:-len(line)] if before.endswith(line) and len(before) > len(line) else ""
        # A flattened breadcrumb: crumbs glued or spaced before the headline, no sentence among them.
        if prefix and len(prefix) <= _MAX_PREFIX and ". " not in prefix and not prefix.rstrip().endswith((".", ",", ";")):
            return line
    return None


_SITE_NAME_WORDS = 6


def dated_site_name(lines: list[str], n: int) -> bool:
    """Whether line n is a site's name that the next line repeats with today's date ("Ozolzīles
    klubs" / "Ozolzīles klubs - Otrdiena, 14. maijs"), or that repetition: the site's header."""
    line = lines[n].strip()
    previous = next((l.strip() for l in reversed(lines[max(0, n - 3):n]) if l.strip()), "")
    following = next((l.strip() for l in lines[n + 1:n + 4] if l.strip()), "")
    for name, dated in ((line, following), (previous, line)):
        rest = dated[len(name):] if name and dated.startswith(name) else ""
        if len(name.split()) <= _SITE_NAME_WORDS and rest and _SUFFIX.fullmatch(rest) \
                and any(c.isdigit() for c in rest):
            return True
    return False
