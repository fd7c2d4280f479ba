"""PostgreSQL id sequences kept ahead of the ids already stored.

Bulk loads (the demo, the move of a SQLite file to the office server) write explicit integer ids,
which PostgreSQL's sequences do not see: the next ordinary insert would then be given an id that
is taken. SQLite needs nothing here, since it picks max(id) + 1 itself.
"""

from sqlalchemy import Connection, Integer, text

from blkdesk.core.models import Base


def _serial_tables() -> list[str]:
    tables = []
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].name == "id" and isinstance(pk[0].type, Integer):
            tables.append(table.name)
    return tables


def advance(conn: Connection) -> dict[str, int]:
    """Move each id sequence past the largest stored id; returns {table: new last value} for the
    ones it moved. Never moves a sequence back: another clerk may hold ids it handed out but has
    not committed yet."""
    if conn.dialect.name != "postgresql":
        return {}
    moved: dict[str, int] = {}
    for table in _serial_tables():
        seq = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
        if seq is None:
            continue
        top = conn.scalar(text(f'SELECT max(id) FROM "{table}"'))
        if top is None:
            continue
        last, called = conn.execute(text(f"SELECT last_value, is_called FROM {seq}")).one()
        if top > last or (top == last and not called):
            conn.execute(text("SELECT setval(:s, :v, true)"), {"s": seq, "v": top})
            moved[table] = int(top)
    return moved
