"""The notification bell (/notifications): the unread count on every page, and the list of one's notifications."""
from checker.web.notifications.routes import bp

__all__ = ["bp"]
