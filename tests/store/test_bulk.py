import datetime as dt

import duckdb
import pytest

from dateline.store.bulk import arrow_schema, insert_rows


@pytest.fixture
def con():
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE t (id VARCHAR, n INTEGER, day DATE, sig UBIGINT[], meta JSON)")
    yield con
    con.close()


def test_insert_rows_round_trips_every_type(con):
    big = 2**64 - 1
    rows = [
        ("a", 1, dt.date(2015, 3, 22), [0, big], '{"k": 1}'),
        ("b", None, None, None, None),
    ]
    assert insert_rows(con, "t", rows) == 2
    got = con.execute("SELECT * FROM t ORDER BY id").fetchall()
    assert got[0][:4] == ("a", 1, dt.date(2015, 3, 22), [0, big])
    assert got[1] == ("b", None, None, None, None)


def test_insert_rows_in_a_column_order_of_choice(con):
    schema = arrow_schema(con, "t", ["n", "id"])
    insert_rows(con, "t", [(7, "x")], schema)
    assert con.execute("SELECT id, n, day FROM t").fetchall() == [("x", 7, None)]


def test_nothing_to_insert(con):
    assert insert_rows(con, "t", []) == 0
    assert con.execute("SELECT count(*) FROM t").fetchone() == (0,)
