"""Reading and decoding: every input becomes text or a named error, never an exception."""
import pytest

from lvextract.reading import Source, UsageError, decode, find_inputs, load
from lvextract.record import ErrorCode

LATVIAN = "Šā gada 11. jūnijā Rīgā notiks seminārs; pieteikties līdz 25. aprīlim. Ģimenēm, ķēniņiem, žurkām."


@pytest.mark.parametrize("data, expected", [
    (LATVIAN.encode("utf-8"), LATVIAN),
    (b"\xef\xbb\xbf" + LATVIAN.encode("utf-8"), LATVIAN),          # BOM dropped before offsets count
    (LATVIAN.encode("cp1257"), LATVIAN),                            # Windows-1257
    (LATVIAN.encode("iso8859_13"), LATVIAN),                        # ISO-8859-13
    ("A\u0304ri".encode("utf-8"), "\u0100ri"),                      # decomposed Ā → NFC
])
def test_decodes_to_nfc_text(data, expected):
    text, _encoding, code, _message = decode(data)
    assert code is None
    assert text == expected


@pytest.mark.parametrize("data, code", [
    (b"", ErrorCode.empty),
    (b"   \n\t\n", ErrorCode.empty),
    (b"PK\x03\x04\x00\x00binary", ErrorCode.binary),
    (bytes(range(1, 32)) * 40, ErrorCode.binary),
])
def test_bad_bytes_give_error_codes(data, code):
    text, _encoding, got, message = decode(data)
    assert text is None and got == code and message


def test_load_names_the_file_in_errors(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    decoded = load(Source(str(path)))
    assert decoded.error_code == ErrorCode.empty
    assert str(path) in decoded.error_message


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("a" * 100, encoding="utf-8")
    decoded = load(Source(str(path)), max_bytes=10)
    assert decoded.error_code == ErrorCode.too_large and decoded.text is None


def test_unreadable_file(tmp_path):
    path = tmp_path / "dir.txt"
    path.mkdir()
    assert load(Source(str(path))).error_code == ErrorCode.unreadable


def test_sha256_is_of_the_input_bytes(tmp_path):
    import hashlib

    path = tmp_path / "a.txt"
    raw = b"\xef\xbb\xbfTeksts"
    path.write_bytes(raw)
    assert load(Source(str(path))).sha256 == hashlib.sha256(raw).hexdigest()


def test_find_inputs_recursive_sorted_and_globbed(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ["b/z.txt", "a.md", "b/c.txt", "skip.json"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = [s.name for s in find_inputs([str(tmp_path)])]
    assert names == sorted(str(tmp_path / n) for n in ["a.md", "b/c.txt", "b/z.txt"])
    assert [s.name for s in find_inputs([str(tmp_path)], ("*.json",))] == [str(tmp_path / "skip.json")]


def test_find_inputs_deduplicates_and_keeps_stdin_last(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")
    sources = find_inputs(["-", str(f), str(f)])
    assert [s.name for s in sources] == [str(f), "-"]
    assert sources[-1].doc_id == "stdin" and sources[0].doc_id == "a"


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        find_inputs([str(tmp_path / "nope")])
