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
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from .. import datafiles
from .. import lemmas, names
from ..document import Document
from ..record import Contact, Record
from ..spans import Intervals

UPPER = "A-ZĀČĒĢĪĶĻŅŌŠŪŽ"
LOWER = "a-zāčēģīķļņōšūž"
NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# Initials and a surname: "J. Bērziņš", "A.Ozola".
INITIALS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}.])((?:[{UPPER}]\.[ \u00a0]?){{1,2}})({NAME_WORD})(?![\w{LOWER}{UPPER}])")
# Two to four capitalised words: given name(s) and surname, on one line or wrapped over one line
# break ("vecāko referenti Ilonu⏎Krūmiņu" in a hard-wrapped letter).
NAME_RUN = re.compile(rf"(?<![\w{LOWER}{UPPER}-]){NAME_WORD}(?:(?:[ \u00a0]+|[ \t]*\n[ \t]*){NAME_WORD}){{1,3}}")

# An obfuscated dot, also inside the local part: "vards[punkts]uzvards[uz]novads[punkts]lv".
OBFUSCATED_DOT = r"\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]"
EMAIL = re.compile(
    # Not right after "]" or ")": inside "a[punkts]b[punkts]…" every letter would start a scan
    # to the end of the run (quadratic).
    rf"(?<![\w.+\])-])([a-z0-9](?:[a-z0-9._%+-]|{OBFUSCATED_DOT})*?)"
    r"\s?(?:@|\[at\]|\(at\)|\{at\}|\[\s?at\s?\]|\(\s?at\s?\)|\[et\]|\(et\)|&#64;|[\[(]pie[\])]|[\[(]uz[\])]|(?-i:\sPIE\s))\s?"
    r"((?:[a-z0-9-]+(?:\.|\s?(?:\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]|(?-i:\sPUNKTS\s))\s?))+[a-z]{2,24})(?![\w-])",
    re.IGNORECASE,
)
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'„“”«»]+", re.IGNORECASE)
BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9][a-z0-9-]*\.)+(?:lv|eu|com|org|net|lt|ee|info|int)(?:/[^\s<>()\[\]\"'„“”«»]*)?(?![\w@-])",
    re.IGNORECASE,
)
URL_TRAILING = ".,;:!?"

# A phone: optional +371 and 8 digits with single spaces or hyphens, or any + international number.
LV_PHONE = re.compile(
    r"(?<![\w,/+-])(?<!\d\.)(?:(?:\(\+?371\)|\+\s?371|00371)[ \u00a0-]?)?(?:\d[ \u00a0-]?){7}\d(?![\w])(?![.,]\d)"
)
INTL_PHONE = re.compile(r"(?<![\w+])(?:\+|00)(?:[ \u00a0\-()]{0,2}\d){7,14}(?![\w])(?![.,]\d)")

# Numbers that look like phones but are dates, year ranges, IBANs: masked before phones are sought.
# Each starts with its first character and then looks back past it for the word boundary
# (`\d(?<!\w\d)` is `\b\d`): a pattern that starts with a digit or a letter lets the regex engine
# skip ahead to the next one, while one that starts with `\b` is tried at every position.
NOT_PHONE_PATTERNS = (
    re.compile(r"\d(?<!\w\d)\d?\.\s?\d{1,2}\.\s?\d{4}\b"),                   # 26.04.2014
    re.compile(r"\d(?<!\w\d)\d{3}-\d{2}-\d{2}\b"),                             # 2014-04-26
    re.compile(r"\d(?<!\w\d)\d?[-/]\d{1,2}[-/]\d{4}\b"),                      # 26-04-2014, 26/04/2014
    re.compile(r"(?:19|20)(?<!\w\d\d)\d{2}\.?\s?(?:gad[a-zāū]*\s?)?[-–—]\s?(?:19|20)\d{2}\b"),  # 2014 – 2020
    re.compile(r"LV(?<!\wLV)\s?\d{2}\s?[A-Z]{4}(?:\s?[0-9A-Z]{1,4}){3,5}\b"),   # IBAN
    re.compile(r"\d(?<!\w\d)\d{5}-\d{5}\b"),                                   # personal code
)
SENTENCE_BREAK = re.compile(rf"([.!?])\s+(?=[{UPPER}\"„“])|\n[ \t]*\n")
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = {"tel", "t", "tālr", "mob", "nr", "g", "plkst", "u.c", "e", "utt", "piem", "reģ", "st", "kab",
                 "v", "s", "p", "pr", "prof", "dr", "mg", "ms", "sk", "lpp", "iel", "ie", "lv"}
# Between a name and a phone, these say the phone is for a task (registration, tickets), not the person's.
OFFICE_TASK = re.compile(r"(?i)(?<!\w)(?:pieteik|pieteic|reģistr|biļet)\w*")
WORD = re.compile(rf"[\w{LOWER}{UPPER}]+", re.IGNORECASE)


@dataclass
class Found:
    kind: str  # "phone", "email", "url"
    value: str
    start: int
    end: int


@dataclass
class NameMention:
    start: int
    end: int
    words: list[str]
    cue: str | None = None  # "contact" or "author" when a cue precedes the name
    spoken_about: bool = False  # a minister, moderator …: not the owner of a nearby phone
    after_item: int | None = None  # "29 111 222 (Andris)": the end of the item the name follows


@dataclass
class Draft:
    mention: NameMention | None
    items: list[Found] = field(default_factory=list)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.vocabulary("contacts")


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern, re.Pattern]:
    def alternation(phrases: list[str]) -> re.Pattern:
        ordered = sorted(set(phrases), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")(?!\w)",
                          re.IGNORECASE)
    v = vocabulary()
    return alternation(v["contact_cues"]), alternation(v["author_cues"])


