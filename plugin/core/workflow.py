"""The legal workflow of a violation case (domain.md §2).

线索 → 核查 → 立案 (or 不予立案) → 调查取证 → 告知 → 决定 → 催告 → 公告 →
自行拆除 / 强制拆除 → 拆后利用 → 结案销号, with the exits 完善手续 and 保留临时使用.

This module is the one definition of the workflow: the database triggers (store/),
the case dialog and the statistics all read it.  Plain Python.
"""

from typing import NamedTuple, Tuple

from .codes import CASE_STATUS

INITIAL = "clue"
TERMINAL = ("closed", "not_filed")
# Cases in these states are no longer "open" for 无违建 and assessment purposes.
CLOSED_STATES = TERMINAL
DEMOLISHED_STATES = ("self_demolished", "forced_demolished", "reused")
# The note the database writes with a case's registration event: in both languages,
# since a trigger cannot know its reader's; shown in one (event_note).
REGISTRATION_NOTE = "登记 registered"
_REGISTRATION_LABELS = {"zh": "登记", "en": "Registered"}


def event_note(note, lang="zh"):
    """The note of a case event as shown to a reader of `lang` ('zh' or 'en'): the
    registration note in that language, any other note as written."""
    if note == REGISTRATION_NOTE:
        return _REGISTRATION_LABELS["zh" if lang == "zh" else "en"]
    return note or ""


class Transition(NamedTuple):
    from_status: str
    to_status: str
    note_required: bool = False


# Allowed steps.  A step not listed here is refused by the database.
TRANSITIONS: Tuple[Transition, ...] = (
    Transition("clue", "verified"),
    Transition("clue", "not_filed", True),
    Transition("verified", "filed"),
    Transition("verified", "not_filed", True),
    Transition("filed", "investigating"),
    Transition("investigating", "notified"),
    Transition("notified", "decided"),
    Transition("decided", "reminded"),
    Transition("decided", "self_demolished"),
    Transition("decided", "legalised", True),
    Transition("decided", "kept_temporary", True),
    # A fine or a confiscation is executed with the decision itself.
    Transition("decided", "closed", True),
    Transition("reminded", "announced"),
    Transition("reminded", "self_demolished"),
    Transition("announced", "self_demolished"),
    Transition("announced", "forced_demolished"),
    Transition("self_demolished", "reused"),
    Transition("self_demolished", "closed"),
    Transition("forced_demolished", "reused"),
    Transition("forced_demolished", "closed"),
    Transition("reused", "closed"),
    Transition("legalised", "closed"),
    Transition("kept_temporary", "self_demolished"),
    Transition("kept_temporary", "closed", True),
)

# Fields of the case that must be filled before it may enter a state, and fixed
# values some states imply.  Checked by the database when the event is written.
REQUIRED_FIELDS = {
    "decided": ("decision_no", "decision_type", "deadline"),
    "self_demolished": ("demolished_area_m2", "demolished_on", "demolition_mode"),
    "forced_demolished": ("demolished_area_m2", "demolished_on", "demolition_mode"),
    "reused": ("post_use",),
    "kept_temporary": ("deadline",),
}
IMPLIED_VALUES = {
    "self_demolished": {"demolition_mode": "self"},
    "forced_demolished": {"demolition_mode": "forced"},
    "legalised": {"disposal": "legalise"},
    "kept_temporary": {"disposal": "keep_temporary"},
}

_ALLOWED = {(t.from_status, t.to_status): t for t in TRANSITIONS}


def next_states(status):
    """The states a case in `status` may move to, in workflow order."""
    order = CASE_STATUS.codes
    nxt = [t.to_status for t in TRANSITIONS if t.from_status == status]
    return sorted(nxt, key=order.index)


def transition(from_status, to_status):
    """The Transition, or None when the step is not allowed."""
    return _ALLOWED.get((from_status, to_status))


def is_open(status):
    return status not in CLOSED_STATES


def missing_for(to_status, case, note=None):
    """What a case (a mapping of field → value) still lacks to enter `to_status`.

    Returns a list of field names (and "note" when the step needs a written reason);
    an empty list means the step may be taken.  Raises ValueError for a step the
    workflow does not allow.
    """
    from_status = case.get("status") or INITIAL
    step = transition(from_status, to_status)
    if step is None:
        raise ValueError("%s → %s is not an allowed step" % (from_status, to_status))
    missing = [f for f in REQUIRED_FIELDS.get(to_status, ()) if case.get(f) in (None, "")]
    for field, value in IMPLIED_VALUES.get(to_status, {}).items():
        if case.get(field) not in (None, "", value) and field not in missing:
            missing.append(field)
    if step.note_required and not (note or "").strip():
        missing.append("note")
    return missing


def path_to(target, start=INITIAL):
    """A shortest list of states leading from `start` to `target` (excluding start).

    Used by data generators and tests to walk a case through the workflow legally.
    """
    frontier = [(start, [])]
    seen = {start}
    while frontier:
        state, path = frontier.pop(0)
        if state == target:
            return path
        for nxt in next_states(state):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, path + [nxt]))
    raise ValueError("%s cannot be reached from %s" % (target, start))
