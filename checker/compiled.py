"""The text and extraction rooms compiled with mypyc, used only when built from exactly the sources on disk.

`tools/build_compiled.py` (run by `make run`, `make test` and `make serve`) compiles the modules extraction runs
into build/compiled/<python>/, outside the source tree, with a manifest holding the SHA-256 of every .py file of
both rooms. Importing `checker` installs a finder for those compiled modules only when every one of those files
still has its recorded hash and none was added or removed, so an edited source is what runs, never a stale
build. CHECKER_PURE_PYTHON=1 leaves them out. Results are the same either way; only the speed differs.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.machinery import ExtensionFileLoader
from importlib.util import spec_from_file_location
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ("checker/text", "checker/extract")
BUILD = ROOT / "build" / "compiled" / sys.implementation.cache_tag
MANIFEST = "manifest.json"


def source_hashes(root: Path = ROOT) -> dict[str, str]:
    """SHA-256 of every .py file of the compiled rooms, by its path in the project."""
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for room in ROOMS for path in sorted((root / room).rglob("*.py"))}


def current_build(build: Path = BUILD, root: Path = ROOT) -> dict[str, Path] | None:
    """Module name -> compiled file of the build in `build`, if it was made from the sources now on disk."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("sources") != source_hashes(root):
        return None
    modules = {name: build / file for name, file in manifest["modules"].items()}
    return modules if all(path.is_file() for path in modules.values()) else None


class CompiledFinder:
    """Serves the modules of one current build ahead of their sources; any other name is left to the usual finders."""

    def __init__(self, modules: dict[str, Path]):
        self.modules = modules

    def find_spec(self, name, path=None, target=None):
        file = self.modules.get(name)
        if file is None:
            return None
        return spec_from_file_location(name, file, loader=ExtensionFileLoader(name, str(file)))


def install(build: Path = BUILD, root: Path = ROOT) -> bool:
    """Put the compiled modules ahead of the sources when a current build exists; True when they are used."""
    if os.environ.get("CHECKER_PURE_PYTHON") or in_use():
        return in_use()
    modules = current_build(build, root)
    if modules is None:
        return False
    sys.meta_path.insert(0, CompiledFinder(modules))
    return True


def in_use() -> bool:
    """Whether this process serves the text and extraction rooms from a compiled build."""
    return any(isinstance(finder, CompiledFinder) for finder in sys.meta_path)
