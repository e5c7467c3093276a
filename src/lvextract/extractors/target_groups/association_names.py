"""A professional group's genitive written with a capital after a capitalised word and before an
association's word is the proper name of a professional body: "Latvijas Bibliotekāru biedrība
izstrādāja projektu", "Latvijas Skolotāju asociācijas biedri". Its members act for it (or meet
as its members); they are not those served by that mention — unless its members are named right
after it, a gathering of them ("Latvijas Bibliotekāru biedrības (LBB) biedru kopsapulce"), or the
sentence invites (`inviting_words`): the body invites its members ("Kurzemes Skolotāju biedrība aicina
uz semināru") (`association_words` and
`own_project_ids`, target_groups.toml [context]). The text may still serve the same group elsewhere."""
from __future__ import annotations

import re

MEMBERS = ("biedr", "locekļ")  # the body's members named after it: a gathering of them
# The members named anywhere in the sentence ("biedriem", "biedrus", not "biedrība" itself): a body of
# the group doing something for its own members serves the group ("Tukuma Neredzīgo biedrība rīko
# ekskursiju saviem biedriem"). Only for the groups of `association_name_ids`: a professional body's
# members act for others (its readers, its pupils).
MEMBERS_IN_SENTENCE = re.compile(r"(?<!\w)(?:biedr(?!īb)|locekļ)\w*", re.I)


def professional_association_name(reader, f) -> bool:
    """Whether mention `f` is the capitalised group word inside a body's name."""
    if f.id not in reader.ctx.own_project_ids | reader.ctx.association_name_ids or f.mention.token_end - f.mention.token_start != 1:
        return False
    token = reader.sdoc[f.mention.token_start]
    before = reader.previous_word(token.i)
    after = reader.word_at_or_after(token.i + 1)
    if not (token.text[:1].isupper() and not token.is_sent_start and before is not None
            and reader.sdoc[before].text[:1].isupper() and reader.sdoc[before].is_alpha
            and after is not None and reader.word(after).startswith(reader.ctx.association_words)):
        return False
    members = reader.past_brackets_after(reader.word_at_or_after(after + 1), 5)  # past an abbreviation: "(LBB)"
    if members is not None and reader.word(members).startswith(MEMBERS):
        return False
    if f.id not in reader.ctx.own_project_ids and reader.in_sentence_at(f.mention.start, MEMBERS_IN_SENTENCE):
        return False
    return not reader.in_inviting_sentence(f.mention.start)
