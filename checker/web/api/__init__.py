"""The JSON API (/api/v1): token authentication, problem+json errors, an OpenAPI 3.1 document."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the API; it has no session cookie, so CSRF (which guards cookie-borne sessions) does not apply."""
    from checker.web.api import articles, claims, feeds, openapi  # noqa: F401  (their routes join the blueprint)
    from checker.web.api.blueprint import bp
    from checker.web.extensions import csrf

    csrf.exempt(bp)
    app.register_blueprint(bp)
