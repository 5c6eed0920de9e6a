"""The language, digits and catalogue worked out once per request: numbers come out as Babel writes them, each
request (and each user) gets its own language and digits, and templates translate as Flask-Babel's gettext does."""
from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from flask import render_template_string

from checker.web.i18n import format_number, format_percent, localise_digits

ARABIC = {"Accept-Language": "ar-IQ,ar;q=0.9"}


def _babel(value, decimals, language, digits) -> str:
    """What format_number wrote before it kept Babel's parsed locale and pattern."""
    pattern = None if decimals is None else "#,##0" + ("." + "#" * decimals if decimals else "")
    return localise_digits(format_decimal(value, format=pattern, locale=language, numbering_system=digits), digits)


@pytest.mark.parametrize(("value", "decimals", "language", "digits", "expected"), [
    (1234567.5, None, "en", "latn", "1,234,567.5"),
    (1234567.5, None, "ar", "latn", "1,234,567.5"),
    (1234567.5, None, "en", "arab", "١٬٢٣٤٬٥٦٧٫٥"),
    (1234567.5, None, "ar", "arab", "١٬٢٣٤٬٥٦٧٫٥"),
    (2.5, 0, "en", "latn", "2"),  # Babel rounds half to even
    (3.14159, 2, "ar", "arab", "٣٫١٤"),
    (0.000123, 10, "en", "latn", "0.000123"),
    (-42, 10, "ar", "latn", "-42"),
    (0, None, "ar", "arab", "٠"),
])
def test_numbers_are_written_as_babel_writes_them(value, decimals, language, digits, expected):
    written = format_number(value, decimals, language=language, digits=digits)
    assert written == expected == _babel(value, decimals, language, digits)
    # Asked again (from the kept pattern), the same text.
    assert format_number(value, decimals, language=language, digits=digits) == written


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("digits", ["latn", "arab"])
def test_small_whole_numbers_written_without_babel_are_written_as_babel_writes_them(language, digits):
    # Percentages and counts below 1,000 skip Babel (no separator to place): every one of them, every pattern.
    for decimals in (None, 0, 2):
        assert [format_number(n, decimals, language=language, digits=digits) for n in range(1000)] == \
            [_babel(n, decimals, language, digits) for n in range(1000)]


def test_a_percentage_is_a_whole_number_in_the_digits_asked_for():
    assert format_percent(0.876, language="ar", digits="arab") == "٨٨"
    assert format_percent(None, language="en", digits="latn") == "0"


def _example_line(page: str) -> str:
    return page.split('<p class="meta">', 2)[1].split("</p>")[0]


def test_each_request_gets_the_language_and_digits_chosen_just_before(client_as, reviewer):
    browser = client_as(reviewer)
    for language, digits, example, heading in [("ar", "arab", "مثال: ١٬٢٣٤٬٥٦٧٫٥", "<h1>إعداداتك</h1>"),
                                               ("en", "latn", "Example: 1,234,567.5", "<h1>Your settings</h1>"),
                                               ("en", "arab", "Example: ١٬٢٣٤٬٥٦٧٫٥", "<h1>Your settings</h1>"),
                                               ("ar", "latn", "مثال: 1,234,567.5", "<h1>إعداداتك</h1>")]:
        assert browser.post("/account", {"language": language, "digits": digits}).status_code == 302
        page = browser.get("/account").get_data(as_text=True)
        assert _example_line(page).startswith(example) and heading in page


def test_two_users_taking_turns_each_keep_their_own_language_and_digits(client_as, make_user, reviewer):
    arabic_reader = client_as(make_user(username="arabic.reader"))
    arabic_reader.post("/account", {"language": "ar", "digits": "arab"})
    english_reader = client_as(reviewer)
    for _turn in range(2):
        assert _example_line(arabic_reader.get("/account").get_data(as_text=True)).startswith("مثال: ١٬٢٣٤٬٥٦٧٫٥")
        assert _example_line(english_reader.get("/account").get_data(as_text=True)).startswith("Example: 1,234,567.5")


TEMPLATE = """{{ _("Review queue") }}|{{ gettext("%(n)s claims changed.", n="<b>") }}|{{ _("100%%") }}|\
{{ ngettext("%(num)d result", "%(num)d results", 3) }}|{{ ngettext("%(num)d result", "%(num)d results", 1) }}|\
{% autoescape false %}{{ _("%(n)s d", n="<i>") }}{% endautoescape %}"""


@pytest.mark.parametrize("headers", [ARABIC, {"Accept-Language": "en"}])
def test_templates_translate_exactly_as_flask_babel_does(app, headers):
    with app.test_request_context("/", headers=headers):
        # Without the context processors a template calls Flask-Babel's own gettext and ngettext.
        flask_babel_text = app.jinja_env.from_string(TEMPLATE).render()
        ours = render_template_string(TEMPLATE)
    assert ours == flask_babel_text
    if headers is ARABIC:
        assert ours.startswith("قائمة المراجعة|")
    assert "&lt;b&gt;" in ours and "<i>" in ours and "|100%|" in ours
