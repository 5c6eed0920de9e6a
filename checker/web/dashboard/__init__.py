"""The desk's dashboard (/dashboard), with small bar charts drawn as SVG on the server (no scripts, no CDN)."""
from checker.web.dashboard.routes import bp

__all__ = ["bp"]
