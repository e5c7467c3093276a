"""Roles and organisations: the role phrase near a person's name ("projekta koordinatore"),
restored to the nominative of the person's gender, and the organisation named near a contact
(a head noun with its capitalised genitives, a known abbreviation, or the e-mail's domain)."""
from __future__ import annotations

from functools import lru_cache

from ...latvian import lemmas, names
from ...latvian.agreement import agreeing_nominative
from ...latvian.verb_forms import is_verb_form
from ...word_regex import last_match
from .patterns import WORD, vocabulary


@lru_cache(maxsize=1)
def role_patterns() -> list[tuple[list[str], str, str]]:
    patterns = []
    for masculine, feminine in vocabulary()["roles"]:
        # Both genders: "padomnieks" and "padomniece" do not share a stem.
        for form in dict.fromkeys([masculine, feminine]):
            stems = [lemmas.stem(w) for w in form.split()]
            if all(stems != p[0] for p in patterns):
                patterns.append((stems, masculine, feminine))
    return sorted(patterns, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=1)
def _role_patterns_by_first_stem() -> dict[str, list[tuple[list[str], str, str]]]:
    index: dict[str, list[tuple[list[str], str, str]]] = {}
    for entry in role_patterns():
        index.setdefault(entry[0][0], []).append(entry)
    return index


@lru_cache(maxsize=1)
def _group_stems() -> frozenset[str]:
    return frozenset(lemmas.stem(w) for w in vocabulary().get("role_group_nouns", []))


def _qualifies_group(words: list[str], last: int, stems: list[str]) -> bool:
    """The role's last word is a genitive plural in -u (of either gender: "organizatoru", "vadītāju")
    right before a noun of a body of people ("komandai", "grupas")."""
    return words[last].lower().endswith("u") and last + 1 < len(words) \
        and words[last + 1][:1].islower() and stems[last + 1] in _group_stems()


def find_role(text_part: str, gender: str | None, prefer_last: bool) -> str | None:
    found = find_role_and_gender(text_part, gender, prefer_last)
    return found[0] if found else None


def find_role_and_gender(text_part: str, gender: str | None, prefer_last: bool) -> tuple[str, str | None] | None:
    """The role phrase nearest the name, in the nominative of `gender` (else of the gender its
    written form shows), and that written gender ("speciālisti" says nothing, "speciālistei" says f)."""
    words = WORD.findall(text_part)
    stems = [lemmas.stem(w) for w in words]
    hits = []
    by_first = _role_patterns_by_first_stem()
    for i, first in enumerate(stems):
        for pattern, masculine, feminine in by_first.get(first, ()):
            n = len(pattern)
            if stems[i:i + n] == pattern:
                if _qualifies_group(words, i + n - 1, stems):
                    continue  # "organizatoru komandai": the body's members, not the contact's post
                written = _written_gender(words[i + n - 1], masculine, feminine)
                # "vadītāja" may be a masculine genitive: no evidence, but shown as written it is feminine
                as_written = "f" if " ".join(words[i:i + n]).lower() == feminine else None
                hits.append((i, n, masculine, feminine, written, as_written))
    if not hits:
        return None
    # The phrase nearest the name ("koordinatori Ilzi Ozolu (…) vai grāmatvedi Jāni Kalnu": the
    # second name's role is the second word); of phrases ending (or starting) at the same word,
    # the longest ("projekta koordinatore" over "koordinatore").
    hits.sort(key=lambda h: (-(h[0] + h[1]), -h[1]) if prefer_last else (h[0], -h[1]))
    i, n, masculine, feminine, written, as_written = hits[0]
    chosen = gender or written or as_written
    role = feminine if chosen == "f" else masculine
    # A genitive modifier keeps the number it is written in ("projektu koordinatorei" → "projektu
    # koordinatore", not the table's "projekta"); agreeing adjectives ("vecākajai") do not.
    lead_m, lead_f = masculine.split()[:-1], feminine.split()[:-1]
    if n > 1 and lead_m == lead_f:
        role = " ".join([w.lower() for w in words[i:i + n - 1]] + [role.split()[-1]])
    return role, written


