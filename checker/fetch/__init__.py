"""Outbound HTTP: fetching pages for archived copies, refusing private addresses (pure: no Flask, no SQL)."""
