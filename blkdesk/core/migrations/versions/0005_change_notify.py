"""office server: a notification when a commit writes to the audit trail or the export log

Every service writes its audit row in the transaction that makes its change, so one trigger on
the audit trail (and one on the export log) tells the other clerks' BLKDesk that something was
committed, and they read what from the audit trail. PostgreSQL only: SQLite has one writer.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHANNEL = "blkdesk_changes"
TABLES = ("audit_event", "export_log")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # NOTIFY is delivered at commit and folded when repeated in one transaction, so a bulk
    # import that writes thousands of audit rows sends one notification.
    op.execute(
        f"""
        CREATE FUNCTION blkdesk_notify() RETURNS trigger AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION blkdesk_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS blkdesk_notify()")
