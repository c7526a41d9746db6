# A bare MyST site with the archive's incremental builder and docutils settings made once (tests/test_compat.py).
extensions = ["myst_parser", "archive.incremental", "archive.docsettings"]
html_theme = "furo"
