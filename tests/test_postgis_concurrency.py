"""Offices saving at the same time: nothing is lost without the client being told.

8 client processes (two editors per township, on the same cases) make random edits,
new cases and workflow steps against one county database, each edit with the
optimistic check of the case dialog (postgis.update_case: saved only if nobody saved
the case since it was read).  Afterwards every committed edit is in the database or
overwritten by a later committed one, every case number is unique (and the serials
have no gaps), the audit table has exactly one row per committed change, and every
edit that was not saved was refused to its client.

The issue's full run, which the test suite (and CI) runs: 500 operations per client
spread over 60 s; LW_PG_CONCURRENCY_SECONDS and LW_PG_CONCURRENCY_OPS change them for a
quicker local run (e.g. LW_PG_CONCURRENCY_SECONDS=10).

This module is also the client program (client_main), so it imports nothing of QGIS
at the top.
"""

import collections
import datetime
import json
import os
import random
import subprocess
import sys
import time

import psycopg2
import pytest
from psycopg2 import sql

from liangwei.plugin.store import postgis
from pgserver import SMALL, build_county, new_case, pg_database, pg_server  # noqa: F401

SCHEMA = "county_busy"
TOWNS = ("330624100", "330624101", "330624102", "330624103")
CLIENTS = 8
CASES_PER_TOWN = 10
SECONDS = float(os.environ.get("LW_PG_CONCURRENCY_SECONDS", "60"))
OPS = int(os.environ.get("LW_PG_CONCURRENCY_OPS", "500"))
EDIT_FIELDS = ("remarks", "party_name", "address", "building_area_m2", "floors")
# Steps that need no data and no written reason, so any client may take them.
SIMPLE_STEPS = {"clue": "verified", "verified": "filed", "filed": "investigating",
                "investigating": "notified"}


def login_of(i):
    return "busy_editor_%d" % i


def password_of(i):
    return "busy-pw-%d" % i


# --- the client program ------------------------------------------------------------------------

def client_main(config_json):
    """One office: `ops` operations spread over `seconds`, logged as JSON lines."""
    config = json.loads(config_json)
    rng = random.Random(config["seed"])
    conn = postgis.connect(config["conninfo"], config["schema"], application_name="busy client")
    shared = list(config["cases"])   # the other editor of the township works on these too
    cases = list(shared)
    log = open(config["log"], "w", encoding="utf-8")

    def write(**entry):
        log.write(json.dumps(entry, default=str) + "\n")

    start = time.monotonic()
    for n in range(config["ops"]):
        # keep to the schedule: the operations are spread over the whole run
        delay = start + n * config["seconds"] / config["ops"] - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        r = rng.random()
        try:
            if r < 0.65:
                case_id = rng.choice(shared if rng.random() < 0.8 else cases)
                row = postgis.read_case(conn, case_id)
                time.sleep(rng.uniform(0, 0.05))   # the user edits the form
                field = rng.choice(EDIT_FIELDS)
                value = {"building_area_m2": round(rng.uniform(10, 900), 2),
                         "floors": rng.randint(1, 9)}.get(field, "%s-op%d" % (config["login"], n))
                try:
                    token = postgis.update_case(conn, case_id, {field: value}, row["updated_at"],
                                                user=config["login"])
                except postgis.StaleEdit as e:
                    write(op="edit", case=case_id, refused=str(e))
                    continue
                write(op="edit", case=case_id, field=field, value=value, read=row["updated_at"],
                      token=token)
            elif r < 0.85:
                fid = postgis.insert(conn, "violations", {
                    "township_code": config["township"], "geom": SMALL,
                    "discovered_on": "%d-%02d-%02d" % (rng.choice((2023, 2024)), rng.randint(1, 12),
                                                      rng.randint(1, 28))})
                case_id = postgis.read_row(conn, "violations", "fid", fid)["case_id"]
                cases.append(case_id)
                write(op="new", case=case_id)
            else:
                case_id = rng.choice(shared if rng.random() < 0.8 else cases)
                status = postgis.read_case(conn, case_id)["status"]
                if status not in SIMPLE_STEPS:
                    write(op="skip", case=case_id)
                    continue
                time.sleep(rng.uniform(0, 0.02))
                try:
                    postgis.add_case_event(conn, case_id, SIMPLE_STEPS[status], actor=config["login"],
                                           from_status=status)
                except psycopg2.Error as e:
                    message = postgis.readable_error(e)
                    if "is not the case's current status" not in message:
                        raise
                    write(op="step", case=case_id, refused=message)
                    continue
                write(op="step", case=case_id, to=SIMPLE_STEPS[status])
        except Exception as e:   # anything else is a defect: reported, never hidden
            write(op="error", message="%s: %s" % (type(e).__name__, e))
    log.close()
    conn.close()


# --- the test ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def busy_county(pg_database):
    conn = build_county(pg_database, SCHEMA, townships=TOWNS, villages_per_township=1)
    cases = {town: [new_case(conn, town) for _ in range(CASES_PER_TOWN)] for town in TOWNS}
    for i in range(CLIENTS):
        postgis.create_township_role(conn, SCHEMA, TOWNS[i % len(TOWNS)], login_of(i), password_of(i))
    yield conn, cases
    conn.close()


