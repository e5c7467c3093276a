"""A municipality named as the payer in its own clause, whatever the wording around it
(data/funding.toml [municipal_payer]; read by funding_mentions._find).
The one-wording forms of [[entry]] MUNICIPAL each hold one phrase ("pašvaldības līdzfinansējums"); a council's
money is said in many more: "saņemot Ozolu novada pašvaldības jauniešu iniciatīvu projektu konkursa finansējumu",
"piesaistot pašvaldības atbalstu novada projektu konkursā", "Rīgas domes Labklājības departamenta atbalsts …
(līgums par atbalstu)", "atlikušo finansējumu ieguva, piedaloties Ozolu novada kultūras projektu konkursā".
The readings, each over one sentence's tokens, read once:

- an owner chain: a municipal body's genitive ("pašvaldības", "domes", "pagasta padomes") or a
  territory's ("Ozolu novada"), then only the genitives of its own name ("Alūksnes jauniešu iniciatīvu
  projektu konkursa", "Labklājības departamenta") up to a head noun — money ("finansējums", "līdzekļi",
  "dotācija"; a body's only), a granting scheme ("konkurss", "fonds", "programma" after "projektu",
  "iniciatīvu", "grantu" …; its clause must name money, as docs/record.md keeps a contest that
  names none out), or support ("atbalsts"; a body's only, with a granting scheme — "projektu
  konkurss", "grantu programma" —, a grant or a contract in its sentence, never after "ar" or
  "pateicoties": bare "ar domes atbalstu" stays out, and "zīmējumu konkurss" is a competition).
  A verb, a dative, a nominative or another funder's name breaks the chain, so the council's own
  receiving ("pašvaldības piesaistītais finansējums") and another body's contest ("pašvaldības dalība
  Valsts kultūrkapitāla fonda konkursā") are none;
- the council or its unit as the subject that announces a contest whose own words name money
  ("Rīgas domes … departaments izsludina konkursu par finansiālu atbalstu"; not "izsludina konkursu,
  labākajiem piešķirot finansējumu", after a comma);
- the council as the subject that sets support or money in its budget ("dome atbalstu svētkiem noteikusi
  kā vienu no budžeta prioritātēm"), grants a sum ("pašvaldība … plāno piešķirt 3000 eiro") or signs a
  contract about the support it gives ("biedrība un domes departaments parakstīja līgumu par atbalstu").

The council obliged to pay, in the dative with a debitive of granting or providing and money after it
("domei ir jāpiešķir līdzfinansējums", "pašvaldībai jānodrošina līdzfinansējums 15 % apmērā"). And money
received from the council: its genitive after "no" with a word of receiving and money near
("biedrība saņēma 500 eiro no Ozolu novada pašvaldības").

No subject reading where the clause says the council receives, asks or applies ("dome saņēma finansējumu",
"pašvaldība piedalījās konkursā"), nor with a benefit granted ("piešķīra 150 eiro pabalstu"). Each sentence's
tokens are walked once; a chain reads at most `chain_reach` tokens, a clause at most `clause_reach`.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..document import Document
from ..spans import Intervals
from .funding_contest_money import contest_money_told, owned_by_other
from .funding_cues import clause_verb, cues as _cues, sum_at
from .funding_given import support_openers
from .funding_municipal_words import Words, clause_numbers, municipal_words as _words, names_money
from .vocabulary import Mention


@dataclass
class _Sentence:
    """One sentence's tokens with what the readings ask of them, computed once."""
    text: str
    tokens: tuple
    lowers: tuple[str, ...]
    stems: set[str]
    money: set[int]  # indices of the words that name money (a noun, a sum, "finansiāls") or grant it
    breaks: set[int]  # indices of the words that open another clause
    segment: list[int]  # per token, how many clause words stand up to it: one number per clause
    money_segments: set[int]  # the clauses that name money
    receiving_segments: set[int]  # the clauses with a word of receiving ("saņēma", "ieguva")
    scheme_said: bool  # a granting scheme named: "projektu konkurss", "grantu programma"
    told_contests: list[int] | None = None  # _funding_contest_told's contests, in order, read once
    money_told_apart: bool = False  # a granting scheme's money told in a sentence of its own (funding_contest_money)

    def money_in_clause_of(self, i: int) -> bool:
        """Money named in the sentence with no clause word between it and token `i`."""
        return self.segment[i] in self.money_segments

    def money_right_after(self, k: int, end: int) -> bool:
        """Money named after token `k` and before `end`, no comma between ("konkursu par finansiālu
        atbalstu"; not "konkursu, labākajiem piešķirot finansējumu", the contest's own money unsaid)."""
        for j in range(k + 1, end):
            if self.lowers[j] == ",":
                return False
            if j in self.money and not self.lowers[j].startswith(_words().grant_words):
                return True
        return False


