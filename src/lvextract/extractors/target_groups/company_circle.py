"""A group's genitive before "lokā" says in whose company something is done, not whom it is for:
"muzeju var apmeklēt individuāli vai ģimenes lokā", "svētkus svinēt draugu un ģimenes lokā" (a
manner, like "individuāli"; no family served). Words: target_groups.toml [context] `circle_words`
(whole lower-case words)."""
from __future__ import annotations

from .mentions import Found
from .reader import Reader


def in_company_circle(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a genitive right before a word of `circle_words` ("ģimenes lokā")."""
    after = reader.word_at_or_after(f.mention.token_end)
    return after is not None and reader.word(after) in reader.ctx.circle_words
