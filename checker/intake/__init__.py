"""Intake: the one path by which every claim enters Checker (validate, extract, store, match, commit once)."""
