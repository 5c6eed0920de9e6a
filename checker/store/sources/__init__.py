"""Sources, evidence and archived copies, and other organisations' fact-checks."""
