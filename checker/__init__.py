"""Checker: a self-hosted claim and fact-checking desk."""
