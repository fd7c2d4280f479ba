"""Every language must carry the same placeholders, or `.format()` breaks only in that language."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|&(?=\w)")


def _messages():
    for ts in TRANSLATIONS.glob("*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                yield ts.name, name, message.findtext("source") or "", message.find("translation")


def test_translations_keep_the_placeholders():
    for ts, context, source, translation in _messages():
        if translation is None or translation.get("type") == "unfinished":
            continue
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != "&")
        # A count's plural forms ("1 batch", "2 batches") each carry every placeholder.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            got = sorted(p for p in PLACEHOLDER.findall(form) if p != "&")
            assert wanted == got, f"{ts} {context}: {source!r} → {form!r}"


def test_every_message_is_translated_to_english():
    missing = [
        f"{context}: {source!r}"
        for ts, context, source, translation in _messages()
        if ts == "blkdesk_en.ts" and (translation is None or translation.get("type") is not None)
    ]
    assert missing == [], "run ./dev translations and translate these:\n" + "\n".join(missing)


# Words whose English depends on the screen: in the merge table "Tetap" counts rows the file
# left unchanged, not permanent ones; "Lengkap" is the full (not "complete") kind of sync file.
SYNC_GLOSSARY = {
    "Tetap": "Unchanged",
    "Lengkap": "Full",
    "Semua data (lengkap)": "All data (full)",
    "seluruh berkas": "the whole file",
}


def test_sync_words_keep_their_meaning_in_english():
    wrong = [
        f"{source!r} → {translation.text!r}"
        for ts, _context, source, translation in _messages()
        if ts == "blkdesk_en.ts" and source in SYNC_GLOSSARY
        and translation is not None and translation.text != SYNC_GLOSSARY[source]
    ]  # fmt: skip
    assert wrong == []
