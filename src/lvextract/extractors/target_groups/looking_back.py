"""What governs a group word, read by walking back from it (Reader.looks_back): a partner or topic
preposition blocks it, a service word serves it, a count or a name's opening quote stands before it;
a mixin of reader.Reader, whose token helpers (previous_word, word_at_or_after, …) it uses."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ..vocabulary import load
from .caring import cares_for
from .clauses import CLOSING_QUOTES, LOOKBACK_TOKENS, NOTE_REACH, STOPS, WITH
from .forms import ACCUSATIVE_ENDINGS, GENITIVE_PLURAL_ENDINGS, GENITIVE_SINGULAR_ENDINGS, PLURAL_DATIVE_ENDINGS, form

VERBAL_NOUN_GENITIVE = re.compile(r"šanas$")
# A school class's ordinal ("9.", "12.", "8.a") before its pupils: a rank, no count of people.
CLASS_ORDINAL = re.compile(r"\d{1,2}\.[a-z]?")
COLON_THANKS_REACH = 4  # words before a colon: "skolu kolektīvi pateicās atbalstītājiem:"
CORRELATIVE_REACH = 8  # words from a correlative's "kā" to its ", tā arī": "kā personām ar invaliditāti, tā arī …"



@lru_cache(maxsize=1)
def _count_quantifiers() -> frozenset[str]:
    """The words that quantify a count between a preposition and it ("no visām 3 biedrībām", "ar vairāk
    nekā 20 bērniem"): target_groups.toml [represented_from] count_quantifiers, each phrase's words."""
    return frozenset(w for phrase in load("target_groups")["represented_from"]["count_quantifiers"] for w in phrase.split())


class LookingBack:
    """Reader's walk back from a group word to what governs it."""

    def _preposition_before_count(self, i: int) -> bool:
        """Whether the count whose last figure is token `i` ("12 400") follows a word of `blocking`,
        past a word that quantifies the count ("no visām 3 biedrībām", "ar vairāk nekā 20 …")."""
        before = self.previous_word(i)
        while before is not None and (self.word(before)[:1].isdigit() or self.word(before) in _count_quantifiers()):
            before = self.previous_word(before)
        return before is not None and self.word(before) in self.ctx.blocking

    def _class_word_after(self, i: int) -> bool:
        """Whether a school class's word ([context] class_words) follows the ordinal at token `i`."""
        after = self.skip_space(i + 1)
        return after < len(self.sdoc) and self.word(after).startswith(self.ctx.class_words)

    def _inside_name(self, i: int) -> bool:
        """Whether token `i` is capitalised after a word of the same sentence (a name's word, not its opening)."""
        before = self.previous_word(i)
        return self.sdoc[i].text[:1].isupper() and before is not None and self.word(before).isalpha()

    def _note_opening(self, closing: int) -> int | None:
        """The "(" of a note of at most NOTE_REACH words that closes at token `closing`, with a word
        (not a mark) before it, else None."""
        j: int | None = closing
        for _ in range(NOTE_REACH + 1):
            j = self.previous_word(j)
            if j is None or self.word(j) in STOPS and self.word(j) != "(":
                return None
            if self.word(j) == "(":
                before = self.previous_word(j)
                return j if j != self.previous_word(closing) and before is not None and self.word(before).isalpha() else None
        return None

    def _thanks_before(self, colon: int, reach: int = COLON_THANKS_REACH) -> bool:
        """Whether one of the few words before token `colon`, in its sentence, thanks someone."""
        i = colon
        for _ in range(reach):
            if self.sdoc[i].is_sent_start:
                return False
            i = self.previous_word(i)
            if i is None or self.word(i) in STOPS:
                return False
            if self.word(i).startswith(self.ctx.thanking):
                return True
        return False

    def _contrast_clause(self, i: int) -> bool:
        """Whether the conjunction at token `i` ("bet") follows a comma and is not "bet arī", which
        goes on with what came before it ("ne tikai …, bet arī …")."""
        before = self.previous_word(i)
        if before is None or self.word(before) != ",":
            return False
        after = self.word_at_or_after(i + 1)
        return after is None or self.word(after) not in self.ctx.contrast_continuing

    @cached_property
    def _back_past_groups(self) -> dict[int, tuple[int | None, bool]]:
        """`_word_back_past_groups`'s answers by token, filled as the walks ask."""
        return {}

    def _word_back_past_groups(self, i: int) -> tuple[int | None, bool]:
        """One step of `looks_back` from token `i`: the word before it in its sentence, every group
        mention passed whole (None at the sentence's or the text's start), and whether a group passed
        ends in a dative. Each token's answer is kept, so a chain of groups is walked once per reader,
        not once per group in it (issue 13)."""
        memo, path = self._back_past_groups, []
        answer: tuple[int | None, bool] | None = None
        while answer is None:
            if i in memo:
                answer = memo[i]
                break
            if self.sdoc[i].is_sent_start:
                answer = (None, False)
                break
            before = self.previous_word(i)
            if before is None:
                answer = (None, False)
                break
            if before not in self.in_mention:
                answer = (before, False)
                break
            path.append(i)
            i = self.in_mention[before].mention.token_start
            head = self.in_mention[i].mention.token_end - 1
            path.append("dative" in form(self.sdoc[head].text))
        word, dative = answer
        memo[i] = answer
        while path:
            dative = path.pop() or dative
            memo[path.pop()] = (word, dative)
        return word, dative

    def _opens_correlative(self, i: int) -> bool:
        """Whether the "kā" at token `i` opens a correlative "kā …, tā arī …": a comma, "tā" and "arī" in
        that order within CORRELATIVE_REACH tokens after it, before any other punctuation (bounded)."""
        n, j, seen = len(self.sdoc), i + 1, 0
        while j < n and seen < CORRELATIVE_REACH:
            token = self.sdoc[j]
            if token.is_punct:
                k = self.skip_space(j + 1)
                if token.text != "," or k + 1 >= n:
                    return False
                after = self.skip_space(k + 1)
                return self.word(k) == "tā" and after < n and self.word(after) == "arī"
            seen += 0 if token.is_space else 1
            j += 1
        return False

    def looks_back(self, start: int, group: str = "") -> tuple[str, int, str]:
        """What governs the word at token `start`, and how many words back: "blocked" (a
        partner or topic: "ar", "pret"), "served" (a service word: "atbalsts", "palīdz"),
        "number" ("120 pedagogu, jaunatnes darbinieku un …"), "quoted" (the opening quote of a name
        it stands in) or "none"; how many words back; the word.
        A participle phrase in front of the group ("ar bērniem strādājošos speciālistus") only
        qualifies it: its "ar" blocks nothing, and its words do not count in the distance."""
        i, seen, listing, participle_at, phrase_has_group = start, 0, True, None, False
        range_tail = True
        # A dative group after a verbal noun in the accusative is not the object of a preposition
        # before that noun: "apmācības par drošas vides veidošanu jaunatnes darbiniekiem" ("par" has
        # "veidošanu"); the search goes on past it to "apmācības".
        mention = self.in_mention.get(start)
        dative = "dative" in form(self.sdoc[mention.mention.token_end - 1 if mention is not None else start].text)
        object_passed = verb_passed = source_passed = singular_passed = False
        while seen < LOOKBACK_TOKENS:
            # (the groups passed count no word; the object of "ar" in the plural is a dative:
            # "ar uzņēmumā strādājošajiem" is a place)
            i, dative_passed = self._word_back_past_groups(i)
            if i is None:
                return "none", seen, ""
            phrase_has_group = phrase_has_group or (participle_at is not None and dative_passed)
            seen += 1
            word = self.word(i)
            # Those listed after a colon that closes a thanking ("skolas pateicās atbalstītājiem: Kalnu
            # ģimenei, …") are the ones thanked, not served.
            if word == ":" and self._thanks_before(i):
                return "blocked", seen, word
            # A short note in brackets inside the phrase is passed, as a word of it would be: "kopā ar Utenas
            # apriņķa (Lietuva) tūrisma speciālistiem" — the "ar" before it still governs the group.
            if word == ")" and (opening := self._note_opening(i)) is not None:
                i, seen = opening, seen - 1
                continue
            if word in STOPS or word in self.ctx.clause_openers:  # ("…, lai bērniem radītu …": a clause of its own)
                return "none", seen, ""
            if word in self.ctx.contrast_openers and self._contrast_clause(i):  # (", bet jauniešiem …")
                return "none", seen, ""
            # A dative group right after a comma that closes a noun in the genitive, with a verb right
            # after it, opens a clause of its own: "pie pēdu aprūpes speciālista, senioriem tika piedāvātas
            # nodarbības" (the preposition before the comma has that noun, not the group; not a list:
            # "rūpēties par savu laulāto, bērniem vai vecākiem").
            if dative and seen == 1 and word == "," and (before := self.previous_word(i)) is not None \
                    and self._verb_after(start):
                owner = self.in_mention[before].mention.token_end - 1 if before in self.in_mention else before
                if self.sdoc[owner].text.isalpha() and form(self.sdoc[owner].text) == {"genitive"}:
                    return "none", seen, ""
            # A quoted name is governed by nothing outside it ("quoted"): "seminārs projekta “NVO par …”
            # ietvaros"; one passed from outside is one word ("kursi "Lietvedība mazajiem uzņēmumiem" bezdarbniekiem").
            if self.opens_quote(i) and not self.opens_speech(i):
                return "quoted", seen, word
            if word in CLOSING_QUOTES:
                opening = self.quote_opened_before(i)
                if opening is not None:
                    i = opening
                    continue
            # (a correlative's opening "kā" is the list's own, as "gan" is: "pasākumi kā skolēniem, tā arī
            # pieaugušajiem" — the words before it govern the first item too)
            if seen == 1 and word == "kā" and self._opens_correlative(i):
                seen -= 1
                continue
            if seen == 1 and word in self.ctx.blocking_just_before and not self.lists_such_as(i):
                return "blocked", seen, word
            if word == "arī":  # "kā arī" joins a list; its "kā" blocks nothing
                before = self.previous_word(i)
                i = before if before is not None and self.word(before) == "kā" else i
                continue
            if word.startswith(self.ctx.work_participles):
                participle_at, phrase_has_group = seen - 1, False
                continue
            # (only with a group inside: in "sadarbībā ar pašvaldībā strādājošiem speciālistiem"
            # the "ar" governs the specialists themselves)
            if word == WITH and participle_at is not None and phrase_has_group:
                seen, participle_at = participle_at, None
                continue
            # "Paldies dziedošajiem bērniem", "izsaka pateicību skolotājiem": those thanked are
            # performers or helpers, not those served.
            if word.startswith(self.ctx.thanking):
                return "blocked", seen, word
            # "vecumā no 13 līdz 25 gadiem, kā arī …": a range of ages or classes, not a source, when
            # only list words stand between it and the group (not another clause: "…gadiem, un … tika pievērsta")
            if word in self.ctx.range_words and range_tail and self.number_follows(i):
                continue
            # "no 9.30 notiks nodarbības senioriem": a preposition before a clock time governs the time.
            if word in self.ctx.range_words and self.clock_follows(i):
                continue
            # "No 2022. gada februāra … 50 personām … tiks nodrošināts": before a year, a date; so
            # before a day of a month: "No 1. septembra nodarbības un vingrošana bērniem turpināsies",
            # "Ar 1. janvāri senioriem …" ([context] date_prepositions).
            if (word in self.ctx.range_words and self.year_follows(i)) or (word in self.ctx.date_prepositions and self.day_follows(i)):
                continue
            range_tail = range_tail and (word in self.ctx.list_connectors or word in self.ctx.range_tail or word[:1].isdigit())
            object_passed = object_passed or (dative and word.endswith("šanu"))
            if object_passed and word in self.ctx.accusative_prepositions:
                continue
            # A preposition before a verb of its own clause governs its own object, not a dative
            # group after the verb: "Viens no projektiem mērķēts uz ieslodzīto ģimenēm".
            # (a preposition right before the group is none, though its lemma may end so: "vardarbība
            # pret senioriem" is a topic; one with its own noun between has that noun, as a verb has its
            # object: "vakcināciju pret gripu senioriem" serves the seniors)
            verb_passed = verb_passed or (dative and word.isalpha() and self.is_verb(i)
                                          and not word.startswith(self.ctx.work_participles)
                                          and not (seen == 1 and word in self.ctx.blocking))
            # "bezdarbniekiem ar apgādājamajiem un personām ar invaliditāti": an "ar" right after a
            # group word says who that group is; it governs nothing after the coordinated dative.
            if dative and word == WITH and seen > 1:
                owner = self.previous_word(i)
                # (also a plain plural noun: "māmiņām ar bērniem ratiņos un personām ar …")
                # (not a verb of the first person plural, which ends alike: "Pārrunājām ar skolotājiem
                # un skolēniem" — its "ar" has both)
                if owner is not None and "dative" in form(self.sdoc[owner].text) \
                        and (owner in self.in_mention or (self.word(owner).endswith(PLURAL_DATIVE_ENDINGS)
                                                          and not self.is_verb(owner))):
                    continue
            # (so in the accusative, after a group of ours in that case: "iesaistīs ģimenes ar bērniem un
            # cilvēkus ar invaliditāti" — the "ar" says who the families are)
            if not dative and word == WITH and seen > 1 and (owner := self.previous_word(i)) in self.in_mention \
                    and self.word(start).endswith(ACCUSATIVE_ENDINGS) and form(self.sdoc[owner].text) & {"participant"}:
                continue
            # (not an age range: "vecumā no 16 līdz 25 gadiem, un … tika veltīta jauniešiem ar …" stays as it was)
            if verb_passed and word in self.ctx.blocking and word not in ("kopā", "ar") and not self.number_follows(i):
                continue
            # (nor a partner's "sadarbībā ar …" before the verb: "sadarbībā ar partneriem izsludina
            # pieteikšanos biedrībām" — its "ar" has the partners)
            if verb_passed and word == WITH and (partner := self.previous_word(i)) is not None \
                    and self.word(partner) in self.ctx.work_partner_words:
                i = partner  # (the whole phrase passed: "kopā ar viņiem tiek realizēti … cilvēkiem")
                continue
            # "izmaksā no pašvaldības budžeta trūcīgām ģimenēm": the preposition has the source of the
            # money ([context] source_nouns) between it and a dative group, not the group.
            source_passed = source_passed or (dative and word.startswith(self.ctx.source_nouns))
            if source_passed and word in self.ctx.source_prepositions:
                continue
            # ("Bez maksas bērniem piedāvājam …": the preposition has its own noun, an adverb of the clause)
            if word in self.ctx.blocking and seen > 1 and (after := self.word_at_or_after(i + 1)) is not None \
                    and f"{word} {self.word(after)}" in self.ctx.preposition_idioms:
                continue
            if word in self.ctx.blocking:
                if word == WITH and (self.works_with(i, host=self.word(start).startswith(self.ctx.meeting_hosts)) or self.participle_follows(start) or self.work_verb_follows(i, start)):
                    return "served", seen, word
                # "kopā ar bēgļu ģimenēm gatavojām piparkūkas": people one does things together
                # with take part; organisations named so are partners ("kopā ar biedrībām").
                if word == WITH and self.after_together(i) and group not in self.ctx.together_partners:
                    return "none", seen, ""
                # "dialogu starp romu ģimenēm un skolām": the people a project builds a dialogue or
                # cooperation with are served; organisations so named are partners.
                if word == "starp" and group not in self.ctx.together_partners and self.between_noun_before(i):
                    return "served", seen, word
                if word == "par" and cares_for(self, i):  # "rūpējas par senioriem": cared for
                    return "served", seen, word
                return "blocked", seen, word
            # (A verbal noun in the genitive qualifies a name, it governs nothing: "kultūras
            # veicināšanas biedrību" is an association's name, not associations served.)
            # (a capitalised word amid a genitive chain is a name's, no verb: "pārvaldes Atbalsta daļas
            # speciālistiem" are a department's staff; "atbalsta" is the noun's genitive there)
            if (word.startswith(self.ctx.service_verbs) or (word.startswith(self.ctx.object_served_verbs)
                                                           and not VERBAL_NOUN_GENITIVE.search(word))) \
                    and not (listing and self._inside_name(i)):
                return "served", seen, word
            if word.startswith(self.ctx.service_nouns) and not word.endswith(GENITIVE_SINGULAR_ENDINGS):
                return "served", seen, word
            # A count right after a preposition changes nothing of what the preposition governs:
            # "reģions ar 12 400 bezdarbniekiem" is a figure, as "ar bezdarbniekiem" is no one served
            # (the preposition is read on, as without the count: "strādā ar 20 bērniem" serves them).
            # (past a field's singular genitives, only a whole count of people: not a clock time
            # "plkst. 17.30 Ogres jauniešu centrā", nor a share "20,5 % darbspējas vecuma cilvēku")
            # ("tagadējiem 9. klašu skolēniem": a class's ordinal is passed over like a genitive)
            if listing and CLASS_ORDINAL.fullmatch(word) and self._class_word_after(i):
                continue
            if listing and word[:1].isdigit() and not self._preposition_before_count(i) \
                    and not (singular_passed and (not word.isdigit() or self.word(self.skip_space(i + 1)) == "%")):
                return "number", seen, word
            # Connectors and genitives may stand between: "130 pašvaldību sociālo dienestu pārstāvju" (or a
            # per cent sign: "piedalās vismaz 50 % mazākumtautību pārstāvju").
            # (also a field's genitives in the singular: "40 darba drošības speciālistu", "30 valstu
            # darba aizsardzības speciālistu" — no verb: "bija", "notika" end so as well)
            singular = word.endswith(GENITIVE_SINGULAR_ENDINGS) and word.isalpha() \
                and not word.endswith(GENITIVE_PLURAL_ENDINGS) \
                and not self.is_verb(i) and self.sdoc[i].pos_ != "VERB"
            singular_passed = singular_passed or singular
            listing = listing and (word in {",", "un", "vai", "%"} or word.endswith(GENITIVE_PLURAL_ENDINGS) or singular)
        return "none", seen, ""
