"""Fetching source pages: the fetcher and the policy on which addresses it may reach (pure: no Flask, no SQL)."""
