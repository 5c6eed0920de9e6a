"""WTForms' HTML attributes written without Markup.format: the same text, about a quarter of the CPU.

WTForms 3 writes each attribute of each field through `Markup('{k}="{v}"').format(...)`, which runs
string.Formatter in Python (about 150 µs a field here). The claim page renders some 36 fields, so that alone was
several milliseconds of every claim page, and of the fragments that answer adding a source or saving a verdict.
`html_params` below gives the very same string (tests/web/test_form_attributes.py compares the two over a table of
attributes and over whole rendered forms); `use_plain_attribute_writer` puts it where WTForms' widgets look for it:
the module's function (TextArea, Select, Option, …) and the `html_params` staticmethod of Input and Button.
"""
from __future__ import annotations

from markupsafe import Markup, escape
from wtforms.widgets import core

WTFORMS_HTML_PARAMS = core.html_params


def html_params(**kwargs) -> Markup:
    """Attributes sorted by name, `class_`/`for_` unsuffixed, `data_`/`aria_` hyphenated, True bare, False left out,
    every name and value escaped; a value already Markup keeps its markup but not a bare `"`, as in WTForms."""
    params = []
    for key, value in sorted(kwargs.items()):
        key = escape(core.clean_key(key))
        if value is True:
            params.append(str(key))
        elif value is not False:
            quoted = str(escape(value)).replace('"', "&quot;")
            params.append(f'{key}="{quoted}"')
    return Markup(" ".join(params))


def use_plain_attribute_writer() -> None:
    """Make WTForms' widgets write attributes with `html_params` (idempotent)."""
    core.html_params = html_params
    for widget in (core.Input, core.Button):
        widget.html_params = staticmethod(html_params)
