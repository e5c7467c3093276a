"""funding_pays: whether the sentence of a funder named by a plain word ("Latvijas valsts", "Smiltenes
novada dome", the [[cued]] table) says it pays, and the funder's mention widened to its name
(with funding_given.py, funding_contest.py and the other funding_* rules it asks)."""
from __future__ import annotations

import bisect

from ..document import Document, Sentence
from .funding_approved import approved_money, financed_by_subject, in_nominative
from .funding_contest import granted_in_contest
from .funding_cues import MONEY_SUM, Cues, clause_verb, coordinated_owners_start, cues as _cues, long_name_start, past_qualifiers
from .funding_decision import decided_to_grant
from .funding_endorsed import endorsed
from .funding_granted_sum import granted_sum
from .funding_second_verb import granted_after_and
from .funding_subject_grants import subject_grants
from .funding_receiver import dative_body
from .funding_breakdown import breakdown_item
from .funding_share import percent_after, percent_from
from .funding_shared_fund import shared_with_fund
from .funding_given import (funded_participle, modal_grant, money_given_before, past_auxiliaries, past_unit, purpose_or_end,
                            support_openers, verb_after_auxiliary)
from .vocabulary import Mention


LOCATIVE_ENDINGS = ("ā", "ē", "ī")  # "pašvaldībā", "domē", "valstī"


