"""A group's genitive inside a person's post said before the name is the post's line of work, no
one served: "Alūksnes bērnu un jauniešu centra jaunatnes lietu metodiķe Ilze Zvejniece" (the post
after the genitive), "vecākā speciāliste jaunatnes un ģimenes politikas jomā Inga Strazdiņa" (the post
before it, its field after). The words of a post are data ([context] post_words and organ_words, ctx.posts).

Reads at most REACH lower-case words after the group word (and BACK before it), with no mark
between, up to a given name (latvian.names) and a capitalised surname; the group word must be a
genitive and the words up to the post genitives, locatives or "un". Not "jauniešu nometni vadīs
skolotāja Anna Liepa" (a verb between: the camp serves them), nor "aicinām jauniešus. Metodiķe Ilze
Kalna …" (a mark ends the reach)."""
from __future__ import annotations

import re

from ...latvian import names
from ...latvian.orthography import LOWER
from .forms import FIELD_ENDINGS, form
from .mentions import Found
from .names_around import words_then_name
from .reader import Reader

REACH = 6  # lower-case words between the group word and the name: "un jauniešu centra jaunatnes lietu metodiķe"
BACK = 3  # lower-case words between the post and the group word: "speciāliste jaunatnes un"
AHEAD = words_then_name(r"[" + LOWER + r"]+", REACH)
BEHIND = re.compile(r"(?<![" + LOWER + r"])(?:[" + LOWER + r"]+[ \t]+){1," + str(BACK + 1) + r"}$")


def in_job_title(reader: Reader, f: Found) -> bool:
    """Whether the genitive group `f` stands in a person's post between a post word and the name."""
    if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    text, start, end = reader.doc.text, f.mention.start, f.mention.end
    ahead = AHEAD.match(text, end)
    if ahead is None or not names.is_given_name(ahead["given"]):
        return False
    posts, words = reader.ctx.posts, ahead["words"].split()
    if not all(_qualifies(word) for word in words[:-1]):
        return False
    if words[-1].startswith(posts):  # "… centra metodiķe Ilze Zvejniece"
        return True
    behind = BEHIND.search(text, max(0, start - 80), start)  # "speciāliste jaunatnes un ģimenes …"
    return _qualifies(words[-1]) and behind is not None \
        and any(word.startswith(posts) for word in behind.group(0).split())


def _qualifies(word: str) -> bool:
    """A word of a post's field (forms.FIELD_ENDINGS: "centra", "lietu", "politikas jomā") or "un"."""
    return word == "un" or word.endswith(FIELD_ENDINGS)
