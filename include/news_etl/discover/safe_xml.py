"""Parse untrusted XML without entity expansion or external resources (defusedxml)."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException


class XmlRejected(ValueError):
    """The document is hostile (entity declarations, external references) or not well-formed XML."""


def parse_untrusted_xml(data: bytes) -> Element:
    """Root element of ``data``. A DOCTYPE alone is tolerated (many feeds carry one); any entity
    declaration or external reference is refused before it can expand (billion laughs, XXE)."""
    try:
        return SafeElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise XmlRejected(f"hostile XML refused: {type(exc).__name__} {exc}") from exc
    except ParseError as exc:
        raise XmlRejected(f"malformed XML: {exc}") from exc


def is_hostile_xml(data: bytes) -> str | None:
    """Why ``data`` is hostile, or None. Malformed-but-harmless XML is not hostile: feedparser's lenient
    parser may still recover entries from it."""
    try:
        parse_untrusted_xml(data)
    except XmlRejected as exc:
        if isinstance(exc.__cause__, DefusedXmlException):
            return str(exc)
    return None


def local_name(element: Element) -> str:
    """Tag without namespace: sitemaps in the wild use wrong or missing namespaces."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def child_text(element: Element, name: str) -> str | None:
    for child in element:
        if local_name(child) == name:
            return (child.text or "").strip() or None
    return None
