"""Watched feeds (admins): add, edit, switch off and poll news feeds; their last success and last error."""
from checker.web.feeds.routes import bp

__all__ = ["bp"]