# ---------------------------------------------------------------- e-mails, URLs

def find_emails(text: str) -> list[Found]:
    found = []
    for m in EMAIL.finditer(text):
        joint = text[m.end(1):m.start(2)]
        if joint.strip() == "@" and joint[:1].isspace() != joint[-1:].isspace():
            continue  # "sekojiet mums @lapa.lv": a handle after a word, not "vards @ domens.lv"
        lo = max(0, m.start() - 200)
        token_start = max(lo, text.rfind(" ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1)
        if "://" in text[token_start:m.start()]:
            continue  # "https://lietotajs@vietne.lv/…": part of a web address, not an e-mail
        local = re.sub(OBFUSCATED_DOT, ".", m.group(1), flags=re.IGNORECASE).strip(".")
        domain = re.sub(r"\s?(?:\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]|\sPUNKTS\s)\s?|\s?\.\s?", ".", m.group(2),
                        flags=re.IGNORECASE)
        word = _glued_word(domain)
        if word:  # "birojs@vieta.lvun www…": the next word lost its space
            domain = domain[:-len(word)]
            found.append(Found("email", f"{local}@{domain}".lower(), m.start(), m.end() - len(word)))
            continue
        glued = _glued_email(text, m, domain)
        if glued is None:
            found.append(Found("email", f"{local}@{domain}".lower(), m.start(), m.end()))
        else:
            found.append(Found("email", f"{local}@{domain[:len(domain) - len(glued[0])]}".lower(), m.start(),
                               m.end() - len(glued[0])))
            found.append(Found("email", f"{glued[0]}@{glued[1]}".lower(), m.end() - len(glued[0]), glued[2]))
    return found


NEXT_DOMAIN = re.compile(r"@((?:[a-z0-9-]+\.)+[a-z]{2,24})(?![\w-])", re.IGNORECASE)


def _glued_word(domain: str) -> str:
    """The word run into an address's last label ("lvun" → "un") when that label is a known
    top-level domain with a listed word glued on, else ""."""
    v = vocabulary()
    label = domain.rsplit(".", 1)[-1].lower()
    return next((w for t in v["glued_tlds"] for w in v["glued_words"] if label == t + w), "")


def _glued_email(text: str, m: re.Match, domain: str) -> tuple[str, str, int] | None:
    """For an address followed straight by "@": (the next address's local part, its domain,
    where it ends) when the last label of this one is a known top-level domain with that local
    part glued on ("lvinfo"), else None. One bounded match: O(1)."""
    if not text.startswith("@", m.end()):
        return None
    label = domain.rsplit(".", 1)[-1].lower()
    tld = next((t for t in vocabulary()["glued_tlds"] if label.startswith(t) and len(label) > len(t)), None)
    following = NEXT_DOMAIN.match(text, m.end(), m.end() + 200)
    if tld is None or following is None:
        return None
    return label[len(tld):], following.group(1), following.end()


def _with_scheme(url: str) -> str:
    return url if re.match(r"https?://", url, re.IGNORECASE) else "https://" + url


def find_urls(text: str, taken: list[Found] = ()) -> list[Found]:
    found: list[Found] = []
    covered = Intervals()
    for f in taken:
        covered.add(f.start, f.end)

    def free(start: int, end: int) -> bool:
        return not covered.overlaps(start, end)

    for pattern in (URL, BARE_DOMAIN):
        for m in pattern.finditer(text):
            raw = m.group(0).rstrip(URL_TRAILING)
            start, end = m.start(), m.start() + len(raw)
            if len(raw) > 4 and free(start, end):
                found.append(Found("url", _with_scheme(raw), start, end))
                covered.add(start, end)
    return sorted(found, key=lambda f: f.start)


# ---------------------------------------------------------------- phones

NON_SPACE = re.compile(r"\S")  # \S is what str.isspace() says is not white space


def _masked(text: str, blocked: list[tuple[int, int]]) -> str:
    """`text` with every character but white space in the blocked ranges turned into "x"
    (range by range through a regex, not character by character in Python)."""
    pieces, pos = [], 0
    for start, end in sorted((max(start, 0), min(end, len(text))) for start, end in blocked):
        start = max(start, pos)  # ranges may overlap: what is done stays done
        if end <= start:
            continue
        pieces += [text[pos:start], NON_SPACE.sub("x", text[start:end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return re.findall(r"[^\s:()\[\],;]+", text[max(line_start, start - 40):start].lower())[-n:]


def _word_after(text: str, end: int) -> str:
    m = re.match(r"[\s)]*([^\s.,;:()]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def _is_year_pair(candidate: str) -> bool:
    groups = re.findall(r"\d+", candidate)
    return len(groups) == 2 and all(len(g) == 4 and 1900 <= int(g) <= 2099 for g in groups)


def _has_cue(words: list[str], cues: set[str]) -> bool:
    return any(w in cues or w.rstrip(".") in cues or w.rstrip(".") + "." in cues for w in words)


def find_phones(text: str, blocked: list[tuple[int, int]] = ()) -> list[Found]:
    """Phone numbers in E.164, outside the blocked ranges (dates, amounts, contract numbers)."""
    v = vocabulary()
    not_phone, amount_words = set(v["not_phone_cues"]), set(v["amount_words"])
    phone_words = set(v["phone_number_words"])
    own = [(m.start(), m.end()) for p in NOT_PHONE_PATTERNS for m in p.finditer(text)]
    masked = _masked(text, list(blocked) + own)
    found: list[Found] = []
    covered = Intervals()
    for pattern in (INTL_PHONE, LV_PHONE):
        for m in pattern.finditer(masked):
            start, end = m.start(), m.end()
            raw = text[start:end].rstrip(" -\u00a0")
            end = start + len(raw)
            if covered.overlaps(start, end) or _is_year_pair(raw):
                continue
            before = _words_before(text, start)
            numbered_phone = len(before) == 2 and before[-1].rstrip(".") in v["number_words"] \
                and _has_cue(before[:1], phone_words)
            if (_has_cue(before[-1:], not_phone) and not numbered_phone) or _word_after(text, end) in amount_words:
                continue
            try:
                number = phonenumbers.parse(raw, "LV")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(number):
                continue
            national = phonenumbers.national_significant_number(number)
            if national.endswith("000000"):
                continue  # "29 000 000" is a round sum, not a subscriber
            if number.country_code == 371 and not national.startswith(("2", "6")):
                continue  # RECORD.md: Latvian numbers start with 2 or 6 (not toll-free 80…, premium 90…)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            found.append(Found("phone", e164, start, end))
            covered.add(start, end)
    return sorted(found, key=lambda f: f.start)


def blocked_ranges(doc: Document, record: Record) -> list[tuple[int, int]]:
    """Text already taken by earlier extractors: dates, amounts and contract numbers."""
    ranges = [(d.span.start, d.span.end) for d in record.dates]
    ranges += [(b.span.start, b.span.end) for b in record.budgets]
    for project in record.projects:
        if project.contract:
            ranges += [(m.start(), m.end()) for m in re.finditer(re.escape(project.contract), doc.text)]
    return ranges


# ---------------------------------------------------------------- names

def find_names(text: str, emails: list[Found] = (), phones: list[Found] = ()) -> list[NameMention]:
    """Person names: a run of capitalised words led by a given name (or spelled by an e-mail);
    an unlisted pair counts after a contact cue, atop a signature block or right before a phone."""
    contact_cue, author_cue = _cue_patterns()
    parts = names.email_parts([e.value for e in emails])
    item_starts = sorted(f.start for f in list(emails) + list(phones))
    mentions = []
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        offsets = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(words) - 1:
            length = _name_length(words[i:], parts)
            if length == 0 and _plausible_pair(words[i:i + 2]) and not _quoted(text, offsets[i], m.end()) and (
                    _after_cue(text, offsets[i], contact_cue) or _after_cue(text, offsets[i], author_cue)
                    or _opens_signature(text, offsets[i], offsets[i + 1] + len(words[i + 1]))
                    or ((_nominative_looking(words[i:i + 2]) or _after_role_word(text, offsets[i]))
                        and _item_follows(text, offsets[i + 1] + len(words[i + 1]), item_starts))):
                length = 2
            if length:
                start, end = offsets[i], offsets[i + length - 1] + len(words[i + length - 1])
                mentions.append(NameMention(start, end, words[i:i + length]))
                i += length
            else:
                i += 1
    mentions += _initials_names(text, parts, contact_cue, author_cue, mentions)
    mentions += _given_names_alone(text, contact_cue, mentions, item_starts,
                                   [f.end for f in list(emails) + list(phones)])
    mentions += _names_in_capitals(text, parts, mentions)
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        if _after_cue(text, mention.start, contact_cue) or _cue_after().match(text, mention.end):
            mention.cue = "contact"
        elif _after_cue(text, mention.start, author_cue):
            mention.cue = "author"
        mention.spoken_about = _after_mention_role(text, mention.start)
    return mentions


@lru_cache(maxsize=1)
def _cue_after() -> re.Pattern:
    """A way to reach right after a name ("… Annai Liepai uz e-pastu"), read at the name's end."""
    phrases = sorted(vocabulary()["contact_cues_after"], key=len, reverse=True)
    return re.compile(r"[ \t]*,?[ \t]*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")(?!\w)", re.IGNORECASE)


# "ILZE PAVLOVA Valsts kancelejas …": a signature may set the name in capitals.
CAPS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}-])([{UPPER}]{{2,}})[ \u00a0]+"
                       rf"([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)(?![\w{LOWER}{UPPER}-])")


def _names_in_capitals(text: str, parts: set[str], taken: list[NameMention]) -> list[NameMention]:
    """A pair in capitals is a name only when its first word is a known given name or an e-mail
    spells both words (a headline "KOPĪGA PRESES RELĪZE" beside prese@… is not); the words are
    kept title-cased ("ILZE PAVLOVA" → "Ilze Pavlova")."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    for m in CAPS_NAME.finditer(text):
        words = ["-".join(p.capitalize() for p in w.split("-")) for w in m.groups()]
        if covered.overlaps(m.start(), m.end()) or any(lemmas.stem(w) in _not_name_stems() for w in words):
            continue
        if names.is_given_name(words[0]) or all(names.spelled_by([w], parts) for w in words):
            out.append(NameMention(m.start(), m.end(), words))
    return out


LONE_NAME = re.compile(rf"[ \u00a0]+(?:ar[ \u00a0]+)?({NAME_WORD})(?![\w{LOWER}{UPPER}])(?![ \u00a0]+[{UPPER}])")


def _given_names_alone(text: str, contact_cue: re.Pattern, taken: list[NameMention],
                       item_starts: list[int], item_ends: list[int] = ()) -> list[NameMention]:
    """"zvaniet Martai, tālr. 29 117 640": a known given name alone, right after a contact cue
    and right before a phone or e-mail on the same line, names the contact."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    for cue in contact_cue.finditer(text):
        m = LONE_NAME.match(text, cue.end())
        if not m or covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        if _item_follows(text, m.end(1), item_starts):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
            covered.add(m.start(1), m.end(1))
    # "pie Lienes (29111025) vai Jāņa (29111026)": a known given name alone after "pie", "ar" or
    # "vai", with its number in brackets right after it.
    for m in NAME_WITH_BRACKETED_NUMBER.finditer(text):
        if covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        k = bisect.bisect_left(item_starts, m.end())
        if k < len(item_starts) and item_starts[k] == m.end():
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
    # "Tālr. uzziņām: 63 007 890 (Ilze)": a known given name alone in brackets right after a
    # phone or e-mail names whom the number reaches.
    # Not when the name just before the number already says it ("Jānis Ozols, tālr. … (Jānis)").
    ends = set(item_ends)
    named = sorted(taken, key=lambda t: t.start)
    named_starts = [t.start for t in named]
    for m in NAME_IN_BRACKETS.finditer(text):
        before = m.start() - len(re.search(r"[ \u00a0]*$", text[max(0, m.start() - 3):m.start()]).group(0))
        k = bisect.bisect_left(named_starts, m.start()) - 1
        repeated = k >= 0 and m.start() - named[k].end < 200 and named[k].words[0] == m.group(1)
        if before in ends and not repeated and not covered.overlaps(m.start(1), m.end(1)) \
                and names.is_given_name(m.group(1)):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)], after_item=before))
            covered.add(m.start(1), m.end(1))
    return out


