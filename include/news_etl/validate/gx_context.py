"""The Great Expectations data context the validations run in, and where their Data Docs go.

An ephemeral context: the suite, validation definition and checkpoint are rebuilt from code on every run (they
are code, so there is no project directory to keep in sync, and concurrent DAG runs never race on a shared
great_expectations.yml). Only the outputs persist: validation results and the Data Docs site, both under the
Data Docs location, so the site index lists every past run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from great_expectations.data_context import AbstractDataContext

DEFAULT_DATA_DOCS_DIR = ".local/data_docs"
SITE_NAME = "news_etl"
RESULTS_SUBDIR = "_results"


@contextmanager
def quiet_great_expectations(level: int = logging.WARNING) -> Iterator[None]:
    """Great Expectations logs ~200 INFO lines of its own registration (closures it skips documenting, the
    data sources it loads) when imported and run; inside this block only its warnings and errors reach the
    task log, so the validation's own summary line is what a person reads."""
    logger = logging.getLogger("great_expectations")
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


def browsable_docs_url(site_url: str | None, location: str, base_url: str | None) -> str | None:
    """The Data Docs page as a browser elsewhere reaches it: `base_url` (the folder served over HTTP, such as
    the Troop mentions plugin's /data-docs/) in place of the local folder; the file:// URL when none is set."""
    prefix = f"file://{location.rstrip('/')}/"
    if site_url and base_url and site_url.startswith(prefix):
        return f"{base_url.rstrip('/')}/{site_url.removeprefix(prefix)}"
    return site_url


def data_docs_location(data_docs_dir: str | None = None) -> str:
    """The given location (Settings.data_docs), else .local/data_docs; local paths made absolute so the
    file:// links in logs and alerts work from anywhere. `s3://bucket/prefix` selects object storage."""
    location = data_docs_dir or DEFAULT_DATA_DOCS_DIR
    if location.startswith("s3://"):
        return location.rstrip("/")
    return str(Path(location).expanduser().resolve())


def store_backend_config(location: str, subdir: str = "") -> dict[str, Any]:
    """GX store backend for a local folder or an s3:// URL (the S3 backend needs boto3 installed)."""
    if location.startswith("s3://"):
        bucket, _, prefix = location.removeprefix("s3://").partition("/")
        return {
            "class_name": "TupleS3StoreBackend",
            "bucket": bucket,
            "prefix": "/".join(part for part in (prefix, subdir) if part),
        }
    return {
        "class_name": "TupleFilesystemStoreBackend",
        "base_directory": str(Path(location, subdir)) if subdir else location,
    }


def make_context(data_docs_dir: str | None = None) -> AbstractDataContext:
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    location = data_docs_location(data_docs_dir)
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        # No usage statistics leave the machine; no tqdm bars in the task log.
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
    )
    config.stores["validation_results_store"] = {
        "class_name": "ValidationResultsStore",
        "store_backend": store_backend_config(location, RESULTS_SUBDIR),
    }
    config.data_docs_sites = {SITE_NAME: data_docs_site_config(location)}
    return gx.get_context(mode="ephemeral", project_config=config)


def data_docs_site_config(location: str) -> dict[str, Any]:
    return {
        "class_name": "SiteBuilder",
        "store_backend": store_backend_config(location),
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
    }
