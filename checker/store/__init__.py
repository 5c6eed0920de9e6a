"""Storage: models, sessions, queries. Importing the package registers every table on the metadata."""
from checker.store import models  # noqa: F401
from checker.store import desk_models  # noqa: F401
from checker.store import search_models, search_sync  # noqa: F401
from checker.store import report_models  # noqa: F401
