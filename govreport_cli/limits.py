"""Limits that keep one hostile input from costing a whole run, in one place."""

PATTERN_TIMEOUT = 2.0  # seconds for one scan of one sentence; normal text needs microseconds
