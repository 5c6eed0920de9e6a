"""Team administration in the store: roles, deactivation, the last-admin rule, password changes, the scale."""
from __future__ import annotations

import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.verdicts.revisions import save_verdict
from checker.store.errors import Forbidden, InvalidInput, InvalidTransition
from checker.store.people import team
from checker.store.people.accounts import authenticate
from checker.store.people.tables import User
from checker.store.verdicts import scale as scale_store
from checker.store.verdicts.scale import ratings
from checker.store.verdicts.tables import Rating
from tests.conftest import PASSWORD
from tests.store.test_desk_store import make_claim


def _events(session, action: str) -> list[Event]:
    return list(session.exec(select(Event).where(Event.action == action).order_by(Event.id)))


def test_role_change_is_logged_and_the_last_admin_keeps_the_role(session, make_user):
    admin, reviewer = make_user("admin", "alia"), make_user("reviewer", "rami")
    team.change_role(session, reviewer, "editor", admin)
    assert session.get(User, reviewer.id).role == "editor"
    [event] = _events(session, "user.role")
    assert (event.user_id, event.entity_id, event.before, event.after) == (
        admin.id, reviewer.id, {"role": "reviewer"}, {"role": "editor"})
    with pytest.raises(InvalidTransition, match="last active administrator"):
        team.change_role(session, admin, "editor", admin)
    session.rollback()
    assert session.get(User, admin.id).role == "admin"
    team.change_role(session, reviewer, "admin", admin)  # a second admin: now the first may step down
    team.change_role(session, admin, "reviewer", reviewer)
    assert session.get(User, admin.id).role == "reviewer"
    with pytest.raises(InvalidInput):
        team.change_role(session, reviewer, "owner", reviewer)


def test_deactivated_users_cannot_sign_in_and_keep_their_history(session, make_user):
    admin, editor, reviewer = make_user("admin", "alia"), make_user("editor", "eman"), make_user("reviewer", "rami")
    claim = make_claim(session)
    rating = session.exec(select(Rating)).first()
    save_verdict(session, claim, reviewer, rating.id, "False", "Because.", claim.version)
    session.commit()
    team.set_active(session, reviewer, False, admin)
    assert authenticate(session, "rami", PASSWORD) is None
    assert session.get(User, reviewer.id).active is False
    assert _events(session, "verdict.save") or session.exec(select(Event).where(Event.user_id == reviewer.id)).all()
    [event] = _events(session, "user.deactivate")
    assert (event.before, event.after) == ({"active": True}, {"active": False})
    team.set_active(session, reviewer, True, admin)
    assert authenticate(session, "rami", PASSWORD) is not None
    assert len(_events(session, "user.reactivate")) == 1
    with pytest.raises(Forbidden):
        team.set_active(session, admin, False, admin)
    session.rollback()
    with pytest.raises(InvalidTransition, match="last active administrator"):
        team.set_active(session, admin, False, editor)
    session.rollback()
    assert session.get(User, admin.id).active is True


@pytest.mark.parametrize("current, new, message", [
    ("wrong password", "a new long password", "current password is wrong"),
    (PASSWORD, "short", "at least 8 characters"),
    (PASSWORD, PASSWORD, "same as the current one"),
])
def test_password_change_refusals_change_nothing(session, make_user, current, new, message):
    user = make_user("reviewer", "rami")
    with pytest.raises(InvalidInput, match=message):
        team.change_password(session, user, current, new)
    session.rollback()
    assert authenticate(session, "rami", PASSWORD) is not None
    assert _events(session, "user.password") == []


def test_password_change_is_logged_without_the_hash(session, make_user):
    user = make_user("reviewer", "rami")
    team.change_password(session, user, PASSWORD, "a new long password")
    assert authenticate(session, "rami", PASSWORD) is None
    assert authenticate(session, "rami", "a new long password") is not None
    [event] = _events(session, "user.password")
    assert event.user_id == user.id and "hash" not in str(event.after) and event.before is None


def test_scale_add_edit_reorder_and_delete(session, make_user):
    admin = make_user("admin", "alia")
    before = [r.key for r in ratings(session)]
    added = scale_store.add_rating(session, " Half-True ", "Half true", "نصف صحيح", 3, admin)
    assert added.key == "half-true" and [r.key for r in ratings(session)] == [*before, "half-true"]
    scale_store.update_rating(session, added, "Partly true", "صحيح جزئيًا", 4, admin)
    assert (added.label_en, added.label_ar, added.value) == ("Partly true", "صحيح جزئيًا", 4)
    scale_store.move_rating(session, added, -1, admin)
    keys = [r.key for r in ratings(session)]
    assert keys == [*before[:-1], "half-true", before[-1]]
    assert [r.sort_order for r in ratings(session)] == list(range(len(keys)))
    scale_store.move_rating(session, ratings(session)[0], -1, admin)  # already first: nothing moves
    assert [r.key for r in ratings(session)] == keys
    scale_store.delete_rating(session, added, admin)
    assert [r.key for r in ratings(session)] == before
    assert [e.action for e in session.exec(select(Event).where(Event.entity == "rating").order_by(Event.id))] == [
        "rating.create", "rating.update", "rating.move", "rating.delete"]


@pytest.mark.parametrize("key, label_en, label_ar, message", [
    ("", "Label", "تسمية", "rating key is up to 40"),
    ("has space", "Label", "تسمية", "rating key is up to 40"),
    ("false", "Label", "تسمية", "is taken"),
    ("new-key", "", "تسمية", "English and an Arabic label"),
    ("new-key", "Label", "  ", "English and an Arabic label"),
])
def test_scale_refuses_bad_ratings(session, make_user, key, label_en, label_ar, message):
    admin = make_user("admin", "alia")
    count = len(ratings(session))
    with pytest.raises(InvalidInput, match=message):
        scale_store.add_rating(session, key, label_en, label_ar, None, admin)
    session.rollback()
    assert len(ratings(session)) == count


def test_a_rating_in_use_cannot_be_deleted(session, make_user):
    admin, reviewer = make_user("admin", "alia"), make_user("reviewer", "rami")
    claim = make_claim(session)
    used = session.exec(select(Rating).where(Rating.key == "false")).one()
    save_verdict(session, claim, reviewer, used.id, "False", "Because.", claim.version)
    session.commit()
    assert scale_store.rating_uses(session, used.id) == 1
    with pytest.raises(InvalidTransition, match="used 1 times"):
        scale_store.delete_rating(session, used, admin)
    session.rollback()
    assert session.get(Rating, used.id) is not None
    assert _events(session, "rating.delete") == []
