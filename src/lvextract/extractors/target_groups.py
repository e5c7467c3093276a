"""target_groups: the groups of people a project or event is for (RECORD.md, "Target groups").

The taxonomy is data (data/target_groups.toml), matched on stems so any case form counts.
A mention counts only where the text makes the group someone served, trained, integrated
or invited — a name alone ("romu kultūra", "sadarbībā ar darba devējiem") does not:

- a dative after a service word or with nothing before it ("atbalsts ieslodzītajiem",
  "palīdz romiem"), unless a preposition makes it a partner or a topic ("ar", "pret", "par");
- a genitive before a service noun ("romu integrācija", "bezdarbnieku apmācībai",
  "ieslodzīto un bijušo ieslodzīto iesaiste");
- a nominative or accusative in a sentence about taking part ("piedalījās 75 jaunieši",
  "aicinām pieteikties bezdarbniekus");
- any head noun in a target list ("Mērķauditorija ir: - speciālisti …");
- a genitive that qualifies a counted group ("romu ģimenēm");
- a genitive right after a service verb whose object is the group's ("atbalstīt jauniešu idejas");
- a genitive that names the members of a collective, an organisation or a gathering
  ("mazākumtautību kori", "senioru deju kolektīvs", "neredzīgo biedrība", "jauniešu forums"),
  a place only where it is no venue ("jauniešu centrs aicina", not "tikās jauniešu centrā").

A site's menu line ("Bezdarbniekiem | Darba devējiem | Jauniešiem") names sections and is skipped,
and so does a role in front of a person's name ("sociālajai darbiniecei Ilzei Kalniņai") or set off
by commas after it ("ar Annu Kalnu, fonda speciālisti,"); a noun in the locative ("ģimenēs") is a place.
People one does things "kopā ar" take part; organisations named so are partners.

NEET is kept apart from youth: in a text that names NEET youth, its young people are those
(the definition "jaunieši vecumā no 15 līdz 29 gadiem" gives NEET its ages). Ages said next to a
group ("(18-30)", "vecumā no 15 līdz 29 gadiem", "līdz 25 gadu vecumam") are attached to it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import names
from ..document import Document
from ..record import Record, TargetGroup
from .vocabulary import Mention, Vocabulary, load

MODIFIER = "+modifier"
INVITED = "+invited"  # counts only where invited or taking part, or in a target list
LOOKBACK_TOKENS = 15
LOOKAHEAD_TOKENS = 8
AS_REACH_TOKENS = 12  # spaCy tokens, white space included
DESCRIBED_AS = re.compile(r"(?:^\s*,\s*(?:kur\w*|kas|kam)\s+(?:[^\W\d]+\s+){0,3}|(?<!\w)kā\s+)$", re.IGNORECASE)
WITH_CHILDREN = re.compile(r"\s+ar\s+", re.IGNORECASE)
WORDS = re.compile(r"[^\W\d_]+")
DATIVE_ENDINGS = ("iem", "ām", "ēm", "īm", "am", "ai", "ei", "im")
GENITIVE_PLURAL_ENDINGS = ("u", "o")
GENITIVE_ENDINGS = GENITIVE_PLURAL_ENDINGS + ("as", "es", "ās", "ēs", "is", "a", "s")
# A service noun in the genitive qualifies another noun ("izglītības iestādēm") and governs nothing.
GENITIVE_SINGULAR_ENDINGS = ("as", "es", "ās", "ēs", "a")
# Plural nominative/accusative forms: the participants of a sentence ("piedalījās jaunieši").
PARTICIPANT_ENDINGS = ("i", "ie", "es", "as", "us", "ās", "ēs", "os")
# Definite adjectives and the like that stand between a genitive and its noun
# ("migrantu sociālo integrāciju", "jauniešu sociālā un ekonomiskā integrācija").
ADJECTIVE_ENDINGS = ("o", "ās", "ā", "ajā", "ajām", "ajai", "ajam", "ajiem", "ais", "ie")
CONNECTORS = {"un", "vai", ",", "kā", "arī", "īpaši", "/", "-", "–", "tai", "skaitā", "t.sk.", "tostarp"}
# Plural accusatives (feminine ones shared with the nominative): "jauniešus", "organizācijas".
ACCUSATIVE_ENDINGS = ("us", "es", "as", "ās", "ēs")
# Plural forms of a collective noun that no singular form shares ("kori", "kolektīviem", "kopām").
PLURAL_ENDINGS = ("i", "us", "iem", "ām", "os", "ās")
LOCATIVE_ENDINGS = ("ā", "ī", "ē", "os", "ās", "ēs", "ūs")
VERBAL_NOUN_GENITIVE = re.compile(r"šanas$")
STOPS = {".", ";", ":", "(", ")", "!", "?"}


@dataclass(frozen=True)
class Context:
    service_nouns: tuple[str, ...]
    service_verbs: tuple[str, ...]
    owner_served_verbs: tuple[str, ...]
    not_owned: tuple[str, ...]
    kind_words: tuple[str, ...]
    object_served_verbs: tuple[str, ...]
    participation: re.Pattern
    hosting: re.Pattern
    presenting: re.Pattern
    awards: re.Pattern
    blocking: frozenset[str]
    blocking_just_before: frozenset[str]
    given_by: tuple[str, ...]
    providers: frozenset[str]
    provided: tuple[str, ...]
    work_with: frozenset[str]
    work_participles: tuple[str, ...]
    thanking: tuple[str, ...]
    invited_to_meet: frozenset[str]
    list_header: re.Pattern
    collectives: re.Pattern
    venues: re.Pattern
    collective_between: re.Pattern
    collective_excluded: frozenset[str]
    partners: re.Pattern
    person_nouns: re.Pattern
    together_partners: frozenset[str]
    menu_min_items: int
    menu_max_item_words: int


@lru_cache(maxsize=1)
def _vocabulary() -> Vocabulary:
    entries = load("target_groups")["entry"]
    return Vocabulary([{**e, "id": e["id"] + (MODIFIER if e.get("modifier") else INVITED if e.get("invited_only") else "")}
                       for e in entries])


@lru_cache(maxsize=1)
def _context() -> Context:
    c = load("target_groups")["context"]
    nouns = tuple(c["service_nouns"])
    return Context(
        service_nouns=nouns,
        service_verbs=tuple(c["service_verbs"]),
        owner_served_verbs=tuple(c["owner_served_verbs"]),
        not_owned=tuple(c["not_owned"]),
        kind_words=tuple(c["kind_words"]),
        object_served_verbs=tuple(c["object_served_verbs"]),
        # not the nouns of receiving or visiting ("vīzas saņemšanai": a process, not who takes part)
        participation=re.compile(r"(?<!\w)(?!saņemšan|apmeklēšan|nodarbināšan|iesaistīšan)(?:(?:"
                                 + "|".join(map(re.escape, c["participation_verbs"])) + r")\w*|"
                                 + "|".join(c["participation_phrases"]) + ")", re.I),
        hosting=re.compile(r"(?:" + "|".join(map(re.escape, c["hosting_verbs"])) + r")", re.I),
        presenting=re.compile(r"(?<!\w)(?!" + "|".join(c["not_presenting"]) + r")(?:"
                              + "|".join(map(re.escape, c["presenter_words"] + c["award_words"])) + r")\w*", re.I),
        awards=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["award_words"])) + r")", re.I),
        blocking=frozenset(c["blocking_words"]),
        blocking_just_before=frozenset(c["blocking_just_before"]),
        given_by=tuple(c["given_by"]),
        providers=frozenset(c["provider_ids"]),
        provided=tuple(c["provided"]),
        work_with=frozenset(c["work_with"]),
        work_participles=tuple(c["work_participles"]),
        thanking=tuple(c["thanking"]),
        invited_to_meet=frozenset(c["invited_to_meet"]),
        # "Mērķa grupa ir: …", "Mērķauditorija – …", or the header alone on its line.
        list_header=re.compile(r"(?<!\w)(?:" + "|".join(c["list_headers"]) + r")(?:\s*(?:(?:ir|bija|būs)\s*:?|:|–|—|-)|(?=[ \t]*\n))", re.I),
        collectives=re.compile("|".join(c["collective_nouns"])),
        venues=re.compile("|".join(c["venue_nouns"])),
        collective_between=re.compile("|".join(c["collective_between"])),
        collective_excluded=frozenset(c["collective_excluded_ids"]),
        person_nouns=re.compile("|".join(c["person_nouns"])),
        together_partners=frozenset(c["together_partner_ids"]),
        partners=re.compile(r"(?<!\w)(?:" + "|".join(c["partner_cues"]) + r")(?!\w)", re.I),
        menu_min_items=c["menu_min_items"],
        menu_max_item_words=c["menu_max_item_words"],
    )


@dataclass
class Found:
    mention: Mention
    id: str
    modifier: bool
    accepted: bool = False
    invited_only: bool = False


class Reader:
    """The token-level view of one document that the context rules need."""

    def __init__(self, doc: Document, found: list[Found]):
        self.doc = doc
        self.sdoc = doc.spacy
        self.ctx = _context()
        self.in_mention: dict[int, Found] = {}
        self.starts = sorted(f.mention.start for f in found)
        for f in found:
            for i in range(f.mention.token_start, f.mention.token_end):
                self.in_mention[i] = f
        self._participation: dict[int, list[tuple[int, str]]] = {}
        self.list_regions = list_regions(doc.text, self.ctx.list_header, self.ctx.awards)
        self.menu_regions = menu_regions(doc.text, self.ctx.menu_min_items, self.ctx.menu_max_item_words, self.ctx.list_header)

    def word(self, i: int) -> str:
        return self.sdoc[i].text.lower()

    def previous_word(self, i: int) -> int | None:
        i -= 1
        while i >= 0 and self.sdoc[i].is_space:
            i -= 1
        return i if i >= 0 else None

    def locative_noun(self, i: int) -> bool:
        """A noun in the plural locative ("ģimenēs", "organizācijās"), which shares its ending with
        the plural of a definite adjective or participle ("trūcīgās", "pakļautās"): the lemma of a
        noun ends in -a or -e, an adjective's or participle's does not."""
        token = self.sdoc[i]
        return token.text.lower().endswith(("ās", "ēs")) and token.lemma_.lower().endswith(("a", "e"))

    def locative_after(self, end: int) -> bool:
        """Whether the word right after token `end` is a noun in the locative ("darbībā", "grupās")."""
        i, n = end, len(self.sdoc)
        while i < n and self.sdoc[i].is_space:
            i += 1
        if i >= n:
            return False
        token = self.sdoc[i]
        return token.text.lower().endswith(("ā", "ē", "ās", "ēs")) and token.lemma_.lower().endswith(("a", "e"))

    def after_together(self, i: int) -> bool:
        before = self.previous_word(i)
        return before is not None and self.word(before) == "kopā"

    def works_with(self, i: int, reach: int = 4) -> bool:
        """"strādā ar senioriem", "darbs ar jauniešiem"; a working verb also past a place:
        "strādā Liepājā un Dienvidkurzemē ar sievietēm"."""
        for distance in range(1, reach + 1):
            i = self.previous_word(i)
            if i is None or self.sdoc[i].is_punct:
                return False
            word = self.word(i)
            if word in self.ctx.work_with and (distance == 1 or word.startswith("strād")):
                before = self.previous_word(i)
                # "aicina iedzīvotājus uz tikšanos ar … speciālistiem": the invited meet the hosts.
                return before is None or self.word(before) not in self.ctx.invited_to_meet
        return False

    def participle_follows(self, start: int) -> bool:
        """Whether the groups from token `start` on ("bērniem un ģimenēm") are followed by a
        participle of working: "ar bērniem un ģimenēm strādājošie speciālisti" work for them."""
        i, n, steps = start, len(self.sdoc), 0
        while i < n and steps < 8:
            if self.sdoc[i].is_space:
                i += 1
                continue
            if i in self.in_mention:
                i = self.in_mention[i].mention.token_end
                continue
            steps += 1
            word = self.word(i)
            if word not in {"un", "vai", ","}:
                return word.startswith(self.ctx.work_participles)
            i += 1
        return False

    def looks_back(self, start: int, group: str = "") -> tuple[str, int, str]:
        """What governs the word at token `start`, and how many words back: "blocked" (a
        partner or topic: "ar", "pret"), "served" (a service word: "atbalsts", "palīdz"),
        "number" ("120 pedagogu, jaunatnes darbinieku un …") or "none"; how many words back; the word.
        A participle phrase in front of the group ("ar bērniem strādājošos speciālistus") only
        qualifies it: its "ar" blocks nothing, and its words do not count in the distance."""
        i, seen, listing, participle_at, phrase_has_group = start, 0, True, None, False
        while seen < LOOKBACK_TOKENS:
            if self.sdoc[i].is_sent_start:
                return "none", seen, ""
            i = self.previous_word(i)
            if i is None:
                return "none", seen, ""
            if i in self.in_mention:
                i = self.in_mention[i].mention.token_start
                # (the object of "ar" in the plural is a dative: "ar uzņēmumā strādājošajiem" is a place)
                head = self.in_mention[i].mention.token_end - 1
                phrase_has_group = phrase_has_group or (participle_at is not None and "dative" in _form(self.sdoc[head].text))
                continue
            seen += 1
            word = self.word(i)
            if word in STOPS:
                return "none", seen, ""
            if seen == 1 and word in self.ctx.blocking_just_before:
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
            if word == "ar" and participle_at is not None and phrase_has_group:
                seen, participle_at = participle_at, None
                continue
            # "Paldies dziedošajiem bērniem", "izsaka pateicību skolotājiem": those thanked are
            # performers or helpers, not those served.
            if word.startswith(self.ctx.thanking):
                return "blocked", seen, word
            if word in self.ctx.blocking:
                if word == "ar" and (self.works_with(i) or self.participle_follows(start)):
                    return "served", seen, word
                # "kopā ar bēgļu ģimenēm gatavojām piparkūkas": people one does things together
                # with take part; organisations named so are partners ("kopā ar biedrībām").
                if word == "ar" and self.after_together(i) and group not in self.ctx.together_partners:
                    return "none", seen, ""
                return "blocked", seen, word
            # (A verbal noun in the genitive qualifies a name, it governs nothing: "kultūras
            # veicināšanas biedrību" is an association's name, not associations served.)
            if word.startswith(self.ctx.service_verbs) or (word.startswith(self.ctx.object_served_verbs)
                                                          and not VERBAL_NOUN_GENITIVE.search(word)):
                return "served", seen, word
            if word.startswith(self.ctx.service_nouns) and not word.endswith(GENITIVE_SINGULAR_ENDINGS):
                return "served", seen, word
            if listing and word[:1].isdigit():
                return "number", seen, word
            # Connectors and genitives may stand between: "130 pašvaldību sociālo dienestu pārstāvju".
            listing = listing and (word in {",", "un", "vai"} or word.endswith(GENITIVE_PLURAL_ENDINGS))
        return "none", seen, ""

    def service_noun_follows(self, end: int) -> str | None:
        """The service noun that the genitive ending at token `end` qualifies, if any. Past
        adjectives and one word of `kind_words` that says which kind ("jauniešu vasaras nometne",
        "senioru veselības programma"; not "bērnu uzraudzības kursi", a course's topic)."""
        i, steps, n, kind_seen = end, 0, len(self.sdoc), False
        while i < n and steps < LOOKAHEAD_TOKENS:
            token = self.sdoc[i]
            if token.is_space:
                i += 1
                continue
            if i in self.in_mention:
                i = self.in_mention[i].mention.token_end
                continue
            steps += 1
            word = token.text.lower()
            if word == "(":
                close = next((j for j in range(i + 1, min(n, i + 20)) if self.sdoc[j].text == ")"), None)
                if close is None:
                    return None
                i = close + 1
                continue
            if word.startswith(self.ctx.service_nouns):
                return word
            if word in CONNECTORS or word.endswith(ADJECTIVE_ENDINGS):
                i += 1
                continue
            if not kind_seen and word.startswith(self.ctx.kind_words):
                kind_seen = True
                i += 1
                continue
            return None
        return None

    def in_proper_name(self, start: int) -> bool:
        """Whether the group word at token `start`, or one joined to it by "un" / "," just before,
        is written with a capital inside a sentence: an institution's name ("Cēsu Bērnu un
        jauniešu centrs", "Jauniešu māja" mid-sentence), not a place that serves the group."""
        i: int | None = start
        for _ in range(3):
            if i is None:
                return False
            token = self.sdoc[i]
            if token.text[:1].isupper() and not token.text.isupper() and not token.is_sent_start:
                return True
            before = self.previous_word(i)
            if before is None or self.word(before) not in {"un", ","}:
                return False
            i = self.previous_word(before)
            if i is None or i not in self.in_mention:
                return False
            i = self.in_mention[i].mention.token_start
        return False

    def collective_follows(self, end: int, char: int, start: int | None = None) -> bool:
        """Whether the genitive ending at token `end` names the members of the collective or
        gathering after it ("mazākumtautību kori", "senioru deju kolektīvam", "jauniešu centrs"),
        past a word or two of its kind ("deju", "vokālais"). A place said as the venue
        (locative: "jauniešu centrā") is where something happens, not whom it is for. On a stage
        ("uzstāsies") one ensemble is a performer, while many of one kind make the gathering
        theirs: "uzstāsies romu ansamblis" no, "uzstāsies mazākumtautību kori" yes."""
        i, steps, n = end, 0, len(self.sdoc)
        while i < n and steps < 3:
            token = self.sdoc[i]
            i += 1
            if token.is_space:
                continue
            steps += 1
            if token.i in self.in_mention:
                # "mazākumtautību nevalstiskās organizācijas": through another group's words to its noun
                i = self.in_mention[token.i].mention.token_end
                token = self.sdoc[i - 1]
            word = token.text.lower()
            if self.ctx.collectives.fullmatch(word):
                if self.among_partners(char):
                    return False
                return word.endswith(PLURAL_ENDINGS) or not self.in_presenting_sentence(char)
            if self.ctx.venues.fullmatch(word):
                return not word.endswith(LOCATIVE_ENDINGS) and not self.in_proper_name(start)
            if not self.ctx.collective_between.fullmatch(word):
                return False
        return False

    def among_partners(self, char: int) -> bool:
        """"Projektu īsteno sadarbībā ar …: Latvijas Bērnu forumu, …": organisations named as
        partners earlier in the sentence work with the project, they are not whom it serves."""
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        start = self.doc.sentences[index].start
        return bool(self.ctx.partners.search(self.doc.text, start, char))

    def owned_is_topic(self, end: int) -> bool:
        """Whether the word after the genitive ending at token `end` is a topic the group only
        owns ("romu kultūru", "mazākumtautību valodas")."""
        i, n = end, len(self.sdoc)
        while i < n and self.sdoc[i].is_space:
            i += 1
        return i < n and self.sdoc[i].text.lower().startswith(self.ctx.not_owned)

    def person_noun_after(self, end: int) -> int | None:
        """The token of a plain noun for people right after token `end` ("nodarbinātajiem",
        "iedzīvotājus", "biedriem"), if there is one and no other group's word."""
        i, n = end, len(self.sdoc)
        while i < n and self.sdoc[i].is_space:
            i += 1
        if i < n and i not in self.in_mention and self.ctx.person_nouns.fullmatch(self.sdoc[i].text.lower()):
            return i
        return None

    def in_presenting_sentence(self, char: int) -> bool:
        index = self.doc.sentence_index(char)
        return index is not None and bool(self.ctx.presenting.search(self.doc.sentence_text(index)))

    def in_participation_sentence(self, char: int) -> bool:
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        sentence = self.doc.sentence_text(index)
        # Those who perform, present, volunteer or answer a survey are not the ones served.
        return bool(self.ctx.participation.search(sentence)) and not self.ctx.presenting.search(sentence)

    def hosts(self, char: int, head: int) -> bool:
        """Whether the group whose head is token `head` is the subject of an inviting or waiting verb,
        hence the host: "skolotāji gaidīs absolventus", "jūs aicinās dienesta darbinieki". Only a
        masculine plural nominative ("-i", "-ie"; the feminine one is the accusative too), and only
        where the word of taking part nearest to it is such an active verb ("aicināti", "gaidīti"
        and "pieteikties" make the nominative the invited one; in "aicinās dienesta darbinieki un
        varēs apskatīt apmeklētāju darbus" the hosts are the ones "aicinās" speaks of)."""
        word = self.sdoc[head].text
        if word.isupper() or not word.lower().endswith(("i", "ie")):
            return False
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        words = self.participation_words(index)
        return bool(words) and bool(self.ctx.hosting.fullmatch(min(words, key=lambda w: abs(w[0] - char))[1]))

    def participation_words(self, index: int) -> list[tuple[int, str]]:
        """The words of taking part in sentence `index` with their offsets, found once per sentence."""
        words = self._participation.get(index)
        if words is None:
            sentence = self.doc.sentences[index]
            words = self._participation[index] = [(m.start(), m.group()) for m in self.ctx.participation.finditer(
                self.doc.text, sentence.start, sentence.end)]
        return words

    def in_list(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.list_regions)

    def in_menu(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.menu_regions)


MENU_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
# "Bezdarbniekiem | Darba devējiem", breadcrumbs "Sākums / Pakalpojumi / Senioriem", "Projekti › Erasmus+".
MENU_SEPARATORS = (r"\|", r"\s/\s", r"[›»]")


def menu_regions(text: str, min_items: int, max_item_words: int, header: re.Pattern) -> list[tuple[int, int]]:
    """Lines of a site's menu or breadcrumb: several short items split by "|", " / " or "›"
    ("Bezdarbniekiem | Darba devējiem | Jauniešiem | Kontakti"), or a line of links only. They name the site's sections, not the groups a text serves.
    A table row is no menu: it starts with "|", holds numbers, or names the target group."""
    regions = []
    for line in re.finditer(r"[^\n]+", text):
        body = line.group().strip()
        if body.startswith("|") or re.search(r"\d", body) or header.search(body):
            continue
        # Markdown menus: a line of links only ("* [Jauniešiem](/jauniesiem/)") is one or more items.
        links = MENU_LINK.findall(body)
        if links and not MENU_LINK.sub("", body).strip(" *-•·|"):
            if all(len(text.split()) <= max_item_words for text in links):
                regions.append((line.start(), line.end()))
            continue
        for separator in MENU_SEPARATORS:
            sizes = [len(item.split()) for item in re.split(separator, body)]
            # Short items, none empty inside the line ("a || b" is no menu; "| a | b |" is a table).
            if len(sizes) >= min_items and max(sizes) <= max_item_words and min(sizes[1:-1]) > 0:
                regions.append((line.start(), line.end()))
                break
    return regions


SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")


def list_regions(text: str, header: re.Pattern, awards: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Text after "Mērķauditorija ir:" — the rest of its line or, when that is empty, the next
    line, and the list lines ("- …", "• …", "1) …") that follow; at least the rest of the
    header's sentence, which a hard-wrapped text carries over several lines. Not after a header
    whose line speaks of an award ("Uz apbalvojumu var pretendēt:"): those listed are nominees."""
    regions = []
    for m in header.finditer(text):
        if awards is not None and awards.search(text, text.rfind("\n", 0, m.start()) + 1, m.end()):
            continue
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        needs_line = not text[m.end():end].strip()
        in_item = False
        for line in re.finditer(r"[^\n]*\n?", text[end:]):
            body = line.group().strip()
            if not line.group():
                break
            item = bool(re.match(r"^([-–—•*·]|\d+[.)])", body))
            # an item hard-wrapped onto an indented line goes on ("• jaunieši ar …,\n  parādnieki);")
            if body and not needs_line and not item and not (in_item and line.group()[:1] in " \t"):
                break
            in_item = item or (in_item and bool(body))
            needs_line = needs_line and not body
            end += line.end() - line.start()
        # In running or hard-wrapped text the list is the rest of the header's sentence.
        sentence_end = SENTENCE_END.search(text, m.end())
        regions.append((m.end(), max(end, sentence_end.end() if sentence_end else len(text))))
    return regions


def _form(word: str) -> set[str]:
    if word.isupper():  # an indeclinable abbreviation (NVO, NEET)
        return {"genitive", "participant"}
    word = word.lower()
    if word.endswith(DATIVE_ENDINGS):
        return {"dative"}
    forms = {"genitive"} if word.endswith(GENITIVE_ENDINGS) else set()
    if word.endswith(PARTICIPANT_ENDINGS):
        forms.add("participant")
    return forms


def head_word_ends(reader: Reader, head: int, endings: tuple[str, ...]) -> bool:
    word = reader.sdoc[head].text
    return not word.isupper() and word.lower().endswith(endings)


def is_served(reader: Reader, head: int, start_token: int, end_token: int, char: int, group: str = "") -> bool:
    forms = _form(reader.sdoc[head].text)
    if reader.locative_noun(head):  # "situāciju ģimenēs": where, not who
        return False
    if reader.sdoc[head].text.isupper() and reader.locative_after(end_token):
        forms = {"genitive"}  # "iesaistījās … NVO darbībā": an abbreviation qualifying a place
    governed, distance, governor = reader.looks_back(start_token, group)
    service = reader.service_noun_follows(end_token) if "genitive" in forms else None
    # "ar darba devēju atbalstu", "pēc jauniešu iniciatīvas": they give it, not get it.
    # "speciālistu konsultācijas", "speciālistu atbalsta komanda": what professionals give.
    if service and not (governor in {"ar", "pēc"} and service.startswith(reader.ctx.given_by)) \
            and not (group in reader.ctx.providers and service.startswith(reader.ctx.provided)):
        return True
    # "atbalstīt jauniešu idejas": the object of a service verb belongs to the group served.
    # (Not "atbalstīt romu kultūru": a group's culture or language is a topic, not the group served.)
    if "genitive" in forms and governed == "served" and distance == 1 and governor.startswith(reader.ctx.owner_served_verbs) \
            and not reader.owned_is_topic(end_token):
        return True
    if "dative" in forms:
        return governed != "blocked"
    # "atbalstīt reģiona nevalstiskās organizācijas", "mudināt iedzīvotājus": the accusative object
    # of a verb done to people, a word or two after it.
    if head_word_ends(reader, head, ACCUSATIVE_ENDINGS) and governed == "served" and distance <= 3 \
            and governor.startswith(reader.ctx.object_served_verbs):
        return True
    if "genitive" in forms and governed != "blocked" and group not in reader.ctx.collective_excluded \
            and reader.collective_follows(end_token, char, start_token):
        return True
    # A preposition governs a plural in the dative, so farther back it does not block a nominative.
    if governed == "blocked" and distance == 1:
        return False
    taking_part = reader.in_participation_sentence(char)
    if "participant" in forms and reader.in_list(char):
        return True
    if "participant" in forms and taking_part and not reader.hosts(char, head):
        return True
    # "piedalījās vairāk nekā 120 pedagogu": a counted genitive of participants.
    return governed == "number" and "genitive" in forms and taking_part


def is_invited(reader: Reader, head: int, start_token: int, char: int) -> bool:
    """A nominative or accusative in a sentence about taking part, or a head noun in a target list."""
    word = reader.sdoc[head].text
    # "vietējos uzņēmumos": a masculine locative is where, not who.
    if "participant" not in _form(word) or word.endswith("os"):
        return False
    governed, distance, _ = reader.looks_back(start_token, "employers")
    if governed == "blocked" and distance == 1:
        return False
    return reader.in_list(char) or (reader.in_participation_sentence(char) and not reader.hosts(char, head))


# A person's name said in running text (after a lower-case word), a comma, and a few words of the
# role: "sazināties ar Annu Kalnu, biedrības projektu " + "speciālisti,".
PERSON_THEN_ROLE = re.compile(r"(?:^|[\s(])[a-zāčēģīķļņšūž]+\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                              r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\s*,\s*(?P<role>(?:[^\s,.;:()]+\s+){0,5})$")
ROLE_CLOSES = re.compile(r"\s*(?:[,)]|$)", re.MULTILINE)


def titles_a_person(reader: Reader, found: Found) -> bool:
    """"zvanot sociālajai darbiniecei Ilzei Kalniņai", "jaunatnes darbinieks Jānis": a role
    in front of a person's name introduces that person, not a group served; so does a role set
    off by commas after the name ("ar Annu Kalnu, biedrības speciālisti, zvanot …"), unless
    another group stands between (then it is a list: "ar Annu Kalnu, skolēni un seniori")."""
    text, start, end = reader.doc.text, found.mention.start, found.mention.end
    following = text[end:end + 40].split(maxsplit=1)
    if following and following[0][:1].isupper() and names.is_given_name(following[0].strip(",.;:()")):
        return True
    before = PERSON_THEN_ROLE.search(text, max(0, start - 120), start)
    if before is None or not ROLE_CLOSES.match(text, end):
        return False
    role_start = before.start("role")
    first_after = bisect.bisect_left(reader.starts, role_start)
    return reader.starts[first_after] >= start


def accept(reader: Reader, found: list[Found]) -> None:
    for f in found:
        if not f.modifier and not reader.in_menu(f.mention.start) and not titles_a_person(reader, f):
            m = f.mention
            if f.invited_only:
                f.accepted = is_invited(reader, m.token_end - 1, m.token_start, m.start)
            else:
                f.accepted = is_served(reader, m.token_end - 1, m.token_start, m.token_end, m.start, f.id)
    # Who a served group is, said right after it, is served too: "sievietēm, kuras ieradušās kā
    # bēgles", "ģimenēm, kurās aug bērni ar invaliditāti", "ģimenēm ar bērniem".
    for before, after in zip(found, found[1:]):
        if not before.accepted or after.accepted or after.modifier:
            continue
        between = reader.doc.text[before.mention.end:after.mention.start]
        if after.mention.token_start - before.mention.token_end <= AS_REACH_TOKENS \
                and reader.doc.sentence_index(before.mention.start) == reader.doc.sentence_index(after.mention.start) \
                and (DESCRIBED_AS.search(between) or (before.id == "families" and WITH_CHILDREN.fullmatch(between))) \
                and not set(WORDS.findall(between.lower())[1:]) & reader.ctx.blocking:
            # (not "sievietes, kuras pēc bērna kopšanas atvaļinājuma …": a preposition makes it a topic)
            after.accepted = True
    # A modifier ("ar invaliditāti") counts when the noun it qualifies does.
    for f in found:
        if f.modifier and not reader.in_menu(f.mention.start):
            head = reader.previous_word(f.mention.token_start)
            if head is None:
                continue
            if head in reader.in_mention:
                f.accepted = reader.in_mention[head].accepted
            else:
                f.accepted = is_served(reader, head, head, f.mention.token_end, f.mention.start)
    # A genitive qualifying the next group counts when that group does ("romu ģimenēm").
    for before, after in reversed(list(zip(found, found[1:]))):
        if not before.accepted and after.accepted and "genitive" in _form(reader.sdoc[before.mention.token_end - 1].text):
            between = reader.sdoc[before.mention.token_end:after.mention.token_start]
            if all(t.is_space for t in between):
                before.accepted = True
    # So does a genitive before a plain noun for people, judged as that noun would be:
    # "sociālā riska grupu nodarbinātajiem", "pensionāru biedriem", "bēgļu bērniem".
    # A firm's word counts only where its people are invited: "aicināti … uzņēmumu pārstāvji".
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        if "genitive" not in _form(reader.sdoc[f.mention.token_end - 1].text):
            continue
        person = reader.person_noun_after(f.mention.token_end)
        if person is not None and f.invited_only:
            f.accepted = is_invited(reader, person, f.mention.token_start, f.mention.start)
        elif person is not None:
            f.accepted = is_served(reader, person, f.mention.token_start, person + 1, f.mention.start)


AGE_AFTER = [
    re.compile(r"^\s*\(\s*(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?(?:no\s+)?(?P<min>\d{1,2})\s*(?:-|–|—|līdz)\s*(?P<max>\d{1,2})\b"),
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?(?:no\s+)?(?P<min>\d{1,2})\s*(?:-|–|—|līdz)\s*(?P<max>\d{1,2})\s+gad"),
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?līdz\s+(?P<max>\d{1,2})\s+gad"),
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?(?:no|virs|pēc|vecāki\s+par|vecākas\s+par)\s+(?P<min>\d{1,2})\s+gad"),
    re.compile(r"^\s*(?:\(\s*(?P<min>\d{1,2})|(?P<min2>\d{2}))\s*\+"),
]
AGE_BEFORE = re.compile(r"(?P<min>\d{1,2})\s*(?:-|–|—|līdz)\s*(?P<max>\d{1,2})\s+gad\w*\s+(?:vecum\w*\s+|ve[cč]\w*\s+)?$")


ASIDE = re.compile(r'\s*(?:\([^()\n]{0,100}\)|[„“"«][^„“”"«»\n]{1,80}[”“"»])')


# Ages in words: "bērniem vecumā no astoņiem līdz 12 gadiem", "no sešu līdz divpadsmit gadu vecumam".
NUMBER_STEMS = {"vien": 1, "div": 2, "trīs": 3, "trij": 3, "trim": 3, "četr": 4, "piec": 5, "seš": 6,
                "septiņ": 7, "astoņ": 8, "deviņ": 9}
NUMBER_WORD = re.compile(r"(?<!\w)(?:(?P<stem>" + "|".join(NUMBER_STEMS) + r")(?:(?P<tens>padsmit|desmit)|(?:i|ie|iem|us|u|as|ām|ās|s|a|am|ai)?)|desmit)(?!\w)",
                         re.IGNORECASE)


def _in_digits(m: re.Match) -> str:
    if not m.group("stem"):
        return "10"
    value = NUMBER_STEMS[m.group("stem").lower()]
    tens = (m.group("tens") or "").lower()
    return str(value + 10 if tens == "padsmit" else value * 10 if tens == "desmit" else value)


TENS_AND_ONES = re.compile(r"(?<!\d)([2-9])0 ([1-9])(?!\d)")  # "divdesmit deviņiem" → "20 9" → "29"


def _digits(text: str) -> str:
    return TENS_AND_ONES.sub(r"\1\2", NUMBER_WORD.sub(_in_digits, text))


def ages_near(text: str, start: int, end: int, limit: int | None = None) -> tuple[int | None, int | None]:
    """Ages said right after the group (before `limit`, where another group begins: in
    "bezdarbnieki, jaunieši vecumā no 18 līdz 29 gadiem" the ages are the young people's)."""
    limit = len(text) if limit is None else limit
    after = _digits(text[end:min(end + 100, limit)])
    # Past an aside or a quoted title: "NEET jaunieši (t.i., jaunieši, kuri nestrādā …) vecumā no
    # 15 līdz 29 gadiem", "darbnīca bērniem "Māla trauki" (7+)".
    aside = ASIDE.match(text, end, min(end + 120, limit))
    tries = [after] + ([_digits(text[aside.end():min(aside.end() + 100, limit)])] if aside else [])
    for after in tries:
        for pattern in AGE_AFTER:
            m = pattern.search(after)
            if m:
                return _ages(m)
    m = AGE_BEFORE.search(text[max(0, start - 40):start])
    return _ages(m) if m else (None, None)


def _ages(m: re.Match) -> tuple[int | None, int | None]:
    groups = m.groupdict()
    groups["min"] = groups.get("min") or groups.get("min2")
    low = int(groups["min"]) if groups.get("min") else None
    high = int(groups["max"]) if groups.get("max") else None
    if low is not None and high is not None and not low <= high:
        return None, None
    return low, high


def _next_other(found: list[Found], index: int, end: int) -> int | None:
    """Where the next group of another id begins after `end` (for the reach of ages)."""
    return next((f.mention.start for f in found[index + 1:index + 8]
                 if f.mention.start >= end and f.id != found[index].id), None)


def _run_end(found: list[Found], index: int, text: str) -> int:
    """End of the run of groups that starts at `index` ("jauniešu imigrantu (18-30)")."""
    end = found[index].mention.end
    for nxt in found[index + 1:]:
        if text[end:nxt.mention.start].strip():
            break
        end = nxt.mention.end
    return end


# NEET said in words: "jaunieši, kuri nemācās un nestrādā", "jauniešiem, kas nestrādā, nemācās un
# neapgūst arodu", "jauniešiem vecumā no 15 līdz 29 gadiem, kuri nemācās un nestrādā".
# A few words may stand before the first of them and between two ("kuri dažādu iemeslu dēļ
# pašlaik nemācās, nestrādā algotu darbu, neapgūst arodu"); two such verbs are needed, since one
# ("jaunieši, kas nestrādā") is only unemployed. The reach is bounded: match() at one place only.
NEET_VERB = r"ne(?:mācās|strādā|apgūst)"
NEET_CLAUSE = re.compile(r"(?:\s+vecumā\s+(?:no\s+)?\d{1,2}\s*(?:-|–|līdz)\s*\d{1,2}\s+gad\w*)?\s*,?\s*(?:kuri|kas)\s+"
                         r"(?:[^\W\d]+\s+){0,4}?" + NEET_VERB + r"\w*[^.;:!?\n]{1,30}?(?<!\w)" + NEET_VERB)


# Older people said by their age: "cilvēkiem pēc 50", "personas vecumā virs 55 gadiem", "cilvēki
# 50+", "cilvēkiem vecumā 50+", "iedzīvotāji, vecāki par 60 gadiem", "personas, kuras ir vecākas par 55 gadiem" (not
# "personas no 50 valstīm": the number ends the phrase or counts years). The noun is the mention;
# its context decides as for any group.
OLDER_BY_AGE = re.compile(r"(?<!\w)(?P<noun>(?:cilvēk|person|iedzīvotāj|interesent|strādājoš)\w*)\s*,?\s+"
                          r"(?:(?:(?:kuri|kuras|kas)\s+(?:ir\s+)?)?(?:vecumā\s+)?(?:pēc|virs|no|vecāk\w*\s+par)\s+"
                          r"(?P<age>\d{2})(?=\s*(?:\+|gad|g\.|[.,;:!?)]|$))|(?:vecumā\s+)?\(?(?P<plus>\d{2})\s*\+)",
                          re.IGNORECASE | re.MULTILINE)
SENIOR_AGE = 50


def older_by_age(doc: Document, taken: list[Found]) -> list[Found]:
    taken_tokens = {i for f in taken for i in range(f.mention.token_start, f.mention.token_end)}
    found = []
    for m in OLDER_BY_AGE.finditer(doc.text):
        start, end = m.span("noun")
        tokens = doc.spacy.char_span(start, end, alignment_mode="expand")
        if int(m.group("age") or m.group("plus")) < SENIOR_AGE or tokens is None or taken_tokens.intersection(range(tokens.start, tokens.end)):
            continue
        found.append(Found(Mention("seniors", start, end, tokens.start, tokens.end), "seniors", False))
    return found


def extract(doc: Document, record: Record) -> None:
    found = [Found(m, m.id.removesuffix(MODIFIER).removesuffix(INVITED), m.id.endswith(MODIFIER),
                   invited_only=m.id.endswith(INVITED)) for m in _vocabulary().find(doc)]
    found = [f for f in found if not f.id.startswith("_")]
    found = sorted(found + older_by_age(doc, found), key=lambda f: f.mention.start)
    for f in found:
        if f.id == "youth" and NEET_CLAUSE.match(doc.text, f.mention.end):
            f.id = "neet"
    if not found:
        return
    reader = Reader(doc, found)
    accept(reader, found)
    # In a text about NEET youth, the young people it speaks of are those NEET youth — unless
    # a sentence without NEET in it gives young people of their own ages ("gaida jauniešus
    # vecumā no 13 līdz 25 gadiem … Īpaši aicinām jauniešus, kuri nemācās un nestrādā").
    neet_sentences = {doc.sentence_index(f.mention.start) for f in found if f.id == "neet" and f.accepted}
    entries: dict[str, TargetGroup] = {}
    neet_ages: tuple[int | None, int | None] = (None, None)
    for index, f in enumerate(found):
        run_end = _run_end(found, index, doc.text)
        ages = ages_near(doc.text, f.mention.start, run_end, _next_other(found, index, run_end))
        apart = ages != (None, None) and doc.sentence_index(f.mention.start) not in neet_sentences
        if f.id == "youth" and neet_sentences and not apart:
            neet_ages = neet_ages if neet_ages != (None, None) else ages
            continue
        if not f.accepted:
            continue
        entry = entries.get(f.id)
        if entry is None:
            span = doc.span(f.mention.start, f.mention.end)
            entries[f.id] = TargetGroup(id=f.id, text=" ".join(span.text.split()), age_min=ages[0], age_max=ages[1], span=span)
        elif entry.age_min is None and entry.age_max is None and ages != (None, None):
            entry.age_min, entry.age_max = ages
    # Ages said at another mention of a group that counts ("Konkursā var piedalīties jebkurš
    # jaunietis vecumā no 13 līdz 25 gadiem") are its ages too.
    for index, f in enumerate(found):
        entry = entries.get(f.id)
        if entry is not None and entry.age_min is None and entry.age_max is None and not (f.id == "youth" and neet_sentences):
            run_end = _run_end(found, index, doc.text)
            entry.age_min, entry.age_max = ages_near(doc.text, f.mention.start, run_end, _next_other(found, index, run_end))
    neet = entries.get("neet")
    if neet is not None and neet.age_min is None and neet.age_max is None:
        neet.age_min, neet.age_max = neet_ages
    record.target_groups.extend(entries.values())
