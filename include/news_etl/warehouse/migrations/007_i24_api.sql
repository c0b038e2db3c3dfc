-- 007: the i24NEWS API. Articles keep the section the outlet files them under; the API documents fetched for
-- client-rendered i24NEWS pages (meta tags only, the text in the API) are recorded beside the pages they serve.
ALTER TABLE news.articles ADD COLUMN IF NOT EXISTS section text;
ALTER TABLE news.articles_staging ADD COLUMN IF NOT EXISTS section text;
COMMENT ON COLUMN news.articles.section IS 'Section the outlet files the article under (i24NEWS API category.name, article:section), if any.';
COMMENT ON COLUMN news.articles_staging.section IS 'Section the outlet files the article under (i24NEWS API category.name, article:section), if any.';

CREATE TABLE IF NOT EXISTS news.shell_page_api_fetches (
    run_id          text NOT NULL,
    url             text NOT NULL,
    api_url         text NOT NULL,
    fetched_at      timestamptz NOT NULL,
    status          integer,
    sha256          text,
    bytes           bigint,
    content_type    text,
    reject_reason   text,
    reject_detail   text,
    PRIMARY KEY (run_id, url)
);
COMMENT ON TABLE news.shell_page_api_fetches IS 'One row per client-rendered i24NEWS page (meta tags only, no text) fetched by a run: the API document fetched for its text, archived in the raw store like the page, or why there is none. The parse stage reads the article from it; reparse replays it.';
COMMENT ON COLUMN news.shell_page_api_fetches.run_id IS 'Batch key of the fetching run.';
COMMENT ON COLUMN news.shell_page_api_fetches.url IS 'The page URL (as in news.raw_pages).';
COMMENT ON COLUMN news.shell_page_api_fetches.api_url IS 'The API item requested: {api_base_url}/v2/{lang}/contents/{last path segment of the page URL}.';
COMMENT ON COLUMN news.shell_page_api_fetches.fetched_at IS 'When the API answered or the fetch gave up (UTC).';
COMMENT ON COLUMN news.shell_page_api_fetches.status IS 'HTTP status of the API response; null when the fetch was refused before any response.';
COMMENT ON COLUMN news.shell_page_api_fetches.sha256 IS 'sha256 of the API document = its key in the raw store; null when none was stored.';
COMMENT ON COLUMN news.shell_page_api_fetches.bytes IS 'Size of the API document in bytes.';
COMMENT ON COLUMN news.shell_page_api_fetches.content_type IS 'Content-Type header of the API response.';
COMMENT ON COLUMN news.shell_page_api_fetches.reject_reason IS 'Why no API document was stored (a news.ingest_rejects reason code); null on success. The page is then rejected as shell_page.';
COMMENT ON COLUMN news.shell_page_api_fetches.reject_detail IS 'Details of reject_reason.';

COMMENT ON COLUMN news.articles.adapter IS 'Parser adapter that produced the record (i24news: HTML pages, i24news-api: i24NEWS API documents, generic).';
COMMENT ON COLUMN news.ingest_rejects.reason IS 'Reason code: http_error, timeout, connection_error, too_large, not_html, not_json (an i24NEWS API answer that is not an article document), robots_disallowed, blocked_address, bad_url, redirect_loop, bad_encoding, parse_failed, empty_body, shell_page (a client-rendered i24NEWS page without text, and none from the API), feed_error, url_not_allowed, field_too_long (a title or description over its cap), parse_timeout (parsing took longer than NEWS_ETL_MAX_PARSE_SECONDS), fetch_failed (the fetcher raised on this URL: a bug on hostile input, recorded instead of failing the task), abandoned.';
COMMENT ON COLUMN news.discovered_urls.url IS 'The URL as listed by the feed, sitemap or URL list; for an i24_api source, the API item URL ({api_base_url}/v2/{lang}/contents/{slug}).';
COMMENT ON COLUMN news.discovered_urls.lastmod IS 'Last-modified date announced by the feed or sitemap, or the updatedAt of an i24NEWS API item (UTC), if any.';
COMMENT ON TABLE news.raw_pages IS 'One row per HTTP fetch of an article page or i24NEWS API item. The body is archived gzip-compressed in the raw store under its sha256, for replay (reparse) without the network.';