def municipal_payers(doc: Document, other_funders: Intervals) -> list[Mention]:
    """MUNICIPAL mentions of the three readings, in text order; `other_funders` are the characters of
    the other funders' mentions, where a chain stops."""
    w = _words()
    breaks = _cues().clause_breaks - w.clause_words_kept
    told_apart = contest_money_told(doc, other_funders)  # one answer for the whole text
    found: list[Mention] = []
    for sentence in doc.sentences:
        tokens = sentence.tokens
        lowers = sentence.lowers  # (made once per sentence: document.py)
        money = {k for k, t in enumerate(tokens) if names_money(doc.text, t, lowers[k], w)}
        # (a quote right after a scheme's noun opens its name, no clause: "… projektu konkursa “Dari pats”
        # finansiālam atbalstam" keeps the money in the council's clause)
        clause_words, segment = clause_numbers(tokens, lowers, breaks)
        s = _Sentence(doc.text, tokens, lowers, {t.stem for t in tokens}, money, clause_words, segment,
                      {segment[k] for k in money},
                      {segment[k] for k, word in enumerate(lowers) if word.startswith(w.receiving)},
                      any(t.stem in w.schemes and k > 0 and lowers[k - 1] in w.scheme_qualifiers
                          for k, t in enumerate(tokens)), money_told_apart=told_apart)
        for i, word in enumerate(lowers):
            if _owner(tokens, lowers, i, w):
                end = _chain_head(s, i, w, other_funders)
                if end is not None and _topic(lowers, i, end, w):
                    end = None
                if end is None and _received_from(s, i, w):
                    end = i
                if end is not None:
                    found.append(_mention(doc, tokens, i, end))
            elif word in w.subject_bodies and _subject_pays(s, i, w, other_funders) or word in w.obliged_bodies \
                    and _obliged_to_pay(s, i, w, other_funders):
                found.append(_mention(doc, tokens, i, i))
    return found


def _owner(tokens, lowers, i: int, w: Words) -> bool:
    """A municipal body's or a territory's genitive at token `i` (not a pupils' council, "skolēnu domes")."""
    word, before = lowers[i], lowers[i - 1] if i > 0 else ""
    if before in w.not_municipal_before:
        return False
    if word in w.bodies:
        return True
    if word in w.units_after:
        return before in w.units_after[word]
    # a territory by its place's name: "Talsu novada"
    return word in w.territories and i > 0 and tokens[i - 1].text[:1].isupper()


def _topic(lowers, i: int, head: int, w: Words) -> bool:
    """"par pašvaldības … konkursa finansējumu": after "par" the council's money or scheme is a topic,
    unless the head is money in the dative plural ("iepirktas par pašvaldības līdzekļiem": paid with it)."""
    return i > 0 and lowers[i - 1] == "par" and not lowers[head].endswith(w.paid_with_endings)


def _received_from(s: _Sentence, i: int, w: Words) -> bool:
    """Money received from the council: its body's genitive (its place's name maybe before) after "no",
    a word of receiving and money in its clause ("biedrība saņēma 500 eiro no Ozolu novada pašvaldības",
    "no pašvaldības saņēma dotāciju")."""
    if s.lowers[i] not in w.bodies:
        return False
    begin = _name_start(s.tokens, i)
    if begin == 0 or s.lowers[begin - 1] not in w.from_words:
        return False
    near = [k for k in range(max(0, begin - 1 - w.from_reach), min(len(s.tokens), i + 1 + w.from_reach))
            if s.segment[k] == s.segment[i]]
    return any(s.lowers[k].startswith(w.receiving) for k in near) and any(k in s.money for k in near) \
        and not any(s.lowers[k].startswith(w.benefits) for k in near)  # "saņēma pabalstu 100 eiro no pašvaldības"


