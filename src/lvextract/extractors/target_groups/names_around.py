"""Group words that belong to a name, not to a group served: a role titling a person ("sociālā
darbiniece Ilze Kalniņa", "Zinta Ozola, … projektu koordinatore"), one association with its
quoted name ("biedrību „Dace”") and the second half of a hyphenated compound ("grieķu-romiešu")."""
from __future__ import annotations

import bisect
import re

from ...latvian import names
from ...latvian.verb_forms import is_verb_form
from ...latvian.orthography import LOWER, UPPER
from .forms import FIELD_ENDINGS, PLURAL_DATIVE_ENDINGS, form
from .clauses import NAME_LIST
from .mentions import Found
from .reader import Reader

WORDS = re.compile(r"[^\W\d_]+")


# A person's name said in running text (after a lower-case word), a comma, and a few words of the
# role: "sazināties ar Annu Kalnu, biedrības projektu " + "speciālisti,".
PERSON_THEN_ROLE = re.compile(r"(?:^|[\s(])[a-zāčēģīķļņšūž]+\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                              r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\s*,\s*(?P<role>(?:[^\s,.;:()]+\s+){0,5})$")
# A singular nominative post ("speciālists", "darbinieks", "speciāliste", "darbiniece") ...
SINGULAR_POST = re.compile(r"(?:[^aāeēiīoouūy\W\d_][sš]|[^\W\d_]{3}e)$")
# ... and after it one to three lower-case words of its field, each in the genitive or the locative,
# then a given name and a surname: " kora mūzikas jautājumos Lauris Goss".
def words_then_name(word: str, reach: int) -> re.Pattern:
    """One to `reach` lower-case words (`word`: a pattern of one), each after spaces or tabs, then a
    given name and a capitalised surname; the words as the group "words", the given name as "given".
    A person's post and its field before the name: FIELD_THEN_NAME here, job_titles.AHEAD."""
    return re.compile(r"(?P<words>(?:[ \t]+" + word + r"){1," + str(reach) + r"})[ \t]+(?P<given>[" + UPPER + "]["
                      + LOWER + r"]+)[ \t]+[" + UPPER + "][" + LOWER + "]+")


FIELD_THEN_NAME = words_then_name(r"[" + LOWER + r"]+(?:" + "|".join(FIELD_ENDINGS) + r")", 3)
ROLE_CLOSES = re.compile(r"\s*(?:[,)]|$)", re.MULTILINE)
# One or two more roles of one to three lower-case words after the group word, then a given name and
# a surname: ", runas pedagoģi un grāmatu autori" + " Zani Ozolu".
_ROLE = r"(?:\s*,\s*|[ \t]+un[ \t]+)(?:[" + LOWER + r"]+[ \t]+){0,2}[" + LOWER + r"]+"
ROLES_THEN_NAME = re.compile(r"(?:" + _ROLE + r"){1,2}[ \t]+(?P<given>[" + UPPER + "][" + LOWER + r"]+)[ \t]+[" + UPPER + "][" + LOWER + "]+")


# A person's name, a comma and a long job title (commas may list its fields) up to the group word ("Zinta Ozola, domes
# nodaļas NVO atbalsta sektora projektu koordinatore"); the title's own head noun closes it.
NAME_THEN_TITLE = re.compile(r"(?P<given>[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+"
                             r"(?:-[A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)?\s*,\s*[^.;:()\n]{0,160}$")
TITLE_TAIL = re.compile(r"[^,.;:()\n]{0,60}?(?<!\w)(?P<head>[^\W\d_]+)\s*(?:[,.;)\n]|$)")


def inside_a_title(reader: Reader, found: Found) -> bool:
    """Whether the group word stands inside a person's job title set off by a comma after the name,
    the title ending in a word for a post (`organ_words`: "koordinatore", "vadītāja")."""
    text, start, end = reader.doc.text, found.mention.start, found.mention.end
    before = NAME_THEN_TITLE.search(text, max(0, start - 200), start)
    if before is None or not names.is_given_name(before["given"]):
        return False
    # (a genitive qualifying the post, not the next item of a list: "Anna Liepa, pedagogi un … vadītāja")
    if "genitive" not in form(reader.sdoc[found.mention.token_end - 1].text):
        return False
    tail = TITLE_TAIL.match(text, end)
    return tail is not None and tail["head"].lower().startswith(reader.ctx.organs) \
        and not {"un", "vai", "kā"} & set(WORDS.findall(tail.group(0).lower()))


def _only_roles(between: str, group: str, given: str) -> bool:
    """Whether the words between a group word and a name list roles joined by "un" — nouns, no verb
    (", to vadīs Anna Liepa" tells who leads), no short function word ("ar", "to") — in the name's
    case: the group word and the last role end as the given name does ("pedagoģi … autori Zani"), which a
    plural group before one person's roles does not ("skolēni, vecāki un direktore Anna")."""
    words = WORDS.findall(between.lower())
    return "un" in words and all(w == "un" or (len(w) > 3 and not is_verb_form(w)) for w in words) \
        and group[-1:].lower() == words[-1][-1:] == given[-1:]


