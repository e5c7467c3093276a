"""Labels a portal keeps on the headline's line that are no part of the headline (data: titles.toml
`update_labels`, `comment_count_words`, `credit_labels`): an update's label before it ("Papildināts:
Svētki Ozolniekos", "PAPILDINĀTS (ar video) – …") or in brackets after it ("… (papildināts)"); the
comments' count after it ("… (3 komentāri)", "… | 3 komentāri", "… Komentāri (3)"; a bare count only
after a separator " | ", " – ", " / "); a credit with its colon after it ("… Foto: Anna Liepa", "… / Foto: …", "… (foto: novada dome)"). A label is cut only
where the headline keeps MIN_WORDS words; a photo note without a credit ("… (FOTO)") stays."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load

MIN_WORDS = 3  # the headline left after a label is cut
CREDITED = r'[^\n:()“”"„«»]'  # who a credit names: no quote (a quoted name "“Foto: mirkļi”" is the headline's)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    c = load("titles")
    update = alternation(c["update_labels"])
    comments = alternation(c["comment_count_words"])
    credit = alternation(c["credit_labels"])
    note = r"(?:[^\S\n]*\([^()\n]{1,30}\))?"  # "(ar video)"
    leading = re.compile(rf"^(?:{update})(?![^\W\d_]){note}[^\S\n]*(?:[:.|]|[–—-](?=[^\S\n]))[^\S\n]*", re.IGNORECASE)
    trailing_update = re.compile(rf"[^\S\n]*[(\[](?:{update})[)\]]$", re.IGNORECASE)
    # A bare count ("… | 3 komentāri") is a label only after a separator: without one it is the
    # headline's own words ("Par plānojumu saņemti 25 komentāri").
    separator = r"(?:[|/]|(?<=\s)[–—-])[^\S\n]*"
    count = re.compile(rf"[^\S\n]*(?:[(\[]\d{{1,4}}[^\S\n]+(?:{comments})[)\]]|{separator}\d{{1,4}}[^\S\n]+(?:{comments})"
                       rf"|(?:{comments})[^\S\n]*(?:\(\d{{1,4}}\)|:[^\S\n]*\d{{1,4}}))$", re.IGNORECASE)
    credit_tail = re.compile(rf"(?:[^\S\n]*[/|.–—-])?[^\S\n]+(?:(?<![^\W\d_])(?:{credit})[^\S\n]*:[^\S\n]*{CREDITED}{{2,60}}"
                             rf"|\((?:{credit})[^\S\n]*:[^\S\n]*{CREDITED}{{2,60}}\))$", re.IGNORECASE)
    return leading, trailing_update, count, credit_tail


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text))


def without_page_labels(title: str) -> str:
    """The headline without an update's label, a comment count or a credit kept on its line."""
    leading, trailing_update, count, credit_tail = _patterns()
    for cut in (lambda t: t[m.end():] if (m := leading.match(t)) else t,
                lambda t: t[:m.start()] if (m := trailing_update.search(t)) else t,
                lambda t: t[:m.start()] if (m := count.search(t)) else t,
                lambda t: t[:m.start()] if (m := credit_tail.search(t)) else t):
        shorter = cut(title).strip()
        if shorter != title.strip() and _words(shorter) >= MIN_WORDS:
            title = shorter
    return title
