"""Linking: which name owns each phone and e-mail (the name its e-mail spells, else the nearest
name before it in the same sentence or signature block, else one right after it); leftover
items make office drafts, and web addresses join the draft whose item stands in their block."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...latvian import names
from ...layout import blank_line_within, short_line
from .finders import Found
from .patterns import ROLE_LINE_REACH, cue_patterns, item_labels, vocabulary
from .people import NameMention
from .dash_owner import dash_owner
from .first_person import writer_signs
from .list_item import item_line_owner
from .name_context import PRONOUN_REACH, pronoun_label as _pronoun_label
from .roles import find_role
from .sentences import has_break
from .venue_bracket import venue_bracket


@lru_cache(maxsize=1)
def _office_task() -> re.Pattern:
    """Between a name and a phone, these say the phone is for a task (registration, tickets), not
    the person's: data/contacts.toml office_task_prefixes."""
    prefixes = "|".join(map(re.escape, vocabulary()["office_task_prefixes"]))
    return re.compile(rf"(?i)(?<!\w)(?:{prefixes})\w*")


@dataclass
class Draft:
    mention: NameMention | None
    items: list[Found] = field(default_factory=list)


class MentionIndex:
    """Name mentions looked up by position and by the e-mail local-part words that spell them."""

    def __init__(self, mentions: list[NameMention]):
        self.eligible = sorted((m for m in mentions if not m.spoken_about or m.cue == "contact"), key=lambda m: m.start)
        self.starts = [m.start for m in self.eligible]
        self.by_spelling: dict[str, list[NameMention]] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            keys = {names.fold(r.nominative) for w in m.words if len(w) > 2 for r in names.readings(w)}
            for key in keys:
                self.by_spelling.setdefault(key, []).append(m)
        self.spelling_starts = {key: [m.start for m in ms] for key, ms in self.by_spelling.items()}

    def owner_by_email(self, item: Found) -> NameMention | None:
        best = None
        for part in names.email_parts([item.value]):
            owners = self.by_spelling.get(part)
            if not owners:
                continue
            k = bisect.bisect_left(self.spelling_starts[part], item.start)
            for m in owners[max(0, k - 1):k + 1]:
                if best is None or abs(m.start - item.start) < abs(best.start - item.start):
                    best = m
        return best

    def last_before(self, offset: int) -> NameMention | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        while k >= 0 and self.eligible[k].end > offset:
            k -= 1
        return self.eligible[k] if k >= 0 else None

    def first_after(self, offset: int) -> NameMention | None:
        k = bisect.bisect_left(self.starts, offset)
        return self.eligible[k] if k < len(self.eligible) else None


def _signature_block(text: str, mention: NameMention, item: Found) -> bool:
    """The name opens a block of short contact lines that holds the item ("Vārds Uzvārds\\nTālrunis: …").
    A name alone on its line may stand one blank line above the block, or head a block set
    double-spaced, a blank line after each line ("Vārds Uzvārds⏎⏎Amats⏎⏎Tālr.: …", as a web
    page's paragraphs come out), but never two blank lines in a row."""
    between = text[mention.end:item.start]
    lines = between.split("\n")
    if not (1 < len(lines) <= 7 and all(len(line) < 160 for line in lines)):
        return False
    blanks = [not line.strip() for line in lines[1:-1]]
    line_start = text.rfind("\n", max(0, mention.start - 200), mention.start) + 1
    if mention.end - line_start + len(lines[0]) >= 160:
        # The name stands inside a line of prose ("… darbinieka Jāņa Meža un viņa sievas … ⏎
        # reklāma: …@…"), not on a short line that opens a block.
        return False
    alone = _heads_line(text[line_start:mention.start]) and (not lines[0].strip(" ,\t") or _role_rest(lines[0]))
    if not alone and (cue_patterns()[0].search(lines[-1]) or _headed_by_own_label(lines[-1])):
        # "Darbnīcu vadīs Anna Liepa.⏎Sākums plkst. 11.00.⏎Vairāk informācijas rakstot uz …": a name
        # inside a line of prose heads no card, and the item's own line asks to be reached in its
        # own words, or under a label of its own ("Informācija: tālr. …"): the item is that line's,
        # not the name's above.
        return False
    return not any(blanks) or (alone and not any(a and b for a, b in zip(blanks, blanks[1:])))


