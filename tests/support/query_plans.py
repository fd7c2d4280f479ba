"""The plan SQLite chose for each SELECT a piece of code runs, to test that it seeks by an index
instead of reading a table row by row."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.orm import Session


@contextmanager
def query_plans(session: Session, mentioning: str = "") -> Iterator[list[str]]:
    """A list that fills with the EXPLAIN QUERY PLAN steps of every SELECT run on `session`'s
    connection inside the block (only those whose text contains `mentioning`)."""
    steps: list[str] = []

    def explain(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and mentioning in statement:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            steps.extend(str(row[-1]) for row in plan)

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", explain)
    try:
        yield steps
    finally:
        event.remove(connection, "before_cursor_execute", explain)
