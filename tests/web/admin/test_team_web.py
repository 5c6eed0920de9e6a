"""Team admin through the test client: accounts, roles, deactivation, the last-admin rule, password change, the
verdict scale (edit, add, reorder, refuse deleting a rating in use), who may open each page, htmx fragments."""
from __future__ import annotations

import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.verdicts.revisions import save_verdict
from checker.store.people.tables import User
from checker.store.verdicts.scale import ratings
from checker.store.verdicts.tables import Rating
from tests.conftest import PASSWORD
from tests.store.test_desk_store import make_claim


def _fresh(session, model, id_):
    session.expire_all()
    return session.get(model, id_)


def _actions(session) -> list[str]:
    session.expire_all()
    return [e.action for e in session.exec(select(Event).order_by(Event.id))]


@pytest.fixture
def admin(make_user):
    return make_user("admin", "alia", display_name="Alia Admin")


ADMIN_PAGES = ["/admin/users", "/admin/scale"]


@pytest.mark.parametrize("url", ADMIN_PAGES)
@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_only_admins_open_the_team_pages(client_as, make_user, url, role):
    assert client_as(make_user(role)).get(url).status_code == 403


@pytest.mark.parametrize("url, post", [
    ("/admin/users", {"username": "x", "password": "long enough password", "role": "admin"}),
    ("/admin/users/1/role", {"role": "admin"}), ("/admin/users/1/active", {"active": "0"}),
    ("/admin/scale", {"key": "x", "label_en": "X", "label_ar": "س"}), ("/admin/scale/1", {"label_en": "X"}),
    ("/admin/scale/1/move", {"direction": "up"}), ("/admin/scale/1/delete", {}),
])
def test_non_admins_cannot_change_the_team(client_as, session, editor, admin, url, post):
    before = _actions(session)
    assert client_as(editor).post(url, post).status_code == 403
    assert _actions(session) == before


def test_header_links_for_admins_only(client_as, admin, reviewer):
    page = client_as(admin).get("/queue/").get_data(as_text=True)
    assert 'href="/admin/users"' in page
    assert 'href="/admin/scale"' in client_as(admin).get("/admin/users").get_data(as_text=True)  # the team tabs
    page = client_as(reviewer).get("/queue/").get_data(as_text=True)
    assert 'href="/admin/users"' not in page and 'href="/admin/scale"' not in page
    assert 'href="/account/password"' in client_as(reviewer).get("/account").get_data(as_text=True)


def test_admin_creates_an_account_that_can_sign_in(client_as, session, admin):
    alia = client_as(admin)
    response = alia.post("/admin/users", {"username": "nour", "display_name": "نور الهدى", "role": "editor",
                                          "password": "a long first password"})
    assert response.status_code == 303
    page = alia.get("/admin/users").get_data(as_text=True)
    assert "Account nour created." in page and "نور الهدى" in page
    nour = session.exec(select(User).where(User.username == "nour")).one()
    assert nour.role == "editor" and nour.display_name == "نور الهدى"
    event = session.exec(select(Event).where(Event.action == "user.create", Event.entity_id == nour.id)).one()
    assert event.user_id == admin.id and "password" not in str(event.after)
    client_as(None).login("nour", "a long first password")


@pytest.mark.parametrize("post, message", [
    ({"username": "rania", "display_name": "Second Rania", "role": "reviewer", "password": "a long password"},
     "The username rania is taken or too like an existing one."),
    ({"username": "newbie", "display_name": "Kept name", "role": "reviewer", "password": "short"},
     "at least 8 characters"),
    ({"username": "", "display_name": "Kept name", "role": "reviewer", "password": "a long password"},
     "This field is required."),
])
def test_a_refused_account_keeps_what_was_typed(client_as, session, admin, reviewer, post, message):
    count = len(session.exec(select(User)).all())
    response = client_as(admin).post("/admin/users", post)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and message in page
    assert f'value="{post["display_name"]}"' in page and post["password"] not in page
    assert len(session.exec(select(User)).all()) == count


def test_role_change_and_the_last_admin_rule(client_as, session, admin, reviewer):
    alia = client_as(admin)
    alia.post(f"/admin/users/{reviewer.id}/role", {"role": "editor"})
    assert _fresh(session, User, reviewer.id).role == "editor"
    assert "rania is now: Editor." in alia.get("/admin/users").get_data(as_text=True)
    response = alia.post(f"/admin/users/{admin.id}/role", {"role": "reviewer"}, htmx=True)
    fragment = response.get_data(as_text=True)
    assert response.status_code == 409 and "<html" not in fragment and 'id="team-users"' in fragment
    assert "alia is the last active administrator" in fragment
    assert _fresh(session, User, admin.id).role == "admin"
    assert _actions(session).count("user.role") == 1


