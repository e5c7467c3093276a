"""The forms of the relative pronouns "kas" and "kurš" (and the relative adverb "kur") that open a
relative clause, by case. Each rule that looks for a clause's opening takes the cases its clause
can open with; the forms stand here once, so no rule's list drifts from another's."""
from __future__ import annotations

from ..word_regex import alternation

# Only the forms some rule reads: a form added here reaches every rule that takes its case.
FORMS = {
    "nominative": ("kas", "kurš", "kura", "kuri", "kuras"),
    "accusative": ("ko", "kuru"),
    "dative": ("kam", "kuram", "kurai", "kuriem", "kurām"),
    "locative": ("kur", "kurā", "kuros", "kurās"),
}


def relative_forms(*cases: str, also: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> frozenset[str]:
    """The forms of these cases (all cases when none is named), with `also` and less `without`."""
    forms = {form for case in (cases or FORMS) for form in FORMS[case]} | set(also)
    return frozenset(forms - set(without))


def relative_pronoun(*cases: str, also: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> str:
    """A regex alternation of relative_forms. The callers follow it with white space, so only a
    whole form matches and the order of the branches is moot."""
    return alternation(relative_forms(*cases, also=also, without=without))
