"""Fetch room: getting documents from the web (guarded page fetches and their address policy, article pages,
news feeds); pure: no Flask, no SQL."""