NAME_IN_BRACKETS = re.compile(rf"\([ \u00a0]*({NAME_WORD})[ \u00a0]*\)")


NAME_WITH_BRACKETED_NUMBER = re.compile(
    rf"(?<![\w{LOWER}{UPPER}])(?:pie|ar|vai)[ \u00a0]+({NAME_WORD})"
    rf"[ \u00a0]*\((?:[ \u00a0]*(?:tālr|tel|mob|t)\.?:?)?[ \u00a0]*")


def _initials_names(text: str, parts: set[str], contact_cue: re.Pattern, author_cue: re.Pattern,
                    taken: list[NameMention]) -> list[NameMention]:
    """"J. Bērziņš" counts only where a cue, a signature line or the e-mail says it is a contact's name."""
    out = []
    covered = Intervals()
    for t in taken:
        covered.add(t.start, t.end)
    for m in INITIALS_NAME.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        initials = re.findall(r"[^\s.]\.", m.group(1))
        surname = m.group(2)
        if _is_organisation_word(surname):
            continue
        spelled = names.spelled_by([surname], parts)
        if spelled or _after_cue(text, m.start(), contact_cue) or _after_cue(text, m.start(), author_cue) \
                or _opens_signature(text, m.start(), m.end()):
            out.append(NameMention(m.start(), m.end(), initials + [surname]))
    return out


