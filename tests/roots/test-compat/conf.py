# A bare MyST site with the archive's incremental builder (tests/test_compat.py).
extensions = ["myst_parser", "archive.incremental"]
html_theme = "furo"
