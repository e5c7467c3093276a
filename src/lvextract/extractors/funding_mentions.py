"""Where the text names a fund or programme that pays (data/funding.toml): the mentions the
funding extractor reports and budgets read for shares ("85 % ERAF"), matched once per document.

The vocabulary gives every id with its Latvian forms, matched on stems so that any case form
counts, and its abbreviations. A funder named by a plain word ("Latvijas valsts", "Smiltenes
novada dome", the `cued` table) counts only where its sentence says it pays: see _pays (with funding_given.py, and
funding_contest.py for money granted in its call for projects).
Also: an abbreviation a scraped menu glued to a word ("jaunumiINTERREG"); not the state's or a
municipality's budget said of another body (_of_other_body), nor a match carried over a line
break onto a fact sheet's label ("… dome" / "Finansējums:").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..document import Document, Sentence
from ..latvian.lemmas import stem
from ..layout import short_line
from ..latvian.money import amount_pattern
from ..spans import Intervals
from .funding_approved import approved_money, financed_by_subject
from .funding_contest import granted_in_contest
from .funding_cues import Cues, coordinated_owners_start, cues as _cues, long_name_start, past_qualifiers
from .funding_decision import decided_to_grant
from .funding_elliptic import elliptic_funds
from .funding_endorsed import endorsed
from .funding_granted_sum import granted_sum
from .funding_receiver import dative_body, partner, receives
from .funding_abbreviation import other_body
from .funding_breakdown import breakdown_item
from .funding_clauses import across_clauses
from .funding_share import percent_after
from .funding_given import funded_participle, modal_grant, money_given_before, past_unit, purpose_or_end, support_openers, verb_after_auxiliary
from .funding_national import municipal_national
from .funding_not_paying import not_paying
from .vocabulary import Mention, load, vocabulary


def find_mentions(doc: Document) -> list[Mention]:
    """Every mention of a fund or programme, in text order (budgets read them for shares):
    matched once per document, for both extractors."""
    return doc.derived("funding.mentions", _find)


def _find(doc: Document) -> list[Mention]:
    named = vocabulary("funding").find(doc) + _glued(doc)
    # (the ids the text names by more than a bare abbreviation: "KF" is no culture fund beside "Kohēzijas fonds")
    in_full, ids = {m.id for m in named if not doc.text[m.start:m.end].isupper()}, {m.id for m in named}
    found = [m for m in named if not m.id.startswith("_") and not _of_other_body(doc.text, m) and not across_clauses(doc.text, m)
             and not other_body(doc, m, in_full, ids) and not _neighbourhood(doc.text, m, ids)]
    found.extend(elliptic_funds(doc, found))  # "Eiropas Reģionālās attīstības un Eiropas Sociālā fonda"
    coordinated = _coordinated(doc, found)
    found.extend(coordinated)
    # "valsts budžeta iestāde" too: not a funder; and a coordinated funder is found already
    taken = Intervals((m.start, m.end) for m in named + coordinated)
    cued = [m for m in vocabulary("funding", "cued").find(doc) if not taken.overlaps(m.start, m.end)]
    if cued:
        token_starts: dict[int, list[int]] = {}  # per sentence, built once: bisect, never a rescan
        named_starts = sorted(m.start for m in found)  # a named fund earlier in a funder's sentence
        found.extend(p for p in (_pays(doc, m, token_starts, named_starts) for m in cued) if p is not None)
    municipal = sorted({m.start for m in found if m.id == "MUNICIPAL"})  # (sorted: one bisection per mention)
    found = [m for m in found if not _image_caption(doc.text, m) and not _ends_in_label(doc.text, m)
             and not not_paying(doc, m) and not receives(doc, m) and not partner(doc, m) and not municipal_national(doc.text, m, municipal)]
    found.sort(key=lambda m: m.start)
    return found


def _neighbourhood(text: str, m: Mention, ids: set[str]) -> bool:
    """A bare "pārrobežu sadarbības projekts/programma", no country or Interreg named in it, in a text
    that names a neighbourhood-instrument programme (funding.toml "_neighbourhood"): that programme's,
    no Interreg."""
    return m.id == "INTERREG" and "_neighbourhood" in ids and text[m.start:m.end].lower().startswith("pārrobež")


def _image_caption(text: str, m: Mention) -> bool:
    """A short line that names a logo or an image file ("logo ESF mazs", "erasmus_logo.jpg") is
    page furniture: which logo a page shows says nothing of who pays. Looks at most
    CAPTION_CHARS around the mention."""
    cues = _cues()
    line = short_line(text, m.start, m.end, CAPTION_CHARS)
    if line is None:
        return False
    words = line.lower().split()
    return len(words) <= 6 and any(w.strip("_-.,:;()") in cues.caption_words or w.endswith(cues.image_files)
                                   for word in words for w in re.split(r"[_\-]", word) + [word])


CAPTION_CHARS = 60


@lru_cache(maxsize=1)
def _glued_pattern() -> tuple[re.Pattern, dict[str, str]]:
    ids = load("funding")["glued"]
    words = "|".join(re.escape(w) for w in sorted(ids, key=len, reverse=True))
    return re.compile(r"(?<=[a-zāčēģīķļņšūž])(?:" + words + r")(?![^\W\d_])"), ids


def _glued(doc: Document) -> list[Mention]:
    """"…jaunumiINTERREG": an abbreviation a scraped menu glued to a lower-case word."""
    pattern, ids = _glued_pattern()
    found = []
    for m in pattern.finditer(doc.text):
        span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(Mention(ids[m.group()], m.start(), m.end(), span.start, span.end))
    return found


@lru_cache(maxsize=1)
def _other_body_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    bodies = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in load("funding")["other_body"]["bodies"])
    # "… iestādē, kurā mācības finansē no valsts (vai pašvaldības) " + the budget
    clause = re.compile(r"(?<![^\W\d_])(?:" + bodies + r")[^\W\d_]*\s*,\s*(?:kur[^\W\d_]*|kas|ko)\s+[^,;.:\n]{0,60}?"
                        r"finansē[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}?no\s+(?:(?:valsts|pašvaldīb[^\W\d_]*)\s+(?:vai|un|/)\s+)?$", re.I)
    # the budget + "(daļēji) finansētas augstskolas"
    participle = re.compile(r"[ \t]+(?:(?:daļēji|pilnībā|pilnīgi)[ \t]+)?(?:līdz)?finansēt[^\W\d_]*[ \t]+(?:" + bodies + ")", re.I)
    # (the participle inside the mention: "valsts līdzfinansētās" + "augstskolās")
    body = re.compile(r"[ \t]+(?:" + bodies + ")", re.I)
    return clause, participle, body


def _of_other_body(text: str, m: Mention) -> bool:
    """The state's or a municipality's budget said of another body: "iestādē, kurā mācības finansē
    no valsts budžeta", "no valsts budžeta daļēji finansētas augstskolas". Bounded look around."""
    if m.id not in _cued_ids():
        return False
    clause, participle, body = _other_body_patterns()
    return bool(clause.search(text, max(0, m.start - 160), m.start)) or bool(participle.match(text, m.end)) \
        or ("finansēt" in text[m.start:m.end].lower() and bool(body.match(text, m.end)))


