"""A group's genitive right before the children of its members names whose they are, not an
identity they share: "dāvanas ieslodzīto bērniem" serves the children of prisoners, not the
prisoners. (An inherited identity stays: "romu bērniem", "bēgļu bērniem" — those ids are not in
`kin_owner_ids`; and a family includes its members: "atbalsts ieslodzīto ģimenēm" keeps both.) The next mention must follow
the genitive with nothing between; its word must begin with one of `kin_nouns` (target_groups.toml
[context]). Other mentions of the same group are judged on their own."""
from __future__ import annotations

from .forms import form


def owner_of_kin(reader, found, index: int) -> bool:
    """Whether mention `found[index]` is a genitive owner of the kin mention right after it."""
    f = found[index]
    if f.id not in reader.ctx.kin_owner_ids or index + 1 >= len(found):
        return False
    head = reader.sdoc[f.mention.token_end - 1].text
    if "genitive" not in form(head):
        return False
    after = found[index + 1]
    if reader.skip_space(f.mention.token_end) != after.mention.token_start:
        return False
    return reader.word(after.mention.token_start).startswith(reader.ctx.kin_nouns)
