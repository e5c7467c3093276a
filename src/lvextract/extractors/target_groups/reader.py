"""The token-level reading of one document behind the served-or-not rules: what governs a group
word (looking back: looking_back.py) and the sentences, lists and menus it stands in; what follows
it (a service noun, a collective, a person noun) is read in genitives.py."""
from __future__ import annotations

import bisect
import re
from functools import cached_property

from ...document import Document
from ...latvian.months import month_forms
from ...latvian.places import LOCATIVE_ENDINGS
from ...latvian.verb_forms import is_verb_lemma
from ...temporal.date_patterns import CLOCK_WORD
from .clauses import NOTE_REACH, ClauseReading
from .forms import form
from .genitives import GenitiveReading
from .lexicon import context
from .looking_back import LookingBack
from .mentions import Found
from .regions import list_regions, menu_regions
from .sentence_reading import SentenceReading

CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
CLOCK_WORD_RE = re.compile(CLOCK_WORD)  # the word before a clock time ("no plkst. 11"), whole
YEAR = re.compile(r"(?:19|20)\d\d\.?")
# How many words of the place may stand between its locative (latvian.places.LOCATIVE_ENDINGS:
# "pašvaldībās", "novados", "skolā", "Rīgā") and a meeting's noun ("tikšanās 20 Kurzemes reģiona pašvaldībās ar …").
PLACE_REACH = 4
DAY = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.?")


