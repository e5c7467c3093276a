"""The state's and municipalities' genitives ("valsts un pašvaldību", the professionals' forms that
begin with "valsts") stand for their people only before a noun for people or another group's
words ("valsts un pašvaldību pārstāvji", "valsts, pašvaldību un NVO pārstāvjiem", "… iestāžu
darbinieki"); before anything else they are bodies or their things: "klientu centros", "informācijas
sistēmās", "no valsts un pašvaldību līdz NVO". One word after the mention is read (two past an
institution's genitive). A form that ends in a noun for people ("valsts pārvaldes darbiniekiem") is
people itself."""
from __future__ import annotations

CONNECTORS = frozenset({",", "un", "vai", "kā", "arī"})
INSTITUTIONS = ("iestāž", "institūcij", "pārvalž", "dienest", "sektor")


def bodies_without_people(reader, f) -> bool:
    """Whether mention `f` is the state-and-municipality genitives with no people after them."""
    if f.id != "professionals" or reader.word(f.mention.token_start) != "valsts":
        return False
    if reader.ctx.person_nouns.fullmatch(reader.word(f.mention.token_end - 1)):
        return False  # (a form that ends in its people: "valsts pārvaldes darbinieki")
    after = reader.skip_space(f.mention.token_end)
    n = len(reader.sdoc)
    for _ in range(3):  # (a list goes on to another group's words: "valsts, pašvaldību un NVO pārstāvji")
        if after < n and reader.word(after) in CONNECTORS:
            after = reader.skip_space(after + 1)
    if after < n and reader.word(after).startswith(INSTITUTIONS):
        after = reader.skip_space(after + 1)
    if after >= n or after in reader.in_mention:
        return False
    return reader.ctx.person_nouns.fullmatch(reader.word(after)) is None
