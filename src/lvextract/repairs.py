"""Announcement-specific repairs on top of Stanza's segmentation.

The treebank the model learned from has few e-mails, URLs, clock times, amounts written
with thousands spaces or office abbreviations, and press releases are full of them. So:

1. merge: every e-mail, URL/domain, numeric date ("22.11.2019."), clock time ("15:30"),
   number with thousands spaces ("4 486 638") and listed abbreviation ("š.g.", "Dr.paed.")
   becomes exactly one token, whatever the model did around it;
2. split: a full stop the model glued to a word that is no abbreviation ("EUR.",
   "67021512.") becomes its own token, so it can end the sentence; so does a list dash
   glued to the first word of its line ("-romu tautības pārstāvji"), and Markdown emphasis
   marks glued to a word ("**Informatīvā", "tikšanās**");
3. resegment: sentence breaks are decided again at each token gap — always at a blank
   line and before a list item, never after an abbreviation, an initial ("J. Bērziņš")
   or an ordinal followed by a lower-case word ("2014. gada 2. aprīlī"), never in running
   text after a token that is no sentence end, always after a full stop followed by a
   capital or a digit, at a line break before a capital when the line is short for the
   text's wrapping (a heading, a dateline, a contact line), and elsewhere as the model
   decided.

The abbreviation list is data: data/abbreviations.toml. Table of cases:
tests/examples/segmentation.toml.

Offsets stay exact: tokens are (start, end) into the unchanged text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import datafiles
from .segmentation import TokenOffsets

UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
LOWER = "a-zāčēģīķļņšūž"
# Top-level domains that make "labourplus.eu" a web address rather than two words.
TLDS = ("lv", "eu", "com", "org", "net", "gov", "edu", "int", "info", "biz", "ee", "lt", "de", "uk", "ru",
        "se", "fi", "no", "dk", "pl", "fr", "it", "es", "nl", "be", "at", "ch", "io")
THOUSANDS_SPACE = " \u00a0\u202f\u2009"

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
BULLET = re.compile(rf"[-–—•·▪*]\s|\d{{1,2}}[.)]\s+[{UPPER}]")  # not "…notiks\n15. maijā"
TERMINAL = re.compile(r"[.!?…]+")
ORDINAL = re.compile(r"\d{1,4}\.|[IVXLC]+\.|\d{1,2}\.\d{1,2}\.(?:\d{4}\.)?")
INITIAL = re.compile(rf"[{UPPER}]\.|(?:Dz|Dž|Ch)\.")  # "J." and the digraph initials
MULTI_PART_ABBREVIATION = re.compile(rf"(?:[{LOWER}]{{1,5}}\.){{2,}}")
# In a hard-wrapped text, a line shorter than this share of the usual wrapped line,
# followed by a line that starts with a capital, is a heading, a dateline or a contact
# line rather than a piece of a paragraph.
SHORT_LINE_SHARE = 0.75


@dataclass(frozen=True)
class Abbreviations:
    never_final: frozenset[str]
    may_end: frozenset[str]
    degree_pattern: str
    not_after_may_end: frozenset[str] = frozenset()

    # Answers so far: kind() runs at most token gaps, and a hostile text repeats a few tokens
    # a million times.
    _kinds: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def kind(self, token: str) -> str | None:
        try:
            return self._kinds[token]
        except KeyError:
            pass
        if token in self.never_final:
            kind = "never_final"
        elif token in self.may_end:
            kind = "may_end"
        elif _compiled(self.degree_pattern).fullmatch(token):
            kind = "never_final"
        else:
            kind = None
        if len(self._kinds) < 100_000:
            self._kinds[token] = kind
        return kind

    @property
    def may_end_last_characters(self) -> frozenset[str]:
        return frozenset(word[-1] for word in self.may_end)


@lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern:
    # kind() runs on every token gap: a compiled pattern skips re's cache lookup each time.
    return re.compile(pattern)


def _with_capital(words: list[str]) -> set[str]:
    return {w for word in words for w in (word, word[:1].upper() + word[1:])}


@lru_cache(maxsize=1)
def abbreviations() -> Abbreviations:
    data = datafiles.load_toml("data/abbreviations.toml")
    never = _with_capital(data["never_final"])
    return Abbreviations(frozenset(never), frozenset(_with_capital(data["may_end"]) - never), data["degree_pattern"],
                         frozenset(data.get("not_after_may_end", ())))


@lru_cache(maxsize=1)
def protected_pattern() -> re.Pattern:
    """Everything that must stay one token, leftmost-first in this order of preference."""
    abbr = abbreviations()
    listed = sorted(abbr.never_final | abbr.may_end, key=len, reverse=True)
    tld = "|".join(sorted(set(TLDS), key=len, reverse=True))
    sp = f"[{THOUSANDS_SPACE}]"
    # (part, what its first character is: "digit", "other" or "any")
    parts = [
        (r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)+", "any"),  # e-mail; starts only where a run starts: linear
        (r"(?:https?://|www\.)[^\s<>\"„“”«»]+", "other"),                                 # URL
        (rf"(?<![\w@./-])(?:[\w-]+\.)+(?:{tld})(?![\w@])(?:/[^\s<>\"„“”«»]*)?", "any"),    # bare domain
        (r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\.?(?![\d])", "digit"),                     # 22.11.2019.
        (r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])", "digit"),                               # 2019-04-01
        (r"(?<![\d:])(?<!\d[.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])", "digit"),              # 15:30, plkst.15:30
        (r"(?<![\d:])(?<!\d[.,])\d{1,2}\.\d{2}(?![\d]|\.\d)", "digit"),                   # 10.00 (or a decimal)
        (rf"(?<![\d.,])\d{{1,3}}(?:{sp}\d{{3}})+(?:,\d+)?(?!\d)", "digit"),               # 4 486 638
        (rf"(?<![\d.,])\d{{1,4}}\.(?=\s*[{LOWER}]|\s*[-–—]\s*\d)", "digit"),                # 2014. gada, 21. - 22.
        (r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])\w+(?:-\w+)+(?![\w-])", "any"),        # Nr.856468-NRP4-LV
        (abbr.degree_pattern, "any"),                                                    # Dr.paed.
        (rf"(?<![\w.])[{UPPER}]\.(?=[^\S\n]*[{UPPER}])", "other"),                          # J. Bērziņš
        (r"(?<![^\W\d_])(?:" + _by_first_character(listed) + r")", "any"),               # plkst., š.g.
    ]
    # Every part above but the URL and the degree starts after a character that is no letter
    # or with a digit (see their look-behinds); the guard says so once, so that the inside of
    # a word, most of the text, costs one test instead of one per part. Then a digit tries
    # only the parts that can start with one, anything else only the others, each list in
    # the order above. Both only skip parts that cannot match there: the matches are the same.
    # And no part starts at white space: most of the rest of the text, out at one test.
    guard = rf"(?!\s)(?:(?<![^\W\d_])|(?=\d)|(?=https?://|www\.)|(?={abbr.degree_pattern}))"
    at_digit = "|".join(f"(?:{p})" for p, first in parts if first != "other")
    elsewhere = "|".join(f"(?:{p})" for p, first in parts if first != "digit")
    return re.compile(guard + f"(?:(?=\\d)(?:{at_digit})|(?!\\d)(?:{elsewhere}))")


def _by_first_character(words: list[str]) -> str:
    """An alternation of `words` grouped by their first character (all the words that start
    with "p" under one "p(?:…)"): at a position only one group can match, so the regex tests
    one group instead of every word, and inside a group the words keep their order, so the
    same one wins."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    assert not any(first.isspace() for first in groups), "protected_pattern's guard: no part starts at a space"
    # The look-ahead first: a position no word can start at fails at one test, not one per group.
    return "(?=[" + "".join(map(re.escape, groups)) + "])(?:" + "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")" for first, group in groups.items()) + ")"


