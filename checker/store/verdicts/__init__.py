"""Verdicts and their workflow: the scale, revisions, approval, corrections, comments, drafts, published records."""
