"""Every table, so SQLModel's metadata (migrations, the engine) sees them all."""
from checker.store import audit  # noqa: F401
from checker.store.claims import tables as claim_tables  # noqa: F401
from checker.store.feeds import tables as feed_tables  # noqa: F401
from checker.store.people import tables as people_tables  # noqa: F401
from checker.store.reports import tables as report_tables  # noqa: F401
from checker.store.search_index import tables as search_tables  # noqa: F401
from checker.store.sources import tables as source_tables  # noqa: F401
from checker.store.verdicts import tables as verdict_tables  # noqa: F401
from checker.store.api import tables as api_tables  # noqa: F401
