"""A group at social risk named in the quoted title of the text's project or of the programme part
that pays for it: "projekts „Sociālās atstumtības riskam pakļauto ģimeņu iekļaušana sabiedrībā”",
"specifiskā atbalsta mērķa “Uzlabot pieejamību …, jo īpaši nabadzības un sociālās atstumtības
riskam pakļautajiem iedzīvotājiem”", "projektu Nr.LLI-550 “Neaizsargāto grupu sociālā iekļaušana”".
Such a title says whom the work is for (no title names a social risk group as its topic alone),
and blind readers list the group on every dev page with this shape (5 pages, 4 sites), whereas a
title's other groups stay the title's (`clauses.in_project_title`, `in_programme_name`). Not an
organisation's quoted name ("biedrība „Atbalsts riska ģimenēm”": one association), nor a menu line.
Read after the rules, only when no other mention made the group count."""
from __future__ import annotations

from .mentions import Found
from .reader import Reader

GROUP = "social_risk"


def risk_in_title(reader: Reader, found: list[Found]) -> Found | None:
    """The first social-risk mention inside a project's or a programme part's quoted title."""
    for f in found:
        if f.id != GROUP or reader.in_menu(f.mention.start):
            continue
        start = f.mention.token_start
        if reader.in_organisation_name(start):
            continue
        if reader.in_project_title(start) or reader.in_programme_name(start):
            return f
    return None
