"""The output contract's columns (../shared/spec/OUTPUT.md), in order."""

COLUMNS = (
    "report", "region", "year", "period", "indicator", "name", "measure", "kind",
    "value", "unit", "qualifier", "basis", "raw", "evidence", "start", "end", "rule",
)
