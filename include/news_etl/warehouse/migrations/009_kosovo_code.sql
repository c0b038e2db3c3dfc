-- 009: Kosovo gets a code. ISO 3166-1 has none; XKX (alpha-2 XK) is the user-assigned code the European
-- Commission, the IMF and the World Bank use, and the annotated sets use it for KFOR's and national contingents'
-- location. The row itself comes from reference/countries.csv (upserted after every migration); only the
-- descriptions change here.
COMMENT ON TABLE news.countries IS 'Reference list of actor/location codes: ISO 3166-1 countries, Kosovo as XKX (the user-assigned code of the EU and the IMF; ISO has none), plus the organisations NATO and UN; the other non-state actor codes are in news.actors.';
COMMENT ON COLUMN news.countries.code IS 'ISO 3166-1 alpha-3 code (XKX for Kosovo), or NATO / UN.';
COMMENT ON COLUMN news.countries.alpha2 IS 'ISO 3166-1 alpha-2 code (XK for Kosovo; null for organisations).';
