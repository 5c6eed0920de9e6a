"""Public fact-check pages and ClaimReview documents (/fact-checks): no login, published claims only."""
from checker.web.fact_checks.routes import bp

__all__ = ["bp"]
