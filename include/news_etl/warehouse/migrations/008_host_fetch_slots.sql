-- 004: the per-host request pace, shared by every fetch task on every worker (CeleryExecutor runs the fetch
-- tasks of one run on several machines at once; an in-process limiter would let each go at the full rate).
CREATE TABLE IF NOT EXISTS news.host_fetch_slots (
    host      text PRIMARY KEY,
    next_slot timestamptz NOT NULL
);
COMMENT ON TABLE news.host_fetch_slots IS 'Working table: for each fetched host (host:port), the earliest time the next request to it may be sent. Every fetch reserves its slot here in one statement, so all fetch tasks on all workers together keep to the source''s rate_limit_per_s (and robots.txt Crawl-delay).';
COMMENT ON COLUMN news.host_fetch_slots.host IS 'Host and port requests go to, as host:port.';
COMMENT ON COLUMN news.host_fetch_slots.next_slot IS 'Earliest time (database clock) at which the next request to the host may start.';
