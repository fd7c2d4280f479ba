"""Excel in and out: the monthly report, the sync workbook and the province's merge. Qt-free."""
