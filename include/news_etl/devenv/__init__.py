"""Local development environment: embedded PostgreSQL, environment file, demo report. Not used by the DAGs."""