@lru_cache(maxsize=1)
def _credit_line() -> re.Pattern:
    """A line of the page's credits: a credit's word and its colon (contacts.toml credit_line_heads)."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in vocabulary()["credit_line_heads"])
    return re.compile(rf"(?i)[ \t]*(?:{heads})[ \t]*:")


def _credits_between(between: str) -> bool:
    """A credit line between a name and an item below it: the lines above are the page's credits
    (its author, its photographer), not a card, and the item is no author's."""
    return any(_credit_line().match(line) for line in between.split("\n")[1:-1])


# The label that opens a line, up to its colon: "Informācija: tālr. 26…, …".
_OPENING_LABEL = re.compile(r"[ \t•*-]*(?P<label>[^\W\d_][^\n:@\d]{0,40}?)[ \t]*:")


def _headed_by_own_label(line: str) -> bool:
    """A line that opens with a label of its own before its item ("Informācija: tālr. …", "Kontakti: …"),
    not an item's label ("Tālr.:", "E-pasts:")."""
    m = _OPENING_LABEL.match(line)
    return m is not None and _not_item_label(m["label"])


def _not_item_label(label: str) -> bool:
    """A line's label of its own: neither it nor any of its words is an item's label ("Tālr.", "E-pasts")."""
    label = label.strip().lower().rstrip(".")
    labels = item_labels()
    return label not in labels and not any(w.rstrip(".") in labels for w in label.split())


def _role_rest(rest: str) -> bool:
    """The name's line goes on with its role only ("Anna Liepa, koordinatore", "… – vadītāja"):
    the line heads the block below it as the bare name does."""
    m = re.fullmatch(r"[ \t]*[,–—-][ \t]*([^\W\d_][^\n.!?:;(),]*?)[ \t.]*", rest)
    return bool(m) and len(m.group(1)) <= ROLE_LINE_REACH and find_role(m.group(1), None, prefer_last=True) is not None


def _heads_line(before: str) -> bool:
    """Whether the name stands alone on its line, or after nothing but its role: a signature
    line "Sociālā dienesta vadītāja Dace Liepa" heads the block below it as the bare name does.
    A sentence before the name ("… teica Dace Liepa.") has punctuation or no role."""
    before = before.strip().removesuffix(":").strip()  # "Projekta vadītāja: Dace Liepa" as well
    return not before or (len(before) <= ROLE_LINE_REACH and not re.search(r"[.!?:;,()]", before)
                          and find_role(before, None, prefer_last=True) is not None)


