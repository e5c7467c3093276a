"""PatternSet runs spaCy's Matcher on windows around the anchors of the patterns a document can
match, not on the whole Doc: its matches must be the whole-Doc Matcher's, in the same order."""
import re

import pytest
from spacy.matcher import Matcher

from lvextract.document import Document
from lvextract.extractors.vocabulary import pattern_set as v
from lvextract.extractors.vocabulary import PatternSet, phrase_pattern

PHRASES = [
    ("long_term", "ilgstošie bezdarbnieki"),
    ("unemployed", "bezdarbnieki"),
    ("esf", "ESF+"),  # ends on optional punctuation
    ("gap", "pašvaldības ... budžeta"),  # "...": up to six words between
    ("dash", "Igaunijas-Latvijas programma"),
    ("prefix", "Interreg* programma"),
    ("alternatives", "minoritātes|minoritāšu"),
    ("same_anchor", "bezdarbnieki un jaunieši"),  # shares its anchor with "unemployed"
]

TEXTS = [
    "Ilgstošie bezdarbnieki un jaunieši. Bezdarbnieki var pieteikties.\n\nCits teksts bez vārdiem.",
    "Pašvaldības līdzekļi no sava budžeta un pašvaldības budžeta. " + "Teksts starp. " * 30
    + "Igaunijas – Latvijas programma, Interreg Baltijas programma un ESF + ESF.",
    "minoritāšu tiesības " + "vārds " * 40 + "bezdarbnieki",  # an anchor at the very end
    "bezdarbnieki\n\n\n   bezdarbnieki   un \n jaunieši",
    "Nekā no vārdnīcas šeit nav.",
    "",
]


def _doc(text: str) -> Document:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    return Document.from_offsets(text, [words] if words else [])


def _whole_doc_matches(keyed, sdoc):
    matcher = Matcher(sdoc.vocab, validate=False)
    for key, pattern in keyed:
        matcher.add(key, [pattern])
    return matcher(sdoc)


@pytest.fixture
def keyed():
    return [(key, phrase_pattern(phrase)) for key, phrase in PHRASES]


@pytest.mark.parametrize("text", TEXTS)
def test_window_matches_are_the_whole_docs_in_its_order(keyed, text):
    doc = _doc(text)
    assert PatternSet(keyed)(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)


def _matcher_call_lengths(patterns, monkeypatch) -> list[int]:
    """The length of every span the PatternSet hands to a spaCy Matcher, recorded as it runs."""
    lengths = []
    build = patterns._build

    def recording_build(active, vocab):
        matcher = build(active, vocab)

        def run(doclike):
            lengths.append(len(doclike))
            return matcher(doclike)
        return run

    monkeypatch.setattr(patterns, "_matcher", recording_build)
    return lengths


def test_plain_phrases_need_no_matcher(keyed, monkeypatch):
    text = "Bezdarbnieki. " + "Teksts bez vārdnīcas vārdiem. " * 200 + "ilgstošie bezdarbnieki"
    doc = _doc(text)
    patterns = PatternSet(keyed)
    lengths = _matcher_call_lengths(patterns, monkeypatch)
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)
    # the plain phrases, "ilgstošie bezdarbnieki", "bezdarbnieki", need no Matcher at all
    assert lengths == []


def test_the_matcher_reads_only_the_windows_of_its_patterns(monkeypatch):
    keyed = [("prefix", phrase_pattern("Interreg* programma")), ("name", phrase_pattern("PII “name”"))]
    text = "Interregs programma. " + "Teksts bez vārdnīcas vārdiem. " * 200 + "PII “Zīlīte”"
    doc = _doc(text)
    patterns = PatternSet(keyed)
    lengths = _matcher_call_lengths(patterns, monkeypatch)
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)
    assert len(lengths) == 2  # one window per anchor, far apart
    assert sum(lengths) < len(doc.spacy) / 20


def v_stem(word: str) -> str:
    from lvextract.latvian.lemmas import stem
    return stem(word)


# Plain phrases (stems or words with white space between) are matched without the Matcher: the same
# matches in its order, "*" over any run of white-space tokens, "?" over one at most.
PLAIN = [
    ("one_space", [{"NORM": v_stem("vasaras")}, {"IS_SPACE": True, "OP": "?"}, {"NORM": v_stem("nometne")}]),
    ("any_space", [{"NORM": v_stem("vasaras")}, {"IS_SPACE": True, "OP": "*"}, {"NORM": v_stem("nometne")}]),
    ("word", [{"LOWER": "vasaras"}, {"IS_SPACE": True, "OP": "?"}, {"NORM": v_stem("nometne")}]),
    ("glued", [{"NORM": v_stem("vasaras")}, {"NORM": v_stem("nometne")}]),
    ("alone", [{"NORM": v_stem("nometne")}]),
    ("either", [{"NORM": {"IN": sorted({v_stem("nometne"), v_stem("koncerts")})}}]),
    ("esf", None),  # a pattern for the Matcher among them: same ends as "alone"
]


