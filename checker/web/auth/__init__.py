"""Signing in and out (/auth)."""
from checker.web.auth.routes import bp

__all__ = ["bp"]
