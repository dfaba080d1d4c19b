"""What the case panel calls overdue and stale, and the counts it shows at the top.

overdue  an open case (workflow.is_open) whose deadline (限期日期) is before today;
stale    an open case whose latest event is more than the setting ``stale_days``
         days old, or that has no event at all (the same rule as the database check
         ``stale_case`` in core/validation.py, so the panel and the check agree).

store/case_queries.py filters "overdue only" in SQL with the same rule (a test
checks that the two agree).  Plain Python.
"""

import datetime
from typing import NamedTuple

from . import settings as settings_rules
from .validation import is_stale
from .workflow import is_open


def default_stale_days():
    return int(settings_rules.BY_KEY["stale_days"].default)


def stale_days_of(settings):
    """The stale_days setting from a settings dict (its default when missing or bad)."""
    value = (settings or {}).get("stale_days")
    try:
        return int(value) if value is not None else default_stale_days()
    except (TypeError, ValueError):
        return default_stale_days()


def _day(value):
    """A date from a date, a datetime or an ISO text (first 10 characters); None else."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()[:10]
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def is_overdue(status, deadline, today):
    """An open case whose deadline is before `today` (a case without a deadline is
    never overdue)."""
    if not is_open(status):
        return False
    day = _day(deadline)
    return day is not None and day < today


def case_is_stale(status, last_event_at, today, stale_days):
    return is_stale(status, last_event_at, today, stale_days)


class CaseState(NamedTuple):
    open: bool
    overdue: bool
    stale: bool


def case_state(status, deadline, last_event_at, today, stale_days):
    return CaseState(is_open(status), is_overdue(status, deadline, today),
                     case_is_stale(status, last_event_at, today, stale_days))


class Counts(NamedTuple):
    shown: int
    open: int
    overdue: int
    stale: int


def counts(states):
    """Counts of an iterable of CaseState (the rows shown after the filters)."""
    shown = n_open = n_overdue = n_stale = 0
    for s in states:
        shown += 1
        n_open += s.open
        n_overdue += s.overdue
        n_stale += s.stale
    return Counts(shown, n_open, n_overdue, n_stale)
