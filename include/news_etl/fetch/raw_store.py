"""Content-addressed archive of raw bodies: gzip files keyed by the sha256 of the uncompressed body.

Layout: ``<base>/<sha[:2]>/<sha>.gz``. ``base_url`` is a local directory or any fsspec URL
(``s3://bucket/raw``, ``gs://...``, ``memory://...``); the matching fsspec backend (s3fs, gcsfs) must be
installed for remote stores.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import uuid

import fsspec
from fsspec.implementations.local import LocalFileSystem

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class RawStore:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._fs, root = fsspec.core.url_to_fs(base_url)
        self._root = root.rstrip("/")
        self._local = isinstance(self._fs, LocalFileSystem)
        if self._local:
            self._fs.makedirs(self._root, exist_ok=True)

    def path_for(self, sha256: str) -> str:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return f"{self._root}/{sha256[:2]}/{sha256}.gz"

    def put(self, body: bytes) -> str:
        """Store ``body`` once; returns its sha256. Storing the same body again is a no-op."""
        sha256 = hashlib.sha256(body).hexdigest()
        path = self.path_for(sha256)
        if self._fs.exists(path):
            return sha256
        # mtime=0 keeps the archive byte-identical for identical bodies.
        data = gzip.compress(body, compresslevel=6, mtime=0)
        if self._local:
            # Write-then-rename so a crash or a concurrent writer never leaves a half-written object.
            self._fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
            tmp = f"{path}.{uuid.uuid4().hex}.tmp"
            self._fs.pipe_file(tmp, data)
            self._fs.mv(tmp, path)
        else:
            # Object stores make a single PUT atomic already.
            self._fs.pipe_file(path, data)
        return sha256

    def get(self, sha256: str) -> bytes:
        """The original body. FileNotFoundError if absent, ValueError if the stored object is corrupt."""
        body = gzip.decompress(self._fs.cat_file(self.path_for(sha256)))
        if hashlib.sha256(body).hexdigest() != sha256:
            raise ValueError(f"raw store object {sha256} is corrupt (hash mismatch)")
        return body

    def exists(self, sha256: str) -> bool:
        return self._fs.exists(self.path_for(sha256))
