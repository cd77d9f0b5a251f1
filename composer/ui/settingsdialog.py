"""Settings, built from the typed table in :mod:`composer.appdata.settings`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.appdata.resources import resource_path
from composer.appdata.settings import SETTINGS, Setting, Settings, SettingsError
from composer.ui.translations import say

if TYPE_CHECKING:
    from composer.sanitize import WhitelistLoad

# Settings the dialog shows; the rest are kept by the app itself.
SHOWN = ("business_name", "avg_daily_orders", "time_zone")


class SettingsDialog(QDialog):
    """Edits the shown settings; OK stores only values that differ from the defaults."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 whitelist: WhitelistLoad | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.settings = settings
        self.data_dir = data_dir
        self.editors: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        self.pages = QTabWidget(self)
        outer.addWidget(self.pages)
        general = QWidget(self)
        layout = QVBoxLayout(general)
        self.pages.addTab(general, self.tr("&General"))
        if whitelist is not None:
            self.pages.addTab(self._whitelist_page(whitelist),
                               self.tr("&HTML whitelist"))
        from composer.export.keychain import session_passwords
        from composer.ui.sendingsettings import SendingSettingsPage

        self.sending = SendingSettingsPage(settings, session_passwords(), self)
        from composer.ui.receivingsettings import ReceivingSettingsPage

        self.receiving = ReceivingSettingsPage(settings, session_passwords(), self)
        # Each in a scroll area: on a small screen the page scrolls instead of squeezing its
        # explanations into each other.
        self._scrolled: dict[str, QScrollArea] = {}
        for key, page, title in (("sending", self.sending, self.tr("&Sending")),
                                 ("receiving", self.receiving, self.tr("&Receiving"))):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addTab(scroll, title)
            self._scrolled[key] = scroll
        self.resize(600, 620)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in SETTINGS:
            if setting.key not in SHOWN:
                continue
            editor = self._editor(setting)
            label, help_text = self._words(setting)
            editor.setAccessibleName(label)
            editor.setToolTip(help_text)
            self.editors[setting.key] = editor
            help_label = QLabel(help_text, self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #546e7a;")
            # The time zone's field is the line of a drop-down (see _zone_box).
            shown = self.zone_box if setting.key == "time_zone" else editor
            form.addRow(self.tr("%1:").replace("%1", label), shown)
            form.addRow("", help_label)
            if setting.key == "avg_daily_orders":
                self._add_order_import(form)
            if setting.key == "business_name" and isinstance(editor, QLineEdit):
                self.name_warning = QLabel(self)
                self.name_warning.setWordWrap(True)
                self.name_warning.setStyleSheet("color: #b71c1c;")
                form.addRow("", self.name_warning)
                editor.textChanged.connect(self._check_name)
                self._check_name(editor.text())
        from composer.ui.languagechoice import LanguageChoice

        self.language = LanguageChoice(settings, general)
        self.language.add_to(form)
        layout.addLayout(form)
        layout.addStretch(1)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _words(self, setting: Setting) -> tuple[str, str]:
        """The shown setting's name and help in the app's language (English in the table)."""
        words = {
            "business_name": (self.tr("Business name"), self.tr(
                "The name buyers see. Amazon blocks names with a web suffix such as .com, "
                "or names that could be mistaken for Amazon.")),
            "avg_daily_orders": (self.tr("Average orders per day"), self.tr(
                "Used for your daily message limit: (orders per day × 5) + 600.")),
            "time_zone": (self.tr("Time zone for “today”"), self.tr(
                "Your message count starts again at midnight in this time zone, for example "
                "Europe/London. Leave it empty to use this computer's time zone.")),
        }
        return words.get(setting.key, (setting.label, setting.help))

    def _add_order_import(self, form: QFormLayout) -> None:
        """"Import from Amazon's order report…" under the average (composer.ui.orderimport)."""
        self.orders_period: int | None = None
        button = QPushButton(self.tr("&Import from Amazon's order report…"), self)
        button.setToolTip(self.tr("Work out your average orders per day from the All Orders "
                                  "report you download from Seller Central."))
        button.clicked.connect(self._import_orders)
        self.import_button = button
        form.addRow("", button)

    def _import_orders(self) -> None:
        from composer.clock.quota import zone
        from composer.ui.orderimport import import_average

        zone_editor = self.editors.get("time_zone")
        try:
            tz = zone(zone_editor.text() if isinstance(zone_editor, QLineEdit) else "")
        except ValueError:
            tz = None
        chosen = import_average(self, int(self.settings.get("orders_period")), tz)
        box = self.editors.get("avg_daily_orders")
        if chosen is not None and isinstance(box, QDoubleSpinBox):
            box.setValue(chosen[0])
            self.orders_period = chosen[1]

    def _check_name(self, name: str) -> None:
        """Say at once if Amazon would object to the business name."""
        from composer.policy.content import business_name_problem

        problem = business_name_problem(name)
        self.name_warning.setText(f"✖ {say(problem)}" if problem else "")
        self.name_warning.setVisible(bool(problem))

    def show_page(self, page: str) -> None:
        if page in self._scrolled:
            self.pages.setCurrentWidget(self._scrolled[page])
            return
        self.pages.setCurrentIndex(1 if page == "whitelist" and self.pages.count() > 1 else 0)

    def _whitelist_page(self, loaded: WhitelistLoad) -> QWidget:
        """The tag whitelist, read-only, with where it comes from and how to replace it."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        whitelist = loaded.whitelist
        note = QLabel(whitelist.note or self.tr("Seller Composer's own conservative list."), page)
        note.setWordWrap(True)
        layout.addWidget(note)
        own = self.data_dir is not None and loaded.path.parent == self.data_dir
        source = QLabel(page)
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if loaded.error:
            source.setText(f"⚠ {say(loaded.error)}")
            source.setStyleSheet("color:#8a5300;")
        elif own:
            source.setText(self.tr("In use: your own list, %1").replace("%1", str(loaded.path)))
        else:
            source.setText(self.tr("In use: the list that comes with Seller Composer "
                                   "(version %1).").replace("%1", str(whitelist.version)))
        layout.addWidget(source)
        lines = [self.tr("Tags kept: %1").replace("%1", ", ".join(sorted(whitelist.tags))), "",
                 self.tr("Attributes kept:")]
        for tag, names in sorted(whitelist.attributes.items()):
            lines.append(f"  {tag}: {', '.join(sorted(names))}")
        lines += ["", self.tr("Web addresses: only %1://").replace(
                      "%1", ", ".join(sorted(whitelist.protocols))),
                  "", self.tr("Everything else is removed before sending; the words inside are "
                              "kept.")]
        listing = QPlainTextEdit("\n".join(lines), page)
        listing.setReadOnly(True)
        listing.setAccessibleName(self.tr("Whitelist"))
        layout.addWidget(listing, 1)
        row = QHBoxLayout()
        if self.data_dir is not None:
            copy = QPushButton(self.tr("Make my own &copy to edit"), page)
            copy.setToolTip(self.tr("Copies the list into your data folder as whitelist.json. "
                                    "Edit it with a text editor; Seller Composer reads it next "
                                    "time."))
            copy.setEnabled(not (self.data_dir / "whitelist.json").exists())
            copy.clicked.connect(lambda: self._copy_whitelist(copy))
            row.addWidget(copy)
            folder = QPushButton(self.tr("&Open data folder"), page)
            folder.clicked.connect(lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.data_dir))))
            row.addWidget(folder)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _copy_whitelist(self, button: QPushButton) -> None:
        assert self.data_dir is not None
        target = self.data_dir / "whitelist.json"
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(resource_path("policy", "whitelist.json"), target)
        except OSError as exc:
            self.error.setText(self.tr("The copy could not be made: %1").replace("%1", str(exc)))
            self.error.show()
            return
        button.setEnabled(False)
        button.setText(self.tr("Copied to %1").replace("%1", str(target)))

    def _editor(self, setting: Setting) -> QWidget:
        value = self.settings.get(setting.key)
        if setting.type is float:
            box = QDoubleSpinBox(self)
            box.setDecimals(1)
            box.setRange(setting.minimum or 0.0, setting.maximum or 1e9)
            box.setGroupSeparatorShown(True)
            box.setValue(float(value))
            return box
        if setting.type is bool:
            check = QCheckBox(self)
            check.setChecked(bool(value))
            return check
        if setting.key == "time_zone":
            return self._zone_box(str(value))
        line = QLineEdit(self)
        line.setText(str(value))
        return line

    def _zone_box(self, value: str) -> QLineEdit:
        """A drop-down of every time zone; typing any part of a name ("Berlin") finds it.

        Returns the drop-down's line, which holds the value as a plain field does.
        """
        from zoneinfo import available_timezones

        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("")  # empty: this computer's time zone
        box.addItems(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))
        box.setMaxVisibleItems(15)
        completer = box.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        line = box.lineEdit()
        line.setPlaceholderText(self.tr("This computer's time zone (type a city to search)"))
        box.setAccessibleName(self.tr("Time zone"))
        box.setCurrentText(value)
        self.zone_box = box
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QDoubleSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text().strip()
        return out

    def accept(self) -> None:
        try:
            for key, value in self.values().items():
                self.settings.set(key, value)
            if getattr(self, "orders_period", None):
                self.settings.set("orders_period", self.orders_period)
            self.sending.apply()
            self.receiving.apply()
            save_draft = getattr(self.parent(), "save_now", None)
            restart = getattr(self.parent(), "restart", None)
            self.language.apply(save_draft if callable(save_draft) else None,
                                restart if callable(restart) else None)
        except (SettingsError, OSError) as exc:
            self.error.setText(self.tr("Not saved: %1").replace("%1", say(str(exc))))
            self.error.show()
            return
        super().accept()
