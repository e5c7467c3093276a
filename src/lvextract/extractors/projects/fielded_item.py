"""A list item that is an unquoted title followed by the project's fields: "• Zaļā pilsēta (LLI-123,
GREEN) Ilgums: 01.2020. – 12.2021. Kopējais budžets: 50 000 EUR", "• Atver durvis. Ilgums: …" — the
form a planning region lists the projects it carried out in. The title runs from the item's capital
letter to a full stop, the brackets of its code and short name, or a year range, before the first field
label (data/projects.toml [lists] field_labels); the label says the item is a project's card, so no
heading of granting is needed. Only asked of a list item under a projects heading (listed_names.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ...word_regex import alternation
from ..vocabulary import load


@lru_cache(maxsize=1)
def _fielded() -> re.Pattern:
    labels = alternation(load("projects")["lists"]["field_labels"])
    return re.compile(rf"[ \t]*(?P<name>[{UPPER}][^\n()]{{2,200}}?)[ \t]*[.;,]?[ \t]*(?:\([^()\n]*\)[ \t]*)*"
                      r"(?:\d{4}\.?[ \t]*[-–][ \t]*\d{4}\.?[ \t]*)?(?:" + labels + r")[ \t]*:")


def fielded_title(body: str, at: int) -> re.Match | None:
    """The item's title (group "name") when a field label follows it on the item's line, else None."""
    return _fielded().match(body, at)
