# The archive extension on a site with no articles yet (tests/test_archive_config.py).
extensions = ["myst_parser", "archive"]
html_theme = "basic"
myst_disable_syntax = ["html_block", "html_inline"]
