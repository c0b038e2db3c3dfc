"""Canonical article URLs and the stable article id derived from them."""

from __future__ import annotations

import hashlib
import ipaddress
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from courlan import normalize_url

# courlan's TRACKERS_RE already drops utm_*, fbclid, gclid, mc_cid/mc_eid, _ga, ref, xtor and friends.
# These are further campaign/share parameters seen on news sites that its pattern does not cover.
_EXTRA_TRACKING_PARAMS = frozenset(
    {
        "wt.mc_id",
        "wt.mc_ev",
        "ocid",
        "cmpid",
        "smid",
        "s_kwcid",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "spm",
        "share",
        "sharetype",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
        "cmp",
        "int_source",
        "int_medium",
        "int_campaign",
    }
)


def canonical_url(url: str, declared_canonical: str | None = None) -> str:
    """Normalized canonical URL of an article page.

    The page's declared canonical (link rel=canonical / og:url) wins when it is an http(s) URL on a sane
    host (a public-looking domain, or the page's own host, so a site served from 127.0.0.1 in tests keeps
    its canonicals); a relative declaration is resolved against ``url``. A declaration that points at the
    site's home page while the page itself has a path is ignored: CMS templates that emit the home page as
    canonical on every article would otherwise collapse all articles into one.
    """
    chosen = url
    if declared_canonical and declared_canonical.strip():
        candidate = urljoin(url, declared_canonical.strip())
        if _is_sane_http_url(candidate, url) and not _is_home_page_for_article(candidate, url):
            chosen = candidate
    return normalize(chosen)


def normalize(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters, sorted query."""
    parts = urlsplit(url.strip())
    # courlan keeps fragments unless strict mode, which would also drop every non-whitelisted query
    # parameter (article ids in ?id=...), so the fragment is removed here and courlan runs non-strict.
    normalized = normalize_url(urlunsplit(parts._replace(fragment="")), strict=False)
    normalized_parts = urlsplit(normalized)
    kept = [
        (key, value)
        for key, value in parse_qsl(normalized_parts.query)
        if key.lower() not in _EXTRA_TRACKING_PARAMS
    ]
    query = urlencode(sorted(kept))
    path = normalized_parts.path or "/"
    return urlunsplit((normalized_parts.scheme, normalized_parts.netloc, path, query, ""))


def article_id(canonical: str) -> str:
    """Stable article id: the first 16 hex characters of sha256(canonical URL)."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _is_sane_http_url(url: str, page_url: str) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    if parts.netloc.lower() == urlsplit(page_url).netloc.lower():
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return False  # a canonical on a bare IP is a staging/mirror leak, never the public address
    labels = host.rstrip(".").split(".")
    return (
        len(labels) >= 2
        and host not in ("localhost", "localhost.localdomain")
        and labels[-1] not in ("local", "localhost", "internal", "invalid", "test", "example")
        and all(label and len(label) <= 63 for label in labels)
    )


def _is_home_page_for_article(candidate: str, page_url: str) -> bool:
    return urlsplit(candidate).path in ("", "/") and urlsplit(page_url).path not in ("", "/")
