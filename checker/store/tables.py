"""Every table, so SQLModel's metadata (migrations, the engine) sees them all."""
from checker.store import models  # noqa: F401
from checker.store import desk_models  # noqa: F401
from checker.store import search_models  # noqa: F401
from checker.store import report_models  # noqa: F401
