"""Those who offer, lead or show something are its providers, not those served: "Interešu izglītības
skolotāji tikās ar apmeklētājiem, piedāvājot radošās darbnīcas", "bibliotēku darbinieki ar savu
piedāvājumu dosies uz skolām". A group in the nominative whose sentence goes on, within REACH words,
to a present gerund of offering, leading or showing (target_groups.toml [providing_gerund] `gerunds`,
beginnings of lower-case words: "piedāvājot", "vadot", not "apgūstot" of those who learn) — the
gerund's doer is the clause's subject — or to their own offer (`own_offer`: "ar savu piedāvājumu").
Not a group the gerund's clause is for ("piedāvājot nodarbības senioriem": there the seniors are
datives, judged by the other rules). The walk is bounded: REACH words after the group."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .list_walks import LIST_STEPS, past_list_after
from .mentions import Found
from .reader import Reader

REACH = 10  # words from the group to the gerund: "skolotāji … mācību telpās tikās ar …, piedāvājot"
OFFER_REACH = 3  # words of "ar savu piedāvājumu" right after the group


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["providing_gerund"]
    return tuple(c["gerunds"]), tuple(c["own_offer"])




def provides(reader: Reader, f: Found) -> bool:
    """Whether nominative group mention `f` goes on, in its sentence, to offering or leading something."""
    # (a modifier's case is its noun's: "cilvēki ar funkcionāliem traucējumiem ar savu piedāvājumu …")
    noun = reader.modified_noun(f.mention.token_start) if f.modifier else f.mention.token_end - 1
    if noun is None:
        return False
    head = reader.sdoc[noun].text
    if "participant" not in form(head) or head.lower().endswith(("us", "os")):
        return False
    gerunds, own_offer = _words()
    i, seen, words = past_list_after(reader, f.mention.token_end, LIST_STEPS), 0, []
    while seen < REACH:
        i = reader.skip_space(i)
        if i >= len(reader.sdoc) or reader.sdoc[i].is_sent_start:
            return False
        word = reader.word(i)
        if reader.sdoc[i].is_alpha:
            seen += 1
            words.append(word)
            if word.startswith(gerunds) and i not in reader.in_mention:
                return True
            if seen == OFFER_REACH and " ".join(words).startswith(own_offer):
                return True
        i += 1
    return False
