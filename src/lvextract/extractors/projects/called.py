"""A project named by the sentence that opens with its name and calls it a project, without quotes:
"Jauniešu Forums ir Saeimas rīkots projekts", "Zaļā Skola ir biedrības ilgtermiņa projekts", or in
quotes: "“Kopā pie jūras” ir partnerības projekts, kas …"; or with a spaced dash for "ir", the quoted
name's gloss in brackets before it its alias: "“Green Trails” (Zaļās takas) – vērienīgs projekts, kas
…", "“Back to Rivers” – projektā apvienosies piecas iestādes" (`dash_called`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import LOWER, UPPER
from ...word_regex import alternation
from ..vocabulary import load


# After one capitalised word and its head: not "ir projekts" at once (a kind defined, no name).
BARE_KIND = r"(?![ \t]+ir[ \t]+projekts(?![^\W\d_]))"


@lru_cache(maxsize=1)
def _called_a_project() -> re.Pattern:
    # Two to four capitalised words, not a pronoun (data/projects.toml [called_a_project]); "ir", at most
    # six lower-case or capitalised words of whose project, and the singular nominative "projekts" — not
    # "projekta partneris".
    called = load("projects")["called_a_project"]
    not_first, not_heads = alternation(called["not_first"]), alternation(called["not_heads"])
    # The capitalised words may end in one or two small-letter ones, a name's common head noun after
    # its capitalised attributes: "Ziemeļvalstu Bibliotēku nedēļa ir projekts, ko …". A head noun in the
    # nominative ends in -s, -š, -a or -e; an adverb before "ir" ("Centrs šogad ir …") is no part of a name.
    # One capitalised word needs such a head after it ("Zinātnieku nakts ir … finansēts projekts"): a
    # lone word before "ir" is too often no name; nor is a pronoun the head ("Šogad tas ir …"); nor one
    # that "ir projekts" follows at once, which defines a kind ("Jauniešu apmaiņa ir projekts, kurā …").
    head = rf"[ \t]+(?!(?:ir|{not_heads})(?![^\W\d_]))[{LOWER}][^\W\d_]*[sšae](?![^\W\d_])"
    return re.compile(r"(?P<name>(?!" + not_first + rf"\b)[{UPPER}][^\W\d_]+"
                      rf"(?:(?:[ \t]+[{UPPER}][^\W\d_]+){{1,3}}(?:{head}){{0,2}}|(?:{head}){{1,2}}{BARE_KIND}))"
                      r"[ \t]+ir[ \t]+(?:[^\W\d_]+[ \t]+){0,6}?projekts(?![^\W\d_])")


@lru_cache(maxsize=1)
def _quoted_called() -> re.Pattern:
    # A quoted name opening the sentence (straight or typographic quotes; a kind noun of [called_a_project]
    # kinds may stand before it: "Kampaņa «…»"), then "ir", at most six words of whose or what kind of
    # project (a programme's "Erasmus+" among them), and the singular nominative "projekts".
    kinds = alternation(load("projects")["called_a_project"]["kinds"])
    return re.compile(r"(?:" + kinds + rf"[ \t]+)?[„“\"«](?P<name>[{UPPER}][^„“”\"«»\n]{{1,120}}?)[”“\"»][ \t]+ir[ \t]+"
                      r"(?:[^\W\d_]+\+?[ \t]+){0,6}?projekts(?![^\W\d_])")


def called_a_project(doc: Document):
    """(start, end) of a name, unquoted or quoted, that a sentence opens with and calls a project."""
    pattern = _called_a_project()
    for sentence in doc.sentences:
        said = pattern.match(doc.text, sentence.start, sentence.end) or _quoted_called().match(doc.text, sentence.start, sentence.end)
        if said is not None:
            yield said.start("name"), said.end("name")


# A quoted name opening the sentence, its gloss in brackets, a spaced dash, at most two words and the
# singular nominative "projekts" or the locative "projektā" ("– projekta partneris" is someone's role).
DASH_CALLED = re.compile(rf"[„“\"«](?P<name>[{UPPER}][^„“”\"«»\n]{{1,120}}?)[”“\"»]"
                         rf"(?:[ \t]*\((?P<alias>[{UPPER}][^()\n]{{1,120}})\))?[ \t]+[–—-][ \t]+"
                         r"(?:[^\W\d_]+[ \t]+){0,2}?projekt(?:s|ā)(?![^\W\d_])")


def dash_called(doc: Document):
    """(start, end, alias or None) of a quoted name a sentence opens with and calls a project after a
    dash: "“Green Trails” (Zaļās takas) – vērienīgs projekts, …"."""
    for sentence in doc.sentences:
        said = DASH_CALLED.match(doc.text, sentence.start, sentence.end)
        if said is not None:
            yield said.start("name"), said.end("name"), said["alias"]