def titles_a_person(reader: Reader, found: Found) -> bool:
    """"zvanot sociālajai darbiniecei Ilzei Kalniņai", "jaunatnes darbinieks Jānis": a role
    in front of a person's name introduces that person, not a group served; so does a role set
    off by commas after the name ("ar Annu Kalnu, biedrības speciālisti, zvanot …"), unless
    another group stands between (then it is a list: "ar Annu Kalnu, skolēni un seniori"); and a role
    among one person's roles listed before the name ("aktrisi, runas pedagoģi un grāmatu autori Zani Ozolu")."""
    text, start, end = reader.doc.text, found.mention.start, found.mention.end
    if inside_a_title(reader, found):
        return True
    following = text[end:end + 40].split(maxsplit=1)
    if following and following[0][:1].isupper() and names.is_given_name(following[0].strip(",.;:()")):
        return True
    # (one person's post with its field between, in the genitive or locative: "vecākais speciālists
    # kora mūzikas jautājumos Lauris Goss"; the post a singular nominative, the name with a surname)
    field = FIELD_THEN_NAME.match(text, end)
    if field is not None and SINGULAR_POST.search(text, start, end) and names.is_given_name(field["given"]):
        return True
    # (one person's roles listed before the name, no other group among them: "aktrisi, runas pedagoģi
    # un grāmatu autori Zani Ozolu" — not "skolēni un skolotāja Anna Liepa", a list of the groups)
    roles = ROLES_THEN_NAME.match(text, end)
    if roles is not None and names.is_given_name(roles["given"]) \
            and _only_roles(text[end:roles.start("given")], text[start:end], roles["given"]) \
            and bisect.bisect_left(reader.starts, end) == bisect.bisect_left(reader.starts, roles.start("given")):
        return True
    before = PERSON_THEN_ROLE.search(text, max(0, start - 120), start)
    if before is None or not ROLE_CLOSES.match(text, end):
        return False
    role_start = before.start("role")
    first_after = bisect.bisect_left(reader.starts, role_start)
    return reader.starts[first_after] >= start


def in_compound(reader: Reader, found: Found) -> bool:
    """The second half of a hyphenated compound whose first half is no group: "grieķu-romiešu
    cīņa" (a wrestling style), "ne-romiem". (Not "bērniem-invalīdiem": both halves are groups.)"""
    text, start = reader.doc.text, found.mention.start
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    before = reader.previous_word(found.mention.token_start)
    while before is not None and reader.sdoc[before].text == "-":
        before = reader.previous_word(before)
    return before is None or before not in reader.in_mention


# An opening quote right after the word: a name follows ("biedrību „Dace”").
QUOTED_NAME_NEXT = re.compile(r"[ \t]*[„“\"«]\w")
# ... or after one word of an organisation's kind: "jauniešu NVO iniciatīvas “Piedzīvojumu gars”".
KIND_THEN_QUOTED_NAME = re.compile(r"[ \t]+(?P<kind>[^\W\d_]+)[ \t]*[„“\"«]\w")


def names_one_organisation(reader: Reader, found: Found) -> bool:
    """"aiznes uz atbalsta biedrību „Dace”", "sadarbojas ar biedrību “Rasa”": an association's word
    with its quoted name after it is that one association (the singular accusative "biedrību" shares
    its form with the plural genitive), a partner or a place, not NGOs as a group served; also with
    its kind before the head ("jaunatnes organizācijas “Zīle” aktivitātēs"). So is
    "NVO iniciatīva “…”": the kind of the one organisation between the word and its name."""
    if found.id != "ngo":
        return False
    text, end = reader.doc.text, found.mention.end
    word = text[found.mention.start:end].lower()
    # (the head is the last word: "jaunatnes organizācijas “Zīle”" is one youth organisation too)
    if not word.startswith(reader.ctx.one_organisation_words) and not word.split()[-1].startswith(reader.ctx.one_organisation_words):
        return False
    # (several names listed after the word are several associations: "nevaldības organizācijas “A”, “B”")
    if NAME_LIST.match(text, end):
        return False
    # (nor a plural dative, which no one association's word takes: "projektu konkurss biedrībām un
    # nevalstiskajām organizācijām «Veidojam vidi»" names the contest; "NVO" is not declined)
    if word.split()[-1].endswith(PLURAL_DATIVE_ENDINGS):
        return False
    kind = KIND_THEN_QUOTED_NAME.match(text, end)
    return bool(QUOTED_NAME_NEXT.match(text, end)) or (
        kind is not None and kind["kind"].lower().startswith(reader.ctx.one_organisation_kinds))
