"""Seen before (/matches): confirming, rejecting or reusing a match; the notes' template helper."""
from checker.web.matches.routes import bp

__all__ = ["bp"]
