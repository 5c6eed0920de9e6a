"""Claimants (/claimants): the list, and each one's page with their claims and verdicts."""
from checker.web.claimants.routes import bp

__all__ = ["bp"]
