"""The export page (/exports): filters, direct downloads, and background export jobs with a self-updating progress widget."""
from checker.web.exports.routes import bp

__all__ = ["bp"]
