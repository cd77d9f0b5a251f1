"""The app's interface language: Qt's translators at start-up, and QLocale for numbers.

``resources/translations/seller_composer_<lang>.qm`` holds the app's own strings (made by
``make translations`` from ``translations/*.ts``); Qt's ``qtbase_<lang>.qm`` translates the
standard dialogs and buttons. The language is the "Language of the app" setting, or the
system's when that is empty; the buyer's language is a separate thing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from composer.appdata.resources import resource_path
from composer.message.languages import LANGUAGES, base_language

if TYPE_CHECKING:
    from composer.l10n.catalog import Catalog

CATALOG_PREFIX = "seller_composer_"
SETTING = "ui_language"
# What the Settings list offers: the setting's value and the language's own name.
CHOICES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"),
    ("it", "Italiano"),
)


def app_language(chosen: str | None, system: str | None = None) -> str:
    """The interface language: the setting, else the system locale's, else English."""
    for candidate in (chosen, system if system is not None else QLocale.system().name()):
        code = base_language(candidate or "")
        if code in LANGUAGES:
            return code
    return "en"


def qm_path(language: str) -> Path:
    """The app's compiled translations for ``language`` (shipped under resources/)."""
    return resource_path("translations", f"{CATALOG_PREFIX}{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for ``language``; keep the result alive.

    English needs none. A missing file leaves that part in English rather than failing.
    """
    app.setProperty(SETTING, language)  # what current_language() reads (the window's parts)
    if language == "en":
        return []
    loaded: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder),
                         (f"{CATALOG_PREFIX}{language}", str(qm_path(language).parent))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    QLocale.setDefault(QLocale(language))
    return loaded


def current_language() -> str:
    """The interface language chosen at start-up (install_translators), else English."""
    app = QCoreApplication.instance()
    language = app.property(SETTING) if app is not None else None
    return language if isinstance(language, str) and language else "en"


def number(value: int) -> str:
    """``value`` with the app language's digit grouping (1,100 in English, 1.100 in German)."""
    return QLocale(current_language()).toString(int(value))


def say(english_text: str) -> str:
    """A text of the core (a rule's words, an ignore label) in the app's language."""
    language = current_language()
    if language == "en" or not english_text:
        return english_text
    return _catalog(language).say(english_text)


@lru_cache(maxsize=8)
def _catalog(language: str) -> Catalog:
    return catalog_for(language)


def catalog_for(language: str) -> Catalog:
    """The core's words in ``language``, with numbers and days written by QLocale."""
    from composer.l10n.catalog import Catalog  # the window's first frame needs no catalogue

    locale = QLocale(language)

    def number(value: float) -> str:
        if float(value).is_integer():
            return locale.toString(int(value))
        return locale.toString(float(value), "f", 1)

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day),
                               QLocale.FormatType.ShortFormat)

    formatters: dict[str, Callable] = {} if language == "en" else {
        "number": number, "date_format": day}
    return Catalog(language, **formatters)


def plural_s(text: str, n: int) -> str:
    """An English "%n file(s)" text read right: English ships no .qm to choose the form."""
    if current_language() != "en" or "(s)" not in text:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def quoted(text: str) -> str:
    """``text`` in the app language's quotation marks (“…”, „…“, « … », «…»)."""
    return QCoreApplication.translate("Quotes", "“{text}”").format(text=text)
