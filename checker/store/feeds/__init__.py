"""Watched news feeds: the feeds an admin added, and the entries already seen."""