@lru_cache(maxsize=1)
def _mention_role_stems() -> set[tuple[str, ...]]:
    return {tuple(lemmas.stem(w) for w in role.split()) for role in vocabulary()["mention_roles"]}


def _after_mention_role(text: str, start: int) -> bool:
    words = WORD.findall(text[max(0, start - 60):start])[-3:]
    stems = tuple(lemmas.stem(w) for w in words)
    return any(stems[-len(role):] == role for role in _mention_role_stems() if len(role) <= len(stems))


def _after_role_word(text: str, start: int) -> bool:
    """"koordinatorei Lorijai Briedei, tālr. …": a role noun right before an unlisted pair vouches for
    it in any case (the pair agrees with the role), when a phone or e-mail follows the pair too."""
    m = re.search(rf"([{LOWER}]+)[ \u00a0]+$", text[max(0, start - 40):start])
    return bool(m) and lemmas.stem(m.group(1)) in _role_head_stems()


@lru_cache(maxsize=1)
def _role_head_stems() -> set[str]:
    # The head noun of each role (koordinators, vadītājs), not its modifiers ("projekta", "sociālā").
    return {pattern[-1] for pattern, _, _ in _role_patterns()}


def _nominative_looking(words: list[str]) -> bool:
    # Names before a phone stand in the nominative: -s, -š, -a, -e, -o ("Ādažu Brīvā skola" does not).
    return all(w.lower().endswith(("s", "š", "a", "e", "o")) and not w.lower().endswith("as") for w in words)


