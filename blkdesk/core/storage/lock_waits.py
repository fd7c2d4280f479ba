"""Work on the office server that waits for other PCs' locks however long they are held,
instead of giving up after db.LOCK_TIMEOUT_MS as a clerk's save does.

Its own module because both the database (`Database.transaction(waits_for_locks=True)`) and the
restore (`server_backup`, which the database's upgrade calls) use it."""

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session


def wait_for_locks(conn: Session | Connection) -> None:
    """Lift LOCK_TIMEOUT_MS for the rest of this transaction (SET LOCAL ends with it), for work
    that is long, rare and must not fail half-way because a clerk read a table: the province's
    merge, the restore's own steps. They wait as they always did. (The schema upgrade lifts it
    for its whole connection: see migrations/env.py.)"""
    dialect = conn.get_bind().dialect if isinstance(conn, Session) else conn.dialect
    if dialect.name == "postgresql":
        conn.execute(text("SET LOCAL lock_timeout = 0"))
