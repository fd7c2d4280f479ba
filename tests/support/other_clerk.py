"""Another clerk at another PC, as its own process on the same office server.

    python -m tests.support.other_clerk URL trainee ID FIELD=VALUE...   saves a trainee edit
    python -m tests.support.other_clerk URL mark BATCH ENROLLMENT DAY CODE   keys one mark
    python -m tests.support.other_clerk URL KIND ID FIELD=VALUE...   (KIND: batch, program,
        placement, instructor, closure, user, vocation)
        saves an edit of that record as its form would (numbers stay numbers)
    python -m tests.support.other_clerk URL institution FIELD=VALUE...   edits the profile
    python -m tests.support.other_clerk URL reset USERNAME PASSWORD   an admin resets it
    python -m tests.support.other_clerk URL status ENROLLMENT STATUS [REASON]   sets an
        applicant's status (REASON: why they withdrew)

Each runs the same services the GUI runs, commits, prints `saved` and exits. A test calls
`other_clerk(url, ...)`, which starts that process and checks that it saved.
"""

import sys
from dataclasses import replace
from datetime import date
from typing import Any

from blkdesk.core import institution_profile
from blkdesk.core.access import accounts, auth
from blkdesk.core.attendance import attendance
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.placement import placements
from blkdesk.core.registry import trainees
from blkdesk.core.storage.db import open_database
from blkdesk.core.training import batches, catalog, selection

BUDI = Actor("budi", Role.OPERATOR)
BUDI_ADMIN = Actor("budi", Role.ADMIN)  # the registers and accounts are an admin's to edit


def other_clerk(url: str, *args: str) -> None:
    """Run this module as another process (another PC on the same server); it must save."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "tests.support.other_clerk", url, *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == "saved", done.stderr


def _typed(was: Any, text: str) -> Any:
    return date.fromisoformat(text) if isinstance(was, date) else type(was)(text)


def _edited(current: Any, args: tuple[str, ...]) -> Any:
    edits = dict(arg.split("=", 1) for arg in args)
    return replace(current, **{k: _typed(getattr(current, k), v) for k, v in edits.items()})


def main(url: str, what: str, *args: str) -> None:
    db = open_database(url)
    try:
        if what == "trainee":
            trainee_id = int(args[0])
            with db.transaction() as session:
                current = trainees.to_input(trainees.get(session, BUDI, trainee_id))
                edits = dict(arg.split("=", 1) for arg in args[1:])
                trainees.update(session, BUDI, trainee_id, replace(current, **edits))
        elif what == "batch":
            with db.transaction() as session:
                current = batches.batch_input(batches.detail(session, int(args[0])))
                batches.update_batch(session, BUDI, int(args[0]), _edited(current, args[1:]))
        elif what == "program":
            with db.transaction() as session:
                program = catalog.get_program(session, int(args[0]))
                current = catalog.program_input(session, program)
                catalog.update_program(session, BUDI, int(args[0]), _edited(current, args[1:]))
        elif what == "placement":
            with db.transaction() as session:
                current, _version = placements.input_of(session, int(args[0]))
                placements.update(session, BUDI, int(args[0]), _edited(current, args[1:]))
        elif what == "instructor":
            with db.transaction() as session:
                current, _version = catalog.opened_instructor(session, int(args[0]))
                catalog.save_instructor(session, BUDI_ADMIN, _edited(current, args[1:]),
                                        int(args[0]))  # fmt: skip
        elif what == "vocation":
            with db.transaction() as session:
                current, _version = catalog.opened_vocation(session, int(args[0]))
                catalog.save_vocation(session, BUDI_ADMIN, _edited(current, args[1:]),
                                      int(args[0]))  # fmt: skip
        elif what == "closure":
            with db.transaction() as session:
                current, _version = batches.opened_closure(session, int(args[0]))
                batches.update_closure(session, BUDI, int(args[0]), _edited(current, args[1:]))
        elif what == "user":
            with db.transaction() as session:
                current, _version = accounts.opened_account(session, int(args[0]))
                accounts.update_user(session, BUDI_ADMIN, int(args[0]), _edited(current, args[1:]))
        elif what == "reset":  # URL reset USERNAME PASSWORD: an admin sets a new password
            with db.transaction() as session:
                auth.reset_password(session, BUDI_ADMIN, args[0], args[1])
        elif what == "institution":  # URL institution FIELD=VALUE...: the profile
            with db.transaction() as session:
                current, _version, _code = institution_profile.opened_profile(session)
                institution_profile.update_profile(session, BUDI_ADMIN, _edited(current, args))
        elif what == "status":
            with db.transaction() as session:
                selection.set_status(session, BUDI, int(args[0]), args[1],
                                     reason=args[2] if len(args) > 2 else "")  # fmt: skip
        elif what == "mark":
            batch, enrollment, day, code = int(args[0]), int(args[1]), args[2], args[3]
            attendance.set_mark(db, BUDI, batch, enrollment, date.fromisoformat(day), code)
        print("saved", flush=True)
    finally:
        db.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