PLAIN_TEXTS = [
    "Vasaras nometne un vasaras\nnometne, vasaras\n\n\nnometne; Vasaras  nometnes. Koncerts",
    "nometne vasaras",
    "vasaras",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_plain_phrases_match_as_the_matcher_does(text, monkeypatch):
    keyed = [(key, pattern if pattern is not None else [{"NORM": v_stem("nometne")}, {"ORTH": "+", "OP": "?"}])
             for key, pattern in PLAIN]
    doc = _doc(text)
    patterns = PatternSet(keyed)
    assert set(patterns._plain) == set(range(len(PLAIN) - 1))
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)
    assert patterns.any_order(doc.spacy, doc) == (_whole_doc_matches(keyed, doc.spacy), True)


def test_an_unbounded_pattern_gets_the_whole_doc():
    keyed = [("many", [{"NORM": "a"}, {"IS_ALPHA": True, "OP": "+"}])]
    doc = _doc("a b c d a e")
    patterns = PatternSet(keyed)
    assert patterns.anchors == [None]
    assert patterns._windows((0,), v.token_index(doc)) is None
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)


def test_an_optional_first_token_anchors_on_the_first_required_one():
    # (the test, the reach, how many optional tokens other than white space may stand before it)
    assert v._anchor([{"ORTH": "(", "OP": "?"}, {"NORM": "a"}]) == (("norm", frozenset([v_id("a")])), 2, 1)
    assert v._anchor([{"ORTH": ",", "OP": "?"}, {"IS_SPACE": True, "OP": "*"}, {"NORM": "a"}]) == (
        ("norm", frozenset([v_id("a")])), 2, 1)
    assert v._anchor([{"NORM": "a"}, {"IS_SPACE": True, "OP": "*"}, {"ORTH": "+", "OP": "?"}]) == (
        ("norm", frozenset([v_id("a")])), 2, 0)
    # a bounded optional run of words (a gap) anchors on the word after it, up to 12 tokens before it
    assert v._anchor([{"IS_SENT_START": False, "OP": "{0,12}"}, {"IS_SPACE": True, "OP": "*"}, {"NORM": "a"}]) == (
        ("norm", frozenset([v_id("a")])), 13, 12)
    # no anchor: an unbounded optional run, an unreadable first required token, or no required token
    assert v._anchor([{"ORTH": ",", "OP": "*"}, {"NORM": "a"}]) is None
    assert v._anchor([{"ORTH": ",", "OP": "?"}, {"ORTH": "a"}]) is None
    assert v._anchor([{"ORTH": ",", "OP": "?"}]) is None


# Phrases led by an optional comma (target_groups.toml: ", kas atrodas ieslodzījumā"): a match may
# begin on the comma, on the space after it, or on the word; windows start early enough for each.
# So are phrases led by a gap (target_groups' bare modifiers: "… grupas invaliditāti", up to six words
# of the sentence before it): windows start the gap's length earlier.
LED = [
    ("prisoners", ", kas atrodas ieslodzījumā"),
    ("gap", ", kas ... atbrīvoti no cietuma"),
    ("plain", "ieslodzītie"),
    ("gap_led", "... grupas invaliditāti"),
]
LED_TEXTS = [
    "Personām, kas atrodas ieslodzījumā, un tiem, kas nesen atbrīvoti no cietuma." + " Vārds." * 200
    + " kas atrodas ieslodzījumā ,\n\n kas atrodas ieslodzījumā",
    "kas atrodas ieslodzījumā",  # at the very start
    ", kas atrodas ieslodzījumā",
    "Vārds ,  \n  kas atrodas ieslodzījumā. " + "Cits teikums. " * 100 + "ieslodzītie, kas atrodas ieslodzījumā",
    "Personām ar pirmās un otrās grupas invaliditāti. " + "Cits teikums. " * 100
    + "Jauniešiem ar  \n otrās grupas invaliditāti un  bērniem ar trešās grupas invaliditāti.",
    "grupas invaliditāti. Viens divi trīs četri pieci seši septiņi astoņi grupas invaliditāti",
]


def _sentences_doc(text: str) -> Document:
    """A Document whose sentences end at full stops (the gap does not cross a sentence start)."""
    sentences, current = [], []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        current.append((m.start(), m.end()))
        if m.group() == ".":
            sentences.append(current)
            current = []
    return Document.from_offsets(text, sentences + ([current] if current else []))


@pytest.mark.parametrize("text", LED_TEXTS)
@pytest.mark.parametrize("build", [_doc, _sentences_doc])
def test_windows_of_a_pattern_led_by_optional_tokens(text, build, monkeypatch):
    keyed = [(key, phrase_pattern(phrase)) for key, phrase in LED]
    doc = build(text)
    patterns = PatternSet(keyed)
    assert None not in patterns.anchors
    lengths = _matcher_call_lengths(patterns, monkeypatch)
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)
    assert sorted(patterns.any_order(doc.spacy, doc)[0]) == sorted(set(_whole_doc_matches(keyed, doc.spacy)))
    if len(text) > 300:
        assert sum(lengths) < len(doc.spacy) / 2  # windows, not the whole Doc


