"""A group's genitive that opens a later item of a list of topics after one "par" and a word of
talking is a topic too: "diskutēja par birokrātijas mazināšanu, vietējo kopienu lomu, kā arī jauniešu
pilsoniskās līdzdalības veicināšanu" — the young people's participation is what was talked about, as
in "diskutēja par jauniešu līdzdalību" (served.talked_about, where each item has its own "par").

The item must start right after a list join (",", "un", "kā arī"; one adjective may come first:
"vietējo jauniešu"; served.TOPIC_LIST_JOINS); the walk back to "par" reads at most LIST_REACH words
and stops at a sentence mark (served.SENTENCE_STOPS; an aside in brackets is passed: "Eiropas
Savienībā (ES)"), a word of a clause ("kas", "lai", "bet" …: data [context] excepting_list_ends) or a
verb's form, so "Runāja par X, bet skolēni aicināja atbalstīt jauniešu idejas" keeps the served genitive."""
from __future__ import annotations

from ...latvian.lemmas import lemma
from ...latvian.verb_forms import is_verb_form
from .forms import form
from .mentions import Found
from .reader import Reader
from .served import SENTENCE_STOPS, TOPIC_LIST_JOINS, talked_about

LIST_REACH = 40  # tokens back over the earlier topics (commas count): some ten items of two or three words


def listed_topic(reader: Reader, f: Found) -> bool:
    """Whether the genitive group `f` opens a later topic of a list after a word of talking and "par"."""
    start, end = f.mention.token_start, f.mention.token_end
    if "genitive" not in form(reader.sdoc[end - 1].text) or reader.service_noun_follows(end, start) is None:
        return False
    before = reader.previous_word(start)
    if before is not None and reader.word(before) not in TOPIC_LIST_JOINS and reader.sdoc[before].text.islower():
        before = reader.previous_word(before)  # one adjective: "vietējo jauniešu"
    if before is None or reader.word(before) not in TOPIC_LIST_JOINS:
        return False
    ends = reader.ctx.list_ends
    for i in reader.words_back(before, LIST_REACH):
        word = reader.word(i)
        if word == "par":
            return talked_about(reader, i)
        if word in SENTENCE_STOPS or word in ends or _verb(word):
            return False
    return False


def _verb(word: str) -> bool:
    """A verb's form that opens another clause ("runāja", "atbalstīs", "atbalstīt"); not a noun whose
    guessed lemma looks like an infinitive and stands whole in it ("skatpunkta" → "skatpunkt"), nor a
    participle agreeing as an adjective ("sniegtas")."""
    if not word.isalpha() or not is_verb_form(word):
        return False
    base = lemma(word)
    return word == base or not word.startswith(base)
