"""The clause-level reading behind the look-back of reader.py: quoted names and speech, an
organisation's quoted name, "tādas grupas kā" examples, age ranges and relative clauses that serve
the group, one ensemble that performs and an organisation's board. A mixin of `Reader`, whose `doc`, `sdoc`, `ctx`, `word` and `previous_word` it uses."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property
from itertools import accumulate

from ...latvian import orthography
from .forms import GENITIVE_PLURAL_ENDINGS

LOOKBACK_TOKENS = 15
STOPS = {".", ";", ":", "(", ")", "!", "?"}
SENTENCE_STOPS = frozenset(STOPS - {"(", ")"})  # the same without brackets: a clause read across one (told_how.py)
CLOSING_QUOTES = frozenset(orthography.CLOSING_QUOTES)
OBJECT_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:kuriem|kurām|kam|kurus|ko)[ \t]+(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})", re.I)
PROGRAMME_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,4}\.?")  # "9.2.2.3." before a programme's part
QUOTE_NEXT = re.compile(r"[ \t]*[„“\"«]\w")  # a quoted name right after a word
# A quoted name and another after a comma or "un"/"vai": a list of names ("kori „A”, „B”")
NAME_LIST = re.compile(r"[ \t]*[„“\"«][^„“”\"«»\n]{1,60}[”“\"»][ \t]*(?:,|un\s|vai\s)[ \t]*[„“\"«]")
NUMBER_BEFORE = re.compile(r"(?<![\w.])\d{1,2}(?:\.\d{1,2}){1,4}\.?[ \t]*$")  # ... a word apart
TITLE_BETWEEN = frozenset({"nr.", "nr", "ar", "nosaukumu", ":"})  # between a project's word and its quoted title
QUOTE_REACH = 40  # tokens, white space included: a quoted name is passed over whole, if it closes in reach
NOTE_REACH = 4  # tokens of a short note in brackets passed before "ar": "apspriedes (sanāksmes) ar …"
OWNER_ADJECTIVE_ENDINGS = ("ās", "o", "ā")  # a definite adjective's genitive: "vietējās", "vietējo", "privātā"
SHARED_HOPS = 3  # plural genitives coordinated after a group's genitive before the head noun they share
NAME_QUOTE_REACH = 12  # tokens from a quoted name's opening mark to its closing one


QUOTE_MARKS = frozenset({"„", "«", "“", '"', "”"})  # opens_quote's marks
LIST_JOINS = frozenset({",", "un", "vai"})  # between two items of a list: quoted names, groups
WITH = "ar"  # "ģimenēm ar bērniem", "cilvēkiem ar invaliditāti": the kind of the group before it
CORRELATIVE = "gan"  # "gan bērniem, gan senioriem": opens each item of a correlative list
LIST_ITEMS = 12  # quoted names passed back over to the word before the list


class ClauseReading:
    """Quote, example and clause tests over the document a `Reader` holds."""

    def in_organisation_name(self, start: int) -> bool:
        """Whether token `start` stands inside a quoted name after an organisation's word
        ("biedrības „Radošā apvienība jauniešiem …”"): whom the organisation is for, not the audience."""
        return self._quoted_after(start, self.ctx.organisations)

    def in_project_title(self, start: int) -> bool:
        """Whether token `start` stands inside a project's quoted title ("projekts „Atbalsta sistēma
        NVO”", "projekta Nr. 17-09 „…”", "projektu ar nosaukumu „…”")."""
        return self._quoted_after(start, self.ctx.projects)

    def _quoted_after(self, start: int, words: tuple[str, ...]) -> bool:
        if not self._quote_within(start, LOOKBACK_TOKENS):
            return False
        i: int | None = start
        for _ in range(LOOKBACK_TOKENS):
            i = self.previous_word(i)
            if i is None or self.word(i) in STOPS:
                return False
            if self.opens_quote(i):
                # (past the list's earlier titles: "projektiem “…” (…) un “…”")
                before = self._before_quoted_list(i)
                # (past a number or the naming words: "projekta Nr. 17-09 „…”", "projekts ar nosaukumu „…”")
                for _ in range(3):
                    if before is None or not (self.word(before) in TITLE_BETWEEN or any(c.isdigit() for c in self.word(before))):
                        break
                    before = self.previous_word(before)
                return before is not None and self.word(before).startswith(words)
            if self.word(i) in CLOSING_QUOTES:
                return False
        return False

    def _quote_within(self, start: int, reach: int) -> bool:
        """Whether a quote mark (QUOTE_MARKS) stands among the `reach` words before token `start`.
        The look-backs here answer yes only at a quote that opens a name, one of these marks, so
        without one in reach they are no at once: most mentions, and every one in a text without
        quotes, skip the walk. O(log n), the marks and the word counts read once per document."""
        marks = self._quote_marks
        k = bisect.bisect_left(marks, start) - 1
        return k >= 0 and self._words_before[start] - self._words_before[marks[k]] <= reach

    @cached_property
    def _quote_marks(self) -> list[int]:
        """The tokens that are a quote mark of QUOTE_MARKS, in order."""
        return [i for i, word in enumerate(self._lower_words) if word in QUOTE_MARKS]

    @cached_property
    def _words_before(self) -> list[int]:
        """_words_before[i]: how many of the tokens before token i are not white space."""
        return [0, *accumulate(not space for space in self._spaces)]

    def in_programme_name(self, start: int) -> bool:
        """Whether token `start` stands inside the quoted name of a programme's part ("specifiskā
        atbalsta mērķa „… personām ar invaliditāti un bērniem”", "9.2.2.3.pasākuma „…”"): the
        programme's groups, not this text's. Looks back at most QUOTE_REACH tokens."""
        if not self._quote_within(start, QUOTE_REACH):
            return False
        i: int | None = start
        for _ in range(QUOTE_REACH):
            i = self.previous_word(i)
            if i is None or self.word(i) in STOPS:
                return False
            if self.word(i) in CLOSING_QUOTES and not self.opens_quote(i):
                return False
            if self.opens_quote(i):
                before = self._before_quoted_list(i)
                if before is None:
                    return False
                word = self.word(before)
                if word.startswith(self.ctx.programme_parts):
                    return True
                # "9.2.2.3.pasākuma" (one token or more: "9.2.2.3. pasākuma")
                bare = PROGRAMME_NUMBER.sub("", word)
                at = self.sdoc[before].idx
                numbered = bare != word or NUMBER_BEFORE.search(self.doc.text, max(0, at - 20), at) is not None
                return numbered and bare.startswith(self.ctx.numbered_programme_parts)
        return False

    def group_list_back(self, start: int, reach: int, joins: frozenset[str] = LIST_JOINS) -> Iterator[int]:
        """The first tokens of the group mentions of a list joined by `joins` that ends at the mention
        starting at token `start`, from that one back: "jauniešu", then "bērnu" of "bērnu un jauniešu
        centrs". At most `reach` mentions back (bounded: a long list is read no further)."""
        i = self.item_start(start)
        yield i
        for _ in range(reach):
            before = self._past_correlative(self.previous_word(i), joins)
            if before is None or self.word(before) not in joins:
                return
            earlier = self.previous_word(before)
            if earlier is None or earlier not in self.in_mention:
                return
            i = self.item_start(self.in_mention[earlier].mention.token_start)
            yield i

    def item_start(self, start: int) -> int:
        """The first token of the list item whose group mention starts at token `start`: the noun a
        modifier qualifies ("cilvēkiem" of "cilvēkiem ar funkcionāliem traucējumiem", "jauniešiem ar
        ierobežotām iespējām"), the group a group after "ar" says the kind of ("ģimenēm" of "ģimenēm ar
        bērniem"); else `start`."""
        found = self.in_mention.get(start)
        if found is None:
            return start
        head = self.modified_noun(start) if found.modifier else None
        if head is None and not found.modifier:
            with_word = self.previous_word(start)
            if with_word is not None and self.word(with_word) == WITH:
                head = self.previous_word(with_word)
                if head is None or head not in self.in_mention:
                    return start
        if head is None or self.sdoc[head].is_punct:
            return start
        return self.in_mention[head].mention.token_start if head in self.in_mention else head

    def first_of_group_list(self, start: int, reach: int) -> int:
        """The first group mention of a list of them joined by LIST_JOINS that ends at the mention
        starting at token `start`: "bērnu" of "bērnu un jauniešu centrs" (group_list_back's last)."""
        for i in self.group_list_back(start, reach):
            pass
        # (a correlative list's opening "gan" is the list's own, not a word of its clause: the words
        # before "gan jauniešiem, gan sievietēm" are read from the word before it)
        opener = self.previous_word(i)
        if opener is not None and self.word(opener) == CORRELATIVE:
            return opener
        return i

    def _past_correlative(self, before: int | None, joins: frozenset[str]) -> int | None:
        """The comma of a correlative's second item, ", gan senioriem", where token `before` is its
        "gan" (so "gan bērniem, gan senioriem" is a list as "bērniem un senioriem" is); else `before`."""
        if before is None or "," not in joins or self.word(before) != CORRELATIVE:
            return before
        comma = self.previous_word(before)
        return comma if comma is not None and self.word(comma) == "," else before

    def _before_quoted_list(self, opening: int) -> int | None:
        """The word before a list of quoted names whose item opens at token `opening`: past the items
        before it, joined by a comma or "un"/"vai" ("nominācijās “Izglītotājs”, “Bērnu atbalsts” un
        “…”": each is a nomination). At most LIST_ITEMS items, each closing in QUOTE_REACH tokens."""
        before = self.previous_word(opening)
        for _ in range(LIST_ITEMS):
            if before is None or self.word(before) not in LIST_JOINS:
                return before
            closing = self._past_brackets(self.previous_word(before))
            if closing is None or self.word(closing) not in CLOSING_QUOTES:
                return before
            j: int | None = closing
            for _ in range(QUOTE_REACH):
                j = self.previous_word(j)
                if j is None or self.word(j) in STOPS:
                    return before
                if self.opens_quote(j):
                    break
            else:
                return before
            before = self.previous_word(j)
        return before

    def _past_brackets(self, i: int | None, reach: int = QUOTE_REACH) -> int | None:
        """The word before the brackets that close at token `i` (an item's details: "“…” (koordinatore
        …, Nr. 2022-1)"), else `i`; brackets longer than `reach` tokens are not passed."""
        if i is None or self.word(i) != ")":
            return i
        j: int | None = i
        for _ in range(reach):
            j = self.previous_word(j)
            if j is not None and self.word(j) == "(":
                return self.previous_word(j)
            if j is None or self.word(j) in STOPS:
                return i
        return i

    def past_brackets_after(self, i: int | None, reach: int) -> int | None:
        """The word after the brackets that open at token `i` (a name's abbreviation: "biedrība (LSA)
        aicina"), else `i`; None where they do not close within `reach` tokens."""
        if i is None or self.word(i) != "(":
            return i
        close = next((j for j in range(i + 1, min(len(self.sdoc), i + reach)) if self.word(j) == ")"), None)
        return None if close is None else self.word_at_or_after(close + 1)

    def served_by_clause(self, end: int) -> bool:
        """Whether a relative clause in the dative or accusative right after character `end` gives
        the group a service: ", kuriem Daina māca", ", kurus atbalsta pašvaldība" (a bounded match)."""
        m = OBJECT_CLAUSE.match(self.doc.text, end)
        if m is None:
            return False
        verbs = self.ctx.service_verbs + ("nepieciešam",)  # (", kam nepieciešams atbalsts")
        return any(w.lower().startswith(verbs) for w in m["words"].split())

    def number_follows(self, i: int) -> bool:
        j, n = i + 1, len(self.sdoc)
        while j < n and self.sdoc[j].is_space:
            j += 1
        return j < n and self.sdoc[j].text[:1].isdigit()

    def opens_quote(self, i: int) -> bool:
        """Whether token `i` is a quote that opens a name: „ and « always; “ " ” where a word follows
        it without a space and none precedes it ("projekta "Senioru skola"", not „…“ closing)."""
        if self.word(i) not in QUOTE_MARKS:
            return False  # most tokens: no Token object made (a quote mark's lower case is itself)
        token = self.sdoc[i]
        if token.text in {"„", "«"}:
            return True
        after = token.idx + len(token.text)
        return token.text in {"“", '"', "”"} and (token.idx == 0 or not self.doc.text[token.idx - 1].isalnum()) \
            and self.doc.text[after:after + 1].isalnum()

    def opens_speech(self, i: int) -> bool:
        """Whether the opening quote at token `i` begins a sentence or a line: quoted speech
        ("“Sanāksmēs piedalīsies …,” saka …"), whose words govern as any sentence's, not a name."""
        before = self.previous_word(i)
        return self.sdoc[i].is_sent_start or before is None or self.word(before) in STOPS \
            or "\n" in self.doc.text[self.sdoc[before].idx:self.sdoc[i].idx]

    def quote_opened_before(self, i: int) -> int | None:
        """The token of the quote that opens the name closed at token `i`, within QUOTE_REACH tokens."""
        for j in range(i - 1, max(-1, i - QUOTE_REACH), -1):
            if self.opens_quote(j):
                return j
            if self.sdoc[j].text in STOPS - {":"} or "\n" in self.sdoc[j].text:
                return None
        return None

    def lists_such_as(self, i: int) -> bool:
        """Whether the "kā" at token `i` opens examples ("tādas grupas kā ilgstošie bezdarbnieki",
        "tādiem kā seniori"), not a role ("reģistrēti kā bezdarbnieki"): the word before it says which."""
        before = self.previous_word(i)
        return before is not None and self.word(before).startswith(self.ctx.such_as)

    def follows_such_as(self, start: int) -> bool:
        """Whether token `start` is one of the examples a "kā" opens: right after it, or further
        on in the same list of groups ("tādas grupas kā ilgstošie bezdarbnieki, sievietes un romi")."""
        before = self.previous_word(start)
        for _ in range(LOOKBACK_TOKENS):
            if before is None:
                return False
            if before in self.in_mention:
                before = self.previous_word(self.in_mention[before].mention.token_start)
                continue
            word = self.word(before)
            if word == "kā":
                return self.lists_such_as(before)
            if word not in {",", "un", "vai"}:
                return False
            before = self.previous_word(before)
        return False

    def one_ensemble(self, token) -> bool:
        """"piedalīsies senioru deju kolektīvs", "jauniešu koris „Balsis”": one ensemble (a subject or
        one quoted by name) performs, unless it invites members ("senioru koris aicina dalībniekus")."""
        word, after = token.text.lower(), self.word_at_or_after(token.i + 1)
        if after is not None and self.ctx.hosting.fullmatch(self.word(after)):
            return False
        if word in self.ctx.ensemble_subjects:
            return True
        end = token.idx + len(token.text)
        if QUOTE_NEXT.match(self.doc.text, end) is None:
            return False
        # (a form the plural shares is the singular with one name: "sveicam jauniešu kori „Balsis”")
        if self.ctx.ensembles.fullmatch(word) is not None \
                and (word not in self.ctx.ensemble_plural_like or NAME_LIST.match(self.doc.text, end) is None):
            return True
        # (ensembles in the plural, each named, perform one by one as one does: "mazākumtautību kori
        # „A” un „B”"; not where invited, "aicināti pieteikties bērnu deju kolektīvi „A” un „B”")
        return word in self.ctx.ensemble_plurals and not self.in_inviting_sentence(token.idx)

    def organ_follows(self, token) -> bool:
        """"Skolotāju savienības padome": an organisation's board or head acts for it, no one served;
        so does its head or staff past its quoted name ("jauniešu centra “Zvaigzne” vadītāja": the
        centre only says where a person works)."""
        after = self.word_at_or_after(token.i + 1)
        if after is not None:
            after = self.past_quoted_name(after, self.word_at_or_after)
        return after is not None and self.word(after).startswith(self.ctx.organs)

    def past_quoted_name(self, i: int, next_word) -> int | None:
        """Token `i` where no quoted name opens there; else `next_word` (a Reader's step to the next
        word, which says whether white space alone or group mentions too are passed over) from past
        its closing mark: the word after "centra “Liepas”". None where the name does not close in reach."""
        if not self.opens_quote(i):
            return i
        closing = next((j for j in range(i + 1, min(len(self.sdoc), i + NAME_QUOTE_REACH))
                        if self.sdoc[j].text in CLOSING_QUOTES), None)
        return None if closing is None else next_word(closing + 1)

    def members_perform(self, token) -> bool:
        """"Pasākumā jauniešu kluba dalībnieki dziedāja": the members of a collective named after a group
        who perform for others right after their noun (a verb of `performing`, or reading poetry aloud:
        "lasīja dzeju") are performers; the collective serves no one there (not "kluba dalībnieki
        piedalīsies nometnē": taking part is theirs)."""
        members = self.word_at_or_after(token.i + 1)
        if members is None or not self.word(members).startswith(self.ctx.member_words):
            return False
        verb = self.word_at_or_after(members + 1)
        if verb is None:
            return False
        if self.ctx.performing.fullmatch(self.word(verb)):
            return True
        if self.word(verb) not in self.ctx.reciting_verbs:
            return False
        what = self.word_at_or_after(verb + 1)
        # (past one possessive: "lasīja savu dzeju")
        if what is not None and self.word(what) in self.ctx.own_words:
            what = self.word_at_or_after(what + 1)
        return what is not None and self.word(what).startswith(self.ctx.reciting_objects)

    def shared_head_after(self, end: int) -> int | None:
        """The head noun for people that the genitive ending at token `end` shares with plural
        genitives coordinated after it: "biedrību, kā arī skolu un bibliotēku pārstāvji" (the NGOs' people).
        (Not yet "pašvaldību, kā arī …": the municipalities' genitive alone is no group's word.)"""
        i, n = self.skip_space(end), len(self.sdoc)
        for _ in range(SHARED_HOPS):
            j = self.skip_space(i + 1) if i < n and self.sdoc[i].text == "," else i
            if j < n and self.sdoc[j].lower_ == "kā" and self.skip_space(j + 1) < n \
                    and self.sdoc[self.skip_space(j + 1)].lower_ == "arī":
                j = self.skip_space(self.skip_space(j + 1) + 1)
            elif j < n and self.sdoc[j].lower_ in ("un", "vai", CORRELATIVE) and (self.sdoc[j].lower_ != CORRELATIVE or j != i):
                # ("gan" only after a comma: "gan nevalstiskā sektora, gan uzņēmēju pārstāvji")
                j = self.skip_space(j + 1)
                # (the last owner with its adjective: "mazākumtautību, NVO un vietējās sabiedrības
                # pārstāvji" — a community's singular genitive as well)
                after = self.skip_space(j + 1)
                # (… or a sector's: "pašvaldību un privātā sektora pārstāvji")
                qualified = j < n and (self.sdoc[j].lower_.endswith(OWNER_ADJECTIVE_ENDINGS)
                                       or self.sdoc[j].lower_ in self.ctx.owner_qualifiers)
                if qualified and after < n and self.sdoc[after].is_alpha \
                        and self.sdoc[after].lower_.endswith(GENITIVE_PLURAL_ENDINGS + ("as", "es", "sektora")) \
                        and (head := self.skip_space(after + 1)) < n and self.ctx.person_nouns.fullmatch(self.sdoc[head].lower_):
                    return head
            # (an owner with a field's singular genitive before it: "pašvaldību, kultūras organizāciju un …
            # pārstāvjus", "…, darba devēju pārstāvji" — the owner is the plural genitive after it)
            if j != i and (after := self.skip_space(j + 1)) < n \
                    and self.sdoc[j].is_alpha and self.sdoc[j].lower_.endswith(("as", "es", "a")) \
                    and self.sdoc[after].is_alpha and self.sdoc[after].lower_.endswith(GENITIVE_PLURAL_ENDINGS) \
                    and not self.sdoc[after].lower_.endswith(("as", "es")):
                j = after
            if j == i or j >= n or not self.sdoc[j].is_alpha or not self.sdoc[j].lower_.endswith(GENITIVE_PLURAL_ENDINGS):
                return None
            i = self.skip_space(j + 1)
            # (… or with its adjective's plural genitive: "…, nevalstisko organizāciju un iestāžu pārstāvji")
            if i < n and self.sdoc[j].lower_.endswith("o") and self.sdoc[i].is_alpha and self.sdoc[i].text.islower() \
                    and self.sdoc[i].lower_.endswith("u") and not self.ctx.person_nouns.fullmatch(self.sdoc[i].lower_):
                i = self.skip_space(i + 1)
            if i < n and self.ctx.person_nouns.fullmatch(self.sdoc[i].lower_):
                return i
        return None