@lru_cache(maxsize=1)
def _masculine_genitives() -> frozenset[str]:
    """The roles' last words in the masculine genitive that no feminine form shares: "koordinatora",
    "direktora", "speciālista" (not "vadītāja", a woman's nominative too; not "-is" nouns, whose
    genitive changes the stem)."""
    forms = set()
    for masculine, feminine in vocabulary()["roles"]:
        last_m, last_f = masculine.split()[-1], feminine.split()[-1]
        if last_m.endswith("s") and not last_m.endswith("is") and last_m[:-1] + "a" != last_f:
            forms.add(last_m[:-1] + "a")
    return frozenset(forms)


def masculine_genitive_role_before(before: str) -> bool:
    """The text before a name ends in a role noun in the masculine genitive, only spaces between:
    "pie projekta koordinatora Jaroslava Kalna", "(projekta koordinatora Jaroslava Kalna)". The name
    stands in apposition to it, so in the genitive too, and the role-holder is a man."""
    last = last_match(WORD, before[-40:])
    return last is not None and not before[-40:][last.end():].strip() and last.group(0).lower() in _masculine_genitives()


def _written_gender(word: str, masculine: str, feminine: str) -> str | None:
    word = word.lower()
    if feminine.endswith("e") and word.endswith(("e", "es", "ei", "ē")):
        return "f"
    last_m, last_f = masculine.split()[-1], feminine.split()[-1]
    if last_f.endswith("e") and last_m.endswith("s") and not last_m.endswith("is"):
        if word.endswith("u"):
            # "ar galveno speciālistu Druvi Kalēju": an -e noun's accusative ends in -i, so -u is the
            # man's (a genitive plural before a body's noun is _qualifies_group's)
            return "m"
        if word == last_f[:-1] + "i" and word != last_m[:-1] + "i":
            # "ar sociālo darbinieci Dagni …": the woman's accusative, which no form of the man's
            # noun shares ("speciālisti" is also the men's nominative plural)
            return "f"
    if feminine.endswith("a") and word.endswith(("ai", "as")):
        return "f"
    if word.endswith(("s", "š", "am", "im", "ais", "ajam")):
        return "m"
    return None


def generic_title(role: str, words: list[str]) -> bool:
    """"Projekta koordinators: Tabita Šķerberga": a role in the masculine nominative is the title of the
    post, said of women too. The name beside a nominative stands in the nominative, and a nominative
    whose words all end in -a/-e is a woman's (a man's given name would end in -s, -š, -o …)."""
    return role.endswith(("s", "š")) and len(words) > 1 and all(w.lower().endswith(("a", "e")) for w in words)


def _genitive_modifier(word: str) -> bool:
    return word.isupper() or word.endswith(("s", "u", "a", "es", "ņu")) or _indeclinable_name(word)


def _indeclinable_name(word: str) -> bool:
    """A foreign name Latvian does not decline ("Orff mūzikas studija", "Montessori centrs"): capitalised,
    closing on a letter no Latvian noun's case ends in, and unknown to the lemmatizer."""
    return word[:1].isupper() and word[-1:].lower() in "bcdfghkprwxy" and not lemmas.is_listed(word.lower())


