"""Whose record it is: the Lembaga column and filter the lists gain at the province's desk."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from blkdesk.core.province import double_funding
from blkdesk.core.storage.db import Database


def short_name(name: str) -> str:
    """'UPTD BLK Kabupaten Lebak' → 'Kab. Lebak': the Lembaga column stays narrow."""
    for prefix in ("UPTD ", "BLK ", "Balai Latihan Kerja "):
        name = name.removeprefix(prefix)
    return name.replace("Kabupaten ", "Kab. ")


def short_names(names: dict[str, str]) -> dict[str, str]:
    """{code: short name}, keeping the full name of institutions whose short names would be
    the same (a regency's UPTD BLK and a community BLK in it)."""
    short = {code: short_name(name) for code, name in names.items()}
    taken = list(short.values())
    return {code: s if taken.count(s) == 1 else names[code] for code, s in short.items()}


class InstitutionFilter(QComboBox):
    """'Semua lembaga' and every institution whose records the database holds; shown only at
    the province, where a list mixes the records of many BLKs."""

    def __init__(self, province: bool) -> None:
        super().__init__()
        self.names: dict[str, str] = {}  # full names, in the list to choose from
        self.short: dict[str, str] = {}  # in the Lembaga column
        self.addItem(QCoreApplication.translate("InstitutionFilter", "Semua lembaga"), None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setVisible(province)

    def load(self, db: Database, local_code: str) -> None:
        with db.session() as session:
            names = double_funding.institution_names(session)
        self.names = {code: name for code, name in names.items() if code != local_code}
        self.short = short_names(self.names)
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for code, name in sorted(self.names.items(), key=lambda item: item[1]):
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def name(self, code: str) -> str:
        """The institution's name as the Lembaga column shows it."""
        return self.short.get(code, code)

    def accepts(self, code: str) -> bool:
        chosen = self.currentData()
        return chosen is None or chosen == code
