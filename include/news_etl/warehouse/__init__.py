"""PostgreSQL warehouse: connections, versioned migrations, loaders."""