def _name_start(text: str, tokens: list, i: int) -> int:
    """The first token of a body's name whose head is token i: the genitives right before the head
    ("Valsts probācijas dienests"). A genitive plural adjective in -o ("Sociālo lietu pārvalde")
    belongs to the genitive after it, never to the head itself (which it would have to agree with).
    Two genitives joined by "un" share the head ("Izglītības un zinātnes ministrija", "Tūrisma un
    informācijas centrs"); the word after "un" is a common noun in lower case, as in every body's
    name ("Rēzeknes un Valsts …" joins two names), and the word before "un" is no given name's form
    ("Jāņa un sporta centra darbiniekiem": a man and a centre's staff). A name's capitals come first: a
    lower-case word before a capitalised one is the sentence's ("ierodoties Tukuma … centrā")."""
    def word(k: int) -> str:
        return tokens[k].group(0)

    def adjacent(k: int, m: int) -> bool:  # only spaces (and one "un") between tokens k and m
        return not text[tokens[k].end():tokens[m].start()].replace("un", "", 1).strip()

    def fits_before(k: int, j: int) -> bool:  # no lower-case word before a capitalised one
        return not (j < i and word(j)[:1].isupper() and word(k)[:1].islower())

    j, joined = i, False
    while j > 0 and i - j < (6 if joined else 4):
        before = word(j - 1)
        if not text[tokens[j - 1].end():tokens[j].start()].strip() and fits_before(j - 1, j) \
                and (_genitive_modifier(before) or j < i and before.endswith("o")):
            j -= 1
        elif before == "un" and 1 < j < i and word(j)[:1].islower() and _genitive_modifier(word(j - 2)) \
                and fits_before(j - 2, j) and adjacent(j - 2, j) and not names.is_given_name(word(j - 2)):
            j, joined = j - 2, True
        else:
            break
    return j


def _declined_genitive(word: str) -> bool:
    """A word whose form is not its dictionary form (a declined noun: "novada", "Mārupes"), one in -s
    (a genitive the same as its nominative: "Valsts"), a foreign name, or an abbreviation ("NVA");
    never a verb."""
    if word.isupper() and len(word) > 1:
        return True
    if is_verb_form(word):
        return False  # a verb: no noun's dictionary form ends so ("Pieteikties Ogres …")
    return word.endswith("s") or _indeclinable_name(word) or lemmas.lemma(word) != word.lower()


def find_organization(text_part: str, emails: list[str]) -> str | None:
    v = vocabulary()
    heads = {lemmas.stem(source): nominative for source, nominative in v["organization_heads"]}
    tokens = list(WORD.finditer(text_part))
    for i, tok in enumerate(tokens):
        nominative = heads.get(lemmas.stem(tok.group(0)))
        if not nominative:
            continue
        # "Latvijas Pašvaldību savienība": a head right after a head is the real head.
        while i + 1 < len(tokens) and heads.get(lemmas.stem(tokens[i + 1].group(0))) \
                and not text_part[tok.end():tokens[i + 1].start()].strip():
            i += 1
            tok = tokens[i]
            nominative = heads[lemmas.stem(tok.group(0))]
        head = tok.group(0)
        # "Sociālā dienesta tālrunis": an adjective agreeing with the head is declined back with it
        # ("Sociālais dienests"); the genitives before it ("Mārupes novada") stay as written.
        adjective = agreeing_nominative(tokens[i - 1].group(0), head, nominative) \
            if i > 0 and not text_part[tokens[i - 1].end():tok.start()].strip() else None
        last = i - 1 if adjective else i
        j = _name_start(text_part, tokens, last)
        # Only declined genitives go on the name ("Mārupes novada"), no preposition or noun in its
        # dictionary form the endings let through ("Sīkāka informācija pa pašvaldības …"); an "un"
        # _name_start took joins two genitives.
        j = max([j] + [k + 1 for k in range(j, last) if tokens[k].group(0) != "un" and not _declined_genitive(tokens[k].group(0))])
        while j < i and not tokens[j].group(0)[:1].isupper():
            j += 1
        if j < i:
            head_nominative = nominative if head.islower() else nominative.capitalize()
            if adjective:  # a body named by its abbreviation before it came first ("LM …" / "Sociālā dienesta …")
                earlier = next((t.group(0) for t in tokens[:j] if t.group(0) in v["organization_abbreviations"]), None)
                if earlier:
                    return earlier
            return " ".join([t.group(0) for t in tokens[j:last]] + ([adjective] if adjective else []) + [head_nominative])
    abbreviations = set(v["organization_abbreviations"])
    for tok in tokens:
        if tok.group(0) in abbreviations:
            return tok.group(0)
    for email in emails:
        domain = email.split("@")[-1]
        if domain in v["email_domains"]:
            return v["email_domains"][domain]
    return None