LABEL_AFTER = re.compile(r"[ \t]*:")


def _ends_in_label(text: str, m: Mention) -> bool:
    """A match carried over a line break onto a fact sheet's field label ("Apes novada dome" /
    "Finansējums:") joins the implementer's name to the next field's label: no funder said."""
    return "\n" in text[m.start:m.end] and LABEL_AFTER.match(text, m.end) is not None


@lru_cache(maxsize=1)
def _coordinated_patterns() -> dict[str, list[tuple[str, re.Pattern]]]:
    """For each [[cued]] id, the other ids' `coordinated` words said right before it with a
    conjunction: (the other id, its pattern)."""
    cued = [(e["id"], e["coordinated"]) for e in load("funding")["cued"] if e.get("coordinated")]
    # (each funder may carry its own share, and the second its place's name: "5 % valsts un 5 % Ozolu
    # pašvaldības finansējums"; a share after the conjunction only where one stands before the first)
    share = r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|procent\w*)\s*"
    return {found: [(other, re.compile(r"(?:(?<=\d%)|(?<=\d\s%)|(?<=procent[iua]\s)|(?<=procents\s))\s*(?P<word>"
                                       + "|".join(map(re.escape, words)) + r")\s*(?:,|un|vai|/)\s*(?:gan\s+)?" + share
                                       + r"(?:" + PLACE_WORD + r"\s+){0,2}$"
                                       r"|(?<!\w)(?P<word2>" + "|".join(map(re.escape, words)) + r")\s*(?:,|un|vai|/)\s*(?:gan\s+)?"
                                       r"(?:" + PLACE_WORD + r"\s+){0,2}$", re.I))
                    for other, words in cued if other != found]
            for found, _ in cued}


# A place's name before the second funder's word ("valsts un Ozolu novada pašvaldības līdzekļi"): a
# capitalised word (case-sensitive inside the pattern that ignores case elsewhere).
PLACE_WORD = r"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+)(?:\s+(?-i:novada|pilsētas|pagasta))?"


