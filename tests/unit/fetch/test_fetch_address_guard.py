from __future__ import annotations

import ipaddress

import pytest
from news_etl.fetch.address_guard import AddressGuard, PrivateAllowance, is_public_address, split_http_url
from news_etl.fetch.outcome import FetchRefused
from news_etl.records import Source


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
    AddressGuard(["localhost"]).check("http://LOCALHOST:8000/")  # by name: resolved, and each address checked
    AddressGuard().check("http://10.0.0.5/", PrivateAllowance.parse(["10.0.0.0/8"]))
    with pytest.raises(FetchRefused):
        AddressGuard(["127.0.0.1"]).check("http://10.0.0.5/")


def test_link_local_and_metadata_addresses_are_refused_whatever_is_allowed():
    everything = PrivateAllowance.parse(["0.0.0.0/1", "128.0.0.0/2", "::/1"])  # covers 127/8, 10/8, ::1 ...
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://100.100.100.200/",
    ):
        with pytest.raises(FetchRefused, match="never allowed"):
            AddressGuard().check(url, everything | PrivateAllowance.parse(["fd00::/8"]))
    with pytest.raises(FetchRefused, match="never allowed"):
        AddressGuard().check_peer(
            "http://metadata.internal/", "169.254.169.254", PrivateAllowance.parse(["metadata.internal"])
        )
    with pytest.raises(ValueError, match="never allowed"):
        PrivateAllowance.parse(["169.254.0.0/16"])


def test_allow_private_means_the_sources_own_hosts_only():
    source = Source("demo", "rss", url="http://127.0.0.2:8765/feed.xml", allow_private=True)
    allowance = PrivateAllowance.of_source(source)
    AddressGuard().check("http://127.0.0.2:9/", allowance)
    with pytest.raises(FetchRefused, match="not allowed for this source"):
        AddressGuard().check("http://127.0.0.3:9/", allowance)
    with pytest.raises(FetchRefused, match="not allowed for this source"):
        AddressGuard().check(
            "http://127.0.0.2:9/", PrivateAllowance.of_source(Source("other", "rss", url="http://127.0.0.2/"))
        )


def test_peer_check_catches_a_name_that_rebinds_to_a_private_address():
    guard = AddressGuard()
    guard.check_peer("https://news.example/a", "93.184.216.34")
    with pytest.raises(FetchRefused) as refused:
        guard.check_peer("https://news.example/a", "10.0.0.7")
    assert refused.value.reason == "blocked_address"
    guard.check_peer("https://news.example/a", "10.0.0.7", PrivateAllowance.parse(["news.example"]))
    AddressGuard(["news.example"]).check_peer("https://news.example/a", "10.0.0.7")
