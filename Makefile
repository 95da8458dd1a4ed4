# Recovery Kiosk: `make run` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OFFSCREEN := QT_QPA_PLATFORM=offscreen
ARGS ?=

.PHONY: run test screenshots bench bytecode lint forms theme i18n clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: set up .venv if needed and launch the kiosk (ARGS="--windowed --demo" for development)
run: bytecode
	$(PY) main.py $(ARGS)

## bytecode: byte-compile the kiosk (a start then reads .pyc files instead of compiling
## ~200 sources; Python never writes them itself where PYTHONDONTWRITEBYTECODE is set)
bytecode: $(STAMP)
	$(PY) -m compileall -q kiosk main.py

## test: the whole suite, offscreen
test: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest

## screenshots: every patient and nurse screen at 1280x800 into screenshots/
screenshots: $(STAMP)
	$(OFFSCREEN) $(PY) tools/screenshots.py screenshots

## bench: the benchmark suite; prints a table and writes bench/results.json
bench: bytecode
	$(OFFSCREEN) $(PY) -m bench

## lint: ruff, mypy and the import-linter layer contracts
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

## forms: regenerate kiosk/forms/*.py from ui/*.ui (pyside6-uic, imports cut to what is used)
forms: $(STAMP)
	$(PY) tools/make_forms.py

## theme: rebuild resources/theme/kiosk.qss from qt-material and our colours
theme: $(STAMP)
	$(PY) tools/build_theme.py

## i18n: refresh resources/i18n/kiosk_es.ts from the code and forms, then compile kiosk_es.qm
I18N_TS := resources/i18n/kiosk_es.ts
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find kiosk -name '*.py' -not -path 'kiosk/forms/*' | sort) \
	  ui/*.ui -ts $(I18N_TS) -source-language en -target-language es \
	  -no-obsolete -locations relative -silent
	$(VENV)/bin/pyside6-lrelease $(I18N_TS) -qm $(I18N_TS:.ts=.qm) -nounfinished -silent

clean-venv:
	rm -rf $(VENV)