def _coordinated(doc: Document, found: list[Mention]) -> list[Mention]:
    """"valsts un pašvaldības finansējums", "pašvaldības un valsts budžeta līdzekļi", "gan pašvaldības, gan
    valsts līdzekļi" (the second "gan" before the head's owner): two public
    funders sharing one head noun. The match names the second (its phrase is in the vocabulary); the
    first, said just before with "un"/"vai"/"/" (its id's `coordinated` words in [[cued]]), pays too."""
    added = []
    for m in found:
        for other, pattern in _coordinated_patterns().get(m.id, ()):
            before = pattern.search(doc.text, max(0, m.start - 60), m.start)
            if before is None:
                continue
            start, end = before.span("word") if before["word"] is not None else before.span("word2")
            span = doc.spacy.char_span(start, end, alignment_mode="expand")
            if span is not None:
                added.append(Mention(other, start, end, span.start, span.end))
            break
    return added


# An amount with its currency right after a funder's word: that funder's share.
SHARE_AMOUNT = amount_pattern("EUR", "LVL")


LOCATIVE_ENDINGS = ("ā", "ē", "ī")  # "pašvaldībā", "domē", "valstī"


def _pays(doc: Document, m: Mention, token_starts: dict[int, list[int]], named_starts: list[int]) -> Mention | None:
    """The mention of a plain-word funder, widened to its name, if its sentence says it pays:
    a financing verb right after it ("pašvaldība finansiāli atbalsta", "dome piešķir
    finansējumu"); or one no more than `window` words before it in the same clause, with the
    funder's phrase ending after it ("finansē … un Latvijas valsts, …"); or a support noun right
    after it with "ar" a few words before ("ar Cēsu novada domes atbalstu"). Looks at a bounded
    number of tokens around the mention."""
    index = doc.sentence_index(m.start)
    if index is None:
        return None
    sentence: Sentence = doc.sentences[index]
    tokens = sentence.tokens
    starts = token_starts.get(index)
    if starts is None:
        starts = token_starts[index] = [t.start for t in tokens]
    first = bisect.bisect_left(starts, m.start)
    after = bisect.bisect_left(starts, m.end)
    if first >= len(tokens) or tokens[first].start != m.start:
        return None
    # A funder's word in the locative is a place, not a payer: "finansē asistenta pakalpojumu pašvaldībā".
    if after > 0 and tokens[after - 1].text.lower().endswith(LOCATIVE_ENDINGS):
        return None
    cues = _cues()
    nxt = tokens[after] if after < len(tokens) else None
    then = tokens[after + 1] if after + 1 < len(tokens) else None
    # (the funder's own unit in the genitive before the participle: "ministrijas fonda piešķirtais
    # finansējums", "pašvaldības Kultūras pārvaldes atvēlētie līdzekļi")
    if (unit := past_unit(tokens, after, lambda t: t.text.lower() in cues.grant_participles)) != after:
        nxt = tokens[unit]
    if nxt is not None and nxt.text.lower() in cues.grant_participles:
        then = past_qualifiers(tokens, unit + 1, cues)  # "domes piešķirtais kopējais finansējums"
    granted_money = False
    # (the sum granted may stand between: "pašvaldība piešķīrusi 12 440,71 eiro finansējumu")
    if then is not None and then.text[:1].isdigit() and nxt.text.lower() in cues.grant_verbs \
            and (granted := SHARE_AMOUNT.match(doc.text, then.start)):
        k = bisect.bisect_left(starts, granted.end())
        while k < len(tokens) and not tokens[k].text.strip():
            k += 1
        then = tokens[k] if k < len(tokens) else None
        # (a sum for a purpose is money too: "piešķīrusi 5000 latu skolas remontam"; not "100 eiro pabalstu")
        if then is None or then.stem not in cues.support and purpose_or_end(tokens, k):
            granted_money = True
    if nxt is not None and SHARE_AMOUNT.match(doc.text, nxt.start):
        # one share in a list of them: "tai skaitā ERAF finansējums 88 000 euro un pašvaldības
        # 15 000 euro" (a support noun before it in its clause)
        # (or a financing verb: "Līdzfinansē Ozolu novada pašvaldība 2000 eiro")
        said = _before(tokens, first, cues.window, lambda t: t.stem in cues.support or t.text.lower() in cues.verbs, cues)
    elif nxt is not None and (nxt.text.lower() in cues.verbs or funded_participle(tokens, after)
                              or verb_after_auxiliary(tokens, after, cues.verbs) or modal_grant(tokens, after) or (
            nxt.text.lower() in cues.grant_verbs | cues.grant_participles
            and (granted_money or then is not None and (
                then.stem in cues.support
                # "pašvaldības atvēlētie līdzekļi": a participle's money word
                or nxt.text.lower() in cues.grant_participles and then.stem in cues.granted_money)))):
        # the funder says it pays: "pašvaldība finansiāli atbalsta", "dome piešķir finansējumu",
        # "domes piešķirtais līdzfinansējums"
        said = True
    elif nxt is None or not nxt.text[0].isalnum() or nxt.text.lower() in cues.phrase_ends:
        said = _before(tokens, first, cues.window, lambda t: t.text.lower() in cues.verbs, cues)
    else:
        # (past the funder's own unit: "pateicoties Rīgas pašvaldības Apkaimju centra atbalstam")
        k = past_unit(tokens, after, lambda t: t.stem in cues.support or t.stem in cues.support_adjectives)
        financial = k < len(tokens) and tokens[k].stem in cues.support_adjectives
        k = k + (1 if financial else 0)
        # (a council's bare support is help of any kind: "ar domes atbalstu" says no money)
        said = (k < len(tokens) and tokens[k].stem in cues.support
                and (financial or m.id not in cues.vague_support_ids or tokens[k].stem not in cues.vague_support)
                and _before(tokens, first, 6, lambda t: t.text.lower() in support_openers(), cues)) \
            or _with_support_after(tokens, after, cues)
    begin = first
    while (begin > 0 and first - begin < 3 and tokens[begin - 1].text.lower() not in cues.verbs | support_openers()
           and (tokens[begin - 1].text.lower() in cues.name_words or tokens[begin - 1].text[:1].isupper())):
        begin -= 1
    if begin == first:  # "Izglītības un zinātnes ministrija": a name over lower-case genitives
        begin = long_name_start(tokens, first, cues)
    begin = coordinated_owners_start(tokens, begin)  # "nodrošina Ozolu, Priežu un Egļu pašvaldības"
    # the grant said before the funder: "līdzfinansējumu 499 EUR apmērā piešķīra Feimaņu pagasta
    # pārvalde" (a granting verb right before its name, a support noun before that in the clause)
    if not said and begin > 0 and tokens[begin - 1].text.lower() in cues.grant_verbs:
        said = _before(tokens, begin - 1, cues.window, lambda t: t.stem in cues.support, cues)
    # money given before it: "Līdzfinansējumu projektam sniedza Ozolu novada dome" (funding_given)
    if not said:
        said = money_given_before(tokens, begin, lambda at, wanted: _before(tokens, at, cues.window, wanted, cues))
    # support received from it: "saņēma atbalstu no Lejaskalna novada domes"
    if not said and begin > 1 and tokens[begin - 1].text.lower() in cues.from_words:
        said = tokens[begin - 2].stem in cues.support
    # a fact sheet's field: "Finansējums: Latvijas valsts", "Finansētājs: Ozolu novada pašvaldība"
    # (or a dash or the copula: "Finansētājs – Ozolu novada pašvaldība", "Projekta finansētājs ir … dome")
    if not said and begin > 1 and tokens[begin - 1].text.lower() in cues.label_links \
            and tokens[begin - 2].text.lower() in cues.labels and not dative_body(tokens[after - 1].text):
        said = True
    # money granted in its call for projects: "ministrijas izsludinātajā konkursā … piešķirti 3000 eiro"
    if not said:
        said = granted_in_contest(doc.text, tokens, after) or decided_to_grant(doc.text, tokens, after) \
            or approved_money(tokens, after) or financed_by_subject(tokens, begin, after, cues.verbs) \
            or granted_sum(doc.text, tokens, after) or (  # "pašvaldība projektam piešķīra 3000 eiro"
                percent_after(doc.text, tokens, after)  # "finansē ERAF, bet pašvaldība 15 % apmērā"
                and _before(tokens, first, cues.window, lambda t: t.stem in cues.support or t.text.lower() in cues.verbs, cues))
    # one source in a breakdown of the money beside a named fund: "ERAF – 85 000 EUR, valsts – 5000 EUR"
    if not said and breakdown_item(doc.text, tokens[begin].start, m.end):
        k = bisect.bisect_left(named_starts, sentence.start)
        said = k < len(named_starts) and named_starts[k] < tokens[begin].start
    # backing a document pays nothing: "Valdība atbalstīja informatīvo ziņojumu par …" (funding_endorsed)
    if said and endorsed(tokens, first, after, lambda at, wanted: _before(tokens, at, cues.window, wanted, cues)):
        return None
    if not said:
        return None
    start = tokens[begin].start
    span = doc.spacy.char_span(start, m.end, alignment_mode="expand")
    return Mention(m.id, start, m.end, span.start if span is not None else m.token_start, m.token_end)


