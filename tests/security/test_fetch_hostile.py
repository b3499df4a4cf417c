"""Hostile URLs against the safe fetcher, all refused before any connection is opened:
numeric and shortened IPv4 forms, IPv6 forms, metadata addresses, names that resolve to a mix of
public and private addresses, IDNA look-alikes, header injection; DNS answers that change between
the check and the connection cannot redirect it.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from dateline.errors import FetchError, UnsafeURL
from dateline.sources import fetch

PUBLIC = "93.184.216.34"

HOSTILE = [
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://127.1/",
    "http://0/",
    "http://localhost/",
    "http://LOCALHOST:8000/admin",
    "http://[::]/",
    "http://[::1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://169.254.170.2/v2/credentials",
    "http://100.100.100.200/latest/meta-data/",
    "http://192.0.0.192/",
    "http://10.1.2.3/",
    "http://172.16.0.1/",
    "http://192.168.0.1/",
    "http://100.64.0.1/",
    "http://198.18.0.1/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "https://127.0.0.1:443/",
]


@pytest.fixture
def no_connection(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("no connection may be opened")

    monkeypatch.setattr(fetch, "_open_socket", refuse)


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_addresses_refused(url, no_connection):
    with pytest.raises(UnsafeURL):
        fetch.fetch_url(url, timeout=2)


@pytest.mark.parametrize(
    "url",
    [
        "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/",
        "http://localhost./",
        "http://127。0。0。1/",
        "gopher://127.0.0.1:70/",
        "dict://127.0.0.1:11211/",
        "file://localhost/etc/passwd",
        "http://user@127.0.0.1/",
        "http://example.com@127.0.0.1/",
        "http://[::1/",
        "http://127.0.0.1:99999/",
        "javascript:alert(1)",
    ],
)
def test_tricky_urls_refused(url, no_connection):
    with pytest.raises(FetchError):
        fetch.fetch_url(url, timeout=2)


def _answers(*ips):
    def getaddrinfo(host, port, *args, **kwargs):
        return [
            (socket.AF_INET6 if ":" in ip else socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))
            for ip in ips
        ]

    return getaddrinfo


@pytest.mark.parametrize("private", ["127.0.0.1", "10.0.0.7", "169.254.169.254", "::1", "::ffff:10.0.0.1"])
def test_a_name_with_any_private_answer_is_refused(monkeypatch, no_connection, private):
    monkeypatch.setattr(socket, "getaddrinfo", _answers(PUBLIC, private))
    with pytest.raises(UnsafeURL, match="resolves to"):
        fetch.fetch_url("http://news.example/story", timeout=2)


def test_rebinding_between_check_and_connect_goes_nowhere_new(monkeypatch):
    answers = iter([_answers(PUBLIC), _answers("127.0.0.1")])
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: next(answers)(*a, **k))
    dialled = []

    def record(ip, port, timeout):
        dialled.append(ip)
        raise OSError("test: no network")

    monkeypatch.setattr(fetch, "_open_socket", record)
    with pytest.raises(FetchError):
        fetch.fetch_url("http://rebind.example/story", timeout=2)
    assert dialled == [ipaddress.ip_address(PUBLIC)]


def test_header_injection_in_the_path_is_refused(monkeypatch, no_connection):
    monkeypatch.setattr(socket, "getaddrinfo", _answers(PUBLIC))
    with pytest.raises(FetchError):
        fetch.fetch_url("http://news.example/a\r\nHost: 127.0.0.1\r\n\r\n", timeout=2)


def test_allow_list_flag_lets_loopback_through(monkeypatch):
    dialled = []

    def record(ip, port, timeout):
        dialled.append(str(ip))
        raise OSError("test: no network")

    monkeypatch.setattr(fetch, "_open_socket", record)
    with pytest.raises(FetchError) as info:
        fetch.fetch_url("http://127.0.0.1:9/", timeout=2, allow_private=True)
    assert not isinstance(info.value, UnsafeURL) and dialled == ["127.0.0.1"]
