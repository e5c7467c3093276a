"""One contact per person: mentions of the same name, a signature's initials and the full
name, and office contacts whose items a person already holds are folded together."""
from __future__ import annotations

from ...latvian import lemmas
from ...record import Contact
from .name_shapes import INITIALS_NAME


def _person_key(name: str) -> str:
    # Stems, so that a form the rules could not restore still meets its restored twin.
    return " ".join(lemmas.stem(w) for w in name.split())


def merge(found: list[tuple[Contact, bool]], mentioned: tuple[tuple[str, str], ...] = ()) -> list[Contact]:
    """One contact per person: a name mentioned twice (a cue and a signature) is one contact, whose
    span is the first mention a contact cue governs when there is one (deadlines look for it there).
    An office whose phones and e-mails all belong to a contact already kept adds nothing.
    `mentioned` holds the full names (and the rule that restored each) of the people the text names
    anywhere, for a contact given by initials only."""
    merged: list[Contact] = []
    by_name: dict[str, Contact] = {}
    span_from_cue: set[str] = set()
    for contact, cued in found:
        key = _person_key(contact.name) if contact.name else None
        if key and key in by_name:
            kept = by_name[key]
            if kept.name_rule == "as_written" and contact.name_rule != "as_written":
                kept.name, kept.name_rule = contact.name, contact.name_rule
            _absorb(kept, contact)
            if cued and key not in span_from_cue:
                kept.span = contact.span
                span_from_cue.add(key)
            continue
        if key:
            by_name[key] = contact
            if cued:
                span_from_cue.add(key)
        merged.append(contact)
    merged = _fold_initials(merged, mentioned)
    people_items = {x for c in merged if c.name for x in c.phones + c.emails}
    out = []
    office_by_email: dict[str, Contact] = {}
    for contact in merged:
        items = set(contact.phones + contact.emails)
        if contact.name is None and items <= people_items:
            continue
        people_items |= items
        # An office's e-mail given twice ("sūtot uz … info@…", later "rakstīt uz info@… vai zvanīt
        # …"): one office, with the items of both.
        office = next((office_by_email[e] for e in contact.emails if e in office_by_email), None) \
            if contact.name is None else None
        if office is not None:
            _absorb(office, contact)
            continue
        if contact.name is None:
            office_by_email.update((e, contact) for e in contact.emails)
        out.append(contact)
    return out


def _absorb(kept: Contact, other: Contact) -> None:
    """`other` is the same person or office as `kept`: keep its items and what `kept` lacks."""
    kept.phones += [p for p in other.phones if p not in kept.phones]
    kept.emails += [e for e in other.emails if e not in kept.emails]
    kept.urls += [u for u in other.urls if u not in kept.urls]
    kept.role = kept.role or other.role
    kept.organization = kept.organization or other.organization


def _fold_initials(contacts: list[Contact], mentioned: tuple[tuple[str, str], ...] = ()) -> list[Contact]:
    """A signature "I. Krūmiņa" is the "Ilona Krūmiņa" named in full elsewhere: one contact,
    under the full name, with the items of both. A contact by initials whose full name the text
    gives only in passing ("… koordinēs Solvita Zemņicka. … piezvanot S. Zemņickai pa tālruni …")
    takes that full name, when exactly one person named so fits."""
    full = [c for c in contacts if c.name and not INITIALS_NAME.fullmatch(c.name)]
    out = []
    for contact in contacts:
        initials = INITIALS_NAME.fullmatch(contact.name) if contact.name else None
        twin = None
        if initials:
            surname = lemmas.stem(initials.group(2))
            twin = next((c for c in full if lemmas.stem(c.name.split()[-1]) == surname
                         and c.name[0] == initials.group(1)[0]), None)
            if twin is None:
                fitting = {(name, rule) for name, rule in mentioned
                           if lemmas.stem(name.split()[-1]) == surname and name[0] == initials.group(1)[0]}
                if len(fitting) == 1:
                    contact.name, contact.name_rule = fitting.pop()
        if twin is None:
            out.append(contact)
        else:
            _absorb(twin, contact)
    return out