def _with_support_after(tokens, after: int, cues: Cues) -> bool:
    """"Pašvaldība projektā piedalās ar līdzfinansējumu": "ar" and a support noun in the
    accusative a few words after the funder, in its clause (not "ar finansējuma iespējām")."""
    for k in range(after, min(len(tokens), after + 5)):
        word = tokens[k].text.lower()
        if word in cues.clause_breaks:
            return False
        if word == "ar":
            j = k + 1
            if j < len(tokens) and tokens[j].stem in cues.support_adjectives:
                j += 1
            return j < len(tokens) and tokens[j].stem in cues.support and tokens[j].text.lower().endswith("u")
    return False


def _before(tokens, at: int, window: int, wanted, cues: Cues) -> bool:
    """Whether a token passing `wanted` stands within `window` tokens before `at`, in its clause:
    a clause word or another verb between ends the search ("finansē ministrija, un tajā var
    piedalīties ikviena pašvaldība": the municipality does not pay)."""
    for k in range(at - 1, max(-1, at - 1 - window), -1):
        if wanted(tokens[k]):
            return True
        if tokens[k].text.lower() in cues.clause_breaks or _verb(tokens[k], cues):
            return False
    return False


def _verb(token, cues: Cues) -> bool:
    """A lower-case word whose lemma is an infinitive (-t, -ties): a verb of its own clause
    (not the few other words that end so: "bet", "pat")."""
    return (token.text.isalpha() and token.text.islower() and token.lemma.endswith(("t", "ties"))
            and token.text not in cues.not_verbs)


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict[str, frozenset[str]], int, frozenset[str]]:
    """The body words (stems) of each [[cued]] id that has them, the longest name and the thanks."""
    data = load("funding")
    by_id = {entry["id"]: frozenset(stem(w) for w in entry["bodies"]) for entry in data["cued"] if entry.get("bodies")}
    return by_id, int(data["cues"]["name_max_words"]), frozenset(data["cues"]["thanks"])


