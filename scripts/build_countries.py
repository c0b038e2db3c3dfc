"""Generate include/news_etl/reference/countries.csv (run once; the CSV is committed).

pycountry supplies the authoritative ISO 3166-1 list (alpha-3, alpha-2); babel supplies the CLDR
territory names in English, German and French. Neither is needed at runtime: the extractor reads the CSV.
Usage: .venv/bin/python scripts/build_countries.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "include" / "news_etl" / "reference" / "countries.csv"

ORGANISATIONS = (
    ("NATO", "", "NATO", "NATO", "OTAN"),
    ("UN", "", "United Nations", "Vereinte Nationen", "Nations unies"),
)


def main() -> None:
    names = {lang: Locale(lang).territories for lang in ("en", "de", "fr")}
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        a2 = country.alpha_2
        en = names["en"].get(a2, country.name)
        rows.append((country.alpha_3, a2, en, names["de"].get(a2, en), names["fr"].get(a2, en), "country"))
    rows.extend((*org, "organisation") for org in ORGANISATIONS)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("code", "alpha2", "name_en", "name_de", "name_fr", "kind"))
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
