"""The poor are not a group at social risk by their poverty alone. RECORD.md's social_risk is said by
words of risk, exclusion or lack of protection ("sociālā riska grupas", "mazāk aizsargātās grupas",
"sociālās atstumtības riskam pakļautie"); readers who never saw this tool list no social_risk for the
needy or the low-income ("atbalstīt mazturīgās daudzbērnu ģimenes", "maznodrošināto ģimeņu bērniem",
"personām ar trūcīgās personas statusu", "mājsaimniecībām ar zemiem ienākumiem"). The families,
children or households so described stay their own groups.

The poverty words stay in the vocabulary as social_risk mentions, so that a list of groups still runs
through them ("pensionāru, sociāli maznodrošinātu un bezdarbnieku iesaistīšanai" serves all three
others) and an origin after "no" is still read ("bērni no trūcīgām ģimenēm": the children); only at the
end is a social_risk mention whose words hold one of `poverty_stems` (target_groups.toml [poverty];
beginnings of lower-case words) and none of `risk_stems` un-accepted."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found, unaccept_stemmed
from .reader import Reader


@lru_cache(maxsize=1)
def _stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = load("target_groups")["poverty"]
    return tuple(table["poverty_stems"]), tuple(table["risk_stems"])


def poverty_alone(reader: Reader, found: list[Found]) -> None:
    """Un-accept the social_risk mentions that name poverty and no risk."""
    poverty, risk = _stems()
    unaccept_stemmed(reader.doc.text, found, "social_risk", poverty, risk)
