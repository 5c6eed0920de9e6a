"""WTForms' own messages come in each user's interface language, from a catalogue read once per language."""
from __future__ import annotations

from checker.store.verdicts.scale import ratings
from checker.web.form_messages import wtforms_catalogue


def _refused_label(browser, rating_id: int) -> str:
    response = browser.post(f"/admin/scale/{rating_id}", {"label_en": "", "label_ar": "مكتوب", "value": "2"})
    assert response.status_code == 400
    return response.get_data(as_text=True)


def test_each_user_reads_wtforms_messages_in_their_own_language(client_as, make_user, session):
    amal, alia = make_user("admin", "amal"), make_user("admin", "alia")
    amal.language, alia.language = "ar", "en"  # each one's saved interface language
    session.commit()
    arabic, english = client_as(amal), client_as(alia)
    rating = ratings(session)[1]
    before = wtforms_catalogue.cache_info()
    for _ in range(3):  # alternating, so a catalogue kept from the previous request would show
        arabic_page, english_page = _refused_label(arabic, rating.id), _refused_label(english, rating.id)
        assert "هذا الحقل مطلوب." in arabic_page and "This field is required." not in arabic_page
        assert "This field is required." in english_page and "هذا الحقل مطلوب." not in english_page
    after = wtforms_catalogue.cache_info()
    # Six requests read at most the two catalogues from disk (none when an earlier test already had them).
    assert after.misses - before.misses <= 2 and after.hits - before.hits >= 4
