"""The facts the extractor read, shown as chips on the queue rows and the claim page, in English and in Arabic."""
from __future__ import annotations

import re
from datetime import date

import pytest
from sqlmodel import select

from checker.intake.take_in import take_in
from checker.store.claims.articles import ArticleDraft
from checker.store.claims.tables import Claim

DEADLINE = "وأكد المتحدث أن موعد خروج القوات في الحادي والثلاثين من كانون الأول/ديسمبر ثابت."
VOLUNTEERS = "وقالت الوزارة إن 50 ألف متطوع انضموا إلى الحملة الشهر الماضي."


def _import(session) -> dict[str, Claim]:
    """Import one article through the real pipeline; its two claims by their text."""
    draft = ArticleDraft(title="الانسحاب", body=f"{DEADLINE} {VOLUNTEERS}", outlet="إيلاف",
                         published_on=date(2021, 12, 4))
    take_in(session, draft, None)
    claims = {c.original_text: c for c in session.exec(select(Claim).where(Claim.queued == True))}  # noqa: E712
    assert set(claims) == {DEADLINE, VOLUNTEERS}
    return claims


def _chips(html: str, claim_id: int | None = None) -> str:
    """The chips of one queue row (by claim id) or of the claim page's head."""
    if claim_id is not None:
        html = re.search(rf'data-claim-id="{claim_id}".*?</tr>', html, re.S).group(0)
    else:
        html = re.search(r'<section class="claim-head">.*?</section>', html, re.S).group(0)
    return html


# (interface language, inferred marker, relative marker, formatted number)
LANGUAGES = [("en", "year inferred", "relative", "50,000"), ("ar", "السنة مستنتجة", "نسبي", "50,000")]


@pytest.mark.parametrize("language, inferred, relative, number", LANGUAGES)
def test_queue_rows_and_claim_page_show_the_facts(client_as, reviewer, session, language, inferred, relative,
                                                   number):
    claims = _import(session)
    reviewer.language = language
    session.add(reviewer)
    session.commit()
    browser = client_as(reviewer)
    queue = browser.get("/queue/").get_data(as_text=True)
    for html in (_chips(queue, claims[DEADLINE].id), _chips(browser.get(f"/claims/{claims[DEADLINE].id}").get_data(
            as_text=True))):
        date_chip = re.search(r'<span class="chip fact date" title="([^"]*)"><bdi dir="ltr">2021-12-31</bdi>(.*?)</span>'
                              r'(?=<|\s)', html, re.S)
        assert date_chip, html
        assert date_chip.group(1) == "الحادي والثلاثين من كانون الأول/ديسمبر"  # the words read, as a tooltip
        assert f'<small class="marker">{inferred}</small>' in date_chip.group(2)
        assert '<span class="chip fact speaker"' in html and 'dir="auto">المتحدث</span>' in html
        assert re.search(r'class="chip reason reason-date" title="[^"]*كانون الأول/ديسمبر"', html)
    for html in (_chips(queue, claims[VOLUNTEERS].id), _chips(browser.get(f"/claims/{claims[VOLUNTEERS].id}").get_data(
            as_text=True))):
        assert (f'<span class="chip fact number" title="50 ألف"><span dir="auto">{number}</span>'
                ' <span dir="auto">متطوع</span></span>') in html
        assert re.search(rf'<bdi dir="ltr">2021-11</bdi> <small class="marker">{relative}</small>', html)
        assert "year inferred" not in html and "السنة مستنتجة" not in html


def test_arabic_indic_digits_in_number_and_date_chips(client_as, make_user, session):
    claims = _import(session)
    reader = make_user("reviewer", "samir")
    reader.language, reader.digits = "ar", "arab"
    session.add(reader)
    session.commit()
    html = _chips(client_as(reader).get(f"/claims/{claims[VOLUNTEERS].id}").get_data(as_text=True))
    assert '<span dir="auto">٥٠٬٠٠٠</span>' in html and '<bdi dir="ltr">٢٠٢١-١١</bdi>' in html


def test_hijri_marker_and_wording_reason(client_as, reviewer, session):
    """Chips read what is stored: a Hijri date gets its marker; a reason no cue explains is labelled Wording."""
    claims = _import(session)
    claim = claims[DEADLINE]
    claim.facts = {**claim.facts, "dates": [{"text": "15 رمضان 1443", "iso": "1443-09-15", "calendar": "hijri",
                                             "inferred": False, "relative": False}]}
    claim.reasons = [{"code": "wording", "label": "words the model weighs", "evidence": "خروج", "start": 0, "end": 4}]
    session.add(claim)
    session.commit()
    html = _chips(client_as(reviewer).get(f"/claims/{claim.id}").get_data(as_text=True))
    assert '<bdi dir="ltr">1443-09-15</bdi> <small class="marker">Hijri</small>' in html
    assert re.search(r'class="chip reason reason-wording" title="خروج">Wording: <span dir="auto">خروج</span>', html)
