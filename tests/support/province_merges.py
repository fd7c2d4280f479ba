"""What the province's merge tests share: a BLK that reinstalled BLKDesk (a new key signs its
next file), and the officer picking files to merge on the Laporan page."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from blkdesk.core.certification.signing import fingerprint, generate_keypair
from blkdesk.core.models import Institution
from blkdesk.core.permissions import Actor, Role
from blkdesk.exchange import sync_export
from tests.support.exchange_data import build, new_blk


@dataclass(frozen=True)
class Reinstalled:
    before: Path  # signed with the key the province pins on first merge
    after: Path  # a full file signed with the new key
    old_fingerprint: str
    new_fingerprint: str


def reinstalled_blk(tmp_path: Path, code: str = "PDG") -> Reinstalled:
    actor = Actor("admin", Role.ADMIN)
    blk = new_blk(tmp_path, code)
    build(blk, per_batch=2)
    before = sync_export.export_sync(blk, actor, tmp_path / "lama.xlsx").path
    private, public = generate_keypair()
    with blk.transaction() as s:
        inst = s.scalar(select(Institution).where(Institution.is_local))
        old, inst.private_key, inst.public_key = fingerprint(inst.public_key), private, public
    after = sync_export.export_sync(blk, actor, tmp_path / "baru.xlsx", full=True).path
    blk.dispose()
    return Reinstalled(before, after, old, fingerprint(public))


def merge_on_page(qtbot, monkeypatch, page, files: list[Path]) -> None:
    """Pick `files` in the merge button's file dialog and wait until each has its row."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in files], ""))  # fmt: skip
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    model = page.merge_model
    qtbot.waitUntil(lambda: [model.index(r, 0).data() for r in range(model.rowCount())]
                    == [p.name for p in files], timeout=20_000)  # fmt: skip
