"""SSRF guard: only http(s), and never a host that resolves to a non-public address unless allow-listed."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

from news_etl.fetch.outcome import FetchRefused

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
ALLOWED_SCHEMES = ("http", "https")


def is_public_address(ip: IPAddress) -> bool:
    """True for globally routable unicast addresses; false for private, loopback, link-local, multicast,
    reserved, unspecified and shared (CGNAT) space, including IPv4 addresses hidden in IPv6 forms."""
    if isinstance(ip, ipaddress.IPv6Address):
        # Python < 3.13 does not look inside IPv4-mapped / 6to4 addresses, so ::ffff:127.0.0.1 would pass.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return is_public_address(embedded)
    return ip.is_global and not ip.is_multicast


def split_http_url(url: str) -> tuple[str, str, int]:
    """(scheme, lower-case host, port) of an http(s) URL, or FetchRefused('bad_url')."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchRefused("bad_url", f"unparsable URL: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchRefused("bad_url", f"scheme {scheme or '(none)'!r} is not http/https")
    if not parts.hostname:
        raise FetchRefused("bad_url", "URL has no host")
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused("connection_error", f"cannot resolve {host}: {exc}") from exc
    # getaddrinfo may append a scope id ("fe80::1%eth0") that ip_address() rejects.
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


class AddressGuard:
    """Checks a URL before any connection is made, and the connected peer afterwards.

    ``allowed_hosts`` holds host names (exact, case-insensitive) and IP networks ("127.0.0.1",
    "10.0.0.0/8") that may be private. A source with ``allow_private`` skips the address check entirely.
    ``check`` resolves the name itself; a DNS answer that changes before the connect (rebinding) is caught
    by ``check_peer`` on the connected socket, but only after the request was sent: the response is never
    read, yet a blind GET to the internal address has happened. Pinning the resolved address into the
    connection would close that gap; not done (TLS SNI/verification make it invasive).
    """

    def __init__(self, allowed_hosts: Iterable[str] = ()) -> None:
        self._names: set[str] = set()
        self._networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        for entry in allowed_hosts:
            try:
                self._networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self._names.add(entry.lower())

    def _allowed(self, ip: IPAddress) -> bool:
        return is_public_address(ip) or any(ip in net for net in self._networks)

    def check(self, url: str, allow_private: bool = False) -> None:
        _, host, port = split_http_url(url)
        if allow_private or host in self._names:
            return
        for ip in resolve(host, port):
            if not self._allowed(ip):
                raise FetchRefused("blocked_address", f"{host} resolves to non-public address {ip}")

    def check_peer(self, url: str, peer_address: str, allow_private: bool = False) -> None:
        """The address actually connected to (``socket.getpeername()[0]``) must pass as well."""
        _, host, _ = split_http_url(url)
        if allow_private or host in self._names:
            return
        ip = ipaddress.ip_address(peer_address.split("%", 1)[0])
        if not self._allowed(ip):
            raise FetchRefused("blocked_address", f"{host} connected to non-public address {ip}")
