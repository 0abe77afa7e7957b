# All set-up happens here: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip check
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@echo "== bilingua detect data/irna-report.fa.txt"
	$(VENV)/bin/bilingua detect data/irna-report.fa.txt --by paragraph
	@echo "== bilingua split data/irna-report.en.txt"
	$(VENV)/bin/bilingua split data/irna-report.en.txt
	@echo "== bilingua normalize data/irna-report.fa.txt"
	$(VENV)/bin/bilingua normalize data/irna-report.fa.txt

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
