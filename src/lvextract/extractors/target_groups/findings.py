"""What a study found or a survey's respondents said reports on a group; it serves none: "71%
aptaujāto darba devēju uzskata, ka personu ar invaliditāti nodarbināšana …", "pētījumā secināts,
bērni ar smagu invaliditāti iegūst izglītību …", "nodarbināti bija 27% cilvēku ar invaliditāti,
liecina pētījums"; and a study's question or subject: "tiks pētīts, cik lielā mērā … personu ar
invaliditāti iekļaušana", "pētījums par senioru nodarbinātību". A group counts so where a word of
finding ("secināts": `finding_words`, or a study's question: `study_questions`,
target_groups.toml [context]; beginnings of lower-case words) stands before it in its sentence, or a
word of respondents ("aptaujātie", "respondenti": `respondent_words`) in a sentence where they give
an opinion, with no purpose clause between ("…, lai …" may say what is done for it: "aptaujas
rezultātus izmantos, lai uzlabotu pakalpojumus senioriem"; so may a consequence drawn, "…, tāpēc
aicinām …": `consequence_openers`); or where the sentence closes with a study's attribution after
a comma (", liecina pētījums", not ", liecina domes lēmums") that reports all of it. statistics.py
keeps the narrower shape of a percentage counting the group. The words of a sentence are found once
(sentence_answer), so a sentence of many groups stays linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .reader import Reader

@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    survey = set(c["respondent_words"]) | set(c["survey_words"])
    opinion = [w for w in c["statistic_words"] if not any(w.startswith(s) or s.startswith(w) for s in survey)]
    word = r"(?<![^\W\d_])(?:{})"
    return (re.compile(word.format(alternation(c["finding_words"])) + "|" + "|".join(c["study_questions"]), re.I),
            re.compile(word.format(alternation(c["respondent_words"])), re.I),
            re.compile(word.format(alternation(opinion)), re.I),
            re.compile(rf",\s*(?:{alternation(c['finding_attributions'])})\w*\s+(?:[^,.;\s]+\s+){{0,3}}?"
                       rf"(?:{alternation(c['finding_sources'])})[^,.;]*$", re.I),
            # a purpose clause ("…, lai …") may say what is done for the group, and a consequence drawn
            # ("…, tāpēc aicinām …") is the speaker's own offer
            re.compile(rf"(?<!\w)(?:{alternation(c['clause_openers'] + c['consequence_openers'])})(?!\w)", re.I))


def _marks(text: str) -> tuple[list[int], list[int], bool]:
    """The ends of the finding words of a sentence (the respondents' only where they give an opinion),
    the starts of its purpose clauses, and whether it closes with a study's attribution."""
    findings, respondents, opinion, attribution, purpose = _patterns()
    ends = [m.end() for m in findings.finditer(text)]
    if opinion.search(text):
        ends = sorted(ends + [m.end() for m in respondents.finditer(text)])
    return ends, [m.start() for m in purpose.finditer(text)], attribution.search(text.rstrip(" .!\n")) is not None


def reported_finding(reader: Reader, f) -> bool:
    """Whether mention `f` is a group a study's finding or a survey's answer speaks of."""
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    ends, purposes, attributed = reader.sentence_answer("findings", index, _marks)
    at = f.mention.start - reader.doc.sentences[index].start
    i = bisect.bisect_right(ends, at) - 1
    if i >= 0:
        j = bisect.bisect_left(purposes, ends[i])
        if j >= len(purposes) or purposes[j] > at:
            return True
    return attributed
