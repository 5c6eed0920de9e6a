"""The search index tables, keeping them in step, and the seen-before matches."""
