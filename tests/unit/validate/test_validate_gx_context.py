"""Where Data Docs go: argument, environment, default; local folder or object storage."""

from __future__ import annotations

from pathlib import Path

import pytest
from news_etl.validate.gx_context import data_docs_location, store_backend_config


def test_location_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert data_docs_location() == str(tmp_path / ".local" / "data_docs")
    assert data_docs_location("explicit") == str(tmp_path / "explicit")


def test_local_folder_backend(tmp_path: Path) -> None:
    assert store_backend_config(str(tmp_path), "_results") == {
        "class_name": "TupleFilesystemStoreBackend",
        "base_directory": str(tmp_path / "_results"),
    }


def test_object_storage_backend() -> None:
    location = data_docs_location("s3://bucket/news/docs/")
    assert location == "s3://bucket/news/docs"
    assert store_backend_config(location) == {
        "class_name": "TupleS3StoreBackend",
        "bucket": "bucket",
        "prefix": "news/docs",
    }
    assert store_backend_config("s3://bucket", "_results")["prefix"] == "_results"
