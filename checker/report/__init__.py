"""Exports of published fact-checks: plain records in, text or bytes out."""
from checker.report.claimreview import (
    claim_review,
    claim_reviews_feed,
    claim_reviews_json,
    claimant_type,
    iter_claim_reviews_json,
    json_ld_script,
)
from checker.report.csv_export import (
    COLUMNS,
    fact_check_row,
    fact_checks_to_csv,
    iter_fact_checks_csv,
    neutralise_cell,
)
from checker.report.records import (
    CorrectionRecord,
    FactCheckRecord,
    Organisation,
    ReportTitle,
    ScaleStep,
    SourceRecord,
)

__all__ = [
    "COLUMNS",
    "CorrectionRecord",
    "FactCheckRecord",
    "Organisation",
    "ReportTitle",
    "ScaleStep",
    "SourceRecord",
    "claim_review",
    "claim_reviews_feed",
    "claim_reviews_json",
    "claimant_type",
    "fact_check_row",
    "fact_checks_to_csv",
    "iter_claim_reviews_json",
    "iter_fact_checks_csv",
    "json_ld_script",
    "neutralise_cell",
]