def _chain_head(s: _Sentence, i: int, w: Words, other_funders: Intervals) -> int | None:
    """The index of the head noun the owner at `i` owns over its name's genitives, if it says the owner
    pays; None otherwise."""
    tokens, lowers = s.tokens, s.lowers
    territory = lowers[i] in w.territories
    capitals = 0
    previous = lowers[i]
    j = i
    while j + 1 < min(len(tokens), i + 1 + w.chain_reach):
        j = _past_definition(lowers, j + 1)  # "pašvaldības (turpmāk – Pašvaldība) finansējuma"
        if j >= len(tokens):
            return None
        token, word = tokens[j], lowers[j]
        if other_funders.overlaps(token.start, token.end):
            return None
        if token.stem in w.money and not territory:
            after = lowers[j + 1] if j + 1 < len(tokens) else ""
            return None if after.startswith(w.attracting) else j
        if token.stem in w.schemes and previous in w.scheme_qualifiers:
            told = s.money_told_apart and token.stem in w.contests  # its money in a sentence of its own
            return j if s.money_in_clause_of(i) or told or _thanked(s, i, j, w) else None
        if token.stem in w.support and not territory:
            # received or granted in a project contest, a grant scheme or by contract; not the bare "ar domes
            # atbalstu" (support of any kind), whatever the sentence names
            opened = _name_start(tokens, i)
            vague = opened > 0 and lowers[opened - 1] in support_openers()
            return j if not vague and (s.scheme_said or s.stems & w.support_contexts) else None
        if token.stem in w.money_adjectives and j + 1 < len(tokens) and tokens[j + 1].stem in w.support \
                and not other_funders.overlaps(tokens[j + 1].start, tokens[j + 1].end):
            return j + 1  # "guvis Rīgas domes … departamenta finansiālo atbalstu": support said as money pays
        if word in w.units and j > i + 1:  # "Rīgas domes … departaments izsludina …": the unit's clause
            return j if _subject_pays(s, j, w, other_funders) else None
        if word in w.announced_participles and (j == i + 1 or previous in w.bodies):
            previous = word  # "domes izsludinātajam projektu konkursam": the council's own contest
            continue
        if not _name_word(token, word, w):
            if word in (",", "un") and j > i + 1:
                continue
            return None
        if token.text[:1].isupper():
            capitals += 1
            if capitals > w.capitals:
                return None
        previous = word
    return None


def _thanked(s: _Sentence, owner: int, scheme: int, w: Words) -> bool:
    """The granting scheme itself thanked for what came of it, in the dative after one of `thanked_openers`
    ("Pateicoties Ozolu novada jauniešu projektu konkursam, tika iegādāts inventārs"): its grant paid."""
    opened = _name_start(s.tokens, owner)
    return opened > 0 and s.lowers[opened - 1] in w.thanked_openers and s.lowers[scheme].endswith(w.dative_endings)


DEFINITION_WORDS = 6  # "(turpmāk – Pašvaldība)", "(turpmāk – Konkurss)": a rule text's short names


def _past_definition(lowers, k: int) -> int:
    """The token after a rule text's bracketed short name ("(turpmāk – Pašvaldība)") opening at `k`;
    `k` itself when none opens there."""
    if lowers[k] != "(" or k + 1 >= len(lowers) or lowers[k + 1] != "turpmāk":
        return k
    for end in range(k + 2, min(len(lowers), k + 2 + DEFINITION_WORDS)):
        if lowers[end] == ")":
            return end + 1
    return k


def _name_word(token, word: str, w: Words) -> bool:
    """A word of the owner's name or of its scheme's: a capitalised name (no abbreviation: "ES", "VKKF"),
    an inflected lower-case genitive that is no verb's form, or a year ("2023. gada")."""
    text = token.text
    if text.isdigit() or text == ".":
        return True
    if not text.isalpha() or text.isupper() and len(text) > 1 and word not in w.abbreviations:
        return False
    if text[0].isupper():
        return True
    return (word.endswith(w.genitive_endings) and token.lemma.lower() != word
            and not clause_verb(token) and not word.startswith(w.receiving))


