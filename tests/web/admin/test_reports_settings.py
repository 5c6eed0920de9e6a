"""The organisation settings an admin edits, and where they show: public pages, reports, ClaimReview author."""
from __future__ import annotations

import json

import extruct
import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.reports.organisation import label_lookup
from checker.store.reports.tables import OrganisationProfile
from tests.conftest import PASSWORD, Browser
from tests.report.report_factory import publish

FORM = {
    "name_en": "Iraq Fact Desk", "name_ar": "مرصد التحقق العراقي", "url": "https://desk.example/",
    "methodology_url": "https://desk.example/methodology", "corrections_policy_url": "https://desk.example/corrections",
    "contact_email": "desk@desk.example", "contact_url": "https://desk.example/contact",
    "definition_en_false": "Our own wording of False.", "definition_ar_false": "تعريفنا لكلمة خاطئ.",
    "label_map": "Four Pinocchios = false\nSatire = unproven",
}


@pytest.fixture
def client_as(app):
    def factory(user=None) -> Browser:
        browser = Browser(app)
        if user is not None:
            assert browser.post("/auth/login", {"username": user.username, "password": PASSWORD}).status_code == 302
            browser.get("/exports/")
        return browser
    return factory


@pytest.fixture
def admin(make_user):
    return make_user("admin", "amal", display_name="Amal Admin")


def test_admin_saves_the_profile_and_it_shows_everywhere(client_as, session, admin, reviewer, editor):
    amal = client_as(admin)
    page = amal.get("/admin/organisation").get_data(as_text=True)
    assert 'name="definition_ar_false"' in page and "الادعاء غير دقيق." in page
    response = amal.post("/admin/organisation", FORM)
    assert response.status_code == 303
    assert "Organisation settings saved." in amal.get(response.headers["Location"]).get_data(as_text=True)
    profile = session.get(OrganisationProfile, 1)
    assert profile.name_ar == "مرصد التحقق العراقي" and profile.scale_definitions["false"]["ar"] == "تعريفنا لكلمة خاطئ."
    assert session.exec(select(Event).where(Event.action == "organisation.update")).one().user_id == admin.id
    table = label_lookup(session)
    assert "four pinocchios" in table and "satire" in table

    claim = publish(session, reviewer, editor)
    html = client_as(None).get(f"/fact-checks/{claim.id}").get_data(as_text=True)
    for expected in ("مرصد التحقق العراقي", "https://desk.example/methodology", "https://desk.example/corrections",
                     "desk@desk.example", "تعريفنا لكلمة خاطئ."):
        assert expected in html, expected
    [review] = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert review["author"] == {"@type": "Organization", "name": "Iraq Fact Desk", "url": "https://desk.example/"}
    data = json.loads(amal.get("/exports/download?format=json").data)
    assert data["organisation"]["contact_email"] == "desk@desk.example"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("methodology_url", "javascript:alert(1)", "must be an http:// or https:// address"),
    ("contact_email", "not an email", "contact email address is not valid"),
    ("name_en", "", "This field is required"),
    ("label_map", "Satire = nonsense", "Unknown rating key: nonsense"),
    ("label_map", "no equals sign", "are not"),
])
def test_bad_settings_are_refused_and_what_was_typed_is_kept(client_as, session, admin, field, value, message):
    amal = client_as(admin)
    response = amal.post("/admin/organisation", {**FORM, field: value})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page
    typed_map = value if field == "label_map" else FORM["label_map"]
    assert "تعريفنا لكلمة خاطئ." in page and typed_map.split("\n")[0] in page
    assert session.get(OrganisationProfile, 1) is None


def test_only_admins_edit_settings(client_as, reviewer, editor):
    assert client_as(editor).get("/admin/organisation").status_code == 403
    assert client_as(reviewer).post("/admin/organisation", FORM).status_code == 403
    assert client_as(None).get("/admin/organisation").status_code == 302
