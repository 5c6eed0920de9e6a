"""Reports and jobs: the organisation's profile, the import label table and export jobs."""
