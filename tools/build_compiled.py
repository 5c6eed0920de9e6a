"""Compile the modules extraction runs (checker/text, checker/extract) with mypyc, outside the source tree.

    .venv/bin/python tools/build_compiled.py [--force]

Run by `make run`, `make test` and `make serve`. Without a C compiler, Python's headers or mypy
(requirements-build.txt) it says so and exits 0: the pure-Python modules run, the same results, slower.
The build goes to build/compiled/<python>/ with a manifest of each room source's SHA-256; checker/compiled.py
uses it only while every source still matches, so an edited file is never shadowed by a stale build.
A build that is current is kept (nothing to do); a failed build is reported and leaves no build behind.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["CHECKER_PURE_PYTHON"] = "1"  # this process reads the sources, never an older build

from checker.compiled import BUILD, MANIFEST, current_build, source_hashes  # noqa: E402

# Never compiled: the module that finds the weights from its own __file__, and the package files.
PLAIN = {"checker/extract/model_paths.py"}
# mypy's reading of `re.match(...).group()` on an Optional match: compiled code looks the attribute up as
# Python does, so the check adds nothing here. Every other type error stops the build.
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent", "--disable-error-code=union-attr"]
FALLBACK = "the pure-Python text and extraction modules are used (same results, slower)"


def builder_stamp() -> str:
    """This script and the mypy version: a change to either rebuilds even when the sources did not change."""
    from mypy.version import __version__

    return hashlib.sha256(Path(__file__).read_bytes() + __version__.encode()).hexdigest()


def missing_toolchain() -> str | None:
    """Why nothing can be compiled here, or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return f"no Python headers (Python.h in {sysconfig.get_paths()['include']})"
    if importlib.util.find_spec("mypyc") is None or importlib.util.find_spec("setuptools") is None:
        return "mypy's mypyc or setuptools is not installed (pip install -r requirements-build.txt)"
    return None


def modules_extraction_runs() -> list[str]:
    """Source files of the room modules that importing the pipeline loads, in a fresh pure-Python process."""
    code = ("import sys, checker.extract.pipeline\n"
            "print('\\n'.join(m.__file__ for m in list(sys.modules.values()) if getattr(m, '__file__', None)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True,
                         env={**os.environ, "CHECKER_PURE_PYTHON": "1"}).stdout
    files = {Path(line).resolve() for line in out.splitlines()}
    sources = set(source_hashes())
    return sorted(path for path in (f.relative_to(ROOT).as_posix() for f in files if f.is_relative_to(ROOT))
                  if path in sources and path not in PLAIN and not path.endswith("__init__.py"))


def compile_into(target: Path, files: list[str]) -> dict[str, str]:
    """Compile `files` into `target`; module name -> compiled file relative to `target`."""
    script = (
        "import sys\n"
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"setup(name='checker-compiled', py_modules=[], packages=[], script_args=['build_ext', '--build-lib', "
        f"{str(target)!r}, '--build-temp', {str(target / 'tmp')!r}],\n"
        f"      ext_modules=mypycify({MYPY_FLAGS + files!r}, opt_level='3', target_dir={str(target / 'c')!r}))\n"
    )
    log = target / "build.log"
    with log.open("w") as handle:
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)
    if done.returncode:
        tail = log.read_text(errors="replace").splitlines()[-15:]
        raise RuntimeError("mypyc could not compile the rooms:\n  " + "\n  ".join(tail))
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return {path.relative_to(target).as_posix().removesuffix(suffix).replace("/", "."): path.relative_to(target)
            .as_posix() for path in target.rglob("*" + suffix) if "tmp" not in path.relative_to(target).parts}


def build(force: bool = False) -> str:
    """Build unless a current build from this builder exists; a sentence saying what happened."""
    why_not = missing_toolchain()
    if why_not:
        return f"Not compiled: {why_not}; {FALLBACK}."
    stamp = builder_stamp()
    manifest = BUILD / MANIFEST
    if not force and current_build() and json.loads(manifest.read_text(encoding="utf-8")).get("builder") == stamp:
        return f"Compiled text and extraction modules are up to date ({BUILD.relative_to(ROOT)})."
    hashes, files = source_hashes(), modules_extraction_runs()
    BUILD.parent.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix=".building-", dir=BUILD.parent))
    try:
        modules = compile_into(target, files)
        if source_hashes() != hashes:
            return f"Not compiled: a source changed during the build; {FALLBACK}. Run the build again."
        for scratch in ("tmp", "c"):  # the object files and generated C are not needed to run
            shutil.rmtree(target / scratch, ignore_errors=True)
        (target / MANIFEST).write_text(json.dumps(
            {"sources": hashes, "modules": modules, "builder": stamp}, indent=1, sort_keys=True), encoding="utf-8")
        shutil.rmtree(BUILD, ignore_errors=True)
        target.rename(BUILD)
    except (RuntimeError, OSError) as error:
        shutil.rmtree(BUILD, ignore_errors=True)  # an older build of other sources is of no use either
        return f"Not compiled: {error}\n{FALLBACK}."
    finally:
        shutil.rmtree(target, ignore_errors=True)
    return f"Compiled {len(files)} text and extraction modules with mypyc into {BUILD.relative_to(ROOT)}."


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when the build is current")
    print(build(parser.parse_args(argv).force))


if __name__ == "__main__":
    main()
