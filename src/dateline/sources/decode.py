"""Bytes to str: BOMs, declared charsets, UTF-8, legacy encodings; binary and emptiness checks.

The order: magic numbers of binary formats; a byte-order mark; UTF-16 without a BOM (NUL bytes
on every other position); strict UTF-8 (valid UTF-8 is almost never another encoding, whatever
a page declares); a charset declared by the server or the HTML page (decoded as a browser
would, bad bytes replaced); then a legacy encoding (Windows-1252 first, then
charset-normalizer's guess) accepted only when the decoded text reads like text. Broken
UTF-8 (valid multi-byte sequences mixed with invalid bytes) and bytes that decode to nothing
readable raise ``Undecodable``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, Undecodable

_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file (WebP, WAV, AVI)",
    b"\xd0\xcf\x11\xe0": "an old-style Office document",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"BZh": "bzip2-compressed data",
    b"\xfd7zXZ": "xz-compressed data",
    b"\x00\x00\x00\x18ftyp": "an MP4 video",
    b"\x00\x00\x00\x20ftyp": "an MP4 video",
    b"ID3": "an MP3 file",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_RE = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 200_000
_MAX_ODD_SHARE = 0.05
_MAX_ODD_LATIN = 0.2
_MIN_COHERENCE = 0.05
_MAX_CHAOS = 0.1


def looks_like_html(data: bytes) -> bool:
    """True when the first bytes look like an HTML document."""
    head = data[:2048].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_RE.match(head)) or b"<html" in head[:512].lower()


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, when it names a known codec."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return _known_codec(value.strip().strip("\"'"))
    return None


def _known_codec(name: str) -> str | None:
    """The codec's canonical name, or None for an unknown name or a codec that is not a text encoding."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _declared_in_html(data: bytes) -> str | None:
    if not looks_like_html(data):
        return None
    m = _META_CHARSET.search(data[:4096])
    return _known_codec(m.group(1).decode("ascii")) if m else None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _odd_share(text: str) -> float:
    """Share of non-ASCII characters that do not read as Latin-script text (mojibake, stray bytes).

    Accented letters sit in words of mostly ASCII letters ("café", "été"), or stand as a one-letter word
    between spaces ("à"); punctuation, spaces and currency signs stand anywhere. Words made
    mostly of non-ASCII letters ("Ïðåçèäåíò"), lone letters glued to punctuation ("Ã(") and
    controls are odd.
    """
    text = text[:_SAMPLE]
    odd = total = 0
    for m in _NON_ASCII_RUN.finditer(text):
        for ch in m.group(0):
            total += 1
            cat = unicodedata.category(ch)
            if not (cat[0] in "PZ" or cat == "Sc" or ch in "°©®™±×÷µ"):
                odd += 1
    for m in _WORD.finditer(text):
        word = m.group(0)
        foreign = sum(1 for ch in word if ord(ch) >= 128)
        if not foreign:
            continue
        if len(word) == 1:
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            ok = before.isspace() and after.isspace()
        else:
            ok = foreign * 2 <= len(word) + 1
        if ok:
            odd -= foreign
    return max(odd, 0) / total if total else 0.0


def _mostly_utf8(data: bytes) -> bool:
    """True when valid UTF-8 multi-byte sequences are at least as many as the stray high bytes."""
    sequences = _UTF8_SEQUENCE.findall(data)
    high = sum(1 for b in data if b >= 0x80)
    stray = high - sum(len(s) for s in sequences)
    return bool(sequences) and len(sequences) >= stray


def _readable(text: str) -> bool:
    """Text with at least two letters or digits and next to no unreadable characters."""
    return sum(ch.isalnum() for ch in text[:1000]) >= 2 and _unreadable_share(text) <= _MAX_ODD_SHARE


def _legacy(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes in the legacy encoding under which they read as text, or None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _odd_share(text) <= _MAX_ODD_LATIN:
        return text
    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding is None:
        return None
    if best.coherence < _MIN_COHERENCE or best.chaos > _MAX_CHAOS:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _unreadable_share(text) <= _MAX_ODD_SHARE else None


def _unreadable_share(text: str) -> float:
    """Share of characters no text contains: controls, unassigned, private-use, BOMs, U+FFFD."""
    sample = text[:_SAMPLE]
    bad = sum(
        1
        for ch in sample
        if ch in "\ufeff\ufffd" or (unicodedata.category(ch)[0] == "C" and ch not in "\t\n\r\f")
    )
    return bad / len(sample) if sample else 0.0


def decode(data: bytes, *, document: str | None = None, declared: str | None = None) -> str:
    """Decode bytes to text; raises ``BinaryInput``, ``Undecodable`` or ``EmptyInput``.

    ``declared`` is a charset given by the server (Content-Type); HTML ``<meta charset>`` is
    read too. Bytes that are not UTF-8 are decoded in a declared charset as browsers do (bad
    bytes replaced).

    Example: ``decode("café".encode("cp1252")) == "café"``
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not text or HTML", document=document)
    text = _decode(data, document, declared)
    if not text.strip():
        raise EmptyInput("the document is empty or whitespace only", document=document)
    control = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > 0.05 * min(len(text), 10_000):
        raise BinaryInput("too many control characters: binary data, not text", document=document)
    return text


def _decode(data: bytes, document: str | None, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                text, first_bad = None, exc.start
            else:
                first_bad = 0
            if text is not None and (not text.strip() or _readable(text)):
                return text
            raise Undecodable(
                f"the bytes start with a {encoding} byte-order mark but do not read as {encoding} "
                f"text (byte {first_bad:,}); re-encode the file as UTF-8",
                document=document,
            )
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if _readable(text):
            return text
    if b"\x00" in data[:4096]:
        raise BinaryInput("the bytes contain NUL characters: binary data, not text", document=document)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8")
    declared = (_known_codec(declared) if declared else None) or _declared_in_html(data)
    if declared:
        return data.decode(declared, errors="replace")
    if _mostly_utf8(data[:_SAMPLE]):
        raise Undecodable(
            f"invalid UTF-8 at byte {first_bad:,}: the file mixes UTF-8 with bytes of another "
            "encoding (or is truncated or corrupt); repair it, e.g. iconv -f utf-8 -t utf-8 -c",
            document=document,
        )
    text = _legacy(data)
    if text is None:
        raise Undecodable(
            f"invalid UTF-8 at byte {first_bad:,}, and no other encoding makes readable text of it; "
            "re-encode the file as UTF-8",
            document=document,
        )
    return text