def _quoted(text: str, start: int, end: int) -> bool:
    """Inside quotation marks: a name of an organisation or a project, not a person."""
    return text[start - 1:start] in "„“\"«'" and start > 0 or text[end:end + 1] in ("”", "“", "\"", "»", "'")


def _item_follows(text: str, end: int, item_starts: list[int]) -> bool:
    """A phone or e-mail right after, in the same line ("Zeltīte Ābele, tālr. 26123456")."""
    k = bisect.bisect_left(item_starts, end)
    if k == len(item_starts) or item_starts[k] - end > 40:
        return False
    between = text[end:item_starts[k]]
    return "\n" not in between and not _has_break(between)


def _opens_signature(text: str, start: int, end: int) -> bool:
    """A capitalised pair alone on its line, the next line a phone or e-mail line ("Tālrunis: …")."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip(" ,\t"):
        return False
    next_end = text.find("\n", line_end + 1, line_end + 200)
    next_line = text[line_end + 1:next_end if next_end >= 0 else line_end + 200]
    return bool(re.search(r"(?i)\b(?:tel|tālr|t\.|mob|e-?pasts|e-mail)|@|\d{2}\s?\d{3}\s?\d{3}", next_line))


def _name_length(words: list[str], parts: set[str]) -> int:
    """How many of these words make a person's name (0: none)."""
    if len(words) < 2 or _is_organisation_word(words[0]) or _is_organisation_word(words[1]):
        return 0
    spelled = names.spelled_by(words[:2], parts)
    if not (names.is_given_name(words[0]) or spelled):
        return 0
    # A second given name (Anna Marija Liepiņa) keeps the surname in the third word.
    if len(words) > 2 and names.is_given_name(words[1]) and not _is_organisation_word(words[2]) \
            and not names.is_given_name(words[2]):
        return 3
    return 2


def _is_organisation_word(word: str) -> bool:
    """Words that cannot be part of a person's name: organisation heads, places, headings."""
    return lemmas.stem(word) in _not_name_stems() or word.isupper()