@lru_cache(maxsize=1)
def _cued_ids() -> frozenset[str]:
    """The ids a plain word may name (the [[cued]] table): the public funders."""
    return frozenset(entry["id"] for entry in load("funding")["cued"])


def funder_words(doc: Document, m: Mention) -> tuple[int, int]:
    """(start, end) of the funder's own words in a mention that says more ("Paldies Ozolnieku
    novada pašvaldībai par līdzfinansējumu" → "Ozolnieku novada pašvaldībai"): its first body word
    (its id's `bodies` in [[cued]]) and the name words or capitalised words right before it, in the
    sentence. The mention itself when its id has no bodies, or it is short or names no body."""
    by_id, max_words, thanks = _bodies()
    bodies = by_id.get(m.id)
    if bodies is None:
        return m.start, m.end
    tokens = [t for t in doc.spacy[m.token_start:m.token_end] if not t.is_space]
    if len(tokens) <= max_words:
        return m.start, m.end
    body = next((t for t in tokens if stem(t.text.lower()) in bodies), None)
    if body is None:  # the council said just before: "Dome, 13 deputātiem balsojot „par”, nolēma piešķirt …"
        body = _body_before(doc, m.token_start, bodies)
    if body is None:
        return m.start, m.end
    names = _cues().name_words
    begin = body.i
    while begin > 0 and body.i - begin < 3 and not doc.spacy[begin].is_sent_start:
        before, after = doc.spacy[begin - 1], doc.spacy[begin]
        # (a capitalised word only right before the body or a name word: "Ozolnieku novada", not "Šodien")
        if not (before.text.lower() in names or (before.text[:1].isupper() and before.text.isalpha()
                                                 and before.text.lower() not in thanks
                                                 and (after.i == body.i or after.text.lower() in names))):
            break
        begin -= 1
    return doc.spacy[begin].idx, body.idx + len(body.text)


BODY_REACH = 12  # tokens back from a phrase that names no body of its own


def _body_before(doc: Document, at: int, bodies: frozenset[str]):
    """The nearest body word (a token) in the sentence before token `at`, within BODY_REACH tokens."""
    for i in range(at - 1, max(-1, at - 1 - BODY_REACH), -1):
        token = doc.spacy[i]
        if stem(token.text.lower()) in bodies:
            return token
        if token.is_sent_start:
            return None
    return None

