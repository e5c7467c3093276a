"""A heading set in capitals and wrapped over several lines, a rules' or a call's name with its
quoted title and its genre word on lines of their own ("JAUNIEŠU PROJEKTU KONKURSA" / "„IDEJAS
2023”" / "NOLIKUMS"): the title is the whole heading joined, not its first line."""
from __future__ import annotations


_MAX_LINES = 4  # a heading wraps over a few lines; more capital lines make a list or a menu
_MAX_CHARS = 200


def _capital(line: str) -> bool:
    """All the letters capitals, and letters enough to be words: "„IDEJAS 2023”", "NOLIKUMS"."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def capital_heading(lines: list[str], found: str) -> str | None:
    """The heading joined when the line found is in capitals and the lines right below it, with no
    blank line between, are capitals too; None when it stands alone. A line closed by a full
    stop, a colon or a comma ends nothing but a sentence: no heading goes on past it."""
    if not _capital(found) or found.endswith((".", ":", ";", ",")):
        return None
    at = next((n for n, line in enumerate(lines) if line.strip().strip("*#").strip() == found), None)
    if at is None or at > 0 and _capital(lines[at - 1].strip()):
        return None  # capital lines above it too: a menu or a list, the line found one of its items
    parts = [found]
    for line in lines[at + 1:at + _MAX_LINES]:
        line = line.strip().strip("*#").strip()
        if not line or not _capital(line) or line.endswith((":", ";", ",")):
            break
        parts.append(line)
        if line.endswith((".", "!", "?")):
            break
    else:
        if at + _MAX_LINES < len(lines) and _capital(lines[at + _MAX_LINES].strip()):
            return None  # five capital lines and more: a list, not one heading
    joined = " ".join(parts)
    return joined if len(parts) > 1 and len(joined) <= _MAX_CHARS else None
