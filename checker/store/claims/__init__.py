"""Articles and claims: importing, the units of an article, the queue, assignment and review."""
