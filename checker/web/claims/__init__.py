"""Claims (/claims): a claim's page and its parts, its sources, and adding a claim by hand."""
from checker.web.claims import manual, sources  # noqa: F401  (their routes join the blueprint)
from checker.web.claims.routes import bp

__all__ = ["bp"]
