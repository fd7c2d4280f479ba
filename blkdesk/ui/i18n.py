"""Interface language. Source strings are Indonesian (the default); English comes from
`resources/translations/blkdesk_en.qm`, built from the `.ts` by `./dev translations`."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from blkdesk.core.sentences import speak_with
from blkdesk.ui import core_sentences
from blkdesk.ui.language import set_active_language
from blkdesk.ui.resources import resource
from blkdesk.ui.settings import app_settings

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_installed: list[QTranslator] = []


def current_language() -> str:
    """The clerk's saved choice (Pengaturan → Bahasa antarmuka)."""
    lang = str(app_settings().value("ui/language", "id"))
    return lang if lang in LANGUAGES else "id"


def set_language(lang: str) -> None:
    app_settings().setValue("ui/language", lang)


def install(lang: str) -> bool:
    """Install the translators for `lang`; False when its `.qm` file is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # Core's sentences are written in Indonesian: said through the translator in any other.
    speak_with(None if lang == "id" else core_sentences.speak)
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
    )
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang == "id":
        # Our strings are Indonesian already; only Qt's own buttons need translating.
        buttons = QTranslator(app)
        if buttons.load(str(resource("translations", "qt_id.qm"))):
            app.installTranslator(buttons)
            _installed.append(buttons)
        set_active_language(lang)
        return True
    ours = QTranslator(app)
    if not ours.load(str(resource("translations", f"blkdesk_{lang}.qm"))):
        set_active_language("id")  # Qt's own strings may be English; ours stay Indonesian
        speak_with(None)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    set_active_language(lang)
    return True
