"""What follows a group word in the genitive, for Reader (reader.py): the service noun it
qualifies ("senioru veselības programma"), the collective or venue it names the members of
("senioru deju kolektīvs", "jauniešu centrs"), a topic it only owns ("romu kultūru") or a plain
person noun after it; and whether it stands in an institution's capitalised name."""
from __future__ import annotations

import re

from .fields import closes_fields
from .between import ages_end, list_owner, relative_clause_end
from .clauses import CORRELATIVE, LIST_JOINS, WITH
from .ensemble_sections import ensemble_section
from .forms import ADJECTIVE_ENDINGS, LOCATIVE_ENDINGS, PLURAL_ENDINGS, definite_adjective, skips_before_noun
from .venue_rooms import room_follows
from .named_bodies import one_named_body
from .visited_venue import visited_venue
from .quoted_gathering import quoted_gathering_at

LOOKAHEAD_TOKENS = 8
WITH_PHRASE_WORDS = 3  # "ar pārvietošanās grūtībām"
ADJECTIVE_LEMMAS = ("īgs", "isks", "ošs", "ējs", "īgais", "iskais", "ošais", "ējais")
DASHES = {"-", "–", "—"}
# Between two words of one name's list ("Cēsu Bērnu un jauniešu centrs"): not "vai", which offers another.
NAME_JOINS = frozenset({"un", ","})
DASH_LIST_TOKENS = 60
# A comparative adjective between a genitive and its noun: "bērnu efektīvāku integrēšanu".
COMPARATIVE = re.compile(r"āk(?:u|a|ā|as|o|ās|ām|iem|i|ie|ais|ajam|ajai|ajiem|ajām|ajā|ajos)$")  # with a singular noun in the accusative
# A past passive participle right after a group's genitive has that group as its agent: "darba devēju
# piedāvātās vakances", "jauniešu organizētais pasākums", "skolēnu veidotie darbi" (they offer, organise,
# make it; the noun after is not done for them). Its lemma is the verb's infinitive.
PAST_PASSIVE = re.compile(r"[^\W\d_]{3,}t(?:s|ais|ā|ās|o|ie|ajā|ajam|ajai|ajiem|ajām|as|i|u|us|os|ai|am|iem|ām)$")


# Third-person possessive pronouns: "tās aktivitātes" (its), "viņu darbs" (their).
POSSESSIVES = frozenset({"tās", "tā", "to", "viņa", "viņas", "viņu"})
GENITIVE_SINGULAR_ORG = ("as", "es", "a", "u")  # the organisation's genitive: "biedrības", "savienības", "centra", "biedrību"


