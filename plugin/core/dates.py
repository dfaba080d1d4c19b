"""Dates as the database keeps them (ISO text) and as Python computes with them."""

import datetime


def as_date(value):
    """A date from a date, a datetime or an ISO text ('2025-03-01', or the date part of
    '2025-03-01T08:00:00Z'); None for nothing (None or an empty text)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value).strip()[:10])
