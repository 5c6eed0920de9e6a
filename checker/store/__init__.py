"""Storage: tables and queries grouped by domain (no Flask); `checker.store.tables` registers every table."""
