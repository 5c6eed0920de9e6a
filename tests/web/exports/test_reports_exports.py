"""Downloads from the article page and the export page, export jobs with their progress widget, hostile text."""
from __future__ import annotations

import csv
import io
import json
import subprocess

import lxml.html
import markdown
import pytest
from sqlmodel import select

from checker.store.audit import Event
from checker.store.reports.tables import ExportJob
from checker.text.markdown_render import explanation_text
from tests.conftest import PASSWORD, Browser
from tests.report.report_factory import CLAIM_AR, CLAIM_EN, HOSTILE, publish


@pytest.fixture
def client_as(app):
    """Signed-in clients that land on the export page (not the queue, which belongs to another area)."""
    def factory(user=None) -> Browser:
        browser = Browser(app)
        if user is not None:
            response = browser.post("/auth/login", {"username": user.username, "password": PASSWORD})
            assert response.status_code == 302
            browser.get("/exports/")
        return browser
    return factory


def _two_fact_checks(session, reviewer, editor):
    arabic = publish(session, reviewer, editor)
    english = publish(session, reviewer, editor, text=CLAIM_EN, language="en", rating_key="true",
                      claimant="Pentagon", article=None)
    return arabic, english


def test_article_report_in_every_format(client_as, session, reviewer, editor, tmp_path):
    arabic, _english = _two_fact_checks(session, reviewer, editor)
    rania = client_as(reviewer)
    base = f"/articles/{arabic.article_id}/report"
    html = rania.get(f"{base}.html?lang=ar")
    assert html.mimetype == "text/html" and "attachment" in html.headers["Content-Disposition"]
    assert "default-src 'none'" in html.headers["Content-Security-Policy"]
    tree = lxml.html.fromstring(html.data)
    assert tree.get("dir") == "rtl" and CLAIM_AR in tree.text_content() and CLAIM_EN not in tree.text_content()
    assert CLAIM_AR in rania.get(f"{base}.markdown").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(rania.get(f"{base}.csv").data.decode("utf-8-sig"))))
    assert [row["claim"] for row in rows] == [CLAIM_AR]
    data = json.loads(rania.get(f"{base}.json").data)
    assert data["report"]["kind"] == "article" and data["fact_checks"][0]["claim_text"] == CLAIM_AR
    assert json.loads(rania.get(f"{base}.claimreview").data)["@graph"][0]["claimReviewed"] == CLAIM_AR
    pdf = rania.get(f"{base}.pdf?lang=ar")
    assert pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF-")
    (tmp_path / "r.pdf").write_bytes(pdf.data)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert "العراقية" in text
    assert rania.get(f"{base}.docx").status_code == 404
    assert client_as(None).get(f"{base}.csv").status_code == 302  # sign in first


def test_hostile_text_in_every_field_of_every_format(client_as, session, reviewer, editor):
    claim = publish(session, reviewer, editor, text=HOSTILE, language="en", claimant=HOSTILE, verdict_line=HOSTILE,
                    explanation=HOSTILE, title=HOSTILE, outlet=HOSTILE, corrections=(HOSTILE,), checkable_wording=HOSTILE,
                    sources=({"url": "https://evil.example/", "title": HOSTILE, "publisher": HOSTILE,
                              "excerpt": HOSTILE},))
    rania = client_as(reviewer)
    base = f"/articles/{claim.article_id}/report"
    tree = lxml.html.fromstring(rania.get(f"{base}.html").data)
    # The explanation is Markdown rendered through an allow-list: a bare <b> may stay there, nothing else may.
    assert not tree.xpath("//script | //*[@onmouseover] | //b[not(ancestor::div[@class='explanation'])]")
    assert all(href.startswith(("http://", "https://", "#")) for href in tree.xpath("//a/@href"))
    assert tree.text_content().count(HOSTILE) >= 6
    rendered = lxml.html.fromstring("<div>" + markdown.markdown(rania.get(f"{base}.markdown").get_data(as_text=True))
                                    + "</div>")
    assert not rendered.xpath("//script | //b | //*[@onmouseover]")
    assert not [href for href in rendered.xpath("//a/@href") if not href.startswith("http")]
    assert rendered.text_content().count(HOSTILE.replace("**bold**", "**bold**")) >= 5
    [row] = csv.DictReader(io.StringIO(rania.get(f"{base}.csv").data.decode("utf-8-sig")))
    for column in ("claim", "checkable_wording", "claimant", "verdict_line", "article_title", "outlet"):
        assert row[column] == "'" + HOSTILE, column  # neutralised: a spreadsheet shows it as text
    assert row["explanation"] == "'" + explanation_text(HOSTILE)  # plain text, neutralised too
    assert row["corrections"].endswith(HOSTILE) and not row["corrections"].startswith("=")
    data = json.loads(rania.get(f"{base}.json").data)
    assert data["fact_checks"][0]["claimant"] == HOSTILE
    feed = json.loads(rania.get(f"{base}.claimreview").data)
    assert feed["@graph"][0]["claimReviewed"] == HOSTILE
    pdf = rania.get(f"{base}.pdf").data
    assert pdf.startswith(b"%PDF-") and b"/JavaScript" not in pdf


