"""events/lexicon.py: a word list's alternation grouped by first character (`_by_first`) matches
exactly where the flat alternation of the same words in the same order does, the same word winning
(pf3's speed change must not move a record)."""
import random
import re

from lvextract.extractors.events.lexicon import literals, spaced_literals

# Words sharing first characters, prefixes of each other in both orders, a case pair, phrases, a dot.
WORDS = ["notiks", "notika", "not", "Notiks", "tiks", "tiksies", "t", "sporta spēles", "sporta  diena",
         "s.", "ā", "āž", "kausa izcīņa", "k"]
PIECES = ["notiks", "Notiks", "notika", "tiks", "tiksies", "sporta", "spēles", "diena", "kausa", "izcīņa",
          "s.", "ā", "ž", "k", " ", "  ", "\n", ", ", "1"]


def _flat(words, spaced):
    if spaced:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return "|".join(map(re.escape, words))


def test_grouped_alternation_matches_as_the_flat_one_does():
    rng = random.Random(11)
    for _ in range(300):
        words = rng.sample(WORDS, rng.randint(1, len(WORDS)))
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        for spaced, build in ((False, literals), (True, spaced_literals)):
            for flags in (0, re.IGNORECASE):
                grouped = re.compile(rf"(?<!\w)(?:{build(words)})", flags)
                flat = re.compile(rf"(?<!\w)(?:{_flat(words, spaced)})", flags)
                assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], \
                    (words, text, spaced, flags)


def test_words_sharing_a_first_character_are_grouped():
    assert literals(["koncerts", "konkurss", "balle"]) == "k(?:oncerts|onkurss)|b(?:alle)"
    assert literals(["Balle", "balle"]) == "Balle|balle"  # a case pair: the branches would not exclude each other
