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


# --- damaged and unusual encodings: decoded with a warning, never lost whole ---------------------

def _decode_text(data):
    from lvextract.reading import decode_text

    return decode_text(data)


def test_stray_ff_byte_is_replaced_and_its_offset_named():
    first, second = LATVIAN.encode("utf-8"), " Otrais teikums ar ā un š.".encode("utf-8")
    result = _decode_text(first + b"\xff" + second)
    assert result.error_code is None and result.encoding == "utf-8"
    assert result.text == LATVIAN + "\ufffd" + " Otrais teikums ar ā un š."
    assert len(result.warnings) == 1 and f"byte offset {len(first)}" in result.warnings[0]


def test_cut_multibyte_letter_is_one_replacement_and_later_offsets_stay_exact():
    head = "Seminārs notiks Rīg".encode("utf-8")
    data = head + "ā".encode("utf-8")[:1] + " 5. martā, pieteikties līdz 1. martam.".encode("utf-8")
    result = _decode_text(data)
    assert result.text == "Seminārs notiks Rīg\ufffd 5. martā, pieteikties līdz 1. martam."
    assert f"byte offset {len(head)}" in result.warnings[0]
    start = result.text.index("5. martā")
    assert result.text[start:start + 8] == "5. martā"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_decoded(codec):
    bom = {"utf-16": "", "utf-32": ""}.get(codec, "\ufeff")  # the plain codecs write their own BOM
    result = _decode_text((bom + LATVIAN).encode(codec))
    assert result.error_code is None and result.text == LATVIAN and result.warnings == ()


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
                                  b"\xef\xbb\xbf \n", "\ufeff\n".encode("utf-16")])
def test_a_bom_alone_is_empty_like_an_empty_file(data):
    text, _encoding, code, _message = decode(data)
    assert text is None and code == ErrorCode.empty


def test_mojibake_is_repaired_with_a_warning():
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy code pages that keep every byte)

    for codepage in ("sloppy-windows-1257", "sloppy-windows-1252"):
        garbled = LATVIAN.encode("utf-8").decode(codepage)
        assert "Ä" in garbled or "Å" in garbled
        result = _decode_text(garbled.encode("utf-8"))
        assert result.text == LATVIAN, codepage
        assert any("mojibake" in w for w in result.warnings)


def test_legacy_code_page_is_not_mistaken_for_damaged_utf8():
    result = _decode_text(LATVIAN.encode("cp1257"))
    assert result.text == LATVIAN and result.encoding == "cp1257" and result.warnings == ()


def test_mostly_not_text_is_still_rejected():
    assert decode(b"\xfa\xff\xfe" * 300 + LATVIAN.encode("utf-8"))[2] == ErrorCode.undecodable
    assert decode(b"\xff\xfe" + b"\x00\xd8" * 300)[2] == ErrorCode.undecodable  # a UTF-16 BOM, then lone surrogates
    assert decode(bytes(range(128, 256)) * 20)[2] == ErrorCode.undecodable


def test_decoding_warnings_reach_the_record(tmp_path):
    from lvextract.pipeline import empty_record

    path = tmp_path / "a.txt"
    path.write_bytes(LATVIAN.encode("utf-8") + b"\xff")
    decoded = load(Source(str(path)))
    assert decoded.text.endswith("\ufffd")
    assert empty_record(decoded).warnings == list(decoded.warnings) and decoded.warnings


# --- only regular files are opened ---------------------------------------------------------------

def test_fifo_is_not_a_file_and_never_blocks(tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}
    reader = threading.Thread(target=lambda: result.update(decoded=load(Source(str(fifo)))), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert result["decoded"].error_code == ErrorCode.not_a_file
    assert "named pipe" in result["decoded"].error_message


def test_device_and_socket_are_not_files(tmp_path):
    import socket

    assert load(Source("/dev/null")).error_code == ErrorCode.not_a_file
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert load(Source(str(path))).error_code == ErrorCode.not_a_file
    finally:
        server.close()


def test_a_stray_nul_in_a_long_text_is_damage_not_binary():
    data = (LATVIAN + "\n") * 30
    raw = data.encode("utf-8")
    damaged = raw[:1500] + b"\x00" + raw[1501:]
    result = _decode_text(damaged)
    assert result.error_code is None and "\x00" not in result.text
    assert len(result.text) == len(raw.decode("utf-8", "replace"))  # one character for the one byte
    assert "byte offset 1500" in result.warnings[0]
    assert decode(raw[:200] + b"\x00\x00" + raw[200:400])[2] == ErrorCode.binary  # short text, NULs: binary