def _subject_pays(s: _Sentence, i: int, w: Words, other_funders: Intervals) -> bool:
    """The council (or its unit) at `i` as the subject of its clause announces a contest whose own
    words name money, sets support or money in its budget, grants a sum or signs a contract about its
    support (or one told apart); not where the clause says it receives or applies, nor beside another funder."""
    tokens, lowers = s.tokens, s.lowers
    if _funding_contest_told(s, i, w, other_funders):  # (the invited apply: "aicina … pieteikties")
        return True
    if _takes_part_with_money(s, i, w, other_funders):
        return True
    first = _past_inserted(s, i + 1, w)
    end = first
    while end < len(tokens) and end - first < w.clause_reach and end not in s.breaks:
        end += 1
    clause = range(first, end)
    if any(lowers[k].startswith(w.receiving) and lowers[k - 1] not in w.organizing  # (not "izsludina pieteikšanos")
           or other_funders.overlaps(tokens[k].start, tokens[k].end) for k in clause):
        return False
    if any(lowers[k].startswith(w.benefits) for k in clause):  # "dome piešķīra 150 eiro pabalstu"
        return False
    stems = [tokens[k].stem for k in clause]
    organizes = next((k for k in clause if lowers[k] in w.organizing), None)
    if organizes is not None:
        contest = next((k for k in range(organizes + 1, end) if tokens[k].stem in w.contests), None)
        if contest is not None and (s.money_right_after(contest, end) or lowers[contest - 1] in w.contest_money
                                    or s.money_told_apart and lowers[contest - 1] in w.scheme_qualifiers):
            return True  # "… izsludina konkursu par finansiālu atbalstu", "… izsludina NVO projektu līdzfinansējuma konkursu"
    if any(st in w.budget for st in stems) and any(st in w.support or st in w.money for st in stems):
        return True
    # a contract it signs about support or money it gives, no other party named with "ar": "Biedrība un
    # Rīgas domes … departaments parakstīja līgumu par atbalstu …"
    if any(st in w.contracts for st in stems) and "ar" not in (lowers[k] for k in clause) and any(
            lowers[k - 1] == "par" and (tokens[k].stem in w.support or tokens[k].stem in w.money)
            and lowers[k].endswith("u") for k in clause):
        return True
    # "Ozolu pašvaldība … plāno piešķirt 3000 eiro": a granting word, then a sum or money within a few words
    # (not a converb, which hangs on the clause's own act: "izsludinājusi konkursu, labākajiem piešķirot
    # finansējumu" is the contest, whose money docs/record.md reads as unsaid)
    grant = next((k for k in clause if lowers[k].startswith(w.grant_words) and not lowers[k].endswith(w.converb_endings)), None)
    return grant is not None and any(
        tokens[k].stem in w.money or sum_at(s.text, tokens[k])
        for k in range(grant + 1, min(end, grant + 1 + w.granted_reach)))


def _takes_part_with_money(s: _Sentence, i: int, w: Words, other_funders: Intervals) -> bool:
    """The council at `i` takes part with its money, "ar" right after it, then only a sum, its currency or
    `contributing_between` words up to a money noun: "Novada pašvaldība ar 500 eiro līdzfinansējumu
    piedalīsies baznīcas jumta atjaunošanā" (its co-funding pays, though "piedalīsies" alone is applying)."""
    tokens = s.tokens
    if i + 2 >= len(tokens) or s.lowers[i + 1] != "ar":
        return False
    for k in range(i + 2, min(len(tokens), i + 2 + w.granted_reach)):
        if other_funders.overlaps(tokens[k].start, tokens[k].end):
            return False
        if tokens[k].stem in w.money:
            return True
        if k not in s.money and s.lowers[k] not in w.contributing_between:
            return False
    return False


def _past_inserted(s: _Sentence, k: int, w: Words) -> int:
    """The first token of the subject's clause after an inserted phrase between commas right after the
    subject ("departaments, 2014. gada budžeta programmas „…” ietvaros, piešķīra finansējumu"): `k` itself
    when no comma opens one there, or when the phrase holds a verb of its own (then it is a clause, "dome,
    kas saņēma …, …") or does not close within `clause_reach` words."""
    tokens, lowers = s.tokens, s.lowers
    if k >= len(tokens) or lowers[k] != ",":
        return k
    for m in range(k + 1, min(len(tokens), k + 1 + w.clause_reach)):
        if lowers[m] == ",":
            return m + 1 if m > k + 1 else k
        if clause_verb(tokens[m]) or lowers[m] in w.inserted_breaks:
            return k
    return k


