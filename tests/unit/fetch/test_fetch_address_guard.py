from __future__ import annotations

import ipaddress

import pytest
from news_etl.fetch.address_guard import AddressGuard, is_public_address, split_http_url
from news_etl.fetch.outcome import FetchRefused


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.1",
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
    ],
)
def test_non_public_addresses(address):
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses(address):
    assert is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://News.Example/a", ("https", "news.example", 443)),
        ("http://news.example:8080/a", ("http", "news.example", 8080)),
        ("HTTP://127.0.0.1/", ("http", "127.0.0.1", 80)),
    ],
)
def test_split_http_url(url, expected):
    assert split_http_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://x.example/",
        "ftp://x.example/",
        "//x.example/a",
        "http:///a",
        "http://x:99999/",
    ],
)
def test_bad_urls(url):
    with pytest.raises(FetchRefused) as refused:
        split_http_url(url)
    assert refused.value.reason == "bad_url"


# IP literals resolve without DNS, so these guard checks need no network.
def test_guard_blocks_literal_private_addresses():
    with pytest.raises(FetchRefused) as refused:
        AddressGuard().check("http://169.254.169.254/latest/meta-data/")
    assert refused.value.reason == "blocked_address"
    with pytest.raises(FetchRefused):
        AddressGuard().check("http://[::1]:8080/")
    with pytest.raises(FetchRefused):
        AddressGuard().check("http://2130706433/")  # 127.0.0.1 as a decimal integer


def test_guard_allow_lists_by_network_by_name_and_by_source():
    AddressGuard(["127.0.0.0/8"]).check("http://127.0.0.2/")
    AddressGuard(["127.0.0.1"]).check("http://127.0.0.1:8000/")
    AddressGuard(["demo.internal"]).check("http://DEMO.internal/")  # name match: no resolution needed
    AddressGuard().check("http://10.0.0.5/", allow_private=True)
    with pytest.raises(FetchRefused):
        AddressGuard(["127.0.0.1"]).check("http://10.0.0.5/")


def test_peer_check_catches_a_name_that_rebinds_to_a_private_address():
    guard = AddressGuard()
    guard.check_peer("https://news.example/a", "93.184.216.34")
    with pytest.raises(FetchRefused) as refused:
        guard.check_peer("https://news.example/a", "10.0.0.7")
    assert refused.value.reason == "blocked_address"
    guard.check_peer("https://news.example/a", "10.0.0.7", allow_private=True)
    AddressGuard(["news.example"]).check_peer("https://news.example/a", "10.0.0.7")
