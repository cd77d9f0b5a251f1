# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# Each creates the virtual environment (.venv) when it is missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint screenshot doc-screenshots benchmarks package clean model translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --config-settings editable_mode=compat -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python scripts/check_system_libs.py --run
	$(BIN)/seller-composer

test: $(STAMP)
	$(BIN)/python scripts/check_system_libs.py
	$(BIN)/ruff check composer tests benchmarks scripts packaging training
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The same without the bundle tests (marked slow): for quick runs while working.
test-fast: $(STAMP)
	$(BIN)/ruff check composer tests benchmarks scripts packaging training
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check composer tests benchmarks scripts packaging training

# Interface strings: pyside6-lupdate over composer/ui -> translations/*.ts (translated in
# Qt Linguist) -> pyside6-lrelease -> resources/translations/*.qm, shipped in the bundle.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py all
	$(BIN)/python scripts/translations.py check

screenshot: $(STAMP)
	$(BIN)/seller-composer --screenshot docs/screenshot.png

# The README's pictures (docs/*.png), each scene built offscreen on a temporary data folder;
# `make doc-screenshots SHOTS="attachments sent-log"` makes only those.
doc-screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/doc_screenshots.py $(SHOTS)

BENCHMARKS := startup check_speed typing detection sanitize attachments spelling hostile
# benchmarks/bundle.py builds the installer bundles (minutes): run it on its own.

benchmarks: $(STAMP)
	for name in $(BENCHMARKS); do echo "== benchmarks/$$name.py"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/$$name.py || exit 1; done

# The sentence-intent model (resources/policy/intent/) from training/intent/corpus/:
# development only (scikit-learn); the app only reads the files this writes.
model: $(STAMP)
	$(BIN)/python -c "import sklearn" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet --config-settings editable_mode=compat -e '.[train]'
	$(BIN)/python training/intent/from_labelled.py
	$(BIN)/python training/intent/overlap.py
	$(BIN)/python training/intent/train.py

# Installers for this OS into dist/ (Linux: .tar.xz and .deb). Windows maintainers run
# `python packaging\build.py` (see README, "Build installers").
package: $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || \
		$(BIN)/python -m pip install --quiet --config-settings editable_mode=compat -e '.[package]'
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
