from __future__ import annotations

import gzip
import hashlib
import uuid

import pytest
from news_etl.fetch.raw_store import RawStore


@pytest.fixture(params=["local", "memory"])
def store(request, tmp_path) -> RawStore:
    if request.param == "local":
        return RawStore(str(tmp_path / "raw"))
    return RawStore(f"memory://raw-{uuid.uuid4().hex}")


def test_put_get_round_trip_is_content_addressed(store):
    body = "<html>Grüße</html>".encode()
    sha = store.put(body)
    assert sha == hashlib.sha256(body).hexdigest()
    assert store.exists(sha) and store.get(sha) == body
    assert store.path_for(sha).endswith(f"/{sha[:2]}/{sha}.gz")


def test_put_is_idempotent(store, tmp_path):
    assert store.put(b"same") == store.put(b"same")
    if store.base_url.startswith(str(tmp_path)):
        assert [p.name for p in (tmp_path / "raw").rglob("*") if p.is_file()] == [
            hashlib.sha256(b"same").hexdigest() + ".gz"
        ]


def test_stored_file_is_gzip(tmp_path):
    store = RawStore(str(tmp_path))
    sha = store.put(b"x" * 10_000)
    data = (tmp_path / sha[:2] / f"{sha}.gz").read_bytes()
    assert len(data) < 200 and gzip.decompress(data) == b"x" * 10_000


def test_missing_and_corrupt_objects(tmp_path):
    store = RawStore(str(tmp_path))
    with pytest.raises(FileNotFoundError):
        store.get("0" * 64)
    sha = store.put(b"original")
    (tmp_path / sha[:2] / f"{sha}.gz").write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(ValueError, match="corrupt"):
        store.get(sha)
    with pytest.raises(ValueError, match="sha256"):
        store.get("../../etc/passwd")
