import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository: ingest and archive

extensions = ["myst_parser", "archive"]
myst_enable_extensions = ["colon_fence", "fieldlist"]
myst_disable_syntax = ["html_block", "html_inline"]
html_theme = "basic"
exclude_patterns = ["articles/catalog.json"]
archive_catalog = "articles/catalog.json"