def test_export_page_filters_by_date_verdict_and_language(client_as, session, reviewer, editor):
    from datetime import datetime, timezone
    publish(session, reviewer, editor, published_at=datetime(2021, 12, 6, tzinfo=timezone.utc))
    publish(session, reviewer, editor, text=CLAIM_EN, language="en", rating_key="true", claimant="Pentagon",
            published_at=datetime(2022, 1, 10, tzinfo=timezone.utc))
    rania = client_as(reviewer)
    page = rania.get("/exports/").get_data(as_text=True)
    assert "2 published fact-checks match." in page and 'name="date_from"' in page
    count = rania.get("/exports/?date_from=2022-01-01", headers={"HX-Request": "true"}).get_data(as_text=True)
    assert "1 published fact-check matches." in count and "<html" not in count
    csv_data = rania.get("/exports/download?format=csv&date_from=2021-12-01&date_to=2021-12-31").data
    rows = list(csv.DictReader(io.StringIO(csv_data.decode("utf-8-sig"))))
    assert [row["claim"] for row in rows] == [CLAIM_AR]
    by_verdict = rania.get("/exports/download?format=json&verdict=true").data
    assert [fc["claim_text"] for fc in json.loads(by_verdict)["fact_checks"]] == [CLAIM_EN]
    by_language = rania.get("/exports/download?format=json&claim_language=ar").data
    assert [fc["claim_text"] for fc in json.loads(by_language)["fact_checks"]] == [CLAIM_AR]
    grouped = lxml.html.fromstring(rania.get("/exports/download?format=html&lang=en").data)
    assert [cell.text_content() for cell in grouped.xpath("//table[@class='counts']/tbody//td")] == [
        "True", "1", "False", "1"]
    refused = rania.get("/exports/download?format=csv&date_from=2022-02-30")
    assert refused.status_code == 400 and "is not a date" in refused.get_data(as_text=True)
    backwards = rania.get("/exports/download?format=csv&date_from=2022-02-01&date_to=2022-01-01")
    assert backwards.status_code == 400 and "start date is after the end date" in backwards.get_data(as_text=True)


def _run_job(app, rania, data):
    response = rania.post("/exports/jobs", data)
    assert response.status_code == 303, response.get_data(as_text=True)
    for thread in app.extensions.get("export_threads", []):
        thread.join(timeout=120)
    return response.headers["Location"]


def test_export_job_records_progress_and_offers_the_file(app, client_as, session, reviewer, editor, make_user):
    for _ in range(3):
        publish(session, reviewer, editor)
    rania = client_as(reviewer)
    location = _run_job(app, rania, {"format": "csv", "lang": "ar"})
    job = session.exec(select(ExportJob)).one()
    session.refresh(job)
    assert (job.status, job.done, job.total, job.format) == ("done", 3, 3, "csv")
    page = rania.get(location).get_data(as_text=True)
    assert f"/exports/jobs/{job.id}/download" in page and 'hx-trigger="every 1s"' not in page
    download = rania.get(f"/exports/jobs/{job.id}/download")
    assert download.status_code == 200 and download.data.startswith(b"\xef\xbb\xbf")
    assert len(list(csv.DictReader(io.StringIO(download.data.decode("utf-8-sig"))))) == 3
    assert session.exec(select(Event).where(Event.action == "export.start")).one().user_id == reviewer.id
    other = client_as(make_user("reviewer", "omar"))
    assert other.get(f"/exports/jobs/{job.id}").status_code == 403
    assert other.get(f"/exports/jobs/{job.id}/download").status_code == 403


def test_running_job_widget_polls_itself(client_as, session, reviewer):
    job = ExportJob(created_by_id=reviewer.id, format="csv", status="running", total=10, done=4, file_name="x.csv")
    session.add(job)
    session.commit()
    widget = client_as(reviewer).get(f"/exports/jobs/{job.id}/progress").get_data(as_text=True)
    tree = lxml.html.fromstring(widget)
    assert tree.get("hx-trigger") == "every 1s" and tree.get("hx-target") == "this"
    assert tree.get("hx-swap") == "outerHTML" and tree.get("hx-get") == f"/exports/jobs/{job.id}/progress"
    assert tree.xpath("//progress/@value") == ["4"] and "4 of 10" in widget


def test_failed_job_shows_the_error(app, client_as, session, reviewer, editor, monkeypatch):
    import checker.report.jobs as jobs

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk <full>")
        yield b""  # pragma: no cover

    monkeypatch.setattr(jobs.run_job, "__defaults__", (jobs.PROGRESS_EVERY, broken))
    rania = client_as(reviewer)
    location = _run_job(app, rania, {"format": "pdf"})
    page = rania.get(location).get_data(as_text=True)
    assert "The export failed" in page and "disk &lt;full&gt;" in page
    job = session.exec(select(ExportJob)).one()
    session.refresh(job)
    assert job.status == "failed" and rania.get(f"/exports/jobs/{job.id}/download").status_code == 404


def test_job_needs_the_csrf_token(client_as, reviewer):
    rania = client_as(reviewer)
    response = rania.client.post("/exports/jobs", data={"format": "csv"})
    assert response.status_code == 400
