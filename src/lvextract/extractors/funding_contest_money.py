"""Whether the text tells a granting scheme's money in a sentence of its own ("Projektu konkursa
finansējums ir 8 000 eiro", "Aizvadot projektu konkursa vērtēšanu, komisija lēma atbalstīt 19 idejas
par kopējo summu 17 691 EUR"): a council's contest announced in a sentence that names no money then
hands out money all the same (funding_municipal_payer.py reads it; docs/record.md keeps out a contest
whose text names no money at all). The contest may be retold bare in a later sentence with its money
("Kopējais konkursā pieejamais finansējums ir 80 000 eiro"), or a sum allotted to its items said after
it ("Abu virzienu projektiem kopā atvēlēti 7200 eiro"). Read once per document, each sentence's
tokens walked once."""
from __future__ import annotations

from ..document import Document
from ..spans import Intervals
from .funding_cues import clause_verb, cues, sum_at
from .funding_municipal_words import clause_numbers, municipal_words, names_money


def contest_money_told(doc: Document, other_funders: Intervals) -> bool:
    """A sentence with a granting scheme's contest ("projektu / iniciatīvu / grantu konkurss") and money
    (a money word, "eiro", a sum, a granting verb), no other funder named in it (its contest is that
    funder's: "Valsts kultūrkapitāla fonda projektu konkursa finansējums")."""
    # (the answer depends on the other funders' characters too: they are in its key, so a caller with
    # other funders gets its own answer, not one cached for another's)
    key = f"funding.contest_money:{other_funders.starts}:{other_funders.ends}"
    return doc.derived(key, lambda d: _told(d, other_funders))


def _told(doc: Document, other_funders: Intervals) -> bool:
    w = municipal_words()
    contests, qualifiers, money = w.contests, w.scheme_qualifiers, w.money_said
    breaks, purposes = cues().clause_breaks - w.clause_words_kept, w.purpose_openers
    qualified_seen = False  # a scheme named with its qualifier earlier: a later bare "konkurss" retells it
    for sentence in doc.sentences:
        tokens = sentence.tokens
        lowers = sentence.lowers  # (made once per sentence: document.py)
        _, segment = clause_numbers(tokens, lowers, breaks, purposes)  # per token its clause; a purpose clause -1
        # (the scheme's own qualifier is no money told: "grantu konkurss" alone names a kind of contest)
        named = {k - 1: segment[k] for k, t in enumerate(tokens) if t.stem in contests and k > 0 and lowers[k - 1] in qualifiers}
        # ... and the contest retold bare after it ("Kopējais konkursā pieejamais finansējums ir 80 000 eiro"),
        # its money then a money noun ("finansējums", "līdzekļi"), not a sum alone: a prize is a sum too
        bare = {segment[k] for k, t in enumerate(tokens)
                if qualified_seen and t.stem in contests and (k == 0 or lowers[k - 1] not in qualifiers)} - {-1}
        qualified_seen = qualified_seen or bool(named)
        clauses = set(named.values()) - {-1}

        def money_told(k: int, token) -> bool:  # money in a scheme's own clause, not its qualifier
            return k not in named and (segment[k] in clauses and names_money(doc.text, token, lowers[k], w)
                                       or segment[k] in bare and token.stem in money)

        told = (clauses or bare) and any(money_told(k, t) for k, t in enumerate(tokens))
        # (or a sum allotted to the items of a scheme an earlier sentence named)
        if (told or qualified_seen and _allotted(doc, tokens, lowers, segment, w)) \
                and not any(other_funders.overlaps(t.start, t.end) for t in tokens):
            return True
    return False


def _allotted(doc: Document, tokens, lowers: tuple[str, ...], segment: list[int], w) -> bool:
    """A sum allotted to a scheme's items named before, no contest in this sentence: "Abu virzienu projektiem
    kopā atvēlēti 7200 eiro" — one clause (not a purpose clause) with an item's plural dative ("projektiem"),
    a granting word (not a converb) and a sum."""
    if any(t.stem in w.contests for t in tokens):
        return False
    items = {segment[k] for k, word in enumerate(lowers) if word in w.allotted_items} - {-1}
    granted = {segment[k] for k, word in enumerate(lowers)
               if word.startswith(w.grant_words) and not word.endswith(w.converb_endings)}
    sums = {segment[k] for k, t in enumerate(tokens) if sum_at(doc.text, t)}
    return bool(items & granted & sums)


def owned_by_other(tokens, qualifier: int) -> bool:
    """A singular genitive before the scheme's qualifier, no verb's form and no council's word: another body
    owns the contest ("aicina piedalīties Lauku atbalsta dienesta projektu konkursā"), not the council."""
    if qualifier == 0:
        return False
    w = municipal_words()
    before = tokens[qualifier - 1].text.lower()
    return before.endswith(w.other_owner_endings) and not clause_verb(tokens[qualifier - 1]) \
        and before not in w.bodies and before not in w.territories and before not in w.units_after
