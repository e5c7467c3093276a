"""A listing that gives the number first and then, after a dash, the person's role and name:
"tālr. 67000001 - nodaļas vadītāja Anna Liepa; 29000002 (LMT) - projekta vadītāja Ieva Kalna".
The name after the dash owns the number before it, not the name that closed the previous entry."""
from __future__ import annotations

import re

from .finders import Found
from .name_context import DASH_THEN_ROLE
from .people import NameMention
from .roles import find_role

# The number's aside ("(LMT)"), the dash, then the role's words up to the name (name_context's shape).
_DASH_THEN_ROLE = re.compile(DASH_THEN_ROLE)


def dash_owner(text: str, item: Found, first: NameMention | None) -> bool:
    """Whether the name right after the item, past a dash and its role, owns the item. A bounded
    read of the text between the two."""
    if first is None or first.start < item.end or first.start - item.end > 100:
        return False
    m = _DASH_THEN_ROLE.fullmatch(text, item.end, first.start)
    return m is not None and (m["role"] is None or find_role(m["role"], None, prefer_last=True) is not None)
