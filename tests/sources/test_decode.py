import codecs

import pytest

from dateline.errors import BinaryInput, EmptyInput, Undecodable
from dateline.sources.decode import charset_of, decode

FRENCH = "Le garçon était très content à Montréal. L'été à Genève."
RUSSIAN = "Президент России заявил в понедельник, что переговоры продолжатся."
LATIN = "The café’s owner said “we’re closed” — naïve déjà vu, à Montréal, über die Größe."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (LATIN.encode("cp1252"), LATIN),
        (FRENCH.encode("latin-1"), FRENCH),
        (LATIN.encode("utf-16"), LATIN),
        (LATIN.encode("utf-16-le"), LATIN),
        (LATIN.encode("utf-16-be"), LATIN),
        (codecs.BOM_UTF8 + LATIN.encode("utf-8"), LATIN),
        (LATIN.encode("utf-8"), LATIN),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
    ],
)
def test_genuine_encodings_decode(data, expected):
    assert decode(data) == expected


def test_truncated_last_character_is_dropped():
    assert decode("Hello café".encode()[:-1]) == "Hello caf"


@pytest.mark.parametrize(
    "data",
    [
        b"Hello \xc3\x28 world, this is a text",
        "Résumé of the meeting: ".encode() + b"\xe9t\xe9 " + "naïve".encode(),
        bytes(range(0x80, 0x100)) * 4,
        b"\xff" * 100,
        b"\xff\xfe\xfd\xfc",
        bytes([0xA7, 0xB3, 0xE8, 0x9F, 0x20, 0xC9, 0xD4, 0x99, 0xFA, 0xEE, 0x0A]) * 30,
    ],
)
def test_invalid_utf8_is_undecodable(data):
    with pytest.raises(Undecodable, match=r"\[E107\].*(UTF-8|byte-order mark)"):
        decode(data, document="story.txt")


def test_broken_utf8_names_the_byte():
    data = "Résumé: ".encode() + b"\xe9t\xe9 " + "naïve".encode()
    with pytest.raises(Undecodable, match="byte 10"):
        decode(data)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b" \n\t\r\n ", EmptyInput),
        (codecs.BOM_UTF8, EmptyInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        (b"abc\x00\x01\x02\x03def\x00" * 10, BinaryInput),
    ],
)
def test_empty_and_binary(data, error):
    with pytest.raises(error):
        decode(data)


def test_declared_charset_used_for_non_utf8_bytes():
    html = '<html><head><meta charset="iso-8859-7"></head><body>Αθήνα</body></html>'
    assert "Αθήνα" in decode(html.encode("iso-8859-7"))
    assert decode("Αθήνα".encode("iso-8859-7"), declared="iso-8859-7") == "Αθήνα"


def test_valid_utf8_wins_over_a_wrong_declaration():
    html = '<html><head><meta charset="windows-1252"></head><body>café</body></html>'
    assert "café" in decode(html.encode("utf-8"))


def test_charset_of():
    assert charset_of("text/html; charset=UTF-8") == "utf-8"
    assert charset_of('text/html; charset="iso-8859-1"') == "iso8859-1"
    assert charset_of("text/html; charset=nonsense") is None
    assert charset_of("text/html") is None
