"""The audit trail and the log of files that left the office. Local to this database."""

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from blkdesk.core.clock import utcnow
from blkdesk.core.models.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_uuid"),
        Index("ix_audit_at", "at"),
        Index("ix_audit_user", "user_name", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_name: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))  # create / update / delete / login / export...
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    # JSON: {"field": [before, after], ...}
    changes: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class ExportLog(Base):
    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))  # monthly / sync_full / sync_delta / ...
    period: Mapped[str] = mapped_column(String(20), default="")
    since: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    row_counts: Mapped[str] = mapped_column(Text, default="")  # JSON
