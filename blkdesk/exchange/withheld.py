"""The province blanks what older sync files left in its database and it no longer keeps.

Sync files from BLKDesk before the withholding (sync_format.WITHHELD) brought each trainee's
KK number, religion, address, passport, guardian, notes and the notes beside attendance marks,
which can say a trainee was ill. The merge no longer stores them; this removes what is already
there, once per change of the withheld list: a province is not to keep health notes it has no
purpose for (UU 27/2022 Art. 43, 44). Each blanked field is counted in one audit entry; the
values themselves are not copied anywhere.

It is done when BLKDesk opens the province's database (`purge_at_open`), so a province that
upgrades and then receives no file for weeks does not keep them meanwhile, and, for a database
opened another way, in the transaction of the first file merged. Either way it is one
transaction: a kill halfway leaves every value or none.

A row keeps its `updated_at`: the merge compares it with the BLK's, and nothing the BLK changed
is newer for this.
"""

import json

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.models import Institution, Setting
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.province import is_province_database
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.storage.db import Database
from blkdesk.exchange.sync_format import SHEETS, WITHHELD

# Which withheld list the database was last blanked for: a later version withholding more
# blanks again; the same list costs one read.
DONE_SETTING = "sync_withheld_purged"


def withheld_list() -> list[str]:
    return sorted(f"{table}.{column}" for table, columns in WITHHELD.items() for column in columns)


def purge_needed(session: Session) -> bool:
    row = session.get(Setting, DONE_SETTING)
    return row is None or json.loads(row.value) != withheld_list()


def purge_withheld(session: Session, actor: Actor) -> dict[str, int]:
    """Blank every withheld field of the records other institutions sent; returns how many
    rows each field was blanked in ("trainee.religion": 120, ...). Audited when any was."""
    require(actor, Action.MERGE_SYNC)
    local = session.scalar(select(Institution.code).where(Institution.is_local))
    counts: dict[str, int] = {}
    for sheet in SHEETS:
        table = sheet.table
        c = table.c
        if "inst_code" in c:
            others = c.inst_code != local
        else:
            # Marks have no owner of their own: their enrollment's is theirs.
            parent = sheet.parent.ref  # type: ignore[union-attr]
            owned = select(parent.c.id).where(parent.c.inst_code != local)  # type: ignore[union-attr]
            others = c[sheet.parent.source].in_(owned)  # type: ignore[union-attr]
        for field in sheet.withheld:
            column = c[field.source]
            result = session.execute(
                update(table)
                .where(others, column != "")
                .values({field.source: "", "updated_at": c.updated_at})
                .execution_options(synchronize_session=False)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                counts[f"{sheet.name}.{field.name}"] = result.rowcount  # type: ignore[attr-defined]
    done = withheld_list()
    row = session.get(Setting, DONE_SETTING)
    if row is None:
        session.add(Setting(key=DONE_SETTING, value=json.dumps(done)))
    else:
        row.value = json.dumps(done)
    if counts:
        audit.record(
            session, actor, "purge", "withheld_fields", "",
            {name: [count, 0] for name, count in sorted(counts.items())},
            reason="Data dari berkas sinkronisasi lama yang tidak dibutuhkan provinsi "
            "dikosongkan (UU 27/2022 Pasal 43).",
        )  # fmt: skip
    return counts


def purge_at_open(db: Database, actor: Actor) -> dict[str, int]:
    """`purge_withheld` on a province's database just opened, when it is not done yet for this
    version's withheld list; returns the counts (empty when nothing was blanked). Once done,
    and on a BLK's database (whose own records are never blanked) or a read-only one, it costs
    a read or two."""
    if db.read_only:
        return {}
    with db.session() as session:
        if not (purge_needed(session) and is_province_database(session)):
            return {}
    try:
        with db.transaction() as session:
            if not purge_needed(session):  # another PC of the office did it meanwhile
                return {}
            return purge_withheld(session, actor)
    except IntegrityError:
        # Two PCs opening the office server's province database at once: both found the setting
        # missing, and the other one's committed first. Its blanking did the work; this
        # transaction left nothing.
        with db.session() as session:
            if purge_needed(session):
                raise
        return {}


def purge_said(counts: dict[str, int]) -> Sentence:
    """What the province officer is told after the merge that blanked them."""
    return Sentence(
        "Sebelum penggabungan, {n} isian data pribadi dari berkas sinkronisasi lama yang "
        "tidak dibutuhkan provinsi (catatan kehadiran, catatan, agama, nomor KK, alamat jalan, "
        "paspor, wali) dikosongkan; jumlahnya tercatat di jejak audit.",
        n=number(sum(counts.values())),
    )


def purged_at_open_said(counts: dict[str, int]) -> Sentence:
    """What the command line says after opening the database blanked them."""
    return Sentence(
        "Saat database dibuka, {n} isian data pribadi dari berkas sinkronisasi lama yang tidak "
        "dibutuhkan provinsi dikosongkan; jumlahnya tercatat di jejak audit.",
        n=number(sum(counts.values())),
    )