def test_deactivated_user_is_signed_out_cannot_sign_in_and_keeps_history(client_as, session, admin, reviewer):
    claim = make_claim(session, original_text="Rania's claim")
    save_verdict(session, claim, reviewer, ratings(session)[0].id, "Line", "Her explanation", claim.version)
    session.commit()
    rania = client_as(reviewer)
    alia = client_as(admin)
    response = alia.post(f"/admin/users/{reviewer.id}/active", {"active": "0"}, htmx=True)
    assert "rania is deactivated" in response.get_data(as_text=True) and "Reactivate" in response.get_data(as_text=True)
    assert rania.get("/queue/").status_code == 302  # the open session is refused from the next request on
    refused = client_as(None).post("/auth/login", {"username": "rania", "password": PASSWORD})
    assert refused.status_code == 401 and "Wrong username or password." in refused.get_data(as_text=True)
    history = alia.get(f"/claims/{claim.id}/history").get_data(as_text=True)
    assert "Rania Reviewer" in history  # her work still carries her name
    alia.post(f"/admin/users/{reviewer.id}/active", {"active": "1"})
    client_as(None).login("rania")
    assert _actions(session)[-2:] == ["user.deactivate", "user.reactivate"]


def test_an_admin_cannot_deactivate_themselves(client_as, session, admin):
    response = client_as(admin).post(f"/admin/users/{admin.id}/active", {"active": "0"}, htmx=True)
    assert response.status_code == 403 and "cannot deactivate your own account" in response.get_data(as_text=True)
    assert _fresh(session, User, admin.id).active


@pytest.mark.parametrize("post, message", [
    ({"current_password": "not my password", "new_password": "brand new secret", "confirm": "brand new secret"},
     "The current password is wrong."),
    ({"current_password": PASSWORD, "new_password": "brand new secret", "confirm": "another secret"},
     "The two new passwords differ."),
    ({"current_password": PASSWORD, "new_password": "short", "confirm": "short"}, "at least 8 characters"),
])
def test_password_change_refusals(client_as, session, reviewer, post, message):
    response = client_as(reviewer).post("/account/password", post)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    client_as(None).login("rania")  # the old password still works
    assert "user.password" not in _actions(session)


def test_password_change_for_any_signed_in_user(client_as, session, reviewer):
    rania = client_as(reviewer)
    assert rania.get("/account/password").status_code == 200
    response = rania.post("/account/password", {"current_password": PASSWORD, "new_password": "brand new secret",
                                                "confirm": "brand new secret"})
    assert response.status_code == 303
    assert "Your password is changed." in rania.get("/account/password").get_data(as_text=True)
    client_as(None).login("rania", "brand new secret")
    assert client_as(None).post("/auth/login", {"username": "rania", "password": PASSWORD}).status_code == 401
    assert "user.password" in _actions(session)


def test_scale_edit_add_reorder_and_delete(client_as, session, admin):
    alia = client_as(admin)
    first = ratings(session)[0]
    alia.post(f"/admin/scale/{first.id}", {"label_en": "Accurate", "label_ar": "دقيق", "value": "6"})
    assert (_fresh(session, Rating, first.id).label_en, _fresh(session, Rating, first.id).value) == ("Accurate", 6)
    response = alia.post("/admin/scale", {"key": "half-true", "label_en": "Half true", "label_ar": "نصف صحيح",
                                          "value": "3"}, htmx=True)
    fragment = response.get_data(as_text=True)
    assert response.status_code == 200 and 'id="team-scale"' in fragment and "Rating Half true added." in fragment
    added = session.exec(select(Rating).where(Rating.key == "half-true")).one()
    alia.post(f"/admin/scale/{added.id}/move", {"direction": "up"})
    session.expire_all()
    keys = [r.key for r in ratings(session)]
    assert keys.index("half-true") == len(keys) - 2
    page = alia.get("/admin/scale").get_data(as_text=True)
    assert page.index("Half true") < page.index(ratings(session)[-1].label_en)
    # The verdict form lists the scale in its new order.
    claim = make_claim(session)
    claim_page = alia.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert ">Accurate<" in claim_page and claim_page.index(">Half true<") < claim_page.index(
        f">{ratings(session)[-1].label_en}<")
    alia.post(f"/admin/scale/{added.id}/delete", {})
    assert session.exec(select(Rating).where(Rating.key == "half-true")).first() is None
    assert [a for a in _actions(session) if a.startswith("rating.")] == [
        "rating.update", "rating.create", "rating.move", "rating.delete"]


def test_scale_refusals_keep_the_typed_row_and_change_nothing(client_as, session, admin, reviewer):
    alia = client_as(admin)
    rating = ratings(session)[1]
    response = alia.post(f"/admin/scale/{rating.id}", {"label_en": "", "label_ar": "مكتوب", "value": "2"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "This field is required." in page and 'value="مكتوب"' in page
    assert _fresh(session, Rating, rating.id).label_ar != "مكتوب"
    response = alia.post("/admin/scale", {"key": "bad key", "label_en": "Typed", "label_ar": "س"})
    assert response.status_code == 400 and "rating key is up to 40" in response.get_data(as_text=True)
    assert 'value="Typed"' in response.get_data(as_text=True)
    response = alia.post("/admin/scale", {"key": "fine", "label_en": "Typed", "label_ar": "س", "value": "many"})
    assert response.status_code == 400 and "Not a valid integer value." in response.get_data(as_text=True)
    claim = make_claim(session)
    save_verdict(session, claim, reviewer, rating.id, "", "Because.", claim.version)
    session.commit()
    response = alia.post(f"/admin/scale/{rating.id}/delete", {}, htmx=True)
    assert response.status_code == 409
    assert "is used 1 times" in response.get_data(as_text=True) and "cannot be deleted" in response.get_data(as_text=True)
    assert _fresh(session, Rating, rating.id) is not None
    assert not [a for a in _actions(session) if a.startswith("rating.")]
