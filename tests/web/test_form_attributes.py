"""The attribute writer Checker gives WTForms writes exactly what WTForms' own writes, and the app's pages use it."""
from __future__ import annotations

import pytest
from markupsafe import Markup
from wtforms import Form, widgets
from wtforms.fields import BooleanField, IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from checker.web.form_attributes import WTFORMS_HTML_PARAMS, html_params


@pytest.mark.parametrize("attributes", [
    {},
    {"name": "text1", "id": "f", "class_": "text"},
    {"checked": True, "readonly": False, "name": "text1", "abc": "hello"},
    {"data_hx_target": "#review", "aria_describedby": "help-1", "for_": "x"},
    {"value": 'quote " and <b>tag</b> & amp', "title": "' single"},
    {"value": Markup('<b title="x">bold</b>')},  # Markup keeps its tags, but not a bare quote
    {"maxlength": 300, "min": 0, "step": 0.5, "value": None},
    {"value": "نفت السلطات العراقية تمديد موعد الانسحاب", "dir": "auto"},
    {"weird key": "v", "on<x": "y"},  # names are escaped as well
])
def test_writes_what_wtforms_writes(attributes):
    assert html_params(**attributes) == WTFORMS_HTML_PARAMS(**attributes)
    assert isinstance(html_params(**attributes), Markup)


class _EveryWidget(Form):
    title = StringField("Title", validators=[DataRequired(), Length(max=20)], default='a "quoted" <title>')
    body = TextAreaField("Body", default="<script>alert(1)</script>")
    count = IntegerField("Count", default=3)
    stance = SelectField("Stance", choices=[("supports", "Supports"), ("refutes", 'Re"futes')], default="refutes")
    sure = BooleanField("Sure", default=True)
    send = SubmitField("Send")


def _render(form) -> list[str]:
    return [str(field(class_="x", data_role="r", dir="auto")) for field in form]


def test_whole_forms_render_the_same_with_either_writer(app, monkeypatch):
    # The app is built, so WTForms' widgets now use Checker's writer; put WTForms' own back for the reference.
    ours = _render(_EveryWidget())
    monkeypatch.setattr(widgets.core, "html_params", WTFORMS_HTML_PARAMS)
    for widget in (widgets.core.Input, widgets.core.Button):
        monkeypatch.setattr(widget, "html_params", staticmethod(WTFORMS_HTML_PARAMS))
    assert ours == _render(_EveryWidget())
    assert 'value="a &#34;quoted&#34; &lt;title&gt;"' in ours[0] and "&lt;script&gt;" in ours[1]


def test_the_app_renders_its_forms_with_it(app):
    assert widgets.core.html_params is html_params
    assert widgets.core.Input.html_params is html_params and widgets.core.Button.html_params is html_params