_TRAILING_PUNCT = ".,;:!?)]}'\"”»"


def _trim(text: str, start: int, end: int) -> int:
    """End of a URL without the sentence punctuation glued after it."""
    while end > start + 1 and text[end - 1] in _TRAILING_PUNCT:
        if text[end - 1] == ")" and "(" in text[start:end - 1]:
            break
        end -= 1
    return end


def protected_spans(text: str) -> list[TokenOffsets]:
    spans = []
    for m in protected_pattern().finditer(text):
        start, end = m.span()
        if m.group().startswith(("http", "www")) or "/" in m.group():
            end = _trim(text, start, end)
        # A dotted time before a sentence end: "plkst. 10.00." is "10.00" + the full stop.
        if end < len(text) and text[end] == "." and re.fullmatch(r"\d{1,2}\.\d{2}", m.group()):
            if _is_clock(m.group()) and _starts_sentence(text, end + 1):
                spans.append((start, end))
                continue
            end += 1  # "22.11." – a day and month, the full stop is the ordinal's
        spans.append((start, end))
    return spans


def _is_clock(value: str) -> bool:
    # "10.00", "15.30": minutes no month can be; "10.11." stays a day and month.
    minutes = int(value.split(".")[1])
    return minutes == 0 or minutes > 12


SENTENCE_START = re.compile(rf"\s*\Z|\s+[{UPPER}\d„\"“«(]")


