"""Our linear replacement of Stanza's e-mail/URL mask regex finds what Stanza's own finds."""
import pytest
from stanza.models.tokenization.utils import EMAIL_RAW_RE, URL_RAW_RE

import re

from lvextract.email_url_mask import LINEAR_MASK_RE

STANZA_MASK_RE = re.compile(f"(?:{EMAIL_RAW_RE}|{URL_RAW_RE})")


@pytest.mark.parametrize("text", [
    "Denisu Kretalovu (Deniss.Kretalovs@km.gov.lv, 67330312).",
    "e-pasts: romans.putans@lu.lv).",
    "skat. www.labourplus.eu un http://labourplus.eu/ sadaļā",
    "https://www.km.gov.lv/lv/integracija-un-sabiedriba/romi/latvijas-romu-platforma.",
    "rakstīt uz info@novads.lv vai info.novads.gov.lv",
    "a.b.c@d.e.f x@y vārds.uzvārds@iestāde.lv",
    "mājaslapa.org.lv un mana.com.lv, https://www.facebook.com/creativeideasLV",
    "E-pasts: Arita.Pecaka@tm.gov.lv Tālrunis: 67036837",
    "12.12.2019. līdz 13.12.2019., 8.3.3. punkts, v1.2.com",
])
def test_same_matches_as_stanzas_regex(text):
    assert [m.span() for m in LINEAR_MASK_RE.finditer(text)] == [m.span() for m in STANZA_MASK_RE.finditer(text)]


def test_pipeline_uses_the_linear_regex():
    from stanza.models.tokenization import utils

    from lvextract.segmentation import stanza_sentences

    stanza_sentences("Sveiki.")
    assert utils.MASK_RE is LINEAR_MASK_RE
