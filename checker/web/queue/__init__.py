"""The review queue (/queue): filters and sorts in the URL, keyset pages, "take next" and bulk actions."""
from checker.web.queue.routes import bp

__all__ = ["bp"]
