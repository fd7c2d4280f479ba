"""Pages drawn with QtGui only (QPainter, QPdfWriter, QPrinter).

No widgets here, so the headless CLI prints the same pages the GUI previews.
"""
