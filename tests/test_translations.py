"""Every language must carry the same placeholders, or `.format()` breaks only in that language."""

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# %Ln is a count (Qt's plural forms): every form of the message must say it.
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%\d|&(?=\w)")


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


def test_counts_are_grouped_and_english_says_one_and_many():
    """A count is %Ln, written as the language groups thousands (1.250 baris, 1,250 rows); %n
    would write 1250. English fills both forms: "1 row" and "2 rows"."""
    for ts in TRANSLATIONS.glob("*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                where = f"{ts.name} {context.findtext('name')}: {source!r}"
                assert "%n" not in source, f"{where}: write the count as %Ln"
                if "%Ln" not in source:
                    continue
                assert message.get("numerus") == "yes", f"{where}: tr() without the count"
                forms = [f.text for f in message.iter("numerusform")]
                if ts.name == "blkdesk_en.ts":
                    assert len(forms) == 2 and all(forms), f"{where}: {forms}"


# English "{n} rows" reads "1 rows" for one. The interface's counts are %Ln with both forms;
# these few {placeholders} before a plural noun are never one, or are not counts at all.
NEVER_ONE = {
    "Tersimpan: {n} sel.",  # one cell is said by its name and code
    "{name}: {n} pelatihan pada {year}",  # double funding is two trainings or more
    "{n} bulan",  # the follow-up calls at 3, 6 and 12 months
    "{n} hari lalu",  # 0 and 1 are "today" and "yesterday"
    "{n} bulan, terakhir {months}",  # said for more than three late months only
    "Catatan terlalu panjang: {n} karakter, paling banyak {max}.",  # more than the limit
    "{n} peserta ditemukan",  # "1,000+"; fewer are counted with %Ln
    "{rows} baris dari {tables} tabel dipindahkan; jumlah dan checksum setiap tabel cocok.",
    "{age} tahun",  # a trainee's age
    "Penempatan lulusan {year} per kejuruan",  # a year
    "{share} dari peserta",  # a percentage
}
PLURAL_AFTER_COUNT = re.compile(r"\{[a-z_]+\} (?:[a-z-]+ )?(?!is\b|was\b|has\b)[a-z-]+s\b")


def test_english_counts_say_one_in_the_singular():
    """Core's sentences are worded outside Qt, with their own singulars: see the test below."""
    said_as_many = [
        f"{context}: {source!r} → {translation.text!r}"
        for ts, context, source, translation in _messages()
        if ts == "blkdesk_en.ts" and not context.startswith("Core") and source not in NEVER_ONE
        and translation is not None and PLURAL_AFTER_COUNT.search(translation.text or "")
    ]  # fmt: skip
    assert said_as_many == [], "write the count as %Ln with a singular form:\n" + "\n".join(
        said_as_many
    )


def _core_counts() -> dict[str, set[str]]:
    """Each template core and exchange write as a Sentence, with the blanks they fill with a
    count: number() (imported as `counted` where a name would shadow it), or a bare len()."""
    counts: dict[str, set[str]] = {}
    for package in ("core", "exchange"):
        for path in (ROOT / "blkdesk" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) == "Sentence"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    counts.setdefault(node.args[0].value, set()).update(
                        k.arg or ""
                        for k in node.keywords
                        if isinstance(k.value, ast.Call)
                        and getattr(k.value.func, "id", None) in ("number", "counted", "len")
                    )
    return counts


# Core's counts before a plural noun that are never one: each is a limit, or more than one.
CORE_NEVER_ONE = {
    "{label} terlalu panjang ({length} karakter); maksimal {most}.",  # more than the limit
    "Lembar {sheet} berisi sel di luar {rows} baris dan {columns} kolom yang dapat dimuatnya, atau "
    "sel tanpa alamat: berkas diubah setelah diekspor atau bukan buatan program lembar kerja "
    "biasa. Berkas ditolak seluruhnya.",
    "Ekspor dibatalkan: {sheet} {record} berisi {length} karakter di kolom {column}, lebih dari "
    "{most} yang muat di satu sel Excel. Perpendek isinya, lalu ekspor lagi.",
    "Berkas berisi lebih dari {most} baris (batasnya); pisahkan dulu.",
    "Berkas .xlsx ini berisi {parts} bagian; maksimal {most}. Tidak diimpor.",
    "Berkas .xlsx ini mengembang {ratio} kali saat dibuka (zip bomb); maksimal {most} kali. "
    "Tidak diimpor.",
}


def test_english_says_one_of_core_counts_in_the_singular():
    """A count core writes with number() and English says before a plural noun ("{n} rows")
    is a template listed in ui/core_sentences.SINGULAR, said of one under "Core (one)"."""
    english = {
        (context, source): translation.text or ""
        for ts, context, source, translation in _messages()
        if ts == "blkdesk_en.ts" and translation is not None
    }
    said_as_many = []
    for template, blanks in _core_counts().items():
        for blank in sorted(blanks):
            plural = re.compile(
                r"\{" + blank + r"\} (?:[a-z-]+ ){0,3}?(?!is\b|was\b|has\b)[a-z-]+s\b"
            )
            if not plural.search(english.get(("Core", template), "")):
                continue
            one = english.get(("Core (one)", template))
            if template in CORE_NEVER_ONE or (blank == "n" and one and not plural.search(one)):
                continue
            said_as_many.append(f"{template!r} → {english[('Core', template)]!r}")
            break  # the template once, whichever of its counts
    assert said_as_many == [], (
        "name the count {n} and list the template in ui/core_sentences.SINGULAR, with its "
        "English for one:\n" + "\n".join(said_as_many)
    )


def _contexts_in_the_code() -> set[str]:
    """Where Qt looks words up at run time: a class (its self.tr walks the class's bases) or a
    context named outright in QCoreApplication.translate / QT_TRANSLATE_NOOP."""
    named = set()
    for path in (ROOT / "blkdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                named.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", None))
                in ("translate", "QT_TRANSLATE_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                named.add(node.args[0].value)
    return named


def test_every_context_is_one_qt_looks_up():
    """lupdate files `parent.tr("…")` under a context called "parent", but Qt looks it up under
    the class of the object it is called on: the words then stay Indonesian in English."""
    known = _contexts_in_the_code()
    stray = {
        context: source
        for ts, context, source, _t in _messages()
        if ts == "blkdesk_en.ts" and context not in known  # qt_id.ts holds Qt's own classes
    }
    assert stray == {}, (
        "say these with self.tr in the class that shows them, or with "
        'QCoreApplication.translate("<Context>", …):\n'
        + "\n".join(f"{context}: {source!r}" for context, source in sorted(stray.items()))
    )


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


def _glossary() -> list[tuple[list[str], list[str], list[str]]]:
    """The table under "English terms" in resources/translations/README.md: each row's Indonesian
    words, their English words and the English words not used for them."""
    text = (TRANSLATIONS / "README.md").read_text(encoding="utf-8")
    section = text.split("## English terms", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or cells[0] in ("Indonesian", "---"):
            continue
        indonesian, english, not_used = (
            [word.strip().lower() for word in cell.split(",") if word.strip()] for cell in cells[:3]
        )
        rows.append((indonesian, english, not_used))
    return rows


def _says(text: str, word: str) -> bool:
    """Matched from the word's start: "pesertanya" says peserta, "Trainees" trainee."""
    return re.search(r"(?<!\w)" + re.escape(word), text, re.IGNORECASE) is not None


def test_english_uses_the_glossary_words():
    """A message saying "peserta" is translated with "trainee", never "participant" (and so on
    for each row of the glossary), in every form of a count and in core's sentences."""
    glossary = _glossary()
    assert len(glossary) >= 10 and all(ind and eng and no for ind, eng, no in glossary), glossary
    wrong = []
    for ts, context, source, translation in _messages():
        if ts != "blkdesk_en.ts" or translation is None:
            continue
        # A blank's name ("{teachers}") is code, not English.
        said = re.sub(r"\{[^}]*\}", "", source)
        english_of_said = [
            word for ind, eng, _no in glossary if any(_says(said, w) for w in ind) for word in eng
        ]
        forms = [
            re.sub(r"\{[^}]*\}", "", f.text or "") for f in translation.iter("numerusform")
        ] or [re.sub(r"\{[^}]*\}", "", translation.text or "")]
        for indonesian, _english, not_used in glossary:
            if not any(_says(said, word) for word in indonesian):
                continue
            for form in forms:
                for word in not_used:
                    # "sertifikat atau surat keterangan": its "certificate" is sertifikat's.
                    if _says(form, word) and not any(_says(word, w) for w in english_of_said):
                        wrong.append(f"{context}: {source!r} → {form!r} says {word!r}")
    assert wrong == [], (
        "use the English of resources/translations/README.md (English terms):\n" + "\n".join(wrong)
    )
