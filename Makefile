# The archive site. `make html` builds it, `make test` runs the tests; both
# create the virtual environment from the pinned requirements on first use.
# `make html PYTHON=python` uses an environment prepared elsewhere (e.g. CI).

VENV        ?= .venv
PYTHON      ?= $(VENV)/bin/python
SPHINXOPTS  ?= -W -n --keep-going -j auto
SOURCEDIR    = docs
BUILDDIR     = _build
CORPUS       = corpus
REGISTRY     = registry
INGEST_CACHE = .ingest-cache
# Where each article was published and where moved ones went (ingest/addresses.py): commit it with the corpus.
ADDRESSES    = addresses.toml
ARTICLES     = $(SOURCEDIR)/articles
PORT        ?= 8000
SIZES       ?= 100 1000 10000

# The venv is only made when PYTHON points into it.
ifeq ($(PYTHON),$(VENV)/bin/python)
ENV_READY = $(VENV)/.installed
endif

INGEST_ARGS  = build --corpus $(CORPUS) --out $(ARTICLES) --registry $(REGISTRY) --cache $(INGEST_CACHE) --addresses $(ADDRESSES)
INGEST       = $(PYTHON) -m ingest $(INGEST_ARGS)
SPHINX_HTML  = $(PYTHON) -m archive -M html $(SOURCEDIR) $(BUILDDIR) -c . $(SPHINXOPTS) -D archive_registry=$(REGISTRY)
# Whether anything the site is built from changed since the last build that
# succeeded (tools/uptodate.py): $(call UPTODATE,check) or $(call UPTODATE,save).
UPTODATE     = $(PYTHON) -m tools.uptodate $(1) $(BUILDDIR)/html.stamp --roots . $(CORPUS) $(SOURCEDIR) $(REGISTRY) \
               --outputs $(ARTICLES) $(SOURCEDIR)/people $(SOURCEDIR)/films $(BUILDDIR)/html $(ADDRESSES) --command "$(INGEST) $(SPHINX_HTML)"

.DEFAULT_GOAL := help

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/; s/\$$(PORT)/$(PORT)/g' | expand -t 12

# An existing environment is updated in place (after a pull that changed the pins).
$(VENV)/.installed: requirements.txt requirements-dev.txt
	[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $@

venv: $(ENV_READY)  ## create the virtual environment

ingest: $(ENV_READY)  ## turn the corpus pages into MyST articles in docs/articles
	$(INGEST)

# Nothing runs when nothing changed since the last build that succeeded.
# The site is built even when a page failed to ingest; the exit status then
# still reports the failure, and no stamp is saved, so the next run says it again.
# When the ingest could not write its output at all (status 3: disk full,
# read-only folder), Sphinx is not run on a half-updated set of articles.
# When Sphinx fails (status 1: a warning, which -W makes an error; status 2:
# it stopped, a full disk, say), its environment is deleted so that the next
# run reads and writes every page again: Sphinx re-reads only changed pages,
# so a page's warning would not be said again and a retry would pass.
# A second `make html` on the same tree waits for the first (ingest/lock.py).
html: $(ENV_READY)  ## build the site into _build/html
	@$(PYTHON) -m ingest.lock $(BUILDDIR)/.lock $(MAKE) --no-print-directory _html

_html:
	@$(call UPTODATE,check) && exit 0; status=0; \
	$(INGEST) || status=$$?; \
	[ $$status -ne 3 ] || exit 3; \
	$(SPHINX_HTML) || { status=$$?; rm -f $(BUILDDIR)/doctrees/environment.pickle; \
		echo "error: $(BUILDDIR)/html: the site build failed (see above); the next make html reads every page again" >&2; exit $$status; }; \
	[ $$status -ne 0 ] || $(call UPTODATE,save); exit $$status

# A page that failed still leaves a site to look at (its error line is above).
serve: $(ENV_READY)  ## build the site, then serve it on http://127.0.0.1:$(PORT)
	@$(MAKE) --no-print-directory html || echo "serve: the build reported errors (above); serving the site as it was built" >&2
	$(PYTHON) -m tools.serve $(PORT) --bind 127.0.0.1 --directory $(BUILDDIR)/html

# The ingest runs before every rebuild (a page that failed still lets the site
# rebuild: tools/preview_ingest.py). Watched: the sources, the corpus, the
# registry and conf.py; not the files the build itself writes into docs/
# (articles, and the people and films pages), which would rebuild it again.
livehtml: $(ENV_READY)  ## serve the site on http://127.0.0.1:$(PORT), rebuilt as corpus/, registry/ or docs/ change
	$(PYTHON) -m sphinx_autobuild $(SOURCEDIR) $(BUILDDIR)/html -d $(BUILDDIR)/doctrees -c . $(SPHINXOPTS) -D archive_registry=$(REGISTRY) \
		--pre-build "$(PYTHON) -m tools.preview_ingest $(INGEST_ARGS)" \
		--watch $(CORPUS) --watch $(REGISTRY) --watch conf.py \
		--ignore $(ARTICLES) --ignore $(SOURCEDIR)/people --ignore $(SOURCEDIR)/films --host 127.0.0.1 --port $(PORT)

# Checks the real internet; the report names the article of each broken link
# (_build/linkcheck/report.txt, beside Sphinx's output.json).
# Pages that failed to ingest (status 1, each an error line) do not stop the
# check of the others' links; the exit status still reports them.
linkcheck: $(ENV_READY)  ## check every external link: article sources and links in articles
	@status=0; $(INGEST) || status=$$?; [ $$status -ne 3 ] || exit 3; \
	$(PYTHON) -m sphinx -M linkcheck $(SOURCEDIR) $(BUILDDIR) -c . $(SPHINXOPTS) -D archive_registry=$(REGISTRY) || exit $$?; \
	exit $$status

test: $(ENV_READY)  ## run the test suite
	$(PYTHON) -m pytest

lint: $(ENV_READY)  ## check the code with ruff (rules in pyproject.toml)
	$(PYTHON) -m ruff check .

$(VENV)/.bench-installed: $(ENV_READY) requirements-bench.txt
	$(PYTHON) -m pip install --quiet -r requirements-bench.txt
	touch $@

# Each figure beside a baseline measured in the same run (README, "Measurements").
bench: $(if $(ENV_READY),$(VENV)/.bench-installed)  ## measure extraction, detection, pathological pages and build at SIZES articles against baselines (slow)
	$(PYTHON) -m bench.extraction
	$(PYTHON) -m bench.text_dumps
	$(PYTHON) -m bench.html_dates
	$(PYTHON) -m bench.html_authors
	$(PYTHON) -m bench.pathological
	$(PYTHON) -m bench.summaries --split test
	$(PYTHON) bench/entities_eval.py --baseline c30323d
	$(PYTHON) bench/entities_speed.py
	$(PYTHON) bench/scale.py --sizes "$(SIZES)"

clean:  ## remove build output, generated articles and the ingest cache
	rm -rf $(BUILDDIR) $(ARTICLES) $(INGEST_CACHE)

.PHONY: help venv ingest html _html serve livehtml linkcheck test lint bench clean