def pays(doc: Document, m: Mention, token_starts: dict[int, list[int]], named_starts: list[int]) -> Mention | None:
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
    # (a granting word's qualifiers of the amount: "domes piešķirtais kopējais finansējums", "ministrija
    # piešķīrusi papildu 1,3 miljonu eiro finansējumu")
    if nxt is not None and nxt.text.lower() in cues.grant_participles | cues.grant_verbs:
        then = past_qualifiers(tokens, unit + 1, cues)
    # (the perfect's auxiliary before a granting verb: "ministrija ir iezīmējusi finansējumu", "dome jau
    # piešķīrusi 500 eiro": the verb and what follows it are read as right after the funder)
    elif nxt is not None and (verb := past_auxiliaries(tokens, after)) > after and verb < len(tokens) \
            and tokens[verb].text.lower() in cues.grant_verbs:
        nxt, then = tokens[verb], past_qualifiers(tokens, verb + 1, cues)
    granted_money = False
    # (the sum granted may stand between: "pašvaldība piešķīrusi 12 440,71 eiro finansējumu")
    if then is not None and then.text[:1].isdigit() and nxt.text.lower() in cues.grant_verbs \
            and (granted := MONEY_SUM.match(doc.text, then.start)):
        k = bisect.bisect_left(starts, granted.end())
        while k < len(tokens) and not tokens[k].text.strip():
            k += 1
        then = tokens[k] if k < len(tokens) else None
        # (a sum for a purpose is money too: "piešķīrusi 5000 latu skolas remontam"; not "100 eiro pabalstu")
        if then is None or then.stem not in cues.support and purpose_or_end(tokens, k):
            granted_money = True
    vague_support = False  # a council's bare "atbalsts" follows it (the last branch below)
    if nxt is not None and MONEY_SUM.match(doc.text, nxt.start):  # a sum right after the funder: its share
        # one share in a list of them: "tai skaitā ERAF finansējums 88 000 euro un pašvaldības
        # 15 000 euro" (a support noun before it in its clause)
        # (or a financing verb: "Līdzfinansē Ozolu novada pašvaldība 2000 eiro")
        said = _before(tokens, first, cues.window, lambda t: t.stem in cues.support or t.text.lower() in cues.verbs, cues)
    # (a participle of financing belongs to a genitive funder: after a nominative one, "Pašvaldība uzsāka
    # Ozolu fonda finansēto projektu", it is another body's)
    elif nxt is not None and (nxt.text.lower() in cues.verbs
                              or funded_participle(tokens, after) and not in_nominative(tokens[after - 1])
                              or verb_after_auxiliary(tokens, after, cues.verbs) or modal_grant(tokens, after) or (
            nxt.text.lower() in cues.grant_verbs | cues.grant_participles
            and (granted_money or then is not None and (
                then.stem in cues.support and not _provided_vague(m, nxt, then, cues)
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
        k = _past_second_adjective(tokens, k + 1) if financial else k
        # (a council's bare support is help of any kind: "ar domes atbalstu" says no money)
        vague_support = (k < len(tokens) and not financial and m.id in cues.vague_support_ids
                         and tokens[k].stem in cues.vague_support)
        said = (k < len(tokens) and tokens[k].stem in cues.support and not vague_support
                and not _owned_support_genitive(tokens, k)
                and _before(tokens, first, 6, lambda t: t.text.lower() in support_openers(), cues)) \
            or _with_support_after(tokens, after, cues)
    begin = first
    while (begin > 0 and first - begin < 3 and tokens[begin - 1].text.lower() not in cues.verbs | support_openers()
           and (tokens[begin - 1].text.lower() in cues.name_words or tokens[begin - 1].text[:1].isupper())):
        begin -= 1
    if begin == first:  # "Izglītības un zinātnes ministrija": a name over lower-case genitives
        begin = long_name_start(tokens, first, cues)
    begin = coordinated_owners_start(tokens, begin)  # "nodrošina Ozolu, Priežu un Egļu pašvaldības"
    # ... unless a fund shares it: "ar Lauku fonda un Ozolu novada domes atbalstu" (funding_shared_fund)
    if not said and vague_support and shared_with_fund(tokens, begin, cues.clause_breaks):
        said = True
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
    # a share said before it with "no", its phrase ending there: "Finansējums: 50 % no valsts un 50 % no
    # pašvaldības" (a support noun or a financing verb before it in the sentence, past a label's colon)
    if not said and (nxt is None or not nxt.text[0].isalnum() or nxt.text.lower() in cues.phrase_ends) \
            and percent_from(doc.text, tokens, begin):
        said = any(t.stem in cues.support or t.text.lower() in cues.verbs for t in tokens[:begin])
    # a fact sheet's field: "Finansējums: Latvijas valsts", "Finansētājs: Ozolu novada pašvaldība"
    # (or a dash or the copula: "Finansētājs – Ozolu novada pašvaldība", "Projekta finansētājs ir … dome")
    if not said and begin > 1 and tokens[begin - 1].text.lower() in cues.label_links \
            and tokens[begin - 2].text.lower() in cues.labels and not dative_body(tokens[after - 1].text):
        said = True
    # money granted in its call for projects: "ministrijas izsludinātajā konkursā … piešķirti 3000 eiro"
    # (a body in the dative before the grant receives the sum: "Pašvaldībām projektiem piešķir 372 tūkstošus latu")
    if not said:
        said = granted_in_contest(doc.text, tokens, after) or decided_to_grant(doc.text, tokens, after) \
            or approved_money(tokens, after) or financed_by_subject(tokens, begin, after, cues.verbs) \
            or (not dative_body(tokens[after - 1].text) and granted_sum(doc.text, tokens, after)) or granted_after_and(doc.text, tokens, after, cues) \
            or subject_grants(doc.text, tokens, after) or (  # "pašvaldība projektam piešķīra 3000 eiro"
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


def _past_second_adjective(tokens, k: int) -> int:
    """Past a second adjective joined by "un" after "finansiāls", agreeing with it in its ending, to the
    support noun: "pateicoties pašvaldības finansiālam un materiālam atbalstam", "ar domes finansiālu un
    morālu atbalstu" (the money said all the same); `k` itself when none stands there."""
    if k + 1 < len(tokens) and tokens[k].text.lower() == "un":
        first, second = tokens[k - 1], tokens[k + 1].text
        ending = first.text.lower()[len(first.stem):] if first.text.lower().startswith(first.stem) else ""
        if ending and second.isalpha() and second.islower() and second.endswith(ending):
            return k + 2
    return k


def _owned_support_genitive(tokens, k: int) -> bool:
    """Whether the support noun at `k` is "atbalsta", a genitive owned by the lower-case noun after it: a
    unit's name ("sazinoties ar ministrijas Komercdarbības atbalsta kontroles departamentu"), not the
    support "ar" or "pateicoties" opens ("ar ministrijas atbalstu", "pateicoties domes atbalstam")."""
    if tokens[k].text.lower() != "atbalsta":
        return False
    j = k + 1
    while j < len(tokens) and not tokens[j].text.strip():
        j += 1
    return j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower()


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
        if tokens[k].text.lower() in cues.clause_breaks or clause_verb(tokens[k]):
            return False
    return False


def _provided_vague(m, verb, noun, cues) -> bool:
    """A council providing its bare support ("pašvaldības nodrošina atbalstu mediatora darbam, t.sk. telpu")
    says no money, as "ar domes atbalstu" does ([cues] providing_verbs, vague_support); granting it pays."""
    return m.id in cues.vague_support_ids and verb.text.lower() in cues.providing_verbs and noun.stem in cues.vague_support
