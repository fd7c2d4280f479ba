"""Alembic environment: migrations run on the engine BLKDesk already opened."""

from alembic import context

from blkdesk.core.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from blkdesk.core.storage.db import make_engine, resolve_url

        engine = make_engine(resolve_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.connect() as connection:
        # The office server's connections give up on a lock after db.LOCK_TIMEOUT_MS; an upgrade
        # must not stop half-way because another PC still reads a table, so it waits as before.
        # Set for the session (each revision has its own transaction) and committed before
        # Alembic begins; the connection is closed afterwards, so no save inherits the wait.
        lifted = connection.dialect.name == "postgresql"
        if lifted:
            connection.exec_driver_sql("SET lock_timeout = 0")
            connection.commit()
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,  # SQLite cannot ALTER most things; batch copies the table
                # Each revision in its own transaction: a failure leaves the last good one intact.
                transaction_per_migration=True,
            )
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            if lifted:
                connection.invalidate()


run_migrations_online()
