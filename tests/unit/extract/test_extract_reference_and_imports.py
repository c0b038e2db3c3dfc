"""The committed countries reference and the cost of importing the extractor."""

from __future__ import annotations

import subprocess
import sys

from news_etl.extract.places import reference_rows


def test_countries_csv_has_every_iso_country_kosovo_nato_and_un() -> None:
    rows = reference_rows()
    assert list(rows[0]) == ["code", "alpha2", "name_en", "name_de", "name_fr", "kind"]
    countries = [r for r in rows if r["kind"] == "country"]
    assert len([r for r in countries if r["code"] != "XKX"]) == 249  # ISO 3166-1 as of 2024
    assert any(
        r["code"] == "XKX" and r["alpha2"] == "XK" for r in countries
    )  # Kosovo: EU/IMF code, no ISO one
    assert all(len(r["code"]) == 3 and len(r["alpha2"]) == 2 for r in countries)
    assert len({r["code"] for r in rows}) == len(rows)
    by_code = {r["code"]: r for r in rows}
    assert (by_code["PRK"]["name_de"], by_code["PRK"]["name_fr"]) == ("Nordkorea", "Corée du Nord")
    assert {by_code["NATO"]["kind"], by_code["UN"]["kind"]} == {"organisation"}


def test_import_is_light() -> None:
    """The CLI imports the extractor for every command: no pandas, GX, lingua or quantulum3 on import."""
    code = (
        "import sys, news_etl.extract, news_etl.extract.cli; "
        "print(sorted(m for m in ('pandas', 'great_expectations', 'lingua', 'quantulum3', 'pycountry') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
