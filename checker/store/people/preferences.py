"""A user's interface preferences: language and digits, each change audited."""
from __future__ import annotations

from sqlmodel import Session

from checker.store.audit import record_event
from checker.store.base import utcnow
from checker.store.errors import N_, InvalidInput
from checker.store.people.tables import User

INTERFACE_LANGUAGES = ("ar", "en")
FOLLOW_BROWSER = ""  # a stored language of "" means: use the browser's preference
# CLDR numbering systems: Western (0123456789) and Arabic-Indic (٠١٢٣٤٥٦٧٨٩) digits.
DIGIT_SYSTEMS = ("latn", "arab")


def set_preferences(session: Session, user: User, language: str | None = None, digits: str | None = None) -> bool:
    """Change the user's interface language and/or digits; returns whether anything changed."""
    if language is not None and language not in (FOLLOW_BROWSER, *INTERFACE_LANGUAGES):
        raise InvalidInput(N_("Unknown language: %(language)s."), language=language)
    if digits is not None and digits not in DIGIT_SYSTEMS:
        raise InvalidInput(N_("Unknown digits: %(digits)s."), digits=digits)
    before = {"language": user.language, "digits": user.digits}
    if language is not None:
        user.language = language
    if digits is not None:
        user.digits = digits
    after = {"language": user.language, "digits": user.digits}
    if after == before:
        return False
    user.updated_at = utcnow()
    session.add(user)
    record_event(session, user, "user.preferences", "user", user.id, before=before, after=after)
    return True