def _starts_sentence(text: str, pos: int) -> bool:
    return bool(SENTENCE_START.match(text, pos))


NON_SPACE_RUN = re.compile(r"\S+")
SPACE = re.compile(r"\s")


def _cut(text: str, start: int, end: int) -> list[TokenOffsets]:
    """The non-space pieces of text[start:end], as tokens (leftovers of a cut token)."""
    return [m.span() for m in NON_SPACE_RUN.finditer(text, start, end)]


def merge_protected(text: str, tokens: list[TokenOffsets]) -> tuple[list[TokenOffsets], set[TokenOffsets]]:
    spans = protected_spans(text)
    if not spans:
        return tokens, set()
    out: list[TokenOffsets] = []
    i = 0
    for start, end in spans:
        while i < len(tokens) and tokens[i][1] <= start:
            out.append(tokens[i]); i += 1
        # Tokens overlapping the span: their parts outside it stay, the span becomes one token.
        overlapping = []
        while i < len(tokens) and tokens[i][0] < end:
            overlapping.append(tokens[i]); i += 1
        if overlapping and overlapping[0][0] < start:
            out.extend(_cut(text, overlapping[0][0], start))
        out.append((start, end))
        if overlapping and overlapping[-1][1] > end:
            tokens[i:i] = _cut(text, end, overlapping[-1][1])  # the rest may hold the next span
    out.extend(tokens[i:])
    return _dedup(out), set(spans)


def _dedup(tokens: list[TokenOffsets]) -> list[TokenOffsets]:
    """Sorted, without repeats or empty tokens. O(n log n), O(n) on sorted input: repeats
    are neighbours once sorted."""
    ordered = sorted(tokens)
    return [t for t, before in zip(ordered, [None, *ordered]) if t != before and t[1] > t[0]]


@lru_cache(maxsize=100_000)  # a pure function of the word; hostile texts repeat a few
def _keeps_full_stop(token: str) -> bool:
    """Whether a token ending in '.' is an abbreviation, initial or ordinal that owns its dot."""
    if abbreviations().kind(token) or INITIAL.fullmatch(token) or ORDINAL.fullmatch(token):
        return True
    if TERMINAL.fullmatch(token) or MULTI_PART_ABBREVIATION.fullmatch(token):
        return True
    return bool(DIGITS_AND_DOTS.fullmatch(token) and token.count(".") > 1)  # "5.3.1." section numbers


QUOTES_OPEN, QUOTES_CLOSE = "„“\"«", "”“\"»"
LIST_MARKS = "-–—•"
# Markdown emphasis left in scraped pages: "**Informatīvā tikšanās**", "*Labour Plus*", "__teksts__".
EMPHASIS_LEAD = re.compile(r"\*{1,3}|_{1,3}")
EMPHASIS_TRAIL = re.compile(r"(?:\*{1,3}|_{1,3})$")

DIGITS_AND_DOTS = re.compile(r"[\d.]+")
# The characters a token must start or end with for split_full_stops to split it.
_MAY_SPLIT_FIRST = frozenset("." + QUOTES_OPEN + LIST_MARKS + "*_")
_MAY_SPLIT_LAST = frozenset("." + QUOTES_CLOSE + "*_")


def split_full_stops(text: str, tokens: list[TokenOffsets], keep: set[TokenOffsets]) -> list[TokenOffsets]:
    """Full stops and quotes the model glued to a word ("EUR.", "IV”") become tokens of their own."""
    out = []
    for token in tokens:
        start, end = token
        if text[start] not in _MAY_SPLIT_FIRST and not SPACE.search(text, start, end):
            # Most tokens: of _split_one's rules only the last, a glued full stop, can apply.
            if text[end - 1] not in _MAY_SPLIT_LAST or end - start == 1 or token in keep \
                    or _keeps_full_stop(text[start:end]):
                out.append(token)
            elif text[end - 1] == ".":
                out += ((start, end - 1), (end - 1, end))
            else:
                out.extend(_split_one(text, start, end, keep))
            continue
        out.extend(_split_one(text, start, end, keep))
    return out


