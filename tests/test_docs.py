"""The README documents every setting, and only settings that exist (as datasette's documentation tests do)."""
from __future__ import annotations

import re
from pathlib import Path

from checker.config import setting_names

README = Path(__file__).resolve().parents[1] / "README.md"


def documented_settings() -> set[str]:
    """The settings named in the first column of the README's configuration table."""
    section = README.read_text(encoding="utf-8").split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return {name for row in section.splitlines() if row.startswith("| `")
            for name in re.findall(r"`([a-z_]+)`", row.split("|")[1])}


def test_every_setting_is_documented() -> None:
    assert setting_names() - documented_settings() == set()


def test_every_documented_setting_exists() -> None:
    assert documented_settings() - setting_names() == set()
