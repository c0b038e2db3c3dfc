"""The local demo news site (i24NEWS-style pages, feeds, sitemap) served on 127.0.0.1 for make run and the tests."""
