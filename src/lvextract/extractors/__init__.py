"""One module per concern. Each exposes `extract(doc, record)` and fills only its own fields.

The order in `lvextract.pipeline.EXTRACTORS` is the data flow: later extractors read what
earlier ones found (phones skip text already taken by dates and amounts; deadlines name
the contact found before them). Each stage there declares the fields it `requires` and
`assigns`; tests/test_data_flow.py checks the order and that every declaration is true.
"""
