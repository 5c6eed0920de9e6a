"""Fetch room: getting documents from the web (guarded page fetches, article pages, news feeds); pure."""
