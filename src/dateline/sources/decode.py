"""Bytes to str: BOMs, charset detection, binary and emptiness checks."""

from __future__ import annotations

import codecs
import re

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
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_RE = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)


def looks_like_html(data: bytes) -> bool:
    """True when the first bytes look like an HTML document."""
    head = data[:2048].lstrip(codecs.BOM_UTF8)
    return bool(_HTML_RE.match(head)) or b"<html" in head[:512].lower()


def decode(data: bytes, *, document: str | None = None) -> str:
    """Decode bytes to text: BOM first, then UTF-8, then charset-normalizer's best guess."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not text or HTML", document=document)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    if b"\x00" in data[:4096]:
        raise BinaryInput("the bytes contain NUL characters: binary data, not text", document=document)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        if best is None or best.encoding is None:
            raise Undecodable(
                "the bytes are neither UTF-8 nor any encoding that could be detected; "
                "re-encode the file as UTF-8",
                document=document,
            ) from None
        text = data.decode(best.encoding, errors="replace")
    if not text.strip():
        raise EmptyInput("the document is empty or whitespace only", document=document)
    control = sum(1 for ch in text[:10_000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if control > 0.05 * min(len(text), 10_000):
        raise BinaryInput("too many control characters: binary data, not text", document=document)
    return text
