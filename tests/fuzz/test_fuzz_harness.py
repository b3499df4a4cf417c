"""The atheris harness runs on seed inputs without atheris (so it cannot rot)."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "fuzz" / "fuzz_inputs.py"


@pytest.fixture(scope="module")
def harness():
    spec = importlib.util.spec_from_file_location("fuzz_inputs", HARNESS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00Council passes the budget.\n\nThe city council voted on Monday.",
        b"\x01<html><body><p>Story</p>",
        b"\x03" + b'{"text": "A story."}\n{broken\n',
        b"\x04" + gzip.compress(b'{"text": "A story."}\n')[:-6],
        b"\x05WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200",
        b"\x07<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'>]><rss>&a;</rss>",
    ],
)
def test_harness_accepts_seeds(harness, data):
    harness.test_one_input(data)