def v_id(string: str) -> int:
    from spacy.strings import get_string_id
    return get_string_id(string)


def test_only_patterns_whose_key_the_document_holds_are_tested(keyed, monkeypatch):
    doc = _doc("Bezdarbnieki un jaunieši.")
    patterns = PatternSet(keyed)
    tested = []
    for needs in patterns.needs:
        monkeypatch.setattr(needs.__class__, "met", lambda self, index, _met=v.Needs.met: tested.append(self) or _met(self, index))
        break
    assert patterns(doc.spacy, doc) == _whole_doc_matches(keyed, doc.spacy)
    # "bezdarbnieki" and "bezdarbnieki un jaunieši" (and the prefix pattern, keyed by no stem)
    # are tested; the other patterns' stems are not in the text.
    assert 0 < len(tested) < len(keyed)


# A phrase with two gaps ("…"): spaCy keeps every way of skipping the optional tokens of a gap as a
# state of its own, so any_order runs it as one pattern per gap length; the same matches come out.
GAP_PHRASES = [
    ("council", "deputātiem balsojot ... nolēma|nolemj piešķirt ... finansējums|līdzekļi"),
    ("council", "dome ... piešķirt"),
    ("other", "pašvaldības ... budžeta"),
]

GAP_TEXTS = [
    "Domes sēdē deputātiem balsojot „par” 9, „pret” nav, dome nolēma piešķirt finansējumu 300 eiro "
    "apmērā Ābeļu biedrības dalībai vasaras nometnē, un dome arī nolēma piešķirt līdzekļus.",
    "Pašvaldības ceļu fonda budžeta līdzekļi. Dome sēdē nolēma piešķirt. " * 3,
    "deputātiem balsojot\n\nnolēma piešķirt\n\n finansējumu",
    "Nekā no vārdnīcas šeit nav.",
]


@pytest.mark.parametrize("text", GAP_TEXTS)
def test_any_order_finds_the_same_matches_once(text):
    keyed = [(key, phrase_pattern(phrase)) for key, phrase in GAP_PHRASES + PHRASES]
    doc = _doc(text)
    patterns = PatternSet(keyed)
    ordered = patterns(doc.spacy, doc)
    found, in_order = patterns.any_order(doc.spacy, doc)
    assert sorted(found) == sorted(set(ordered)) and len(found) == len(set(found))
    assert not in_order or found == ordered


def test_gap_forms_cover_every_gap_length():
    pattern = phrase_pattern("dome ... piešķirt")
    forms = v.gap_forms(pattern)
    assert len(forms) == 13
    assert sorted(sum("IS_SENT_START" in token for token in form) for form in forms) == list(range(13))
    assert v.gap_forms(phrase_pattern("dome piešķir")) is None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def test_every_vocabulary_phrase_with_gaps_runs_as_gap_forms():
    """A phrase with three gaps ("A ... B ... C ... D") has too many forms and falls back to spaCy's
    own "{0,12}" operator, whose states grow exponentially in the window (2.4 CPU-s on one real
    page): the vocabularies keep to two gaps a phrase."""
    import tomllib
    from pathlib import Path

    import lvextract
    package = Path(lvextract.__file__).parent
    too_many = []
    for path in sorted((package / "extractors" / "data").glob("*.toml")):
        for phrase in _strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            if " ... " not in phrase or phrase.count(" ... ") < 2:
                continue
            if v.gap_forms(phrase_pattern(phrase)) is None:
                too_many.append(f"{path.name}: {phrase}")
    assert not too_many, too_many


# A pattern led by optional white space (anchored on its first word, no optional token other than
# white space before it: lead 0): a match may begin on the white-space tokens before the word, so
# its windows start right after the token other than white space before the anchor, as a led one's.
SPACE_LED = [("space_led", [{"IS_SPACE": True, "OP": "*"}, {"NORM": v_stem("nometne")}, {"ORTH": "+", "OP": "?"}])]
SPACE_LED_TEXTS = [
    "Vārds.\n\n  nometne +" + " Vārds." * 200 + " nometne\n\n\nnometne",
    "\n\n nometne",  # the white space opens the text
    "nometne",
]


@pytest.mark.parametrize("text", SPACE_LED_TEXTS)
def test_windows_of_a_pattern_led_by_optional_white_space(text, monkeypatch):
    patterns = PatternSet(SPACE_LED)
    assert patterns.anchors == [(("norm", frozenset([v_id(v_stem("nometne"))])), 2, 0)]
    doc = _doc(text)
    lengths = _matcher_call_lengths(patterns, monkeypatch)
    whole = _whole_doc_matches(SPACE_LED, doc.spacy)
    assert patterns(doc.spacy, doc) == whole
    if len(text) > 300:
        assert any(end - start > 1 and doc.spacy[start].is_space for _key, start, end in whole)
        assert sum(lengths) < len(doc.spacy) / 2  # windows, not the whole Doc