class GenitiveReading:
    """Mixed into Reader, which sets doc, sdoc, ctx and in_mention and gives word, skip_space,
    previous_word, word_at_or_after and the sentence helpers."""

    def _past_with_phrase(self, ar: int) -> int | None:
        """The service noun after a phrase of up to WITH_PHRASE_WORDS words opened by "ar" (token
        `ar`) that says who the group before it is, if any: "senioru ar kustību grūtībām aprūpe"."""
        i = ar
        for _ in range(WITH_PHRASE_WORDS):
            i = self.word_at_or_after(i + 1)
            if i is None or not self.sdoc[i].text.isalpha():
                return None
            at = self.service_noun_at(i + 1)
            if at is not None:
                return at
        return None

    def service_noun_follows(self, end: int, start: int | None = None) -> str | None:
        """The service noun that the genitive ending at token `end` qualifies, if any. Past
        adjectives and one word of `kind_words` that says which kind ("jauniešu vasaras nometne",
        "senioru veselības programma"; not "bērnu uzraudzības kursi", a course's topic).
        None where the phrase names a field of work ("jauniešu iniciatīvu jomā", "bērnu tiesību
        aizsardzības jomā": a topic) or, with
        the group word `start` capitalised mid-sentence, an institution ("ar Ģimeņu atbalsta centru", "apmeklēja
        Ģimenes atbalsta dienas centru")."""
        at = self.service_noun_at(end)
        if at is None:
            return None
        # (holidays in the locative say when: "skolēnu brīvlaikā bibliotēka būs slēgta"; in the nominative
        # they are the time itself, told of: "skolēnu brīvlaiks tiek pagarināts", "… brīvlaiks paskrējis")
        if self.word(at).startswith(self.ctx.time_nouns) and self.word(at).endswith(LOCATIVE_ENDINGS + ("s",)):
            return None
        after = self.word_at_or_after(at + 1)
        # (... and so do they in the genitive before a span of time in the locative: "skolēnu brīvlaika
        # nedēļā", "skolēnu brīvlaika laikā" — when; not "skolēnu brīvlaika nometnē")
        if after is not None and self.word(at).startswith(self.ctx.time_nouns) and self.word(at).endswith("a") \
                and self.word(after).startswith(self.ctx.time_spans) and self.word(after).endswith(LOCATIVE_ENDINGS):
            return None
        following = self.word(after) if after is not None else ""
        if following.startswith(self.ctx.fields) or (following == "un" and closes_fields(self, after)):
            return None  # (or the last of a list of fields: "jauniešu iniciatīvas un sporta jomās")
        if closes_fields(self, at):
            return None  # (or through genitives: "bērnu tiesību aizsardzības jomā", a ministry's field)
        # (the organisation's word may itself be a group word: "Latvijas Mazturīgo atbalsta biedrību")
        raw = self.skip_space(at + 1)
        next_raw = self.word(raw) if raw < len(self.sdoc) else ""
        # (past one word of its kind: "Ģimenes atbalsta dienas centru", "Senioru atbalsta sporta klubs")
        org = raw
        if self.ctx.collective_between.fullmatch(next_raw):
            org = kind_next = self.skip_space(raw + 1)
            next_raw = self.word(kind_next) if kind_next < len(self.sdoc) else ""
        # (… or one named body: "Kalsnavas bērnu un jauniešu iniciatīvu centrā “UP's”", "bērnu sociālās
        # aprūpes centru “Gaujiena”" — named_bodies.py)
        if start is not None and (following.startswith(self.ctx.organisations) or next_raw.startswith(self.ctx.organisations)) \
                and (self.in_proper_name(start) or (next_raw.startswith(self.ctx.organisations) and org < len(self.sdoc)
                                                    and one_named_body(self, start, self.sdoc[org]))):
            return None
        return self.word(at)

    def _contest_showcase(self, word: str, char: int) -> bool:
        """Whether `word` is a showcase of works ("izstāde") in a sentence about a contest: "konkursa
        noslēgumā skolēnu darbu izstāde" shows the entrants' works; a bare "bērnu zīmējumu izstāde"
        serves no children."""
        index = self.doc.sentence_index(char)
        return word.startswith(self.ctx.works_showcases) and index is not None \
            and self.has_word_starting(index, self.ctx.works_contests)

    def service_noun_at(self, end: int) -> int | None:
        """The token of the service noun the genitive ending at token `end` qualifies, if any."""
        if (quoted := quoted_gathering_at(self, self.skip_space(end))) is not None:
            return quoted  # "skolotāju “Rudens skola”": a gathering's quoted name
        i, steps, n, kind_seen, works_seen = end, 0, len(self.sdoc), False, False
        # a list's last owner that is no group, right after the groups and a join: "bērnu, jauniešu un
        # diasporas skolu aktivitātes" (not after other words: "organizāciju darbā, t.sk. … un latviešu")
        after_join, owners, only_joins = False, 0, True
        while steps < LOOKAHEAD_TOKENS and (i := self.word_at_or_after(i)) is not None:
            token = self.sdoc[i]
            steps += 1
            word = token.text.lower()
            if (ages := ages_end(self.doc.text, token.idx)) is not None:  # "jauniešu vecumā no 15 līdz 25 gadiem …"
                while i < n and self.sdoc[i].idx < ages:
                    i += 1
                continue
            # (a relative clause set off by commas: "to jauniešu, kas nemācās un nestrādā, integrēšanu")
            if word == "," and (closed := relative_clause_end(self.doc.text, token.idx)) is not None:
                while i < n and self.sdoc[i].idx < closed:
                    i += 1
                continue
            if word == "(":
                close = next((j for j in range(i + 1, min(n, i + 20)) if self.sdoc[j].text == ")"), None)
                if close is None:
                    return None
                i = close + 1
                continue
            if word.startswith(self.ctx.service_nouns) or (works_seen and self._contest_showcase(word, token.idx)):
                return i
            if steps == 1 and PAST_PASSIVE.fullmatch(word) and token.lemma_.endswith("t"):
                return None  # (the group's own doing: "darba devēju piedāvāto brīvo darba vietu saraksts")
            # (a list's item said by a plain noun with its modifier after it: "senioru, personu ar
            # īpašām vajadzībām un bezdarbnieku iesaistīšanai" — the noun is part of that group, no owner,
            # and takes no step of the reach)
            if not owners and (after_noun := self.skip_space(i + 1)) < n and after_noun in self.in_mention \
                    and self.in_mention[after_noun].modifier and self.ctx.person_nouns.fullmatch(word):
                steps -= 1
                i += 1
                continue
            # (who the group is, said with "ar" right after it: "senioru ar kustību grūtībām regulāra apciemošana")
            if steps == 1 and word == WITH:
                return self._past_with_phrase(i)
            # (the owner stands right before the noun or its kind: "… skolu aktivitāšu atbalstam")
            if owners and not list_owner(word, after_join, owners) and not word.startswith(self.ctx.kind_words):
                return None
            # (")" closes a list of groups in brackets right before the noun: "partneru (pedagogu un
            # speciālistu) izglītošana"; not "(var pieteikt medmāsas) un izglītībā")
            if word == ")":
                after = self.word_at_or_after(i + 1)
                return after if after is not None and self.word(after).startswith(self.ctx.service_nouns) else None
            # (a possessive after the join owns the noun: "biedrību un tās aktivitātes" are one association
            # and its activities; the word before is no owner: "stāstīja par biedrību un tās darbu")
            if after_join and word in POSSESSIVES and (after := self.word_at_or_after(i + 1)) is not None \
                    and self.word(after).startswith(self.ctx.service_nouns):
                return None
            # (a join right before the noun ends the genitive's phrase: "Kā stāsta sievietes, nodarbības
            # patīk visiem" — a list of owners goes on with another owner after its join, never with the noun)
            if word in LIST_JOINS and (after := self.skip_space(i + 1)) < n and after not in self.in_mention \
                    and self.word(after).startswith(self.ctx.service_nouns):
                return None
            if word in self.ctx.list_connectors or word.endswith(ADJECTIVE_ENDINGS) or (len(word) > 5 and COMPARATIVE.search(word)):
                after_join = word in LIST_JOINS
                only_joins = only_joins and after_join
                i += 1
                continue
            if list_owner(word, after_join and (only_joins or owners > 0), owners):
                owners += 1
                i += 1
                continue
            if not kind_seen and word.startswith(self.ctx.kind_or_works):
                kind_seen, only_joins = True, False
                works_seen = word.startswith(self.ctx.works_words)  # ("skolēnu darbu izstāde")
                i += 1
                continue
            return None
        return None

    def in_proper_name(self, start: int) -> bool:
        """Whether the group word at token `start`, or one joined to it by "un" / "," just before,
        is written with a capital inside a sentence: an institution's name ("Cēsu Bērnu un
        jauniešu centrs", "Jauniešu māja" mid-sentence), not a place that serves the group."""
        for i in self.group_list_back(start, 2, NAME_JOINS):
            token = self.sdoc[i]
            if token.text[:1].isupper() and not token.text.isupper() and not token.is_sent_start:
                return True
            # (at a sentence's start, a name the text writes so inside a sentence too: "… apmeklēja
            # Ģimenes atbalsta dienas centru. Ģimenes atbalsta dienas centrs ir vieta, kur …")
            if token.is_sent_start and token.text[:1].isupper() and not token.text.isupper() \
                    and (after := self.word_at_or_after(i + 1)) is not None \
                    and (token.text.lower(), self.word(after)) in self.doc.derived("target_groups.capitalised_pairs", _capitalised_pairs):
                return True
        return False

    def collective_follows(self, end: int, char: int, start: int | None = None) -> bool:
        """Whether the genitive ending at token `end` names the members of the collective or
        gathering after it ("mazākumtautību kori", "senioru deju kolektīvam", "jauniešu centrs"),
        past a word or two of its kind ("deju", "vokālais"). A place said as the venue
        (locative: "jauniešu centrā") is where something happens, not whom it is for. On a stage
        ("uzstāsies") one ensemble is a performer, while many of one kind make the gathering
        theirs: "uzstāsies romu ansamblis" no, "uzstāsies mazākumtautību kori" yes. One named body
        ("Svētes jauniešu centra", "biedrība „Skrejceļš”") is no collective of theirs (named_bodies.py)."""
        i, steps, n, seen = end, 0, len(self.sdoc), set()
        while i < n and steps < 3:
            token = self.sdoc[i]
            i += 1
            if token.is_space:
                continue
            # (the next genitive of a list: "bērnu, jauniešu un senioru dienas centrs")
            if token.text.lower() in LIST_JOINS:
                i = self.skip_space(i)
                if i < n and self.sdoc[i].text.lower() == CORRELATIVE:  # "gan bērnu, gan senioru centrs"
                    i = self.skip_space(i + 1)
                if i < n and i in self.in_mention:
                    i = self.in_mention[i].mention.token_end
                    continue
                # (or the genitive of other people who share the collective: "ģimeņu un draugu komandām")
                if token.text.lower() in ("un", "vai") and i < n and self.sdoc[i].is_alpha and self.sdoc[i].text.islower() \
                        and self.sdoc[i].text.endswith("u") and (after := self.word_at_or_after(i + 1)) is not None \
                        and after not in self.in_mention and self.ctx.collectives.fullmatch(self.word(after)):
                    i = after
                    continue
                return False
            # (one adjective may stand before the noun: "senioru mūsdienīga dienas centra", "bērnu un
            # jauniešu radošais festivāls" — a participle's adjective known by its own definite forms;
            # and the edition's ordinal: "Latvijas skolēnu 76. spartakiāde", "senioru 59. sporta spēles")
            if skips_before_noun(token.text, seen, lambda text: token.i not in self.in_mention and text.islower() and (
                    token.lemma_.lower().endswith(ADJECTIVE_LEMMAS)
                    or (token.lemma_.lower().endswith("rns") and text.endswith(("a", "ā"))) or definite_adjective(text))):
                continue
            steps += 1
            if token.i in self.in_mention:
                # "mazākumtautību nevalstiskās organizācijas": through another group's words to its noun
                i = self.in_mention[token.i].mention.token_end
                token = self.sdoc[i - 1]
            word = token.text.lower()
            # ("dienas" is a kind before a venue, "senioru dienas centrā"; else the day: "senioru dienas ekskursijās")
            if self.ctx.collectives.fullmatch(word) and self.ctx.collective_between.fullmatch(word):
                after = self.word_at_or_after(token.i + 1)
                if after is not None and (self.ctx.venues.fullmatch(self.word(after)) or self.ctx.collectives.fullmatch(self.word(after))):
                    continue
            if self.ctx.collectives.fullmatch(word):
                # (counted organisations are a statistic: "darbojas divas pensionāru un divas jauniešu biedrības")
                counted = start is not None and word.startswith(self.ctx.organisations) \
                    and (before := self.previous_word(start)) is not None \
                    and (self.word(before).isdigit() or self.word(before) in self.ctx.count_words)
                if self.among_partners(char) or self.one_ensemble(token) or self.organ_follows(token) or counted \
                        or self.members_perform(token) \
                        or (start is not None and ensemble_section(self, start, token)) \
                        or self.thanked(token) or self.own_project_follows(token, end) \
                        or one_named_body(self, start, token):
                    return False
                # (one ensemble that invites or organises is the host: "uz sadziedāšanos aicina senioru ansamblis")
                return word.endswith(PLURAL_ENDINGS) or not (self.in_presenting_sentence(char)
                                                             or (start is not None and self.hosting_verb_before(
                                                                 start, across_quote=_subject_singular(word))))
            if self.ctx.venues.fullmatch(word):
                # (nor a venue another group visited: "skolēni apmeklēja pensionāru dienas centru")
                return not word.endswith(LOCATIVE_ENDINGS) and not self.in_proper_name(start) \
                    and not self.organ_follows(token) and not room_follows(self, token) \
                    and not self.venue_ensemble_follows(token) and not one_named_body(self, start, token) \
                    and not (start is not None and visited_venue(self, start))
            if not self.ctx.collective_between.fullmatch(word):
                return False
        return False

    def venue_ensemble_follows(self, token) -> bool:
        """"bērnu un jauniešu interešu centra kora „Lido” studija", "jauniešu centra koris dziedāja": a
        venue's genitive right before one of its ensembles only says whose ensemble performs or
        competes (`ensemble_owners`: whole words; the ensemble's own genitive or its singular nominative)."""
        after = self.word_at_or_after(token.i + 1)
        return token.text.lower().endswith(GENITIVE_SINGULAR_ORG) and after is not None \
            and (self.word(after) in self.ctx.ensemble_owners or self.word(after) in self.ctx.ensemble_subjects)

    def own_project_follows(self, token, end: int) -> bool:
        """"Latvijas Bibliotekāru biedrības projekts": an association of professionals owns the
        project it runs for others; its members are not those served."""
        found = self.in_mention.get(end - 1)
        after = self.word_at_or_after(token.i + 1)
        return found is not None and found.id in self.ctx.own_project_ids and after is not None \
            and token.text.lower().endswith(GENITIVE_SINGULAR_ORG) and self.word(after).startswith(self.ctx.own_project_words)

    def among_partners(self, char: int) -> bool:
        """"Projektu īsteno sadarbībā ar …: Latvijas Bērnu forumu, …": organisations named as
        partners earlier in the sentence work with the project, they are not whom it serves."""
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        # The sentence's first cue, found once per sentence (many groups in one sentence stay linear).
        first = self.__dict__.setdefault("_first_partner_cue", {})
        if index not in first:
            sentence = self.doc.sentences[index]
            m = self.ctx.partners.search(self.doc.text, sentence.start, sentence.end)
            first[index] = m.end() if m else None
        return first[index] is not None and first[index] <= char

    def owned_is_topic(self, end: int) -> bool:
        """Whether the word after the genitive ending at token `end` is a topic the group only
        owns ("romu kultūru", "mazākumtautību valodas")."""
        i = self.skip_space(end)
        return i < len(self.sdoc) and self.sdoc[i].text.lower().startswith(self.ctx.not_owned)

    def person_noun_after(self, end: int) -> int | None:
        """The token of a plain noun for people right after token `end` ("nodarbinātajiem",
        "iedzīvotājus", "biedriem"), if there is one and no other group's word."""
        i, n = self.skip_space(end), len(self.sdoc)
        # (past the names of a list set off by dashes: "nevalstisko organizāciju – biedrības “A”,
        # “B” – pārstāvji")
        if i < n and self.sdoc[i].text in DASHES:
            close = next((j for j in range(i + 1, min(n, i + DASH_LIST_TOKENS))
                          if self.sdoc[j].text in DASHES or self.sdoc[j].is_sent_start or self.sdoc[j].text in ".;:"), None)
            if close is not None and self.sdoc[close].text in DASHES:
                i = self.skip_space(close + 1)
        if i < n and i not in self.in_mention and self.ctx.person_nouns.fullmatch(self.sdoc[i].text.lower()):
            return i
        return None


# A capitalised word inside a sentence (after a word, a comma or a closing quote) and the word after it.
CAPITALISED_PAIR = re.compile(r"(?<=[\w,;:)”\"] )([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+) ([a-zāčēģīķļņšūž]+)")


def _capitalised_pairs(doc) -> frozenset[tuple[str, str]]:
    """The lower-cased pairs of a word written with a capital inside a sentence and the next word,
    once per document: what the text writes as a name ("Ģimenes atbalsta")."""
    return frozenset((m.group(1).lower(), m.group(2)) for m in CAPITALISED_PAIR.finditer(doc.text))


# A collective's nominative singular ("apvienība", "biedrība", "klubs"): the subject a quoted name
# may be, after a verb of organising before the quote; not a genitive one ("“Senioru dienas”
# ekskursijas": what is offered).
def _subject_singular(word: str) -> bool:
    return word.endswith(("a", "s", "š")) and not word.endswith(("as", "es", "is", "ās", "ēs", "us"))
