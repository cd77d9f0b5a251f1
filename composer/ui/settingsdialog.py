"""Settings, built from the typed table in :mod:`composer.settings`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from composer.settings import SETTINGS, Setting, Settings, SettingsError

# Settings the dialog shows; the rest are kept by the app itself.
SHOWN = ("business_name", "avg_daily_orders")


class SettingsDialog(QDialog):
    """Edits the shown settings; OK stores only values that differ from the defaults."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(480)
        self.settings = settings
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in SETTINGS:
            if setting.key not in SHOWN:
                continue
            editor = self._editor(setting)
            editor.setAccessibleName(setting.label)
            editor.setToolTip(setting.help)
            self.editors[setting.key] = editor
            help_label = QLabel(setting.help, self)
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #546e7a;")
            form.addRow(f"{setting.label}:", editor)
            form.addRow("", help_label)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
        line = QLineEdit(self)
        line.setText(str(value))
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
        except (SettingsError, OSError) as exc:
            self.error.setText(f"Not saved: {exc}")
            self.error.show()
            return
        super().accept()
