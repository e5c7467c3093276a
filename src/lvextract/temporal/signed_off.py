"""A date alone under the author's sign-off that closes the article: "… Paldies!" / "Anna Liepa" /
"Ozolu novada avīzes redaktore" / "2018. gada 12. decembrī". An attachment printed after it (the
contest's rules, a programme) pushes it out of the page's last lines, where the foot looks for a
closing dateline; the signature above it still says the article ends there, so it dates the page
as a foot's date does."""
from __future__ import annotations

import re

from ..latvian.orthography import LOWER, UPPER
from .bylines import signature_line
from .page_furniture import WORD, Line

# The name alone on its line: a given name the name data knows and a surname ("Anna Liepa").
_NAME_ALONE = re.compile(rf"[^\S\n]*([{UPPER}][{LOWER}]+)[^\S\n]+[{UPPER}][{LOWER}-]+[^\S\n]*,?[^\S\n]*")
# The role under it is short, words and quotes only: no sentence ends, no number ("… redaktore").
_ROLE_LINE = re.compile(r"[^\S\n]*(?:[^\W\d_]|[\"„“«])[^\d\n.!?:;]{0,78}[^\S\n]*")
_ROLE_WORDS_MAX = 8
# The date alone on its line, maybe with a full stop.
_DATE_ALONE_TAIL = re.compile(r"[^\S\n]*\.?[^\S\n]*")


def _name_alone(text: str, line: Line) -> bool:
    from ..latvian.names import is_given_name

    m = _NAME_ALONE.fullmatch(text, line.start, line.end)
    return m is not None and is_given_name(m.group(1))


def signed_off_date(text: str, lines: list[Line], i: int, date_start: int, date_end: int) -> bool:
    """Whether line i holds only the date and the lines right above it are the author's signature:
    "Name, role" on one line, or the name alone over a short role line. O(1 line)."""
    line = lines[i]
    if i < 2 or text[line.start:date_start].strip() or not _DATE_ALONE_TAIL.fullmatch(text, date_end, line.end):
        return False
    above = lines[i - 1]
    if above.end - above.start > 120:
        return False
    if signature_line(text, above.start, above.end) or _name_alone(text, above):
        return True
    name = lines[i - 2]
    return name.index == above.index - 1 and _name_alone(text, name) \
        and _ROLE_LINE.fullmatch(text, above.start, above.end) is not None \
        and len(WORD.findall(text, above.start, above.end)) <= _ROLE_WORDS_MAX
