"""Whose record it is: the Lembaga column and filter the lists gain at the province's desk."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from blkdesk.core.province import double_funding
from blkdesk.core.storage.db import Database


class InstitutionFilter(QComboBox):
    """'Semua lembaga' and every institution whose records the database holds; shown only at
    the province, where a list mixes the records of many BLKs."""

    def __init__(self, province: bool) -> None:
        super().__init__()
        self.names: dict[str, str] = {}
        self.addItem(QCoreApplication.translate("InstitutionFilter", "Semua lembaga"), None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setVisible(province)

    def load(self, db: Database, local_code: str) -> None:
        with db.session() as session:
            names = double_funding.institution_names(session)
        self.names = {code: name for code, name in names.items() if code != local_code}
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for code, name in sorted(self.names.items(), key=lambda item: item[1]):
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def accepts(self, code: str) -> bool:
        chosen = self.currentData()
        return chosen is None or chosen == code