@lru_cache(maxsize=1)
def _not_name_stems() -> set[str]:
    v = vocabulary()
    return {lemmas.stem(source) for source, _ in v["organization_heads"]} | {lemmas.stem(w) for w in v["not_name_words"]}


def _plausible_pair(words: list[str]) -> bool:
    """Two capitalised words that may be an unlisted given name and a surname (after a cue)."""
    # Neither word a role word: "I. Kalniņa⏎Sabiedrisko attiecību speciāliste" wraps onto the role line.
    return (len(words) == 2 and all(len(w) > 2 and not _is_organisation_word(w) for w in words)
            and not names.is_given_name(words[1]) and not any(lemmas.stem(w) in _role_stems() for w in words))


@lru_cache(maxsize=1)
def _role_stems() -> set[str]:
    return {stem for pattern, _, _ in _role_patterns() for stem in pattern}


def _after_cue(text: str, start: int, cue: re.Pattern) -> bool:
    """Whether a cue stands before `start` in the same sentence, close enough to govern the name."""
    window_start = max(0, start - 160)
    window = text[window_start:start]
    hits = list(cue.finditer(window))
    if not hits:
        return False
    between = window[hits[-1].end():]
    if _speaker_of_quotation().search(between):
        return False
    return not _has_break(between, allow_blank_line=len(between.strip(" \t\n:–-")) == 0)


@lru_cache(maxsize=1)
def _speaker_of_quotation() -> re.Pattern:
    """A closing quotation mark, then a speech verb: the cue was inside what someone said."""
    verbs = "|".join(sorted(map(re.escape, vocabulary()["speech_verbs"]), key=len, reverse=True))
    return re.compile(r"[”\"»“][\s,.!?–—-]*(?:" + verbs + r")(?!\w)", re.IGNORECASE)


def _breaks(between: str, allow_blank_line: bool = False):
    for m in SENTENCE_BREAK.finditer(between):
        if m.group(1) is None:
            if not allow_blank_line:
                yield m
            continue
        word = re.findall(r"[\w.]+$", between[:m.start(1)])
        if not word or word[0].lower().rstrip(".") not in ABBREVIATIONS:
            yield m


def _has_break(between: str, allow_blank_line: bool = False) -> bool:
    return next(_breaks(between, allow_blank_line), None) is not None


def _last_break_end(text_part: str) -> int:
    ends = [m.end() for m in _breaks(text_part)]
    return ends[-1] if ends else 0


# ---------------------------------------------------------------- linking

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
    alone = not text[line_start:mention.start].strip() and not lines[0].strip(" ,\t")
    return not any(blanks) or (alone and not any(a and b for a, b in zip(blanks, blanks[1:])))


def _owner_nearby(text: str, item: Found, index: MentionIndex) -> NameMention | None:
    first = index.first_after(item.end)
    if first is not None and first.after_item == item.end:
        return first  # "26 333 444 (Dace)": the bracketed name right after the number
    last = index.last_before(item.start)
    if last is not None:
        between = text[last.end:item.start]
        if len(between) <= 260 and (not _has_break(between) or _signature_block(text, last, item)) \
                and (last.cue == "contact" or not OFFICE_TASK.search(between)):
            return last
    first = index.first_after(item.end)
    if first is not None:
        between = text[item.end:first.start]
        # "rakstot uz info@… vai zvanot Mārim Ozolam": a contact cue between opens another way to ask.
        if len(between) <= 60 and not _has_break(between) and "\n" not in between \
                and not _cue_patterns()[0].search(between):
            return first
        if _listing_line_owner(text, item, first, last):
            return first
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
    between = text[a.end:b.start]
    return len(between) <= 200 and "\n\n" not in between.replace(" ", "").replace("\t", "")


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
        elif offices and _same_block(text, offices[-1].items[-1], item):
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
        neighbours = ([ordered[k - 1]] if k > 0 and _same_block(text, ordered[k - 1], url) else []) + \
                     ([ordered[k]] if k < len(ordered) and _same_block(text, url, ordered[k]) else [])
        if neighbours:
            owner_of[id(neighbours[0])].items.append(url)
    return sorted(all_drafts, key=lambda d: d.mention.start if d.mention else d.items[0].start)


# ---------------------------------------------------------------- role and organisation

@lru_cache(maxsize=1)
def _role_patterns() -> list[tuple[list[str], str, str]]:
    patterns = []
    for masculine, feminine in vocabulary()["roles"]:
        # Both genders: "padomnieks" and "padomniece" do not share a stem.
        for form in dict.fromkeys([masculine, feminine]):
            stems = [lemmas.stem(w) for w in form.split()]
            if all(stems != p[0] for p in patterns):
                patterns.append((stems, masculine, feminine))
    return sorted(patterns, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=1)