def read_logs(paths):
    out = []
    for i, path in enumerate(paths):
        with open(path, encoding="utf-8") as fh:
            out.extend(dict(json.loads(line), client=i) for line in fh)
    return out


def ts(text):
    return datetime.datetime.fromisoformat(str(text))


@pytest.mark.timeout(max(600, int(SECONDS * 4) + 300))
def test_eight_offices_saving_at_once_lose_nothing_silently(pg_database, busy_county, tmp_path):
    conn, cases = busy_county
    import liangwei
    path = os.pathsep.join([os.path.dirname(liangwei.__path__[0]), os.path.dirname(__file__)])
    env = dict(os.environ, PYTHONPATH=path)
    last_audit_id = postgis._one(conn, sql.SQL("SELECT coalesce(max(audit_id), 0) FROM {}").format(
        sql.Identifier(SCHEMA, "audit_log")))[0]
    logs, processes = [], []
    t0 = time.monotonic()
    for i in range(CLIENTS):
        logs.append(str(tmp_path / ("client%d.jsonl" % i)))
        config = {"conninfo": pg_database.info(login_of(i), password_of(i)), "schema": SCHEMA,
                  "login": login_of(i), "township": TOWNS[i % len(TOWNS)],
                  "cases": cases[TOWNS[i % len(TOWNS)]], "ops": OPS, "seconds": SECONDS,
                  "seed": 1000 + i, "log": logs[-1]}
        processes.append(subprocess.Popen(
            [sys.executable, "-c", "import sys, test_postgis_concurrency as t; t.client_main(sys.argv[1])",
             json.dumps(config)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    outputs = [p.communicate(timeout=SECONDS * 3 + 240)[0] for p in processes]
    elapsed = time.monotonic() - t0
    assert [p.returncode for p in processes] == [0] * CLIENTS, outputs
    entries = read_logs(logs)

    # every operation was done and reported: committed, or refused to its client
    assert len(entries) == CLIENTS * OPS
    errors = [e for e in entries if e["op"] == "error"]
    assert errors == []
    edits = [e for e in entries if e["op"] == "edit" and "refused" not in e]
    refused_edits = [e for e in entries if e["op"] == "edit" and "refused" in e]
    new_cases = [e for e in entries if e["op"] == "new"]
    steps = [e for e in entries if e["op"] == "step" and "refused" not in e]
    refused_steps = [e for e in entries if e["op"] == "step" and "refused" in e]
    print("\n%d clients × %d operations in %.1f s: %d edits saved, %d refused as stale, %d new "
          "cases, %d steps, %d steps refused" % (CLIENTS, OPS, elapsed, len(edits), len(refused_edits),
                                                  len(new_cases), len(steps), len(refused_steps)))
    assert edits and new_cases and steps
    assert refused_edits, "no two offices collided: the test proved nothing"
    assert all("after you opened it" in e["refused"] for e in refused_edits)

    # every committed edit is present, unless a later committed edit of the same field replaced it
    admin = pg_database.raw()
    cur = admin.cursor()
    cur.execute(sql.SQL("SELECT case_id, updated_at, {} FROM {}").format(
        sql.SQL(", ").join(sql.Identifier(f) for f in EDIT_FIELDS), sql.Identifier(SCHEMA, "violations")))
    current = {r[0]: dict(zip(("updated_at",) + EDIT_FIELDS, r[1:])) for r in cur.fetchall()}
    last = {}
    for e in edits:
        key = (e["case"], e["field"])
        if key not in last or ts(e["token"]) > ts(last[key]["token"]):
            last[key] = e
    for (case_id, field), e in last.items():
        assert current[case_id][field] == e["value"], (case_id, field, e)

    # case numbers: unique, and per county and year without gaps
    cur.execute(sql.SQL("SELECT case_id FROM {}").format(sql.Identifier(SCHEMA, "violations")))
    numbers = [r[0] for r in cur.fetchall()]
    assert len(numbers) == len(set(numbers))
    assert {e["case"] for e in new_cases} <= set(numbers)
    serials = collections.defaultdict(list)
    for n in numbers:
        county, year, serial = n.split("-")
        serials[county, year].append(int(serial))
    for key, found in serials.items():
        assert sorted(found) == list(range(1, len(found) + 1)), key
    assert len(numbers) == len(TOWNS) * CASES_PER_TOWN + len(new_cases)

    # the audit table: one row per committed change, by whom, with old and new values
    cur.execute(sql.SQL("SELECT table_name, action, db_user, row_key, old_row, new_row, application_name "
                        "FROM {} WHERE audit_id > %s ORDER BY audit_id").format(
        sql.Identifier(SCHEMA, "audit_log")), (last_audit_id,))
    audit = cur.fetchall()
    admin.close()
    counted = collections.Counter((t, a, u) for t, a, u, _, _, _, _ in audit)
    for i in range(CLIENTS):
        who = login_of(i)
        mine = [e for e in entries if e["client"] == i]
        n_edits = sum(1 for e in mine if e["op"] == "edit" and "refused" not in e)
        n_new = sum(1 for e in mine if e["op"] == "new")
        n_steps = sum(1 for e in mine if e["op"] == "step" and "refused" not in e)
        assert counted[("violations", "UPDATE", who)] == n_edits + n_steps, who
        assert counted[("violations", "INSERT", who)] == n_new, who
        assert counted[("case_events", "INSERT", who)] == n_new + n_steps, who
        assert sum(n for (t, a, u), n in counted.items() if u == who) == n_edits + 2 * n_steps + 2 * n_new
    assert {r[6] for r in audit} == {"busy client"}
    # each saved edit is in the trail, made on the version its client had read
    updates = {(r[3], ts(r[5]["updated_at"])): r for r in audit if r[:2] == ("violations", "UPDATE")}
    for e in edits:
        row = updates[(e["case"], ts(e["token"]))]
        assert row[2] == login_of(e["client"])
        assert ts(row[4]["updated_at"]) == ts(e["read"])
        assert row[5][e["field"]] == e["value"]


def test_the_token_read_through_qgis_saves_and_a_stale_one_is_refused(pg_database, busy_county,
                                                                       qgis_new_project):
    """The case dialog reads the case from its QGIS layer (a QDateTime in milliseconds)
    and saves with that token."""
    conn, cases = busy_county
    case_id = new_case(conn, TOWNS[0])
    layer = pg_database.qgis_layer(SCHEMA, "violations")
    try:
        feature = [f for f in layer.getFeatures() if f["case_id"] == case_id][0]
        token = feature["updated_at"]
        assert token.__class__.__name__ == "QDateTime"
        saved = postgis.update_case(conn, case_id, {"remarks": "第一次保存"}, token, user="甲")
        with pytest.raises(postgis.StaleEdit) as err:
            postgis.update_case(conn, case_id, {"remarks": "第二次保存"}, token, user="乙")
        assert err.value.changed_by == "甲" and err.value.current == saved
        assert postgis.read_case(conn, case_id)["remarks"] == "第一次保存"
        # a naive local datetime and ISO text work too
        local = saved.astimezone().replace(tzinfo=None)
        saved = postgis.update_case(conn, case_id, {"remarks": "第三次"}, local)
        postgis.update_case(conn, case_id, {"remarks": "第四次"}, saved.isoformat())
    finally:
        del layer


def _in_thread(function):
    """Run `function` in a thread; returns a getter of its result (or exception)."""
    import threading
    out = {}

    def run():
        try:
            out["result"] = function()
        except Exception as e:   # handed to the test
            out["error"] = e
    thread = threading.Thread(target=run)
    thread.start()

    def result(timeout=30):
        thread.join(timeout)
        assert not thread.is_alive(), "the second writer is still waiting"
        return out
    return result


def test_two_steps_from_the_same_state_wait_for_each_other(pg_database, busy_county):
    """Two offices take a step of the same case at the same moment: the second waits
    for the first and is refused, as it started from a state that is gone."""
    conn, cases = busy_county
    case_id = new_case(conn, TOWNS[1])
    first = pg_database.connect(SCHEMA)
    second = pg_database.connect(SCHEMA)
    try:
        with postgis.transaction(first):
            postgis.add_case_event(first, case_id, "verified", actor="A", from_status="clue")
            waiting = _in_thread(lambda: postgis.add_case_event(
                second, case_id, "not_filed", actor="B", note="不予立案", from_status="clue"))
            time.sleep(0.5)   # B is now blocked on A's lock of the case
        out = waiting()
        assert "is not the case's current status" in postgis.readable_error(out["error"])
        assert postgis.read_case(conn, case_id)["status"] == "verified"
    finally:
        first.close()
        second.close()


def test_two_new_cases_at_once_get_consecutive_numbers_and_a_rollback_leaves_no_gap(
        pg_database, busy_county):
    conn, cases = busy_county
    first = pg_database.connect(SCHEMA)
    second = pg_database.connect(SCHEMA)
    row = {"township_code": TOWNS[2], "discovered_on": "2022-03-01", "geom": SMALL}
    try:
        with pytest.raises(RuntimeError):
            with postgis.transaction(first):
                postgis.insert(first, "violations", row)   # takes 330624-2022-000001
                waiting = _in_thread(lambda: postgis.read_row(
                    second, "violations", "fid", postgis.insert(second, "violations", row))["case_id"])
                time.sleep(0.5)
                raise RuntimeError("the first office cancels")
        assert waiting()["result"] == "330624-2022-000001"
        with postgis.transaction(first):
            fid = postgis.insert(first, "violations", row)
            waiting = _in_thread(lambda: postgis.read_row(
                second, "violations", "fid", postgis.insert(second, "violations", row))["case_id"])
            time.sleep(0.5)
        assert postgis.read_row(conn, "violations", "fid", fid)["case_id"] == "330624-2022-000002"
        assert waiting()["result"] == "330624-2022-000003"
    finally:
        first.close()
        second.close()
