"""Finding claims and verdicts by their words, Arabic-aware."""
from checker.search.index import SearchHit, search_claims

__all__ = ["SearchHit", "search_claims"]