@lru_cache(maxsize=1)
def _office_line() -> re.Pattern:
    """A line that opens with an office's label before its item (contacts.toml office_line_heads)."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in vocabulary()["office_line_heads"])
    return re.compile(rf"(?i)[ \t•*-]*(?:{heads})(?!\w)[^\n]{{0,40}}$")


def _office_line_item(text: str, item: Found) -> bool:
    line_start = text.rfind("\n", 0, item.start) + 1
    return _office_line().match(text, line_start, item.start) is not None


def _owner_nearby(text: str, item: Found, index: MentionIndex) -> NameMention | None:
    first = index.first_after(item.end)
    if first is not None and (first.after_item == item.end or dash_owner(text, item, first)):
        return first  # "26 333 444 (Dace)", "29 … (LMT) - vadītāja Dace Liepa": the name right after
    last = index.last_before(item.start)
    if last is not None and item.start - last.end <= PRONOUN_REACH and _pronoun_label().search(
            text, max(0, item.start - 60), item.start):
        return last  # "… koordinē Anna Liepa. Viņas tālrunis 26…": the pronoun points back to her
    if last is not None:
        between = text[last.end:item.start]
        if "\n" in between and _office_line_item(text, item):
            return None  # "…⏎Kancelejas tālrunis 64…": the office's own line in the block
        if venue_bracket(between):
            return None  # "…, kuras gaidīs centrā “Ozoli” (tālr. …)": the venue's bracket
        if "\n" in between and _credits_between(between):
            return None  # "Raksta autore: Ilze Kalna⏎Foto: pašvaldība⏎Tālrunis uzziņām …": no card
        if len(between) <= 260 and (not has_break(between) or _signature_block(text, last, item)
                                    or item_line_owner(text, item, last)) \
                and (last.cue == "contact" or not _office_task().search(between)):
            return last
    first = index.first_after(item.end)
    if first is not None:
        between = text[item.end:first.start]
        # "rakstot uz info@… vai zvanot Mārim Ozolam": a contact cue between opens another way to ask.
        if len(between) <= 60 and not has_break(between) and "\n" not in between \
                and not cue_patterns()[0].search(between):
            return first
        if _listing_line_owner(text, item, first, last):
            return first
        if writer_signs(text, item, first):
            return first  # "sazinieties ar mani: mob. …⏎⏎Anna Liepa": the writer signs below
    return None




def _listing_line_owner(text: str, item: Found, first: NameMention, last: NameMention | None) -> bool:
    """A short line of a listing that gives the number first and its person after it
    ("Vecpils pagastā – 63400000. Sociālā darbiniece Anna Liepa."): the only name on the line owns it."""
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > 200 or first.end > line_end or (last is not None and last.end > line_start):
        return False
    rest = text[first.end:line_end]
    return not re.search(r"\d{2}\s?\d{3}\s?\d{3}|@", text[item.end:first.start]) and len(rest.strip(" .,;")) == 0


def _same_block(text: str, a: Found, b: Found) -> bool:
    """Whether b follows a closely, with no blank line between."""
    if b.start < a.end:
        return False
    return b.start - a.end <= 200 and not blank_line_within(text, a.end, b.start)


def _bare_line_below(text: str, a: Found, b: Found) -> bool:
    """"tālrunis uzziņām – 29…⏎⏎info@…⏎⏎www.…": an item alone on its line right below a line that
    ends on another item, only blank lines between, is the same card set one line a paragraph
    (a label or any word on either side keeps them apart). The line above must be a paragraph of
    its own too: under a single-spaced block ("Tālr. …⏎E-pasts: …⏎⏎LSM.lv") the bare line after
    the blank is the page's furniture, a site's name or a print footer's address."""
    if b.start < a.end:
        return False
    line_start = text.rfind("\n", 0, a.start) + 1
    if line_start and not text[max(0, line_start - _BARE_ABOVE_REACH):line_start].rstrip(" \t\u00a0").endswith("\n\n"):
        return False
    between = text[a.end:b.start]
    if between.strip(" \t\u00a0\n,;.") or between.count("\n") > _BARE_GAP_LINES:
        return False
    line = short_line(text, b.start, b.end, b.end - b.start + _BARE_LINE_SLACK)
    return line is not None and line.rstrip(".,;") == text[b.start:b.end]


# At most two blank lines between the two items; a little room for a stop after the bare item.
_BARE_GAP_LINES = 3
_BARE_LINE_SLACK = 4
_BARE_ABOVE_REACH = 8


# A line's own label before its first item: "Tūrisma speciālists: turisms@…, tālr. …".
_LINE_LABEL = re.compile(r"[ \t•*-]*(?P<label>[^\W\d_][^\n:@]{0,40}?)[ \t]*[:–—-][ \t]*(?:[^\W\d_.]+\.?[ \t]*:?[ \t]*)?$")


