"""SSRF guard: only http(s), never a link-local/metadata address, and a non-public address only when the
allowance of the source that started the request covers it."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from news_etl.fetch.outcome import FetchRefused
from news_etl.records import Source

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


# Link-local space (where cloud metadata services answer: 169.254.169.254, fe80::/10), the AWS IPv6 metadata
# address and Alibaba's metadata address: refused always, whatever a source or the client allows.
NEVER_ALLOWED = tuple(
    ipaddress.ip_network(net)
    for net in ("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32")
)


def is_never_allowed(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return is_never_allowed(embedded)
    return any(ip in net for net in NEVER_ALLOWED)


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class PrivateAllowance:
    """Host names (exact, case-insensitive) and IP networks that may resolve to / be non-public addresses.

    One per source (sources.yaml `allowed_private_hosts`, or `allow_private: true` = the source's own hosts),
    used for every hop of a redirect chain that source started; never shared with another source."""

    names: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str], refuse_never_allowed: bool = True) -> PrivateAllowance:
        """ValueError for an entry inside link-local/metadata space, unless refuse_never_allowed is False
        (then it is left out: the guard would refuse those addresses anyway)."""
        names: set[str] = set()
        networks: list[Network] = []
        for entry in entries:
            try:
                network = ipaddress.ip_network(entry, strict=False)
            except ValueError:
                names.add(entry.strip().lower())
                continue
            # A wider network (100.64.0.0/10) may be listed: its link-local/metadata part stays refused.
            if any(network.subnet_of(never) for never in NEVER_ALLOWED if never.version == network.version):  # type: ignore[arg-type]
                if refuse_never_allowed:
                    raise ValueError(f"{entry} is link-local/metadata space, which is never allowed")
                continue
            networks.append(network)
        return cls(frozenset(names), tuple(networks))

    @classmethod
    def of_source(cls, source: Source) -> PrivateAllowance:
        own = (
            {urlsplit(u).hostname or "" for u in (source.url, *source.urls, source.api_base_url) if u}
            if source.allow_private
            else set()
        )
        return cls.parse(source.allowed_private_hosts) | cls.parse(
            sorted(own - {""}), refuse_never_allowed=False
        )

    def allows(self, host: str, ip: IPAddress) -> bool:
        return host in self.names or any(ip in net for net in self.networks if net.version == ip.version)

    def __or__(self, other: PrivateAllowance) -> PrivateAllowance:
        return PrivateAllowance(self.names | other.names, self.networks + other.networks)


NO_ALLOWANCE = PrivateAllowance()


class AddressGuard:
    """Checks a URL before any connection is made, and the connected peer afterwards.

    A non-public address passes only when the allowance of the source that started the request (passed to
    every call, for every redirect hop) names its host or covers it; link-local and metadata addresses never
    pass. ``client_allowance`` (the HttpClient's allow_private_hosts) applies to every source: meant for
    tests and tools, the pipeline passes none.
    ``check`` resolves the name itself (allowed names too: an allowed name that resolves to the metadata
    address is refused); a DNS answer that changes before the connect (rebinding) is caught by ``check_peer``
    on the connected socket, but only after the request was sent: the response is never read, yet a blind
    GET to the internal address has happened. Pinning the resolved address into the connection would close
    that gap; not done (TLS SNI/verification make it invasive).
    """

    def __init__(self, allowed_hosts: Iterable[str] = ()) -> None:
        self._client_allowance = PrivateAllowance.parse(allowed_hosts)

    def _check_ip(self, host: str, ip: IPAddress, allowance: PrivateAllowance, verb: str) -> None:
        if is_never_allowed(ip):
            raise FetchRefused(
                "blocked_address", f"{host} {verb} link-local/metadata address {ip}, which is never allowed"
            )
        if not is_public_address(ip) and not (allowance | self._client_allowance).allows(host, ip):
            raise FetchRefused(
                "blocked_address", f"{host} {verb} non-public address {ip}, not allowed for this source"
            )

    def check(self, url: str, allowance: PrivateAllowance = NO_ALLOWANCE) -> None:
        _, host, port = split_http_url(url)
        for ip in resolve(host, port):
            self._check_ip(host, ip, allowance, "resolves to")

    def check_peer(self, url: str, peer_address: str, allowance: PrivateAllowance = NO_ALLOWANCE) -> None:
        """The address actually connected to (``socket.getpeername()[0]``) must pass as well."""
        _, host, _ = split_http_url(url)
        self._check_ip(host, ipaddress.ip_address(peer_address.split("%", 1)[0]), allowance, "connected to")
