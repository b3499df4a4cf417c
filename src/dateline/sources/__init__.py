"""Readers: bytes, files, stdin and URLs in, ``RawDocument`` out."""

from .raw import RawDocument, read_bytes, read_path

__all__ = ["RawDocument", "read_bytes", "read_path"]
