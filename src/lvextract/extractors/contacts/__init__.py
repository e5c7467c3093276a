"""contacts: people or offices given with a phone, e-mail or web address, or named as the one to contact.

Phones: 8-digit Latvian numbers starting 2 (mobile) or 6 (fixed), with or without +371, are
phones wherever they stand. Toll-free 80… and premium 90… lines are not phones under RECORD.md
("Latvian numbers are 8 digits starting 2 or 6"), not even after a phone cue.
Foreign numbers count when written with + or 00 and valid for their country.

Steps: find e-mails (also obfuscated "[at]"), web addresses and phones (only in text that no
date, amount, year range, IBAN or contract number has taken), find person names (a known given
name, or a capitalised pair after a contact cue or spelled by an e-mail), then link each phone
and e-mail to its person: the e-mail's owner, else the nearest name before it in the same
sentence or signature block. A name after a contact cue is a contact even without a phone; a
name merely mentioned is not. Leftover phones and e-mails make an office contact (no name).

Modules, bottom to top: patterns (vocabulary, letter classes, cues) → sentences (sentence
breaks) → finders (e-mails, URLs) → phones (phones, what is not a phone) → roles (roles, organisations)
→ name_context (what the text around a name says of it) → name_words (what a name's words may be),
name_shapes (initials, capitals, a given name alone), dashed_surname ("Kalniņa – Bērziņa") → people
(names) → first_person (the writer who asks "sazinieties ar mani" and signs below) → linking (items to names) → merging (one contact per person) → here (the
extract loop: each draft described as a Contact).
"""
from __future__ import annotations

import re

from ...latvian import names
from ...document import Document
from ...record import Contact, Record
from .finders import Found, find_emails, find_urls
from .phones import blocked_ranges, find_old_phones, find_phones
from .linking import Draft, link
from .merging import merge
from .name_shapes import INITIALS_NAME
from .people import NameMention, find_names
from .roles import find_organization, find_role, find_role_and_gender, generic_title, masculine_genitive_role_before
from .sentences import last_break_end
from .governed import closes_without_genitive, gender_after_pie


# "vai pie" between blanks: "or to" another place to turn to.
_OR_TO = re.compile(r"(?<=\s)vai\s+pie(?=\s)")


def _window(text: str, mention: NameMention, items: list[Found]) -> tuple[str, str]:
    """The text before the name (same sentence) and after it (up to its last item, same line block)."""
    start = max(0, mention.start - 120)
    before = text[start:mention.start]
    before = before[last_break_end(before):]
    if "\n" in before.rstrip("\n"):
        before = before.rstrip("\n").rsplit("\n", 1)[-1]
    limit = max([i.start for i in items if i.start > mention.end] or [mention.end + 160])
    after = text[mention.end:min(limit, mention.end + 220)]
    return before, after


def _contact(doc: Document, draft: Draft) -> Contact:
    phones = list(dict.fromkeys(i.value for i in draft.items if i.kind == "phone"))
    emails = list(dict.fromkeys(i.value for i in draft.items if i.kind == "email"))
    urls = list(dict.fromkeys(i.value for i in draft.items if i.kind == "url"))
    text = doc.text
    if draft.mention is None:
        first = min(draft.items, key=lambda i: i.start)
        line_start = text.rfind("\n", max(0, first.start - 160), first.start) + 1
        window = text[max(line_start, first.start - 160):first.start]
        organization = find_organization(window[last_break_end(window):], emails)
        return Contact(phones=phones, emails=emails, urls=urls, organization=organization,
                       span=doc.span(first.start, first.end))
    mention = draft.mention
    before, after = _window(text, mention, draft.items)
    role_before = find_role_and_gender(before, None, prefer_last=True) or find_role_and_gender(after, None, False)
    hint = role_before[1] if role_before else None
    if hint == "m" and generic_title(role_before[0], mention.words):
        hint = "f"
    # "projekta koordinatora Jaroslava Kalna": a name in apposition to a role in the masculine
    # genitive is a man's genitive, though it closes its clause.
    genitive_role = masculine_genitive_role_before(before)
    hint = hint or ("m" if genitive_role else None) or gender_after_pie(before, mention.words)
    restored = names.nominative(mention.words, emails, gender_hint=hint,
                                not_genitive=not genitive_role and closes_without_genitive(before, after))
    role = find_role(before, restored.gender, prefer_last=True) or find_role(after, restored.gender, prefer_last=False)
    # "jāvēršas … Sociālajā dienestā vai pie dienas centra vadītājas …": a body before "vai pie" is the
    # other place to turn to, not the person's own.
    # (any blanks between the words: "vai  pie", a no-break space)
    own = ([0] + [m.end() + 1 for m in _OR_TO.finditer(before)])[-1]
    organization = find_organization(before[own:], []) or find_organization(after, emails)
    return Contact(name=restored.name, role=role, organization=organization, phones=phones, emails=emails,
                   urls=urls, span=doc.span(mention.start, mention.end), name_rule=restored.rule)


def _vouched_name(mention: NameMention) -> bool:
    """A cue alone (no phone, no e-mail) makes a contact only of a name that looks like one by
    itself: a known given name first, or initials. An unlisted capitalised pair after "zvanot" is
    as often a body ("Sarkanajam Krustam")."""
    first = mention.words[0]
    return names.is_initial(first) or names.is_given_name(first)


def contacts_in(doc: Document, record: Record) -> list[Contact]:
    text = doc.text
    emails = find_emails(text)
    urls = find_urls(text, emails)
    taken = [(f.start, f.end) for f in emails + urls]
    phones = find_phones(text, blocked_ranges(doc, record) + taken)
    old_phones = find_old_phones(text, phones + emails + urls)
    mentions = find_names(text, emails, phones + old_phones)
    drafts = link(text, mentions, phones + emails + urls + old_phones)
    contacts = []
    for draft in drafts:
        if draft.mention is None and not any(i.kind in ("phone", "email") for i in draft.items):
            continue
        # A person beside a 1990s seven-digit number is given with a phone, though it is no phone of the record.
        # So is one whose address the page hid in its bracket ("Druvis Kalējs (e-pasts: [email protected])").
        has_item = any(i.kind in ("phone", "email", "old_phone") for i in draft.items) or (
            draft.mention is not None and draft.mention.hidden_address)
        if draft.mention is not None and not has_item and draft.mention.cue != "contact":
            continue
        if draft.mention is not None and not has_item and not _vouched_name(draft.mention):
            continue  # "zvanot uz Neatliekamās Medicīniskās palīdzības dienestu": a body, not a person
        contacts.append((_contact(doc, draft), draft.mention is not None and draft.mention.cue == "contact"))
    # The full names the text gives anywhere, for a contact it names by initials only (restored
    # only when there is one).
    mentioned: tuple[tuple[str, str], ...] = ()
    if any(c.name and INITIALS_NAME.fullmatch(c.name) for c, _cued in contacts):
        mentioned = tuple((restored.name, restored.rule) for restored in (
            names.nominative(m.words) for m in mentions if len(m.words) > 1 and not names.is_initial(m.words[0])))
    return merge(contacts, mentioned)


def extract(doc: Document, record: Record) -> None:
    record.contacts = contacts_in(doc, record)
