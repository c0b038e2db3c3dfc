"""One runner per (stage, variant): ours is exactly the code the DAG tasks call, theirs the alternative a user
would otherwise pick. A runner streams the corpus, times only the stage's own calls and returns its figures.

Run each in a fresh process (benchmarks.child) so that its peak memory is its own. Inputs a stage would
get from the previous one (cleaned bodies, staged rows) are derived from the corpus outside the timed part:
the generator knows each page's text, and the parse runner checks that transform_page extracts exactly it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from news_etl.pipeline.params import IngestParams
from news_etl.settings import Settings

from benchmarks.corpus import CorpusPage, CorpusSpec, batched, generate_pages
from benchmarks.timing import Stopwatch

CONTENT_TYPE = "text/html; charset=utf-8"
SOURCE = "bench"
# Brute force compares every pair in full up to this many pairs; above, a random sample is timed and the
# cost extrapolated to all pairs (it grows with n^2: 20k articles are 200M pairs).
FULL_PAIRS_MAX = 2_000_000
SAMPLE_PAIRS = 200_000
# Shingle sets of every article must fit in memory for brute force and for the exact ground truth.
EXACT_MAX_SIZE = 20_000
LOAD_BATCH = 2_000


@dataclass(frozen=True)
class BenchEnv:
    dsn: str | None  # scratch warehouse database (migrated) for the load and chain runners
    workdir: Path


Figures = dict[str, Any]
Runner = Callable[[CorpusSpec, BenchEnv], Figures]


def _figures(items: int, watch: Stopwatch, **extra: Any) -> Figures:
    return {"items": items, "seconds": watch.seconds, "cpu_seconds": watch.cpu_seconds, **extra}


def _skipped(reason: str) -> Figures:
    return {"skipped": reason}


# -- parse + clean ---------------------------------------------------------------------------------------


def parse_ours(spec: CorpusSpec, env: BenchEnv) -> Figures:
    from news_etl.clean.text import clean_body
    from news_etl.pipeline.transform import transform_page
    from news_etl.records import Reject

    def call(item: CorpusPage) -> Any:
        return transform_page(item.html, item.url, CONTENT_TYPE, SOURCE, None)

    warmup = _warm_up(spec, call)
    watch, rejected, text_mismatch = Stopwatch(), 0, 0
    for item in generate_pages(spec):
        with watch:
            result = call(item)
        if isinstance(result, Reject):
            rejected += 1
        elif result["body"] != clean_body(item.body) or result["language"] != item.language:
            text_mismatch += 1
    return _figures(spec.size, watch, warmup_s=warmup, rejected=rejected, text_mismatch=text_mismatch)


def parse_trafilatura(spec: CorpusSpec, env: BenchEnv) -> Figures:
    import trafilatura

    def call(item: CorpusPage) -> Any:
        return trafilatura.bare_extraction(item.html.decode("utf-8"), url=item.url, with_metadata=True)

    warmup = _warm_up(spec, call)
    watch, empty = Stopwatch(), 0
    for item in generate_pages(spec):
        with watch:
            result = call(item)
        empty += not (result and result.text)
    return _figures(spec.size, watch, warmup_s=warmup, empty=empty)


def parse_newspaper4k(spec: CorpusSpec, env: BenchEnv) -> Figures:
    try:
        import newspaper
    except ImportError as error:
        return _skipped(f"newspaper4k not importable: {error}")

    def call(item: CorpusPage) -> Any:
        article = newspaper.Article(item.url, language=item.language, fetch_images=False)
        article.download(input_html=item.html.decode("utf-8"))
        article.parse()
        return article

    warmup = _warm_up(spec, call)
    watch, empty = Stopwatch(), 0
    for item in generate_pages(spec):
        with watch:
            result = call(item)
        empty += not result.text
    return _figures(spec.size, watch, warmup_s=warmup, empty=empty)


def _warm_up(spec: CorpusSpec, call: Callable[[CorpusPage], Any]) -> float:
    """Run once untimed (lazy imports, language models): the figures are the steady state of a worker."""
    from benchmarks.corpus import page

    watch = Stopwatch()
    with watch:
        call(page(spec, 0))
    return watch.seconds


# -- dedup -----------------------------------------------------------------------------------------------


def dedup_ours(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """Signatures as transform_page computes them, then the dedup task's planner over one batch, then the
    index rebuild from stored signatures that the next run starts with."""
    from news_etl.clean.text import clean_body
    from news_etl.clean.urls import article_id, canonical_url
    from news_etl.dedup import (
        Candidate,
        NearDuplicateIndex,
        assign_duplicates,
        body_sha256,
        minhash_signature,
    )

    signing, planning, rebuilding = Stopwatch(), Stopwatch(), Stopwatch()
    candidates, labels = [], []
    for item in generate_pages(spec):
        body = clean_body(item.body)
        with signing:
            signature, sha = minhash_signature(body), body_sha256(body)
        url = canonical_url(item.url)
        candidates.append(Candidate(article_id(url), url, sha, signature, item.published_at))
        labels.append((item.kind, item.original))
    with planning:
        decisions = assign_duplicates(candidates, NearDuplicateIndex(), {})
    with rebuilding:
        NearDuplicateIndex.from_signatures((c.article_id, c.signature) for c in candidates)
    story = [d.story_id for d in decisions]
    copies = [(i, original) for i, (kind, original) in enumerate(labels) if kind != "original"]
    found = sum(story[i] == story[original] for i, original in copies)
    false_merges = sum(
        kind == "original" and d.duplicate_of is not None
        for (kind, _), d in zip(labels, decisions, strict=True)
    )
    total = Stopwatch()
    total.seconds = signing.seconds + planning.seconds
    total.cpu_seconds = signing.cpu_seconds + planning.cpu_seconds
    return _figures(
        spec.size,
        total,
        signatures_s=signing.seconds,
        planning_s=planning.seconds,
        rebuild_s=rebuilding.seconds,
        label_recall=found / max(len(copies), 1),
        copies=len(copies),
        originals_merged=false_merges,
    )


def dedup_bruteforce(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """Exact Jaccard of every pair of shingle sets: all pairs when that finishes, else a timed sample."""
    from news_etl.clean.text import clean_body
    from news_etl.dedup.signature import jaccard, shingles

    if spec.size > EXACT_MAX_SIZE:
        return _skipped(
            f"all shingle sets of {spec.size} articles do not fit in memory (limit {EXACT_MAX_SIZE})"
        )
    shingling, comparing = Stopwatch(), Stopwatch()
    sets = []
    for item in generate_pages(spec):
        body = clean_body(item.body)
        with shingling:
            sets.append(shingles(body))
    n = len(sets)
    all_pairs = n * (n - 1) // 2
    if all_pairs <= FULL_PAIRS_MAX:
        with comparing:
            for i in range(n):
                for j in range(i + 1, n):
                    jaccard(sets[i], sets[j])
        compare_s, compare_cpu, measured, mode = (
            comparing.seconds,
            comparing.cpu_seconds,
            all_pairs,
            "measured",
        )
    else:
        rng = random.Random(spec.seed)
        pairs = [tuple(rng.sample(range(n), 2)) for _ in range(SAMPLE_PAIRS)]
        with comparing:
            for i, j in pairs:
                jaccard(sets[i], sets[j])
        scale = all_pairs / len(pairs)
        compare_s, compare_cpu, measured = (
            comparing.seconds * scale,
            comparing.cpu_seconds * scale,
            len(pairs),
        )
        mode = "extrapolated"
    total = Stopwatch()
    total.seconds = shingling.seconds + compare_s
    total.cpu_seconds = shingling.cpu_seconds + compare_cpu
    return _figures(
        n, total, mode=mode, pairs=all_pairs, pairs_measured=measured, shingles_s=shingling.seconds
    )


def dedup_recall(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """Recall of our planner against the exact ground truth (all pairs at exact Jaccard >= 0.85), untimed."""
    from news_etl.clean.text import clean_body
    from news_etl.clean.urls import article_id, canonical_url
    from news_etl.dedup import (
        Candidate,
        NearDuplicateIndex,
        assign_duplicates,
        body_sha256,
        minhash_signature,
    )
    from news_etl.dedup.signature import shingles

    from evals.dedup import TRUE_NEAR_DUPLICATE, exact_pairs

    if spec.size > EXACT_MAX_SIZE:
        return _skipped(f"exact ground truth needs every shingle set in memory (limit {EXACT_MAX_SIZE})")
    candidates, sets = [], []
    for item in generate_pages(spec):
        body = clean_body(item.body)
        url = canonical_url(item.url)
        candidates.append(
            Candidate(article_id(url), url, body_sha256(body), minhash_signature(body), item.published_at)
        )
        sets.append(shingles(body))
    story = [d.story_id for d in assign_duplicates(candidates, NearDuplicateIndex(), {})]
    truth = [(i, j) for i, j, _ in exact_pairs(sets, TRUE_NEAR_DUPLICATE)]
    found = sum(story[i] == story[j] for i, j in truth)
    return {"items": spec.size, "true_pairs": len(truth), "recall": found / max(len(truth), 1),
            "threshold": TRUE_NEAR_DUPLICATE}  # fmt: skip


# -- extract ---------------------------------------------------------------------------------------------


def extract_ours(spec: CorpusSpec, env: BenchEnv) -> Figures:
    from news_etl.extract import extract_mentions

    return _extract(spec, extract_mentions)


def extract_quantulum3(spec: CorpusSpec, env: BenchEnv) -> Figures:
    try:
        from evals.extract_baseline import baseline_mentions
    except ImportError as error:
        return _skipped(f"evals.extract_baseline not available: {error}")
    return _extract(spec, baseline_mentions)


def _extract(spec: CorpusSpec, extractor: Callable[[str, str], list]) -> Figures:
    """Pages/s and sentences/s (sentences as the extractor's own splitter counts them), and the share of
    troop-bearing pages where something was found / of the other pages where something was found anyway."""
    from news_etl.clean.text import clean_body
    from news_etl.extract.sentences import sentence_spans

    first = clean_body(next(generate_pages(CorpusSpec(1, spec.seed))).body)
    warm = Stopwatch()
    with warm:
        extractor(first, "en")
    watch = Stopwatch()
    sentences = mentions = troop_sentences = troop_pages = troop_pages_found = other_pages_found = 0
    for item in generate_pages(spec):
        body = clean_body(item.body)
        sentences += len(sentence_spans(body))
        with watch:
            found = extractor(body, item.language)
        mentions += len(found)
        troop_sentences += item.troops
        if item.troops:
            troop_pages += 1
            troop_pages_found += bool(found)
        else:
            other_pages_found += bool(found)
    return _figures(
        spec.size,
        watch,
        warmup_s=warm.seconds,
        sentences=sentences,
        mentions=mentions,
        troop_sentences=troop_sentences,
        troop_pages_found=troop_pages_found / max(troop_pages, 1),
        other_pages_found=other_pages_found / max(spec.size - troop_pages, 1),
    )


# -- load ------------------------------------------------------------------------------------------------


def _staged_rows(spec: CorpusSpec, run_id: str) -> Iterator[dict[str, Any]]:
    """Rows shaped like transform_page's output plus what parse_stage adds, built without parsing."""
    from news_etl.clean.text import clean_body
    from news_etl.clean.urls import article_id, canonical_url
    from news_etl.dedup.signature import DEFAULT_NUM_PERM, body_sha256

    for item in generate_pages(spec):
        body = clean_body(item.body)
        canonical = canonical_url(item.url)
        raw_sha = hashlib.sha256(item.html).hexdigest()
        yield {
            "run_id": run_id,
            "url": item.url,
            "article_id": article_id(canonical),
            "canonical_url": canonical,
            "source": SOURCE,
            "language": item.language,
            "language_declared": item.language,
            "language_detected": item.language,
            "language_mismatch": False,
            "title": item.title,
            "description": body.split(". ")[0],
            "authors": ["Bench Author"],
            "published_at": item.published_at,
            "modified_at": None,
            "tags": ["bench", item.language],
            "body": body,
            "body_raw": item.body,
            "body_sha256": body_sha256(body),
            "word_count": len(body.split()),
            "adapter": "i24news",
            "adapter_version": "1.0.0",
            "raw_sha256": raw_sha,
            "fetched_at": item.published_at,
            # The loader does not look inside signatures: same-size bytes stand in for MinHash (which the
            # dedup runner measures), so building rows stays cheap at 100k.
            "minhash": hashlib.shake_128(body.encode()).digest(4 * DEFAULT_NUM_PERM),
        }


def load_pipeline(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """As the DAG does it: parse_stage inserts each staged row and commits every PARSE_COMMIT_EVERY rows,
    then load_stage (which re-decides the batch under the load lock) moves it with one INSERT ... SELECT."""
    from news_etl.pipeline import ingest_stages
    from news_etl.pipeline.context import RunContext
    from news_etl.pipeline.ingest_sql import INSERT_STAGED_SQL

    ctx = RunContext("news_ingest", f"bench-load-{spec.size}")
    with _warehouse(env) as conn:
        staging, loading = Stopwatch(), Stopwatch()
        for done, row in enumerate(_staged_rows(spec, ctx.batch_key), 1):
            with staging:
                with conn.cursor() as cur:
                    cur.execute(INSERT_STAGED_SQL, row)
                if done % ingest_stages.PARSE_COMMIT_EVERY == 0:
                    conn.commit()
        with staging:
            conn.commit()
        _decide_all_new(conn, ctx.batch_key)
        with loading:
            ingest_stages.load_stage(conn, ctx, Settings.from_env(), IngestParams(()))
        loaded = _count_articles(conn)
    return _combined(spec.size, staging, loading, loaded)


def load_copy(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """COPY variant of the same path: the staged rows go in with COPY (batches of LOAD_BATCH rows, one
    transaction), then the same load_stage INSERT ... SELECT."""
    from news_etl.pipeline import ingest_stages
    from news_etl.pipeline.context import RunContext

    ctx = RunContext("news_ingest", f"bench-load-{spec.size}")
    decided = {"version": 1, "outcome": "loaded"}
    with _warehouse(env) as conn:
        staging, loading = Stopwatch(), Stopwatch()
        _copy_rows(conn, spec, ctx.batch_key, "news.articles_staging", [*_STAGED_COLUMNS, *decided, "story_id"],
                   decided, staging)  # fmt: skip
        with loading:
            ingest_stages.load_stage(conn, ctx, Settings.from_env(), IngestParams(()))
        loaded = _count_articles(conn)
    return _combined(spec.size, staging, loading, loaded)


def load_copy_direct(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """COPY straight into news.articles: the mechanism alone, comparable with row-by-row INSERT."""
    from news_etl.pipeline.ingest_stages import ARTICLE_COLUMNS

    decided = {"version": 1, "duplicate_of": None, "duplicate_kind": None}
    with _warehouse(env) as conn:
        watch = Stopwatch()
        _copy_rows(
            conn, spec, f"bench-load-{spec.size}", "news.articles", list(ARTICLE_COLUMNS), decided, watch
        )
        loaded = _count_articles(conn)
    return _figures(spec.size, watch, loaded=loaded)


def _copy_rows(
    conn, spec: CorpusSpec, run_id: str, table: str, columns: list[str], decided: dict, watch: Stopwatch
) -> None:
    """COPY the corpus's rows (plus the dedup decision ``decided``, story_id = article_id) in batches of
    LOAD_BATCH rows, one transaction; CSV building and COPY timed, row building not."""
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
    for batch in _row_batches(spec, run_id):
        with watch:
            # UTF-8 bytes, not a StringIO: that one holds 4 bytes per character once read (~100 MiB more).
            raw = io.BytesIO()
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            writer = csv.writer(text)
            for row in batch:
                values = {**row, **decided, "story_id": row["article_id"]}
                writer.writerow([_csv_value(values[c]) for c in columns])
            text.flush()
            raw.seek(0)
            with conn.cursor() as cur:
                cur.copy_expert(sql, raw)
    with watch:
        conn.commit()


def load_rowbyrow(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """What a user writes first: one INSERT per article straight into news.articles, one transaction."""
    from news_etl.pipeline.ingest_stages import ARTICLE_COLUMNS

    sql = (
        f"INSERT INTO news.articles ({', '.join(ARTICLE_COLUMNS)}, is_current) "
        f"VALUES ({', '.join(['%s'] * len(ARTICLE_COLUMNS))}, true)"
    )
    with _warehouse(env) as conn:
        watch = Stopwatch()
        for batch in _row_batches(spec, f"bench-load-{spec.size}"):
            with watch, conn.cursor() as cur:
                for row in batch:
                    decided = {**row, "version": 1, "duplicate_of": None, "duplicate_kind": None,
                               "story_id": row["article_id"]}  # fmt: skip
                    cur.execute(sql, [decided[c] for c in ARTICLE_COLUMNS])
        with watch:
            conn.commit()
        loaded = _count_articles(conn)
    return _figures(spec.size, watch, loaded=loaded)


_STAGED_COLUMNS = (
    "run_id", "url", "article_id", "canonical_url", "source", "language", "language_declared",
    "language_detected", "language_mismatch", "title", "description", "authors", "published_at", "modified_at",
    "tags", "body", "body_raw", "body_sha256", "word_count", "adapter", "adapter_version", "raw_sha256",
    "fetched_at", "minhash",
)  # fmt: skip


def _row_batches(spec: CorpusSpec, run_id: str) -> Iterator[list[dict[str, Any]]]:
    return batched(_staged_rows(spec, run_id), LOAD_BATCH)


def _csv_value(value: Any) -> Any:
    """A value in PostgreSQL's CSV COPY syntax (NULL written as \\N)."""
    if value is None:
        return "\\N"
    if isinstance(value, bytes):
        return "\\x" + value.hex()
    if isinstance(value, list):
        return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in value) + "}"
    if isinstance(value, bool):
        return "t" if value else "f"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _combined(items: int, staging: Stopwatch, loading: Stopwatch, loaded: int) -> Figures:
    total = Stopwatch()
    total.seconds = staging.seconds + loading.seconds
    total.cpu_seconds = staging.cpu_seconds + loading.cpu_seconds
    return _figures(items, total, staging_s=staging.seconds, insert_select_s=loading.seconds, loaded=loaded)


def _decide_all_new(conn, run_id: str) -> None:
    """What dedup_stage writes when every article is new (the dedup runner measures the deciding)."""
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE news.articles_staging SET version = 1, outcome = 'loaded', story_id = article_id"
            " WHERE run_id = %s",
            (run_id,),
        )
    conn.commit()


def _count_articles(conn) -> int:
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM news.articles")
        return cur.fetchone()[0]


def _warehouse(env: BenchEnv):
    from benchmarks.scratch import emptied_warehouse

    if env.dsn is None:
        raise RuntimeError("this runner needs a scratch warehouse (--dsn)")
    return emptied_warehouse(env.dsn)


# -- whole chain -----------------------------------------------------------------------------------------


def chain_inprocess(spec: CorpusSpec, env: BenchEnv) -> Figures:
    """Both DAGs' stages in DAG order (news_etl.pipeline.inprocess) on archived pages: the reparse path reads
    the raw store instead of the network, so this is the whole chain excluding network."""
    from benchmarks.chain import run_chain, seed_archive

    with _warehouse(env) as conn:
        store = env.workdir / f"raw-{spec.size}"
        seed_archive(conn, spec, store)
        ingest_watch, mentions_watch = Stopwatch(), Stopwatch()
        outcome = run_chain(conn, spec, store, ingest_watch, mentions_watch)
    total = Stopwatch()
    total.seconds = ingest_watch.seconds + mentions_watch.seconds
    total.cpu_seconds = ingest_watch.cpu_seconds + mentions_watch.cpu_seconds
    return _figures(
        spec.size, total, ingest_s=ingest_watch.seconds, mentions_s=mentions_watch.seconds, **outcome
    )


# (stage, variant) -> runner. "ours" rows are what the DAG runs; the others are the comparisons.
RUNNERS: dict[tuple[str, str], Runner] = {
    ("parse", "ours"): parse_ours,
    ("parse", "trafilatura"): parse_trafilatura,
    ("parse", "newspaper4k"): parse_newspaper4k,
    ("dedup", "ours"): dedup_ours,
    ("dedup", "brute force"): dedup_bruteforce,
    ("dedup", "recall"): dedup_recall,
    ("extract", "ours"): extract_ours,
    ("extract", "quantulum3"): extract_quantulum3,
    (
        "load",
        "ours (row INSERTs + load_stage)",
    ): load_pipeline,  # load_stage re-decides dedup, then INSERT..SELECT
    ("load", "ours, COPY variant"): load_copy,
    ("load", "COPY into news.articles"): load_copy_direct,
    ("load", "row-by-row INSERT"): load_rowbyrow,
    ("chain", "ours"): chain_inprocess,
}
