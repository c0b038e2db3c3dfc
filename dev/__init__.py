"""Development environment behind make: embedded PostgreSQL, the demo news site, the run report, a local alert sink. Not shipped in the runtime package."""