def _split_one(text: str, start: int, end: int, keep: set[TokenOffsets]) -> list[TokenOffsets]:
    """The pieces of one token (see split_full_stops)."""
    if (start, end) in keep:
        return [(start, end)]
    if SPACE.search(text, start, end):  # "2020 150": only listed patterns may hold a space
        return _cut(text, start, end)
    pieces, tail = [], []
    if end - start > 1 and text[start] == "." and text[start + 1].isalnum() and start > 0 and text[start - 1].isalpha():
        pieces.append((start, start + 1)); start += 1  # "viedoklis.2014": a full stop missing its space
    if end - start > 1 and text[start] in QUOTES_OPEN:
        pieces.append((start, start + 1)); start += 1
    if end - start > 1 and text[start] in LIST_MARKS and text[start + 1].isalpha() and not _line_before(text, start).strip():
        pieces.append((start, start + 1)); start += 1  # "-romu tautības pārstāvji": a list item's dash
    lead = EMPHASIS_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        pieces.append((start, lead.end())); start = lead.end()  # "**Informatīvā": scraped Markdown
    trail = EMPHASIS_TRAIL.search(text, start, end)
    if trail and trail.start() > start:
        end = trail.start()
        tail.insert(0, (end, trail.end()))
    if end - start > 1 and text[end - 1] in QUOTES_CLOSE:
        tail.insert(0, (end - 1, end)); end -= 1
    word = text[start:end]
    if word.endswith(".") and len(word) > 1 and not _keeps_full_stop(word):
        tail.insert(0, (end - 1, end)); end -= 1
    return pieces + [(start, end)] + tail


