# Three articles mentioning registered people and films (tests/test_entities_site.py).
# The repository is on sys.path through pytest (pyproject.toml: pythonpath).
extensions = ["myst_parser", "archive"]
myst_enable_extensions = ["colon_fence", "fieldlist"]
myst_disable_syntax = ["html_block", "html_inline"]
html_theme = "basic"
exclude_patterns = ["articles/catalog.json"]
archive_catalog = "articles/catalog.json"