def _role_patterns_by_first_stem() -> dict[str, list[tuple[list[str], str, str]]]:
    index: dict[str, list[tuple[list[str], str, str]]] = {}
    for entry in _role_patterns():
        index.setdefault(entry[0][0], []).append(entry)
    return index


def _window(text: str, mention: NameMention, items: list[Found]) -> tuple[str, str]:
    """The text before the name (same sentence) and after it (up to its last item, same line block)."""
    start = max(0, mention.start - 120)
    before = text[start:mention.start]
    before = before[_last_break_end(before):]
    if "\n" in before.rstrip("\n"):
        before = before.rstrip("\n").rsplit("\n", 1)[-1]
    limit = max([i.start for i in items if i.start > mention.end] or [mention.end + 160])
    after = text[mention.end:min(limit, mention.end + 220)]
    return before, after


def find_role(text_part: str, gender: str | None, prefer_last: bool) -> str | None:
    found = find_role_and_gender(text_part, gender, prefer_last)
    return found[0] if found else None


def find_role_and_gender(text_part: str, gender: str | None, prefer_last: bool) -> tuple[str, str | None] | None:
    """The role phrase nearest the name, in the nominative of `gender` (else of the gender its
    written form shows), and that written gender ("speciālisti" says nothing, "speciālistei" says f)."""
    words = WORD.findall(text_part)
    stems = [lemmas.stem(w) for w in words]
    hits = []
    by_first = _role_patterns_by_first_stem()
    for i, first in enumerate(stems):
        for pattern, masculine, feminine in by_first.get(first, ()):
            n = len(pattern)
            if stems[i:i + n] == pattern:
                written = _written_gender(words[i + n - 1], masculine, feminine)
                # "vadītāja" may be a masculine genitive: no evidence, but shown as written it is feminine
                as_written = "f" if " ".join(words[i:i + n]).lower() == feminine else None
                hits.append((i, n, masculine, feminine, written, as_written))
    if not hits:
        return None
    # The longest phrase; among equals, the one nearest the name.
    hits.sort(key=lambda h: (-h[1], -h[0] if prefer_last else h[0]))
    i, n, masculine, feminine, written, as_written = hits[0]
    chosen = gender or written or as_written
    role = feminine if chosen == "f" else masculine
    # A genitive modifier keeps the number it is written in ("projektu koordinatorei" → "projektu
    # koordinatore", not the table's "projekta"); agreeing adjectives ("vecākajai") do not.
    lead_m, lead_f = masculine.split()[:-1], feminine.split()[:-1]
    if n > 1 and lead_m == lead_f:
        role = " ".join([w.lower() for w in words[i:i + n - 1]] + [role.split()[-1]])
    return role, written


def _written_gender(word: str, masculine: str, feminine: str) -> str | None:
    word = word.lower()
    if feminine.endswith("e") and word.endswith(("e", "es", "ei", "ē")):
        return "f"
    if feminine.endswith("a") and word.endswith(("ai", "as")):
        return "f"
    if word.endswith(("s", "š", "am", "im", "ais", "ajam")):
        return "m"
    return None


def _generic_title(role: str, words: list[str]) -> bool:
    """"Projekta koordinators: Tabita Šķerberga": a role in the masculine nominative is the title of the
    post, said of women too. The name beside a nominative stands in the nominative, and a nominative
    whose words all end in -a/-e is a woman's (a man's given name would end in -s, -š, -o …)."""
    return role.endswith(("s", "š")) and len(words) > 1 and all(w.lower().endswith(("a", "e")) for w in words)


def _genitive_modifier(word: str) -> bool:
    return word.isupper() or word.endswith(("s", "u", "a", "es", "ņu"))


def find_organization(text_part: str, emails: list[str]) -> str | None:
    v = vocabulary()
    heads = {lemmas.stem(source): nominative for source, nominative in v["organization_heads"]}
    tokens = list(WORD.finditer(text_part))
    for i, tok in enumerate(tokens):
        nominative = heads.get(lemmas.stem(tok.group(0)))
        if not nominative:
            continue
        # "Latvijas Pašvaldību savienība": a head right after a head is the real head.
        while i + 1 < len(tokens) and heads.get(lemmas.stem(tokens[i + 1].group(0))) \
                and not text_part[tok.end():tokens[i + 1].start()].strip():
            i += 1
            tok = tokens[i]
            nominative = heads[lemmas.stem(tok.group(0))]
        j = i
        # Capitalised genitives right before the head belong to the name ("Valsts probācijas dienests").
        while j > 0 and i - j < 4 and _genitive_modifier(tokens[j - 1].group(0)) \
                and not text_part[tokens[j - 1].end():tokens[j].start()].strip():
            j -= 1
        while j < i and not tokens[j].group(0)[:1].isupper():
            j += 1
        if j < i:
            head = tok.group(0)
            head_nominative = nominative if head.islower() else nominative.capitalize()
            return " ".join([t.group(0) for t in tokens[j:i]] + [head_nominative])
    abbreviations = set(v["organization_abbreviations"])
    for tok in tokens:
        if tok.group(0) in abbreviations:
            return tok.group(0)
    for email in emails:
        domain = email.split("@")[-1]
        if domain in v["email_domains"]:
            return v["email_domains"][domain]
    return None