def _another_office(text: str, office: Draft, item: Found) -> bool:
    """A new line that opens with a label of its own, not an item's ("Tūrisma speciālists:", not
    "Mob.:"), and gives an item of a kind the office above already has: the next office of a
    list ("Muzejs – e-pasts: …, tālr. …⏎Tūrisma speciālists: …, tālr. …"). A bounded read."""
    line_start = text.rfind("\n", 0, item.start) + 1
    if line_start <= office.items[-1].end or all(i.kind != item.kind for i in office.items):
        return False
    m = _LINE_LABEL.match(text, line_start, item.start)
    return m is not None and _not_item_label(m["label"])


# How far apart a phone and a person's e-mail on one line may stand to belong together.
LINE_PAIR_REACH = 80


def _join_line_owners(text: str, drafts: dict[int, Draft], offices: list[Draft]) -> list[Draft]:
    """"Elīna Kazanova⏎⏎(tālruņa numurs +371 29531106, elina.kazanova@…)": a phone that found no
    owner joins the person whose item stands next to it on the same line. Returns the offices
    left. Each item bisects the sorted items of named contacts: O(k log m)."""
    owned = sorted((item.start, item.end, draft) for draft in drafts.values() for item in draft.items)
    if not owned:
        return offices
    starts = [o[0] for o in owned]
    left = []
    for office in offices:
        owner = None
        if all(i.kind == "phone" for i in office.items):
            first, last = office.items[0], office.items[-1]
            k = bisect.bisect_left(starts, first.start)
            for j in (k - 1, k):
                if 0 <= j < len(owned):
                    lo, hi = (owned[j][1], first.start) if owned[j][0] < first.start else (last.end, owned[j][0])
                    if 0 <= hi - lo <= LINE_PAIR_REACH and "\n" not in text[lo:hi]:
                        owner = owned[j][2]
                        break
        if owner is None:
            left.append(office)
        else:
            owner.items.extend(office.items)
    return left


def link(text: str, mentions: list[NameMention], items: list[Found]) -> list[Draft]:
    drafts: dict[int, Draft] = {}
    offices: list[Draft] = []
    index = MentionIndex(mentions)
    for item in sorted(items, key=lambda f: f.start):
        if item.kind == "url":
            continue
        owner = (index.owner_by_email(item) if item.kind == "email" else None) or _owner_nearby(text, item, index)
        if owner is not None:
            drafts.setdefault(owner.start, Draft(owner)).items.append(item)
        elif offices and (_same_block(text, offices[-1].items[-1], item) or _bare_line_below(
                text, offices[-1].items[-1], item)) and not _another_office(text, offices[-1], item):
            offices[-1].items.append(item)
        else:
            offices.append(Draft(None, [item]))
    offices = _join_line_owners(text, drafts, offices)
    for mention in mentions:
        if mention.cue == "contact" and mention.start not in drafts:
            drafts[mention.start] = Draft(mention)
    # Web addresses join a contact whose phone or e-mail stands in the same block.
    all_drafts = list(drafts.values()) + offices
    owner_of = {id(x): d for d in all_drafts for x in d.items}
    ordered = sorted((i for i in items if i.kind != "url"), key=lambda f: f.start)
    starts = [i.start for i in ordered]
    for url in (i for i in items if i.kind == "url"):
        k = bisect.bisect_left(starts, url.start)
        neighbours = ([ordered[k - 1]] if k > 0 and (_same_block(text, ordered[k - 1], url)
                                                     or _bare_line_below(text, ordered[k - 1], url)) else []) + \
                     ([ordered[k]] if k < len(ordered) and _same_block(text, url, ordered[k]) else [])
        if neighbours:
            owner_of[id(neighbours[0])].items.append(url)
    return sorted(all_drafts, key=lambda d: d.mention.start if d.mention else d.items[0].start)