def _line_before(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


_CLOSERS = QUOTES_CLOSE + ")]"


def _ends_like_sentence(text: str, token: TokenOffsets) -> bool:
    end = token[1]
    while end > token[0] and text[end - 1] in _CLOSERS:
        end -= 1
    if end == token[0]:  # a closing quote or bracket token: look at what it closes
        while end > 0 and text[end - 1] == " ":
            end -= 1
    return end > 0 and text[end - 1] in ".!?…"


def short_line_limit(text: str) -> float:
    """Lines shorter than this end a sentence before a capital (see SHORT_LINE_SHARE).

    A text is hard-wrapped when at least two lines stop mid-sentence and the next line
    goes on in lower case; then the limit is a share of their median length. A text that
    is not hard-wrapped has no limit: each of its line breaks before a capital means
    something (a heading, a list item without punctuation, a contact line).
    """
    lines = text.split("\n")
    wrapped = sorted(len(line.rstrip()) for line, following in zip(lines, lines[1:])
                     if line.strip() and line.rstrip()[-1] not in ".!?:;" and re.match(rf"\s*[{LOWER}]", following))
    if len(wrapped) < 2:
        return float("inf")
    return SHORT_LINE_SHARE * wrapped[len(wrapped) // 2]


def _starts_list_item(text: str, prev: TokenOffsets, nxt: TokenOffsets, short_line: float) -> bool:
    """A line that starts with a bullet or "- " is a list item, unless a hard-wrapped
    sentence merely goes on with a dash ("…ūdens līmeni⏎– tik zems…", "9.⏎— 12. klases")."""
    if text[nxt[0]] in "•·▪" or short_line == float("inf"):
        return True
    before = text[prev[0]:prev[1]]
    if ORDINAL.fullmatch(before):
        return False
    line_start = text.rfind("\n", 0, prev[0]) + 1
    return bool(ENDS_ITEM.search(before) or BULLET.match(text, line_start))


# Compiled once: _breaks runs at every token gap.
ENDS_ITEM = re.compile(r"[.!?:;…]$")
STARTS_UPPER = re.compile(rf"[{UPPER}]")
STARTS_LOWER = re.compile(rf"[{LOWER}]")
STARTS_DASH_OR_DIGIT = re.compile(r"[-–—\d]")
ENDS_OPEN = re.compile(r"[,;(–—-]$")


def _breaks(text: str, prev: TokenOffsets, nxt: TokenOffsets, model_broke: bool, short_line: float) -> bool:
    gap = text[prev[1]:nxt[0]]
    after = text[nxt[0]:nxt[1]]
    newline = "\n" in gap
    starts_lower = bool(STARTS_LOWER.match(after))
    if starts_lower and not newline:
        # Latvian sentences start with a capital. Checked first because it is most gaps:
        # the rules before it in the order below need a line break or return False too.
        return False
    abbr = abbreviations()
    before = text[prev[0]:prev[1]]
    if not newline and not _ends_like_sentence(text, prev) and abbr.kind(before) != "may_end":
        return False  # running text, as below: checked early, because it is most other gaps
    if newline and BLANK_LINE.search(gap):
        return True
    if newline and BULLET.match(text, nxt[0]) and _starts_list_item(text, prev, nxt, short_line):
        return True
    starts_upper = bool(STARTS_UPPER.match(after))
    kind = abbr.kind(before)
    if kind == "never_final":
        return False
    if starts_upper and not newline and INITIAL.fullmatch(before):
        return False
    if ORDINAL.fullmatch(before) and (starts_lower or STARTS_DASH_OR_DIGIT.match(after)):
        return False
    if kind == "may_end":
        return starts_upper and (model_broke or newline) and after not in abbr.not_after_may_end
    if not newline and not _ends_like_sentence(text, prev):
        return False  # running text: a sentence ends in . ! ? …, maybe inside quotes or brackets
    if TERMINAL.fullmatch(before) and (starts_upper or after[:1].isdigit()):
        return True
    if newline and starts_upper and not ENDS_OPEN.search(before):
        if len(_line_before(text, prev[1]).strip()) < short_line:
            return True
    return model_broke


LETTER = re.compile(r"[^\W\d_]")


def _only_numbers(text: str, tokens: list[TokenOffsets]) -> bool:
    """A would-be sentence of dates and numbers alone ("21. - 22.11.2019.", "1.") is a sentence start."""
    return not any(LETTER.search(text, s, e) for s, e in tokens)


def resegment(text: str, tokens: list[TokenOffsets], model_ends: set[int]) -> list[list[TokenOffsets]]:
    """Sentences of `tokens`, a decision per gap (_breaks). O(tokens + text): a gap is decided
    without the full rules in running text, and within a line, where _breaks reads only the two
    tokens, a pair of tokens seen before is decided as it was (a hostile text repeats a few)."""
    sentences: list[list[TokenOffsets]] = []
    current: list[TokenOffsets] = []
    short_line = short_line_limit(text)
    # A gap without a line break after a token that cannot end a sentence (see _breaks: it
    # ends in none of these) is running text: most gaps.
    may_end = frozenset(_CLOSERS + ".!?…") | abbreviations().may_end_last_characters
    decided: dict[tuple[str, str, bool, bool], bool] = {}
    for token in tokens:
        if current:
            prev = current[-1]
            newline = text.find("\n", prev[1], token[0]) >= 0
            if not newline and text[prev[1] - 1] not in may_end:
                current.append(token)
                continue
            model_broke = prev[1] in model_ends
            before = text[prev[0]:prev[1]]
            if newline:
                breaks = _breaks(text, prev, token, model_broke, short_line)
            else:
                key = (before, text[token[0]:token[1]], model_broke,
                       # a lone closing quote or bracket ends a sentence if what it closes does
                       before.strip(_CLOSERS) != "" or _ends_like_sentence(text, prev))
                breaks = decided.get(key)
                if breaks is None:
                    breaks = _breaks(text, prev, token, model_broke, short_line)
                    if len(decided) < 100_000:
                        decided[key] = breaks
            if breaks and not (not newline and _only_numbers(text, current)):
                sentences.append(current)
                current = []
        current.append(token)
    if current:
        sentences.append(current)
    return sentences


def repair(text: str, sentences: list[list[TokenOffsets]]) -> list[list[TokenOffsets]]:
    model_ends = {s[-1][1] for s in sentences if s}
    tokens = _dedup([t for s in sentences for t in s])
    tokens, protected = merge_protected(text, tokens)
    tokens = split_full_stops(text, tokens, protected)
    return resegment(text, tokens, model_ends)
