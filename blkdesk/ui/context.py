"""What every page needs: the database, who is logged in, this BLK, and the change bus."""

from dataclasses import dataclass, field

from blkdesk.core.models import User
from blkdesk.core.permissions import Action, Actor, Role
from blkdesk.core.storage.db import Database
from blkdesk.ui.bus import ChangeBus


@dataclass
class AppContext:
    db: Database
    user: User
    institution_code: str
    institution_name: str
    bus: ChangeBus = field(default_factory=ChangeBus)
    # The province's desk: one view over every BLK it coordinates, keying none of their records.
    province: bool = False

    @property
    def actor(self) -> Actor:
        return Actor(
            name=self.user.username,
            role=Role(self.user.role),
            user_id=self.user.id,
            province=self.province,
        )

    def can(self, action: Action) -> bool:
        return self.actor.can(action)
