from __future__ import annotations

import codecs

import pytest
from news_etl.fetch.charset import canonical_codec, decode_html, meta_encoding
from news_etl.fetch.outcome import FetchRefused

FRENCH = (
    "<p>“Les soldats sont arrivés à la frontière”, a déclaré le ministère – coût estimé à 3 millions d’€. "
    "Les députés ont débattu de l’opération pendant des heures.</p>"
)


def test_header_charset_wins_when_it_decodes():
    decoded = decode_html(FRENCH.encode("utf-8"), "UTF-8")
    assert (decoded.text, decoded.encoding, decoded.source) == (FRENCH, "utf-8", "header")


def test_meta_charset_used_without_header():
    body = b"<html><head><meta charset='windows-1252'></head>" + FRENCH.encode("cp1252")
    decoded = decode_html(body, None)
    assert decoded.encoding == "cp1252" and decoded.source == "meta" and FRENCH in decoded.text


def test_http_equiv_meta_is_read():
    body = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-8">' + "שלום".encode(
        "iso-8859-8"
    )
    assert meta_encoding(body) == "iso8859-8"


def test_wrong_header_falls_back_to_meta_then_detection():
    body = b"<meta charset='windows-1252'>" + FRENCH.encode("cp1252")
    assert decode_html(body, "utf-8").source == "meta"
    detected = decode_html(FRENCH.encode("cp1252"), "utf-8")
    assert detected.source == "detected" and detected.encoding == "cp1252" and detected.text == FRENCH


def test_bom_beats_a_wrong_header():
    decoded = decode_html(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "iso-8859-1")
    assert decoded.source == "bom" and decoded.text == FRENCH


def test_unknown_label_is_ignored():
    assert canonical_codec("x-no-such-charset") is None
    assert decode_html(FRENCH.encode("utf-8"), "x-no-such-charset").source in ("meta", "detected")


@pytest.mark.parametrize(
    ("label", "codec"), [("latin1", "cp1252"), ("US-ASCII", "cp1252"), ("utf8", "utf-8")]
)
def test_whatwg_aliases(label, codec):
    assert canonical_codec(label) == codec


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("<p>שלום עליכם, החיילים הגיעו לגבול הצפוני ביום שני בבוקר.</p>", "cp1255"),
        (
            "<p>وصل نحو ثلاثة آلاف جندي إلى الحدود الشمالية يوم الاثنين، وفق ما أعلنت وزارة الدفاع في بيان "
            "رسمي صدر مساء الأحد.</p>",
            "cp1256",
        ),
        ("<p>Grüße aus München: die Soldaten kamen am Montag über die Grenze.</p>", "cp1252"),
    ],
)
def test_detection_of_legacy_code_pages(text, codec):
    # Detection needs a sentence or two; on a few words charset_normalizer can pick a sibling code page.
    decoded = decode_html(text.encode(codec), None)
    assert (decoded.text, decoded.encoding) == (text, codec)


def test_undecodable_noise_is_bad_encoding():
    noise = bytes(range(1, 256)) * 4
    with pytest.raises(FetchRefused) as refused:
        decode_html(noise, "utf-8")
    assert refused.value.reason == "bad_encoding"


def test_undeclared_ascii_and_utf8_are_utf8():
    assert decode_html(b"<html></html>", None).encoding == "utf-8"
    assert decode_html(FRENCH.encode("utf-8"), None) == decode_html(FRENCH.encode("utf-8"), "bogus-label")
    assert decode_html(FRENCH.encode("utf-8"), None).text == FRENCH


def test_a_meta_charset_naming_a_dos_code_page_is_ignored_and_the_decision_recorded():
    body = b"<html><head><meta charset='cp775'></head>" + FRENCH.encode("utf-8")
    decoded = decode_html(body, None)
    assert (decoded.encoding, decoded.text.endswith(FRENCH)) == ("utf-8", True)
    assert decoded.decision == "detected (declared cp775 (meta) ignored: not a web encoding)"


def test_a_legacy_declaration_contradicted_by_valid_utf8_is_overruled():
    text = "<p>Les soldats sont arrivés à la frontière, a déclaré le ministère.</p>"
    decoded = decode_html(text.encode("utf-8"), "iso-8859-1")  # decodes as cp1252 too, into mojibake
    assert decoded.text == text
    assert decoded.decision == "detected (declared cp1252 (header) overruled: the body is valid UTF-8)"
