"""Administration (/admin): accounts and roles, the verdict scale, the organisation's profile, webhooks."""
from checker.web.admin import organisation, webhooks  # noqa: F401  (their routes join the blueprint)
from checker.web.admin.routes import bp

__all__ = ["bp"]