# ---------------------------------------------------------------- the extractor

def _contact(doc: Document, draft: Draft) -> Contact:
    phones = list(dict.fromkeys(i.value for i in draft.items if i.kind == "phone"))
    emails = list(dict.fromkeys(i.value for i in draft.items if i.kind == "email"))
    urls = list(dict.fromkeys(i.value for i in draft.items if i.kind == "url"))
    text = doc.text
    if draft.mention is None:
        first = min(draft.items, key=lambda i: i.start)
        line_start = text.rfind("\n", max(0, first.start - 160), first.start) + 1
        window = text[max(line_start, first.start - 160):first.start]
        organization = find_organization(window[_last_break_end(window):], emails)
        return Contact(phones=phones, emails=emails, urls=urls, organization=organization,
                       span=doc.span(first.start, first.end))
    mention = draft.mention
    before, after = _window(text, mention, draft.items)
    role_before = find_role_and_gender(before, None, prefer_last=True) or find_role_and_gender(after, None, False)
    hint = role_before[1] if role_before else None
    if hint == "m" and _generic_title(role_before[0], mention.words):
        hint = "f"
    restored = names.nominative(mention.words, emails, gender_hint=hint)
    role = find_role(before, restored.gender, prefer_last=True) or find_role(after, restored.gender, prefer_last=False)
    organization = find_organization(before, []) or find_organization(after, emails)
    return Contact(name=restored.name, role=role, organization=organization, phones=phones, emails=emails,
                   urls=urls, span=doc.span(mention.start, mention.end), name_rule=restored.rule)


def _person_key(name: str) -> str:
    # Stems, so that a form the rules could not restore still meets its restored twin.
    return " ".join(lemmas.stem(w) for w in name.split())


def _merge(found: list[tuple[Contact, bool]]) -> list[Contact]:
    """One contact per person: a name mentioned twice (a cue and a signature) is one contact, whose
    span is the first mention a contact cue governs when there is one (deadlines look for it there).
    An office whose phones and e-mails all belong to a contact already kept adds nothing."""
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
    merged = _fold_initials(merged)
    people_items = {x for c in merged if c.name for x in c.phones + c.emails}
    out = []
    for contact in merged:
        items = set(contact.phones + contact.emails)
        if contact.name is None and items <= people_items:
            continue
        people_items |= items
        out.append(contact)
    return out


def _absorb(kept: Contact, other: Contact) -> None:
    """`other` is the same person or office as `kept`: keep its items and what `kept` lacks."""
    kept.phones += [p for p in other.phones if p not in kept.phones]
    kept.emails += [e for e in other.emails if e not in kept.emails]
    kept.urls += [u for u in other.urls if u not in kept.urls]
    kept.role = kept.role or other.role
    kept.organization = kept.organization or other.organization


def _fold_initials(contacts: list[Contact]) -> list[Contact]:
    """A signature "I. Krūmiņa" is the "Ilona Krūmiņa" named in full elsewhere: one contact,
    under the full name, with the items of both."""
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
            out.append(contact)
        else:
            _absorb(twin, contact)
    return out


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
    mentions = find_names(text, emails, phones)
    drafts = link(text, mentions, phones + emails + urls)
    contacts = []
    for draft in drafts:
        has_item = any(i.kind in ("phone", "email") for i in draft.items)
        if draft.mention is None and not has_item:
            continue
        if draft.mention is not None and not has_item and draft.mention.cue != "contact":
            continue
        if draft.mention is not None and not has_item and not _vouched_name(draft.mention):
            continue  # "zvanot uz Neatliekamās Medicīniskās palīdzības dienestu": a body, not a person
        contacts.append((_contact(doc, draft), draft.mention is not None and draft.mention.cue == "contact"))
    return _merge(contacts)


def extract(doc: Document, record: Record) -> None:
    record.contacts = contacts_in(doc, record)
