"""Excel in and out: the registrant import, the monthly report, the sync workbook and the
province's merge. Qt-free."""
