"""The title extractor against the example table tests/examples/titles.toml: a page's text, the
page furniture before its headline included, and the title it must give. A row expecting ""
is a text with no headline: its title is null."""
from __future__ import annotations

import pytest
from example_tables import examples

from lvextract.document import Document
from lvextract.extractors import title
from lvextract.record import Record


@pytest.mark.parametrize("row", examples("titles"))
def test_title(row):
    record = Record(doc_id="t", source="t", sha256="x")
    title.extract(Document(row.text), record)
    assert record.title == (row.expect or None)