class Reader(LookingBack, GenitiveReading, ClauseReading, SentenceReading):
    """The token-level view of one document that the context rules need."""

    def __init__(self, doc: Document, found: list[Found]):
        self.doc = doc
        self.sdoc = doc.spacy
        self.ctx = context()
        self.found = found
        self.in_mention: dict[int, Found] = {}
        self.starts = sorted(f.mention.start for f in found)
        for f in found:
            for i in range(f.mention.token_start, f.mention.token_end):
                self.in_mention[i] = f
        self._participation: dict[int, list[tuple[int, str]]] = {}
        self._owned_by: dict[int, bool] = {}  # whose.owned_by's answer per mention, by id
        self.list_regions = list_regions(doc.text, self.ctx.list_header, self.ctx.awards)
        self.menu_regions = menu_regions(doc.text, self.ctx.menu_min_items, self.ctx.menu_max_item_words, self.ctx.list_header)

    def word(self, i: int) -> str:
        return self._lower_words[i]

    def mentions_in_sentence(self, index: int) -> list[Found]:
        """The mentions found in sentence `index`, by where they start (the map built once)."""
        return self._mentions_by_sentence.get(index, [])

    @cached_property
    def _mentions_by_sentence(self) -> dict[int, list[Found]]:
        by_sentence: dict[int, list[Found]] = {}
        for f in self.found:
            by_sentence.setdefault(self.doc.sentence_index(f.mention.start), []).append(f)
        return by_sentence

    @cached_property
    def _lower_words(self) -> list[str]:
        """Each token's text in lower case (spaCy's LOWER), read once from the Doc's array: the rules
        ask some 250 times per document, and each `sdoc[i]` makes a Token object."""
        from spacy.attrs import LOWER

        strings = self.sdoc.vocab.strings
        return [strings[h] for h in self.sdoc.to_array(LOWER).tolist()]

    @cached_property
    def _spaces(self) -> list[int]:
        """Whether each token is white space (spaCy's IS_SPACE), read once as `_lower_words`."""
        from spacy.attrs import IS_SPACE

        return self.sdoc.to_array(IS_SPACE).tolist()

    def skip_space(self, i: int) -> int:
        """The first token from `i` on that is not white space (the text's length at its end)."""
        n = len(self.sdoc)
        spaces = self._spaces
        while i < n and spaces[i]:
            i += 1
        return i

    def capitalised_word(self, mention):
        """The token of a one-word mention written with a capital, not in capitals ("Senioru" in a
        name's "XVI Senioru svētki", not "NVO"), or None."""
        if mention.token_end - mention.token_start != 1:
            return None
        token = self.sdoc[mention.token_start]
        return token if token.text[:1].isupper() and not token.text.isupper() else None

    def previous_word(self, i: int) -> int | None:
        i -= 1
        spaces = self._spaces
        while i >= 0 and spaces[i]:
            i -= 1
        return i if i >= 0 else None

    def modified_noun(self, i: int) -> int | None:
        """The word a modifier starting at token `i` qualifies: the one before it, or past a one-word
        alternative in brackets after that noun, as the law writes it: "ģimenēm (personām), kurām
        piešķirts trūcīgas ģimenes statuss", "ģimenei (personai) ar trūcīgās ģimenes statusu"."""
        j = self.previous_word(i)
        if j is None or self.sdoc[j].text != ")":
            return j
        word = self.previous_word(j)
        opening = self.previous_word(word) if word is not None else None
        if opening is None or self.sdoc[opening].text != "(" or not self.sdoc[word].text.isalpha():
            return j
        return self.previous_word(opening)

    def words_back(self, i: int, reach: int):
        """The indices of at most `reach` words before token `i`, nearest first, within its sentence."""
        for _ in range(reach):
            if self.sdoc[i].is_sent_start:
                return
            i = self.previous_word(i)
            if i is None:
                return
            yield i

    def words_ahead(self, i: int, reach: int, *, through_punct: bool = False, ordinal_dot: bool = False):
        """The indices of at most `reach` words from token `i` on, within its sentence (spaces
        skipped); up to the first token that is no word unless `through_punct` (then it counts too).
        With `ordinal_dot`, the clause's tokens: up to a punctuation mark other than an ordinal's dot
        ("no 3. klasēm"; a number and the dot count as tokens)."""
        sdoc, n = self.sdoc, len(self.sdoc)
        for _ in range(reach):
            i = self.skip_space(i)
            if i >= n or sdoc[i].is_sent_start:
                return
            token = sdoc[i]
            if ordinal_dot:
                stop = token.is_punct and not (token.text == "." and i > 0 and sdoc[i - 1].is_digit)
            else:
                stop = not (through_punct or token.is_alpha)
            if stop:
                return
            yield i
            i += 1

    @cached_property
    def _token_starts(self) -> list[int]:
        """Each token's first character (spaCy's IDX), read once as `_lower_words`."""
        from spacy.attrs import IDX

        return self.sdoc.to_array(IDX).tolist()

    def token_ending_at(self, char: int) -> int | None:
        """The token that ends at character `char` (None if none does); O(log n)."""
        starts = self._token_starts
        i = bisect.bisect_left(starts, char) - 1
        return i if i >= 0 and starts[i] + len(self.sdoc[i].text) == char else None

    def locative_noun(self, i: int) -> bool:
        """A noun in the locative ("ģimenēs", "organizācijās"; the singular too: "lieto ģimenē",
        "dzīvo audžuģimenē"), which shares its ending with a definite adjective or participle
        ("trūcīgās", "trūcīgā"): the lemma of a noun ends in -a or -e, an adjective's does not. (Not a
        singular word for a category, "nonākuši sociālā riska grupā": there one is a member.)"""
        token, lemma = self.sdoc[i], self.sdoc[i].lemma_.lower()
        return lemma.endswith(("a", "e")) and (token.text.lower().endswith(("ās", "ēs")) or (
            token.text.lower().endswith(("ā", "ē")) and not lemma.startswith(self.ctx.group_words)))

    def locative_after(self, end: int) -> bool:
        """Whether the word right after token `end` is a noun in the locative ("darbībā", "grupās")."""
        i = self.skip_space(end)
        if i >= len(self.sdoc):
            return False
        token = self.sdoc[i]
        return token.text.lower().endswith(("ā", "ē", "ās", "ēs")) and token.lemma_.lower().endswith(("a", "e"))

    def clock_follows(self, i: int) -> bool:
        """Whether a clock time follows token `i`: "no 9.30", also after its word ("no plkst. 11",
        "No pulksten 10")."""
        j = self.word_at_or_after(i + 1)
        if j is not None and CLOCK_WORD_RE.fullmatch(self.sdoc[j].text.lower().rstrip(".")):
            j = self.word_at_or_after(j + 1)
            if j is not None and self.sdoc[j].text == ".":
                j = self.word_at_or_after(j + 1)
            return j is not None and (CLOCK.fullmatch(self.sdoc[j].text) is not None or self.sdoc[j].text.isdigit())
        return j is not None and CLOCK.fullmatch(self.sdoc[j].text) is not None

    def year_follows(self, i: int) -> bool:
        j = self.word_at_or_after(i + 1)
        return j is not None and YEAR.fullmatch(self.sdoc[j].text) is not None

    def day_follows(self, i: int) -> bool:
        """Whether a day of a month follows token `i`: "No 1. septembra nodarbības … bērniem" (the
        preposition has the date, not the group after it)."""
        j = self.word_at_or_after(i + 1)
        if j is None or DAY.fullmatch(self.sdoc[j].text) is None:
            return False
        j = self.word_at_or_after(j + 1)
        if j is not None and self.sdoc[j].text == ".":
            j = self.word_at_or_after(j + 1)
        return j is not None and self.sdoc[j].text.lower() in month_forms()

    def between_noun_before(self, i: int) -> bool:
        before = self.previous_word(i)
        return before is not None and self.word(before).startswith(self.ctx.between_nouns)

    def after_together(self, i: int) -> bool:
        before = self.previous_word(i)
        return before is not None and self.word(before) == "kopā"

    def works_with(self, i: int, reach: int = 4, host: bool = False) -> bool:
        """"strādā ar senioriem", "darbs ar jauniešiem"; a working verb also past a place:
        "strādā Liepājā un Dienvidkurzemē ar sievietēm"; and a meeting's noun past the place it is held in,
        a locative right before "ar": "tikšanās 20 reģiona pašvaldībās ar darba devējiem"."""
        if self._meeting_past_place(i, host):
            return True
        for distance in range(1, reach + 1):
            i = self.previous_word(i)
            # (a note in brackets right before "ar" is passed: "apspriedes (sanāksmes) ar iedzīvotājiem")
            if distance == 1:
                i = self._past_brackets(i, NOTE_REACH)
            if i is None or self.sdoc[i].is_punct:
                return False
            word = self.word(i)
            if word in self.ctx.work_with and (distance == 1 or word.startswith("strād")):
                if word in self.ctx.meeting_nouns and host:
                    return False  # "tikšanās ar speciālistiem": they speak to others
                before = self.previous_word(i)
                # "aicina iedzīvotājus uz tikšanos ar … speciālistiem": the invited meet the hosts.
                return before is None or self.word(before) not in self.ctx.invited_to_meet
        return False

    def _meeting_past_place(self, ar: int, host: bool) -> bool:
        """A meeting noun a few words before "ar" (token `ar`), the word right before "ar" a locative
        (LOCATIVE_ENDINGS) and those between a place's words (a number, a genitive, a capitalised name):
        the meeting is held with the group there. Not for hosts ("tikšanās ar speciālistiem")."""
        before = self.previous_word(ar)
        if host or before is None or not self.word(before).endswith(LOCATIVE_ENDINGS):
            return False
        i = before
        for _ in range(PLACE_REACH):
            i = self.previous_word(i)
            if i is None or self.sdoc[i].is_punct:
                return False
            word = self.word(i)
            if word in self.ctx.meeting_nouns:
                return True
            if not (word.isdigit() or self.sdoc[i].text[:1].isupper() or "genitive" in form(word)):
                return False
        return False

    def participle_follows(self, start: int) -> bool:
        """Whether the groups from token `start` on ("bērniem un ģimenēm") are followed by a
        participle of working: "ar bērniem un ģimenēm strādājošie speciālisti" work for them."""
        word = self._word_past_groups(start)
        return word is not None and word.startswith(self.ctx.work_participles)

    def work_verb_follows(self, ar: int, start: int) -> bool:
        """"ar bērniem strādās jauns darbinieks": a verb of working right after the groups that
        follow "ar" (token `ar`), not said of partners ("kopā ar …", "sadarbībā ar …")."""
        before = self.previous_word(ar)
        if before is not None and self.word(before) in self.ctx.work_partner_words:
            return False
        word = self._word_past_groups(start)
        return word is not None and word in self.ctx.work_verbs_after

    def _word_past_groups(self, start: int) -> str | None:
        """The first word from token `start` on that is no "un", "vai" or comma joining groups,
        within eight words: what follows the groups."""
        i = self.token_past_groups(start)
        return None if i is None else self.word(i)

    def token_past_groups(self, start: int) -> int | None:
        """The token of `_word_past_groups` ("ar bērniem un jauniešiem dziedošie": "dziedošie")."""
        i, steps = start, 0
        while steps < 8 and (i := self.word_at_or_after(i)) is not None:
            steps += 1
            if self.word(i) not in {"un", "vai", ","}:
                return i
            i += 1
        return None

    def is_verb(self, i: int) -> bool:
        """Token `i` is a verb's form by the tagger's lemma in its sentence, an infinitive
        (latvian.verb_forms.is_verb_lemma; `is_verb_form` also leaves out the listed non-verbs)."""
        return is_verb_lemma(self.sdoc[i].lemma_)

    def _verb_after(self, start: int) -> bool:
        """Whether the first word after the mention at token `start` is a verb ("senioriem tika …")."""
        mention = self.in_mention.get(start)
        after = self.word_at_or_after(mention.mention.token_end if mention is not None else start + 1)
        return after is not None and self.sdoc[after].text.isalpha() and self.is_verb(after)

    def word_at_or_after(self, i: int) -> int | None:
        """The first token from `i` on that is neither white space nor inside a group mention
        (a mention is passed over whole), or None at the text's end. Looked up in an index built
        once per reader: the walk passed every group of a chain on each call (issue 13)."""
        ahead = self._word_ahead
        return ahead[i] if i < len(ahead) else None

    @cached_property
    def _word_ahead(self) -> list[int | None]:
        """`word_at_or_after` for every token, built from the text's end back (a mention's tokens
        take the answer at its end)."""
        n, spaces, in_mention = len(self.sdoc), self._spaces, self.in_mention
        ahead: list[int | None] = [None] * (n + 1)
        for i in range(n - 1, -1, -1):
            if spaces[i]:
                ahead[i] = ahead[i + 1]
            elif i in in_mention:
                ahead[i] = ahead[in_mention[i].mention.token_end]
            else:
                ahead[i] = i
        return ahead


def clause_tokens_after(reader: Reader, end: int, reach: int):
    """(index, token) of the words from token `end` on, up to `reach` of them and not past
    punctuation (spaces skipped)."""
    j, seen = end, 0
    while j < len(reader.sdoc) and seen < reach:
        token = reader.sdoc[j]
        j += 1
        if token.is_space:
            continue
        if token.is_punct:
            return
        seen += 1
        yield j - 1, token
