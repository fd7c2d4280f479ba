"""Writing the audit trail. Every service that changes data calls `record` in its transaction."""

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from blkdesk.core.models import AuditEvent
from blkdesk.core.permissions import Actor


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    return value


def snapshot(obj: object, fields: list[str] | tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in fields}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields that changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def encode(changes: dict[str, Any] | None) -> str:
    """The `changes` column's text: what `record` stores, for a statement that writes audit
    rows itself."""
    return json.dumps(changes, ensure_ascii=False, default=_plain) if changes else ""


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_uuid: str = "",
    changes: dict[str, Any] | None = None,
    reason: str = "",
) -> AuditEvent:
    event = AuditEvent(
        user_name=actor.name,
        action=action,
        entity=entity,
        entity_uuid=entity_uuid,
        changes=encode(changes),
        reason=reason,
    )
    session.add(event)
    return event
