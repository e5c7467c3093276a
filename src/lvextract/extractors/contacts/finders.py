"""Finders: e-mail addresses (also obfuscated "[at]") and web addresses, each as a Found item with
its offsets. Phone numbers, and the numbers that are not phones masked before they are sought,
are phones.py's."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...spans import Intervals
from .glued_phones import unglued_from_addresses
from .patterns import vocabulary
from .symbol_emails import symbol_emails


@dataclass
class Found:
    kind: str  # "phone", "email", "url"
    value: str
    start: int
    end: int


# ---------------------------------------------------------------- e-mails, URLs

# An obfuscated dot, also inside the local part: "vards[punkts]uzvards[uz]novads[punkts]lv".
OBFUSCATED_DOT = r"\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]"
EMAIL = re.compile(
    # Not right after "]" or ")": inside "a[punkts]b[punkts]…" every letter would start a scan
    # to the end of the run (quadratic).
    # Latvian letters too: a page may type "lubanamitrājs@gmail.com" (kept only before a plain "@").
    rf"(?<![\w.+\])-])([{LOWER}0-9](?:[{LOWER}0-9._%+-]|{OBFUSCATED_DOT})*?)"
    r"\s?(?:@|\[at\]|\(at\)|\{at\}|\[\s?at\s?\]|\(\s?at\s?\)|\[et\]|\(et\)|&#64;|[\[(]pie[\])]|[\[(]uz[\])]|(?-i:\sPIE\s))\s?"
    r"((?:[a-z0-9-]+(?:\.|\s?(?:\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]|(?-i:\sPUNKTS\s))\s?))+[a-z]{2,24})"
    # the end of the address, or a capital where the next word, glued on, begins ("…lvRezultāti")
    # … or a date glued on, as a page's posting date after the last address ("…@novads.lv07.09.2016.")
    rf"(?:(?![\w-])|(?=(?-i:[{UPPER}]))|(?=\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?!\d)))",
    re.IGNORECASE,
)
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'„“”«»]+", re.IGNORECASE)
BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9][a-z0-9-]*\.)+(?:lv|eu|com|org|net|lt|ee|info|int)(?:/[^\s<>()\[\]\"'„“”«»]*)?(?![\w@-])",
    re.IGNORECASE,
)
URL_TRAILING = ".,;:!?"


# The minutes of a clock time a page glued before an address's first letter.
CLOCK_GLUED = re.compile(r"\d{2}(?=[^\W\d_])")


# Every "at" EMAIL reads (and a few more): a text with none holds no address, and one test for
# them is cheaper than EMAIL's scan, which tries its local part at every word.
AT_BRACKETED = re.compile(r"[\[({]\s?(?:at|et|pie|uz)\s?[\])}]", re.IGNORECASE)
AT_CAPITALS = re.compile(r"\sPIE\s")


def _has_at(text: str) -> bool:
    return "@" in text or "&#64;" in text or AT_BRACKETED.search(text) is not None \
        or ("PIE" in text and AT_CAPITALS.search(text) is not None)


def find_emails(text: str) -> list[Found]:
    found = [Found("email", address, start, end) for address, start, end in symbol_emails(text)]  # "anna©vieta•lv"
    if not _has_at(text):
        return found
    # ("tālr. 26123456janis@…": a phone run into the address by a lost break is read apart)
    for m in EMAIL.finditer(unglued_from_addresses(text)):
        joint = text[m.end(1):m.start(2)]
        if joint.strip() == "@" and joint[:1].isspace() != joint[-1:].isspace():
            continue  # "sekojiet mums @lapa.lv": a handle after a word, not "vards @ domens.lv"
        if not m.group(1).isascii() and joint != "@":
            continue  # "… pieteikumus (uz) …": a Latvian word before an obfuscated "at" is no address
        lo = max(0, m.start() - 200)
        token_start = max(lo, text.rfind(" ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1)
        if "://" in text[token_start:m.start()]:
            continue  # "https://lietotajs@vietne.lv/…": part of a web address, not an e-mail
        local = re.sub(OBFUSCATED_DOT, ".", m.group(1), flags=re.IGNORECASE).strip(".")
        start = m.start()
        clock = CLOCK_GLUED.match(local)
        if clock and re.search(r"\d[:.]$", text[max(0, start - 3):start]):
            # "Publicēja … 01:14janis@…": a posting stamp's minutes glued to the author's address
            local, start = local[clock.end():], start + clock.end()
        label = _glued_label(local)
        if label:  # "e-pastuanna@…": the field's label lost its space before the address
            local, start = local[len(label):], start + len(label)
        domain = re.sub(r"\s?(?:\[dot\]|\(dot\)|\[\.\]|[\[(]punkts[\])]|\sPUNKTS\s)\s?|\s?\.\s?", ".", m.group(2),
                        flags=re.IGNORECASE)
        word = _glued_word(domain)
        if word:  # "birojs@vieta.lvun www…": the next word lost its space
            domain = domain[:-len(word)]
            found.append(Found("email", f"{local}@{domain}".lower(), start, m.end() - len(word)))
            continue
        glued = _glued_email(text, m, domain)
        if glued is None:
            found.append(Found("email", f"{local}@{domain}".lower(), start, m.end()))
        else:
            found.append(Found("email", f"{local}@{domain[:len(domain) - len(glued[0])]}".lower(), start,
                               m.end() - len(glued[0])))
            found.append(Found("email", f"{glued[0]}@{glued[1]}".lower(), m.end() - len(glued[0]), glued[2]))
    return sorted(found, key=lambda f: f.start)


NEXT_DOMAIN = re.compile(r"@((?:[a-z0-9-]+\.)+[a-z]{2,24})(?![\w-])", re.IGNORECASE)


def _glued_word(domain: str) -> str:
    """The word run into an address's last label ("lvun" → "un", "comKonkursa" → "Konkursa") when
    that label is a known top-level domain with a listed word or a capitalised one glued on, else ""."""
    v = vocabulary()
    raw = domain.rsplit(".", 1)[-1]
    label = raw.lower()
    word = next((w for t in v["glued_tlds"] for w in v["glued_words"] if label == t + w), "")
    if word:
        return word
    # The next sentence run into the address: "…@gmail.comKonkursa rezultāti": a known ending in
    # lower case, then a capital where a new word begins.
    return next((raw[len(t):] for t in v["glued_tlds"] if label.startswith(t) and len(raw) > len(t) + 1
                 and raw[:len(t)].islower() and raw[len(t)].isupper() and raw[len(t) + 1:].islower()), "")


@lru_cache(maxsize=1)
def _email_labels() -> tuple[str, ...]:
    """The glued e-mail labels, longest first (the longest listed form wins)."""
    return tuple(sorted(vocabulary()["glued_email_labels"], key=len, reverse=True))


def _glued_label(local: str) -> str:
    """An e-mail label run into a local part that goes on past it ("e-pastuanna" → "e-pastu"),
    else "": the address then begins after it. The longest listed form wins."""
    lowered = local.lower()
    return next((w for w in _email_labels() if lowered.startswith(w) and len(local) > len(w) + 1
                 and local[len(w)].isalnum()), "")


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
            host = re.sub(r"^https?://", "", raw, flags=re.IGNORECASE)
            if "/" not in host:  # "www.vieta.lvMēs aicinām": the next word lost its space
                raw = raw[:len(raw) - len(_glued_word(host))]
            start, end = m.start(), m.start() + len(raw)
            if len(raw) > 4 and free(start, end):
                found.append(Found("url", _with_scheme(raw), start, end))
                covered.add(start, end)
    return sorted(found, key=lambda f: f.start)
