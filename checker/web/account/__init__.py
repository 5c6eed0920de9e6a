"""A user's own account (/account): settings, language, password and API tokens."""
from checker.web.account import tokens  # noqa: F401  (its routes join the blueprint)
from checker.web.account.routes import bp

__all__ = ["bp"]
