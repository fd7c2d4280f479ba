"""Which Alembic revision a database is at: read by the opening (db) and by the office server's
backups (server_backup), which db itself calls before an upgrade, so it lives apart from both."""

from sqlalchemy import Engine, inspect, text


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
