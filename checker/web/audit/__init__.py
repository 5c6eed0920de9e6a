"""The global audit log (admins, /audit): every change, newest first, filtered and paged by event id."""
from checker.web.audit.routes import bp

__all__ = ["bp"]
