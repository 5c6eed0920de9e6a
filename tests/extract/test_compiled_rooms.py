"""The compiled text and extraction rooms (checker/compiled.py): used only for the sources they were built from,
and giving the same results as the pure-Python modules."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import compiled

PROJECT = Path(__file__).resolve().parents[2]
NEEDS_BUILD = pytest.mark.skipif(compiled.current_build() is None,
                                 reason="no current compiled build here (make compiled; needs a C compiler)")


def _fake_project(root: Path) -> Path:
    """Two room sources and a build made from them, with one compiled file."""
    for path, source in (("checker/text/a.py", "A = 1\n"), ("checker/extract/b.py", "B = 2\n")):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(source, encoding="utf-8")
    build = root / "build"
    build.mkdir()
    (build / "b.so").write_bytes(b"")
    manifest = {"sources": compiled.source_hashes(root), "modules": {"checker.extract.b": "b.so"}}
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return build


def test_a_build_is_used_only_while_every_room_source_matches(tmp_path):
    build = _fake_project(tmp_path)
    assert compiled.current_build(build, tmp_path) == {"checker.extract.b": build / "b.so"}
    source = tmp_path / "checker/text/a.py"
    source.write_text("A = 3\n", encoding="utf-8")  # an edit to any module of either room, compiled or not
    assert compiled.current_build(build, tmp_path) is None
    source.write_text("A = 1\n", encoding="utf-8")
    assert compiled.current_build(build, tmp_path) is not None
    (tmp_path / "checker/extract/c.py").write_text("C = 4\n", encoding="utf-8")  # a module added
    assert compiled.current_build(build, tmp_path) is None
    (tmp_path / "checker/extract/c.py").unlink()
    (build / "b.so").unlink()  # a build missing one of its files
    assert compiled.current_build(build, tmp_path) is None


def test_no_manifest_or_a_broken_one_means_no_build(tmp_path):
    build = _fake_project(tmp_path)
    (build / compiled.MANIFEST).write_text("{not json", encoding="utf-8")
    assert compiled.current_build(build, tmp_path) is None
    assert compiled.current_build(tmp_path / "nowhere", tmp_path) is None


def _run(code: str, cwd: Path, **env: str) -> str:
    environment = {key: value for key, value in os.environ.items() if key != "CHECKER_PURE_PYTHON"}
    environment.update(PYTHONPATH=str(cwd), **env)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=environment, check=True,
                          capture_output=True, text=True).stdout


@NEEDS_BUILD
def test_an_edited_source_runs_instead_of_its_compiled_build(tmp_path):
    shutil.copytree(PROJECT / "checker", tmp_path / "checker", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(compiled.BUILD, tmp_path / compiled.BUILD.relative_to(PROJECT))
    probe = ("import checker.compiled, checker.extract.split as split\n"
             "print(checker.compiled.in_use(), split.__file__.endswith('.py'), getattr(split, 'EDITED', False))")
    assert _run(probe, tmp_path).split() == ["True", "False", "False"]  # the copy serves its compiled build
    split = tmp_path / "checker/extract/split.py"
    split.write_text(split.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    assert _run(probe, tmp_path).split() == ["False", "True", "True"]


DUMP = """
import dataclasses, json, sys
from pathlib import Path
from checker import compiled
from checker.extract import extract_claims
print(compiled.in_use())
for path in sorted(Path("samples").glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    print(json.dumps([dataclasses.asdict(c) for c in extract_claims(text)], ensure_ascii=False, default=str))
"""


@NEEDS_BUILD
def test_compiled_and_pure_python_extract_the_same():
    compiled_out = _run(DUMP, PROJECT).split("\n", 1)
    pure_out = _run(DUMP, PROJECT, CHECKER_PURE_PYTHON="1").split("\n", 1)
    assert (compiled_out[0], pure_out[0]) == ("True", "False")
    assert compiled_out[1] == pure_out[1] and compiled_out[1].count("\n") >= 2