def _funding_contest_told(s: _Sentence, i: int, w: Words, other_funders: Intervals) -> bool:
    """The council at `i` runs a contest whose name says money ("līdzfinansējuma konkurss",
    "finansēšanas konkurss"), told in two more shapes: the contest first and the council after its verb
    ("Biedrību projektu līdzfinansējuma konkursu rīko Ozolu novada dome"), or the council as the one
    that announces or invites, the contest in its sentence ("Ozolu pašvaldība informē, ka izsludināts NVO
    projektu līdzfinansējuma konkurss", "… aicina biedrības pieteikties … finansēšanas konkursā"). Not
    with another funder anywhere in the sentence (another body's contest the council passes on)."""
    tokens, lowers = s.tokens, s.lowers
    if s.told_contests is None:  # the sentence's contests, none with another funder: once per sentence
        contests = [k for k in range(1, len(tokens)) if tokens[k].stem in w.contests and (lowers[k - 1] in w.contest_money or s.money_told_apart
                    and lowers[k - 1] in w.scheme_qualifiers and not owned_by_other(tokens, k - 1))]
        s.told_contests = [] if contests and any(other_funders.overlaps(t.start, t.end) for t in tokens) else contests
    contests = s.told_contests
    if not contests:
        return False
    verb = _name_start(tokens, i) - 1
    if verb >= 0 and lowers[verb] in w.organizing:  # the contest before its verb, no clause word between
        before = bisect_left(contests, verb)  # the last contest before the verb, in the verb's clause
        return before > 0 and s.segment[contests[before - 1] - 1] == s.segment[verb - 1]
    if verb >= 0 and lowers[verb] in w.announcing:  # the reporter after its verb: "…, informē Ozolu pašvaldība"
        return contests[0] < verb
    return i + 1 < len(tokens) and lowers[i + 1] in w.announcing and contests[-1] > i + 1


def _name_start(tokens, first: int) -> int:
    """The first token of the place's name before the owner at `first` (at most three capitalised
    words or name words: "Ozolu novada")."""
    names, openers = _cues().name_words, _words().thanked_openers  # ("Pateicoties" opening a sentence is none)
    begin = first
    while begin > 0 and first - begin < 3 and (tokens[begin - 1].text[:1].isupper() and tokens[begin - 1].text.isalpha()
                                               and tokens[begin - 1].text.lower() not in openers
                                               or tokens[begin - 1].text.lower() in names):
        begin -= 1
    return begin


def _obliged_to_pay(s: _Sentence, i: int, w: Words, other_funders: Intervals) -> bool:
    """The council in the dative with a debitive of granting or providing (`debitive_prefix` + `obliged_verbs`), then
    money within `granted_reach` words: "domei ir jāpiešķir līdzfinansējums 5000 eiro", "pašvaldībai
    jānodrošina līdzfinansējums 15 % apmērā" (it must pay; not "jānodrošina telpas", no money)."""
    tokens, lowers = s.tokens, s.lowers
    k = i + 1
    while k < len(tokens) and k - i <= 2 and lowers[k] in w.auxiliaries:  # "domei ir jāpiešķir"
        k += 1
    debitive = w.debitive_prefix
    if k >= len(tokens) or not lowers[k].startswith(debitive) or not lowers[k][len(debitive):].startswith(w.obliged_verbs):
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + w.granted_reach)):
        if j in s.breaks or other_funders.overlaps(tokens[j].start, tokens[j].end) or lowers[j].startswith(w.benefits):
            return False
        if tokens[j].stem in w.money:
            return True
    return False


def _mention(doc: Document, tokens, first: int, last: int) -> Mention:
    """From the place's name before the owner (capitalised words, "novada", "pilsētas") to the head."""
    begin = _name_start(tokens, first)
    start, end = tokens[begin].start, tokens[last].end
    span = doc.spacy.char_span(start, end, alignment_mode="expand")
    return Mention("MUNICIPAL", start, end, span.start if span is not None else 0, span.end if span is not None else 0)
