"""budgets: money amounts with their currency, kind and shares (RECORD.md, "Budgets").

An amount is a number with a currency word next to it ("4 486 638 Eiro", "EUR 12 000",
"1,2 milj. eiro"), so percentages, hours, head counts, phone numbers and years, which carry
none, are not money. The currency words, scale words and kind cues are data
(data/budgets.toml). Shares ("85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
valsts") are read from the rest of the amount's sentence and the sentence after it, their
source being the fund the funding vocabulary finds beside each percentage.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..lemmas import stem
from ..record import Budget, Record, Share
from ..spans import Intervals
from ..temporal.vocabulary import grouped_alternation
from .funding_mentions import find_mentions
from .vocabulary import Mention, load

SPACE = "[ \u00a0\u202f\u2009\u2007]"  # the spaces that group thousands: normal, NBSP, thin, figure
# Between groups of thousands only, also an apostrophe, a right quote or a backtick: some
# tables write "305`568,63 EUR" or "12'500 EUR".
GROUP = "[ \u00a0\u202f\u2009\u2007'’`]"
# The groups of thousands are bounded (up to 999 999 999 999 999): unbounded, a run of
# "100 000 100 000 …" with no currency made every start rescan the run (quadratic).
NUMBER = (
    rf"\d{{1,3}}(?:{GROUP}\d{{3}}){{1,4}}(?:,\d+|\.\d{{1,2}}(?!\d))?"  # 4 486 638 / 1 234 567,89 / 1 907 056.73
    r"|\d{1,3}(?:\.\d{3}){2,4}(?:,\d+)?"  # 1.234.567 (dots group thousands)
    r"|\d+(?:[.,]\d+)?"  # 500000 / 1,2 / 1.5
)
PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|procent\w*)", re.IGNORECASE)
WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Amount:
    value: int | float
    currency: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], list[tuple[re.Pattern, int]]]:
    data = load("budgets")
    currency_of = {w.lower(): code for code, words in data["currencies"].items() for w in words}
    words = sorted(currency_of, key=len, reverse=True)
    currency = grouped_alternation(words)
    scales = [(re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE), int(factor))
              for factor, pats in data["multipliers"].items()]
    # Longer words first, so that "miljardi" is not read as "milj." and a rest.
    scale = "|".join(f"(?:{p})" for p in sorted((p for pats in data["multipliers"].values() for p in pats), key=len, reverse=True))
    # Word edges that also hold for "€" and "$", which \b does not frame.
    cur = rf"(?<![^\W\d_])(?P<cur>{currency})(?![^\W\d_])"
    num = rf"(?<![\d.,\w])(?P<num>{NUMBER})(?![\d])"
    scl = rf"(?:{SPACE}*(?P<scale>{scale})(?![\w]))?"
    # A line may break between the number and a currency word ("175 115\nlatus, lai …"), but
    # not before a currency that heads a number of its own on the next line ("…\nEUR 500").
    bare = rf"(?<![^\W\d_])(?:{currency})(?![^\W\d_])"
    gap = rf"(?:{SPACE}*|{SPACE}*\n{SPACE}*(?={bare}(?!{SPACE}*\d)))"
    # The number may be spelled out in brackets before the currency: "1 000 000 (viens miljons) EUR".
    # Not when the currency heads a number of its own: "2019 (pērn) EUR 500" is EUR 500.
    spelled = rf"(?:{SPACE}*\([^()\d\n]{{1,80}}\)(?={SPACE}*{bare}(?!{SPACE}*\d)))?"
    after = re.compile(rf"{num}{scl}{spelled}{gap}(?:,-{SPACE}*)?{cur}", re.IGNORECASE)
    before = re.compile(rf"{cur}{SPACE}*{num}{scl}", re.IGNORECASE)
    return after, before, currency_of, scales


# A whole number of a larger unit right before an amount: "1 miljons" in "1 miljons 300 tūkstoši eiro".
LARGER_BEFORE = re.compile(rf"(?<![\d.,\w])(?P<num>\d{{1,3}}){SPACE}+(?P<scale>miljon\w*|miljard\w*|milj\.|mljrd\.|mlrd\.){SPACE}+$",
                           re.IGNORECASE)


def parse_number(text: str) -> float:
    digits = re.sub(GROUP, "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", digits):
        digits = digits.replace(".", "")
    return float(digits.replace(",", "."))


def _as_number(value: float) -> int | float:
    value = round(value, 2)
    return int(value) if value == int(value) else value


def find_amounts(text: str) -> list[Amount]:
    after, before, currency_of, scales = _patterns()
    found: list[Amount] = []
    taken = Intervals()

    def keep(amount: Amount) -> None:
        found.append(amount)
        taken.add(amount.start, amount.end)

    for regex in (after, before):
        for m in regex.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            factor = next((f for pattern, f in scales if pattern.fullmatch(m["scale"])), 1) if m["scale"] else 1
            code = currency_of[re.sub(r"\s+", " ", m["cur"].lower())]
            value, start = parse_number(m["num"]) * factor, m.start()
            # "1 miljons 300 tūkstoši eiro": a larger unit before the amount adds to it.
            larger = LARGER_BEFORE.search(text, max(0, start - 30), start) if regex is after else None
            if larger is not None:
                unit = next((f for pattern, f in scales if pattern.fullmatch(larger["scale"])), 1)
                if unit > factor and not taken.overlaps(larger.start(), start):
                    value, start = value + int(larger["num"]) * unit, larger.start()
            keep(Amount(_as_number(value), code, start, m.end()))
            if regex is after and start == m.start():
                for listed in _listed_before(text, m.start(), code, factor):
                    if not taken.overlaps(listed.start, listed.end):
                        keep(listed)
    for amount in _carried_currency(text, found, taken):
        keep(amount)
    for amount in amounts_in_words(text):
        # "10 000 000 LVL (desmit miljoni latu)": the words in brackets repeat the amount.
        repeated = re.search(r"\(\s*$", text[max(0, amount.start - 3):amount.start]) and taken.overlaps(
            max(0, amount.start - 40), amount.start)
        if not repeated and not taken.overlaps(amount.start, amount.end):
            keep(amount)
    for amount in amounts_under_header(text):
        if not taken.overlaps(amount.start, amount.end):
            keep(amount)
    return sorted(found, key=lambda a: a.start)


# --- a currency said once for a list of scaled amounts ---

# How far after an amount with its currency a scaled amount may take that currency.
CARRY_REACH = 150
# Where a sentence or paragraph ends between two amounts: the currency does not carry over.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])|\n\s*\n")


@lru_cache(maxsize=1)
def _scaled_patterns() -> tuple[re.Pattern, re.Pattern, list[tuple[re.Pattern, int]]]:
    """(a scaled number without a currency, a scale word anywhere, the scales)."""
    scales = _patterns()[3]
    data = load("budgets")
    scale = "|".join(f"(?:{p})" for p in sorted((p for pats in data["multipliers"].values() for p in pats), key=len, reverse=True))
    # The scale word ends the phrase ("– 8,2 miljoni.", "125 tūkstoši – …"): a noun after it
    # counts something else ("1,9 miljoni iedzīvotāju").
    bare = re.compile(rf"(?<![\d.,\w])(?P<num>{NUMBER}){SPACE}+(?P<scale>{scale})(?![\w])"
                      rf"(?=\s*(?:[.,;:–—)-]|\bun\b|$))", re.IGNORECASE)
    return bare, re.compile(rf"(?<![\w])(?:{scale})(?![\w])", re.IGNORECASE), scales


def _carried_currency(text: str, found: list[Amount], taken: Intervals) -> list[Amount]:
    """"izglītībai 10,2 miljoni eiro, uzņēmējdarbībai – 8,2 miljoni": a scaled amount without a
    currency, in the same sentence shortly after a scaled amount with one, is in that currency.
    One pass over the scaled numbers, a bisection into the amounts found per number."""
    if not found:
        return []
    bare, scale_word, scales = _scaled_patterns()
    ordered = sorted(found, key=lambda a: a.start)
    ends = [a.end for a in ordered]
    carried = []
    for m in bare.finditer(text):
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0 or taken.overlaps(m.start(), m.end()):
            continue
        previous = ordered[i]
        between = text[previous.end:m.start()]
        if len(between) > CARRY_REACH or _SENTENCE_BREAK.search(between) \
                or not scale_word.search(text, previous.start, previous.end):
            continue
        factor = next((f for p, f in scales if p.fullmatch(m["scale"])), 1)
        carried.append(Amount(_as_number(parse_number(m["num"]) * factor), previous.currency, m.start(), m.end()))
    return carried


# --- amounts in words: "divi miljoni eiro", "trīs simti tūkstoši latu" ---

@lru_cache(maxsize=1)
def _number_words() -> dict:
    data = load("budgets")["number_words"]
    stems = {k: int(v) for k, v in data["stems"].items()}
    stem = "|".join(sorted(stems, key=len, reverse=True))
    return {
        "units": [(re.compile(p), int(v)) for p, v in data["units"].items()],
        "stems": stems,
        "compound": [(re.compile(rf"({stem})padsmit"), lambda d: 10 + d),
                     (re.compile(rf"({stem})desmit"), lambda d: 10 * d),
                     (re.compile(rf"({stem}){data['hundred']}"), lambda d: 100 * d)],
        "hundred": re.compile(data["hundred"]),
        "scales": [(re.compile(p), int(v)) for p, v in data["scales"].items()],
    }


@lru_cache(maxsize=50_000)  # called for every word near an amount: up to 16 regexes each
def number_word(word: str) -> tuple[str, int] | None:
    """("add", n), ("hundred", 100) or ("scale", 1000, 1000000 …) for a number word, else None."""
    table = _number_words()
    w = word.lower()
    if w == "desmit":
        return "add", 10
    for pattern, value in table["compound"]:
        m = pattern.fullmatch(w)
        if m:
            return "add", value(table["stems"][m.group(1)])
    if table["hundred"].fullmatch(w):
        return "hundred", 100
    for pattern, factor in table["scales"]:
        if pattern.fullmatch(w):
            return "scale", factor
    for pattern, value in table["units"]:
        if pattern.fullmatch(w):
            return "add", value
    return None


def words_value(parts: list[tuple[str, int]]) -> int:
    """The number a run of number words says: "trīs simti tūkstoši" → 300 000."""
    total = current = 0
    for kind, n in parts:
        if kind == "add":
            current += n
        elif kind == "hundred":
            current = (current or 1) * n
        else:
            total += (current or 1) * n
            current = 0
    return total + current


def amounts_in_words(text: str) -> list[Amount]:
    """Runs of number words right before a currency word ("divi miljoni eiro"): one pass
    over the words of the text, O(n)."""
    currency_of = _patterns()[2]
    found: list[Amount] = []
    run: list[tuple[str, int]] = []
    run_start = run_end = 0
    for m in WORDS.finditer(text):
        if run and text[run_end:m.start()].strip(" \u00a0") != "":
            run = []  # the words of a number stand next to each other
        word = m.group(0)
        code = currency_of.get(word.lower())
        # A scale word alone is a number only in the singular nominative ("miljons eiro");
        # "miljonus eiro" after "vairākus" is no number at all.
        # A lone digit word is an idiom more often than money ("Viens eiro, kas ieguldīts …").
        # Asked only at a currency word, which ends the run: each run is valued once.
        if code and run and ((any(kind != "scale" for kind, _ in run) and words_value(run) >= 10) or (
                len(run) == 1 and run[0][0] == "scale" and re.search(r"(?:(?<!u)s|tis)$", text[run_start:run_end], re.IGNORECASE))):
            found.append(Amount(words_value(run), code, run_start, m.end()))
            run = []
            continue
        part = number_word(word)
        if part is None:
            run = []
            continue
        if not run:
            run_start = m.start()
        run.append(part)
        run_end = m.end()
    return found


# --- a currency heading a list: "Izmaksas, EUR: 12 500.50, no tām … 85 % – 10 625.43" ---

MONEY_SHAPED = re.compile(
    rf"(?<![\d.,\w/+-])(?:\d{{1,3}}(?:{SPACE}\d{{3}}){{1,4}}(?:[.,]\d{{2}})?|\d{{3,}}[.,]\d{{2}}|\d{{1,2}}[.,]\d{{2}}|\d{{3,7}})(?![\d\w]|[.,/]\d)")
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def _header_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = load("budgets")["list_header"]
    currency_of = _patterns()[2]
    words = grouped_alternation(sorted(currency_of, key=len, reverse=True))
    # "Izmaksas, EUR:", "Summa (EUR):", "Izmaksas (euro) 12 500": a currency word standing
    # alone after a comma and before a colon or a dash, or alone in brackets.
    header = re.compile(rf",{SPACE}*(?P<cur>{words}){SPACE}*[:–—-]|\({SPACE}*(?P<bracketed>{words}){SPACE}*\)",
                        re.IGNORECASE)
    not_after = re.compile("|".join(f"(?:{p})" for p in data["not_after"]), re.IGNORECASE)
    not_before = re.compile("|".join(f"(?:{p})" for p in data["not_before"]), re.IGNORECASE)
    return header, not_after, not_before, int(data["reach"])


def amounts_under_header(text: str) -> list[Amount]:
    """Money-shaped numbers after a currency heading ("Izmaksas, EUR: …"), up to a blank line
    or `reach` characters, each with that currency. Regions never overlap (the next heading is
    searched from the end of the last region), so the text is read once: O(n)."""
    header, not_after, not_before, reach = _header_patterns()
    currency_of = _patterns()[2]
    found: list[Amount] = []
    pos = 0
    while (h := header.search(text, pos)) is not None:
        end = min(len(text), h.end() + reach)
        blank = re.search(r"\n[ \t\u00a0]*\n", text[h.end():end])
        end = h.end() + blank.start() if blank else end
        code = currency_of[(h["cur"] or h["bracketed"]).lower()]
        for m in MONEY_SHAPED.finditer(text, h.end(), end):
            digits = re.sub(SPACE, "", m.group(0))
            if YEAR_LIKE.fullmatch(digits) or re.fullmatch(r"[26]\d{7}", digits):
                continue  # a year or a phone number
            if not_after.match(text, m.end()) or not_before.search(text[max(0, m.start() - 12):m.start()]):
                continue
            found.append(Amount(_as_number(parse_number(m.group(0))), code, m.start(), m.end()))
        pos = max(end, h.end())
    return found


# "150, 100 un 50 eiro", and the lower end of a range: "no 6 000 līdz 20 000 eiro", "6 000–20 000 eiro".
LISTED = re.compile(rf"(?<![\d.,\w])({NUMBER})\s*(?:,|\bun\b|\bvai\b|(?<=\d)\s*[–—-]|(?<=\d)\s+līdz\b)\s*$")
# "līdz" joins a range only after "no": "no 6 000 līdz 20 000 eiro" (not "palielinot līdz …").
RANGE_FROM = re.compile(r"\bno\s*$", re.IGNORECASE)


def _listed_before(text: str, start: int, currency: str, factor: float) -> list[Amount]:
    """Amounts that share the currency of the one after them: "150, 100 un 50 eiro"."""
    listed = []
    while True:
        m = LISTED.search(text, max(0, start - 40), start)
        if not m or (m.group(0).rstrip().endswith("līdz") and not RANGE_FROM.search(text, max(0, m.start() - 4), m.start())):
            return listed
        listed.append(Amount(_as_number(parse_number(m.group(1)) * factor), currency, m.start(1), m.end(1)))
        start = m.start()


@lru_cache(maxsize=1)
def _kind_cues() -> dict[str, list[tuple[str, ...]]]:
    return {kind: [tuple(stem(w) if w != "..." else w for w in re.findall(r"\.\.\.|\w+", cue)) for cue in cues]
            for kind, cues in load("budgets")["kind"].items()}


def _has_cue(stems: list[str], cue: tuple[str, ...]) -> bool:
    """The cue's words in a row; "..." lets any words stand between two of them. Each part is
    looked for from where the one before it ended (its first occurrence is always the best
    choice), so a clause of k words costs O(k) per cue part."""
    pos = 0
    for part in _cue_parts(cue):
        n = len(part)
        found = next((i for i in range(pos, len(stems) - n + 1) if tuple(stems[i:i + n]) == part), None)
        if found is None:
            return False
        pos = found + n
    return True


@lru_cache(maxsize=None)  # one entry per cue of budgets.toml
def _cue_parts(cue: tuple[str, ...]) -> list[tuple[str, ...]]:
    """("kopēj", "...", "budžet") → [("kopēj",), ("budžet",)]."""
    parts: list[tuple[str, ...]] = [()]
    for word in cue:
        if word == "...":
            parts.append(())
        else:
            parts[-1] += (word,)
    return [p for p in parts if p]


@lru_cache(maxsize=4096)  # the kind depends on the clause alone; lists repeat clauses
def budget_kind(clause: str) -> str:
    stems = [stem(w) for w in WORDS.findall(clause)]
    present = set(stems)
    for kind in ("total", "funding"):
        if any(present.issuperset(w for w in cue if w != "...") and _has_cue(stems, cue)
               for cue in _kind_cues()[kind]):
            return kind
    return "other"


def _clause_before(text: str, sentence_start: int, amount: Amount, previous_end: int) -> str:
    """The words before the amount that can say what it is: back to the sentence start,
    the previous amount or a semicolon, whichever is nearest."""
    start = max(sentence_start, previous_end)
    semicolon = text.rfind(";", start, amount.start)
    return text[max(start, semicolon + 1):amount.start]


def _sources(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start) that lie within [start, end)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return [m for m in mentions[first:last] if m.end <= end]


# What may stand between a fund and the percentage after it: "ESF finansējums – 85 %".
FUND_THEN_PERCENT = re.compile(r"^[\s–—:\-]*(?:(?:finansējum\w*|līdzfinansējum\w*|daļa|ir|sastāda|veido)[\s–—:\-]*)*$", re.I)
# "85 % jeb 729 825,54 EUR": the amount of a share, which carries no shares of its own.
SHARE_AMOUNT = re.compile(r"\d\s?%\s*(?:jeb|vai|–|-)\s*$")


def is_share_amount(text: str, amount: Amount) -> bool:
    return bool(SHARE_AMOUNT.search(text[max(0, amount.start - 20):amount.start]))


def find_shares(text: str, amount: Amount, region_end: int, mentions: list[Mention]) -> list[Share]:
    """Percentages after the amount, each with the fund named beside it.

    The fund usually follows its percentage ("85 % ir ESF finansējums", "85 % jeb 729 825 EUR
    ir ERAF finansējums"); a fund right before the first percentage ("ESF finansējums – 85 %,
    valsts līdzfinansējums – 15 %") puts every fund first.
    """
    percents = [p for p in PERCENT.finditer(text, amount.end, region_end)]
    if not percents:
        return []
    bounds = [p.start() for p in percents[1:]] + [region_end]
    forward = [_sources(mentions, p.end(), b) for p, b in zip(percents, bounds)]
    backward_bounds = [amount.end] + [p.end() for p in percents[:-1]]
    backward = [[m for m in _sources(mentions, b, p.start()) if FUND_THEN_PERCENT.match(text[m.end:p.start()])]
                for p, b in zip(percents, backward_bounds)]
    fund_first = bool(backward[0])
    shares: list[Share] = []
    for i, p in enumerate(percents):
        candidates = backward[i][-1:] if fund_first else forward[i][:1]
        if not candidates:
            continue
        percent = _as_number(float(p.group(1).replace(",", ".")))
        if 0 < percent <= 100:
            shares.append(Share(percent=percent, source=candidates[0].id))
    return shares


def extract(doc: Document, record: Record) -> None:
    text = doc.text
    dates = Intervals((d.span.start, d.span.end) for d in record.dates)
    amounts = [a for a in find_amounts(text) if not dates.overlaps(a.start, a.end)]
    if not amounts:
        return
    mentions = sorted(find_mentions(doc), key=lambda m: m.start)
    # For each amount, where the next amount of its own (not a share's amount) starts.
    next_own_start: list[int | None] = [None] * len(amounts)
    upcoming = None
    for n in range(len(amounts) - 1, -1, -1):
        next_own_start[n] = upcoming
        if not is_share_amount(text, amounts[n]):
            upcoming = amounts[n].start
    previous_end = 0
    for n, amount in enumerate(amounts):
        index = doc.sentence_index(amount.start)
        sentence_start = doc.sentences[index].start if index is not None else 0
        kind = budget_kind(_clause_before(text, sentence_start, amount, previous_end))
        shares: list[Share] = []
        if not is_share_amount(text, amount):
            # Shares run to the end of the next sentence, but never into the next amount
            # of its own (the amounts of shares, "85 % jeb 729 825 EUR", do not stop them).
            last = min((index or 0) + 1, len(doc.sentences) - 1) if doc.sentences else None
            region_end = doc.sentences[last].end if last is not None else len(text)
            if next_own_start[n] is not None:
                region_end = min(region_end, next_own_start[n])
            shares = find_shares(text, amount, region_end, mentions)
        record.budgets.append(Budget(amount=amount.value, currency=amount.currency, kind=kind,
                                     shares=shares, span=doc.span(amount.start, amount.end)))
        previous_end = amount.end
