"""budgets: money amounts with their currency, kind and shares (RECORD.md, "Budgets").

An amount is a number with a currency word next to it ("4 486 638 Eiro", "EUR 12 000",
"1,2 milj. eiro"), so percentages, hours, head counts, phone numbers and years, which carry
none, are not money. The currency words, scale words and kind cues are data
(data/budgets.toml). Shares ("85 % ir Eiropas Sociālā fonda finansējums, un 15 % līdzfinansē
valsts") are read from the rest of the amount's sentence and the sentence after it, their
source being the fund the funding vocabulary finds beside each percentage.

Modules, bottom to top: numbers (number formats, the Amount) → currencies (the currency and
scale patterns of the vocabulary) → in_words ("divi miljoni eiro") and under_header
("Izmaksas, EUR: 12 500.50") → range_ends (a range's other end, a list before its amount) →
amounts (every amount: digits with a currency, currencies carried to a list or a later scaled
amount, larger units, then the two above) → kinds (total, funding or other) and shares
(percentages and their funds), ratio (a ratio's unit and rate, "uz 1 eiro … 2,24 eiro", no sums) → here (the extract loop: amounts not taken by dates, each with
its kind and shares, as a Budget; seconds written "sek" are no money: latvian/money.unit_not_money).
"""
from __future__ import annotations

from ...document import Document
from ...latvian.money import unit_not_money
from ...layout import layout
from ...record import Budget, Record, Share
from ...spans import Intervals
from ..funding_mentions import find_mentions
from ..related_list import related_start
from .amounts import find_amounts
from .furniture import menu_rubric, subscription_offer
from .in_address import address_spans
from .kinds import budget_kind, clause_before, elliptic, label_after
from .range_ends import range_upper
from .ratio import ratio_figures
from .shares import find_shares, is_share_amount

__all__ = ["extract", "find_amounts"]


def extract(doc: Document, record: Record) -> None:
    text = doc.text
    dates = Intervals((d.span.start, d.span.end) for d in record.dates)
    # Other articles' headlines under a related-articles marker ("Līdzīgi raksti") tell their own sums, not
    # this text's (related_list.py, as events and projects read it)
    related = related_start(doc)
    amounts = [a for a in find_amounts(text) if a.start < related and not dates.overlaps(a.start, a.end)
               and not subscription_offer(text, a) and not menu_rubric(text, a)
               and not unit_not_money(text, a.currency, a.start, a.end)
               and not address_spans(doc).overlaps(a.start, a.end)]  # "…/1FAIpQLSeM1Ls59e0…" is no amount
    # (a ratio's unit and rate, "uz 1 eiro … piesaistīti 2,24 eiro", are no sums: budgets/ratio.py)
    ratio = ratio_figures(text, amounts)
    amounts = [a for a in amounts if not ratio.overlaps(a.start, a.end)]
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
    sentence_end = layout(doc).sentence_end
    previous_end = 0
    previous_clause = ""
    for n, amount in enumerate(amounts):
        index = doc.sentence_index(amount.start)
        sentence_start = doc.sentences[index].start if index is not None else 0
        clause = clause_before(text, sentence_start, amount, previous_end)
        kind = budget_kind(clause)
        if kind == "other" and (label := label_after(text, amount)):
            kind = budget_kind(label)
        if kind == "other" and n and previous_end > sentence_start and record.budgets \
                and (elliptic(text, previous_end, amount, previous_clause)
                     or (range_upper(text, previous_end, amount)
                         and amount.value >= record.budgets[-1].amount)):
            kind = record.budgets[-1].kind
        shares: list[Share] = []
        if not is_share_amount(text, amount):
            # Shares run to the end of the next sentence, but never into the next amount
            # of its own (the amounts of shares, "85 % jeb 729 825 EUR", do not stop them).
            last = min((index or 0) + 1, len(doc.sentences) - 1) if doc.sentences else None
            region_end = doc.sentences[last].end if last is not None else len(text)
            if next_own_start[n] is not None:
                region_end = min(region_end, next_own_start[n])
            shares = find_shares(text, amount, region_end, mentions, sentence_end,
                                 clause_start=max(sentence_start, previous_end))
        record.budgets.append(Budget(amount=amount.value, currency=amount.currency, kind=kind,
                                     shares=shares, span=doc.span(amount.start, amount.end)))
        previous_end = amount.end
        previous_clause = clause
