"""A day's own item in a sentence that lists days, each before its noun ("5. un 12. maijā notiks
lekcijas, 19. maijā – noslēguma koncerts", "10. februārī darbnīcu, 14. aprīlī talku un 22. septembrī
balli"): a noun past a later item's day is that day's, not this one's, however well it ranks (a
nominative singular "koncerts" outranks the plural "lekcijas", whose form is also a genitive). When
the day's own stretch — from the day to where the next item opens — names an occurrence (by a noun,
else by a verb: "3. martā viesojās delegācija, 10. martā notika koncerts"), that one is the day's.
Days joined only by "un" or commas ("5. un 12. maijā", "5., 12. maijā") share one item.
Only nouns after the day are questioned: a noun before its day ("Seminārs 3. jūlijā, lekcija –
4. jūlijā") is the noun-first list's, which `day_items` reads. Each date costs O(log dates) plus
its stretch."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .ranking import Nouns
from .verbs import verb_noun

# A gap between two days that only joins them into one item: "5. un 12.", "5., 12.", "5. vai 6.".
JOINING_GAP = re.compile(r"[\s.,]*(?:(?:un|vai|arī)\s+)?", re.IGNORECASE)
# At most this many later days are walked past to the noun (joined days of one item, then the next
# item's day): a list item joins a few days, not dozens.
MAX_DAYS_PAST = 12
# Where the next item opens within the gap before its day: after its comma or semicolon, or before
# the "un" / "bet" / "savukārt" that joins the last item.
# How far back from the next item's day its opening is looked for: an item's last words, not a long gap.
CUT_REACH = 200
ITEM_CUT = re.compile(r"[,;][^,;]*$|\s(?:un|bet|savukārt)\s+[^,;]*$", re.IGNORECASE)


def own_item_noun(doc: Document, index: Nouns, noun: NounMention | None, bounds: tuple[int, int],
                  mention: DateMention, starts: list[int], ends: dict[int, int]) -> NounMention | None:
    """The noun of the day's own item when `noun` lies past a later item's day, or between an
    earlier item's day and this one while this day's stretch names its own; else None."""
    if noun is None:
        return None
    if noun.start < mention.span.start:
        return _after_previous(doc, index, noun, bounds, mention, starts, ends)
    text = doc.text
    k = bisect.bisect_right(starts, mention.span.start)
    end = ends.get(mention.span.start, mention.span.end)
    stop = min(len(starts), k + MAX_DAYS_PAST)  # a hostile run of joined days costs no more per date
    while k < stop and starts[k] < noun.start:
        nxt = starts[k]
        if nxt >= bounds[1]:
            return None
        if JOINING_GAP.fullmatch(text, end, nxt):  # "5. un 12. maijā": the same item goes on
            end = ends.get(nxt, nxt)
            k += 1
            continue
        return _stretch_noun(doc, index, noun, bounds, mention, end, nxt)
    return None


def _stretch_noun(doc: Document, index: Nouns, noun: NounMention, bounds: tuple[int, int], mention: DateMention,
                  end: int, nxt: int) -> NounMention | None:
    """The noun of the stretch from the day to where the item of the day at `nxt` opens."""
    cut = ITEM_CUT.search(doc.text, max(end, nxt - CUT_REACH), nxt)
    stretch = (mention.span.start, cut.start() if cut else nxt)
    # The sentence's verb of taking place speaks for its verbless items too ("notiks nometne,
    # 12. augustā – sporta svētki"): nouns that need one count in the stretch when the clause has it.
    found = [n for n in index.all_in(stretch, told=True if index.told(bounds) else None)
             if n.start >= mention.span.end and not index.rank_of(n)[0]]
    own = min(found, key=lambda n: (index.rank_of(n), n.start), default=None)
    if own is None:
        # "3. martā skolā viesojās rakstniece, 10. martā notika tikšanās": the stretch's own verb
        # names its occurrence.
        verb = verb_noun(doc, stretch, mention)
        return verb if verb is not None and verb.start >= mention.span.end else None
    return None if own is noun else own


def _after_previous(doc: Document, index: Nouns, noun: NounMention, bounds: tuple[int, int],
                    mention: DateMention, starts: list[int], ends: dict[int, int]) -> NounMention | None:
    """"14. aprīlī talku un 22. septembrī balli": the noun before the day follows the previous item's
    day, so it is that item's when this day names its own after it."""
    k = bisect.bisect_left(starts, mention.span.start) - 1
    if k < 0 or starts[k] < bounds[0] or ends.get(starts[k], starts[k]) > noun.start:
        return None
    if JOINING_GAP.fullmatch(doc.text, ends.get(starts[k], starts[k]), mention.span.start):
        return None
    later = bisect.bisect_right(starts, mention.span.start)
    nxt = starts[later] if later < len(starts) and starts[later] < bounds[1] else bounds[1]
    return _stretch_noun(doc, index, noun, bounds, mention, mention.span.end, nxt)
