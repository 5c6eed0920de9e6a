"""The search box (/search): claims, verdicts and other organisations' fact-checks, Arabic-aware, with filters."""
from checker.web.search.routes import bp

__all__ = ["bp"]
