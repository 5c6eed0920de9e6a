"""Articles (/articles): the list, adding one, its page with its units, and its report downloads."""
from checker.web.articles import reports, units  # noqa: F401  (their routes join the blueprint)
from checker.web.articles.routes import bp

__all__ = ["bp"]
