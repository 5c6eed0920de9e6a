"""Storage: models, sessions, queries. Importing the package registers every table on the metadata."""
from checker.store import models  # noqa: F401
