"""Finding claims and verdicts by their words, Arabic-aware: one query function serves every caller."""
from checker.search.index import SearchFilters, SearchHit, rank, search

__all__ = ["SearchFilters", "SearchHit", "rank", "search"]
