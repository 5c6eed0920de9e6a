"""Article pages to main text: the body only (no menus, related links, comments, banners), charset honoured."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.fetch.page_text import PageUnreadable, declared_charset, decode_page, read_article_page

PAGES = Path(__file__).parent / "pages"


@pytest.mark.parametrize("name, title, author, outlet, published_on, encoding", [
    ("ar-news-windows1256", "ارتفاع إصابات الحصبة في القصرين إلى 87", "سامية بن علي", "إذاعة الساحل",
     date(2024, 3, 5), "cp1256"),
    ("ar-news-utf8-tags", "البرلمان يصادق على قانون المالية التكميلي", "كريم الحاج", "الصباح نيوز",
     date(2023, 11, 17), "utf-8"),
    ("en-news-cookie-banner", "Council approves first bus fare rise since 2019", "Tom Harris", "Riverside Gazette",
     date(2024, 5, 14), "utf-8"),
    ("en-news-figure-readmore", "Northwind Energy shares slide after second profit warning", "Priya Shah",
     "City Desk", date(2024, 10, 24), "utf-8"),
])
def test_page_yields_its_body_and_metadata(name, title, author, outlet, published_on, encoding):
    page = read_article_page((PAGES / f"{name}.html").read_bytes(), f"http://127.0.0.1/{name}")
    assert page.text == (PAGES / f"{name}.txt").read_text(encoding="utf-8").strip()
    assert (page.title, page.author, page.outlet, page.published_on, page.encoding) == (
        title, author, outlet, published_on, encoding)


@pytest.mark.parametrize("name, boilerplate", [
    ("ar-news-windows1256", ["الرئيسية", "مقالات ذات صلة", "التعليقات", "شارك على فيسبوك", "جميع الحقوق محفوظة"]),
    ("ar-news-utf8-tags", ["اقرأ أيضا", "الأكثر قراءة", "الكلمات المفتاحية", "تسجيل الدخول"]),
    ("en-news-cookie-banner", ["We use cookies", "Accept all", "Most read", "Share on Facebook", "Sign up now"]),
    ("en-news-figure-readmore", ["Read more", "Comments (12)", "Skip to main content", "Photograph", "Topics"]),
])
def test_boilerplate_is_left_out(name, boilerplate):
    text = read_article_page((PAGES / f"{name}.html").read_bytes(), "http://127.0.0.1/").text
    assert [phrase for phrase in boilerplate if phrase in text] == []


def test_canonical_link_is_read():
    page = read_article_page((PAGES / "en-news-cookie-banner.html").read_bytes(), "http://127.0.0.1/?utm=x")
    assert page.canonical_url == "http://127.0.0.1/news/2024/05/14/bus-fares"


@pytest.mark.parametrize("content_type, body, expected", [
    ("text/html; charset=windows-1256", b"<html></html>", "cp1256"),
    ("text/html", b'<meta charset="windows-1256">', "cp1256"),
    ("text/html", b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "utf-8"),
    ("text/html; charset=utf-8", b'<meta charset="windows-1256">', "utf-8"),  # the server's word wins
    ("text/html; charset=no-such-charset", b"", None),
    ("", b"<p>nothing declared</p>", None),
])
def test_declared_charset(content_type, body, expected):
    assert declared_charset(body, content_type) == expected


def test_server_charset_decodes_arabic_page_without_meta():
    body = "<html><body><p>أعلنت الوزارة</p></body></html>".encode("cp1256")
    assert decode_page(body, "text/html; charset=windows-1256") == (
        "<html><body><p>أعلنت الوزارة</p></body></html>", "cp1256")


def test_wrong_declaration_falls_back_to_utf8():
    body = '<meta charset="ascii"><p>نص عربي</p>'.encode("utf-8")
    assert decode_page(body)[1] == "utf-8"


@pytest.mark.parametrize("body", [
    b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    b"\x00\x01\x02\x03" * 200,
])
def test_page_without_article_is_refused(body):
    with pytest.raises(PageUnreadable):
        read_article_page(body, "http://127.0.0.1/")
