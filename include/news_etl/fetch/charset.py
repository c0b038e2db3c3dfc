"""Choose the character encoding of an HTML body: BOM, then the HTTP header, then <meta>, then detection
(valid UTF-8 first, charset_normalizer otherwise).

A body whose declared encoding does not decode cleanly (typically windows-1252 bytes served as UTF-8) is
re-decoded with the detected encoding; if detection finds nothing plausible either, the page is rejected
as ``bad_encoding`` rather than loaded with replacement characters. A single-byte code page decodes any bytes,
so "decodes" is not enough: a declaration naming an encoding no browser uses for the web (a DOS code page such
as cp775) is ignored, and one contradicted by a body that is valid non-ASCII UTF-8 is overruled (legacy text
almost never forms valid multi-byte UTF-8 by accident). ``Decoded.decision`` records what was decided and why.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer
from bs4.dammit import EncodingDetector

from news_etl.fetch.outcome import FetchRefused

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Per the WHATWG encoding standard, browsers decode these labels as windows-1252; so do we.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# The encodings of the WHATWG Encoding Standard (what browsers decode web pages with), as Python codec names.
_WEB_ENCODING_LABELS = (
    "utf-8", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
    "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u",
    "mac-roman", "cp874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
    "windows-1255", "windows-1256", "windows-1257", "windows-1258", "mac-cyrillic", "gbk", "gb18030", "big5",
    "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "utf-16-be", "utf-16-le", "utf-16",
)  # fmt: skip
_WEB_ENCODINGS = frozenset(codecs.lookup(label).name for label in _WEB_ENCODING_LABELS)
# Tie-break order for detection: the legacy defaults of the languages we ingest (en/de/fr, he, ar).
_PREFERRED_ON_TIE = ("cp1252", "cp1255", "cp1256")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used
    source: str  # bom | header | meta | detected
    overruled: tuple[str, ...] = ()  # declarations not followed, each with its reason

    @property
    def decision(self) -> str:
        """What news.raw_pages.encoding_decision records: 'meta' or 'detected (declared cp775 (meta) ...)'."""
        return f"{self.source} ({'; '.join(self.overruled)})" if self.overruled else self.source


def canonical_codec(label: str | None) -> str | None:
    """Python codec name for an encoding label, or None when Python does not know it."""
    if not label:
        return None
    label = _ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def bom_encoding(body: bytes) -> str | None:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    return None


def meta_encoding(body: bytes) -> str | None:
    """Encoding declared by <meta charset> / http-equiv in the first kilobytes (HTML prescan)."""
    return canonical_codec(EncodingDetector.find_declared_encoding(body[:4096], is_html=True))


def detect_encoding(body: bytes) -> str | None:
    """charset_normalizer's pick, except that among candidates it rates exactly as good we prefer the
    Windows code pages browsers fall back to: on a short French or German text, cp1250 and cp1252 tie
    and the library's first pick (cp1250) turns "à" into "ŕ"."""
    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is None:
        return None
    tied = {canonical_codec(name) for name in best.could_be_from_charset}
    tied.update(
        canonical_codec(match.encoding)
        for match in matches
        if match.chaos == best.chaos and match.coherence >= best.coherence - 0.01
    )
    preferred = next((codec for codec in _PREFERRED_ON_TIE if codec in tied), None)
    return preferred or canonical_codec(best.encoding)


def decode_html(body: bytes, header_charset: str | None) -> Decoded:
    """Decode ``body`` by the first declaration that decodes cleanly, else by detection.

    Raises FetchRefused('bad_encoding') when nothing works."""
    bom = bom_encoding(body)
    if bom:
        return Decoded(body.decode(bom, errors="replace").lstrip("\ufeff"), bom, "bom")
    overruled: list[str] = []
    for source, codec in (("header", canonical_codec(header_charset)), ("meta", meta_encoding(body))):
        if codec is None:
            continue
        if codec not in _WEB_ENCODINGS:
            overruled.append(f"declared {codec} ({source}) ignored: not a web encoding")
            continue
        try:
            text = body.decode(codec)
        except UnicodeDecodeError as exc:
            overruled.append(f"declared {codec} ({source}) does not decode: {exc.reason} at byte {exc.start}")
            continue
        if codec != "utf-8" and not body.isascii() and _is_utf8(body):
            overruled.append(f"declared {codec} ({source}) overruled: the body is valid UTF-8")
            break
        return Decoded(text, codec, source, tuple(overruled))
    if _is_utf8(body):
        # Legacy-encoded text almost never forms valid multi-byte UTF-8 by accident, and pure ASCII is UTF-8.
        return Decoded(body.decode("utf-8"), "utf-8", "detected", tuple(overruled))
    detected = detect_encoding(body)
    if detected is not None:
        try:
            return Decoded(body.decode(detected), detected, "detected", tuple(overruled))
        except UnicodeDecodeError:
            pass
    raise FetchRefused(
        "bad_encoding", "; ".join(overruled) or "no declared encoding and detection found none"
    )


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
