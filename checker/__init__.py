"""Checker: a self-hosted claim and fact-checking desk."""
from checker import compiled

# The compiled text and extraction rooms, when a build of exactly these sources exists (README "Compiled rooms").
compiled.install()
