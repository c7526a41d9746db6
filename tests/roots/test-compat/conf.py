# A bare MyST site with the archive's incremental builder, docutils settings made once and
# templates compiled once (tests/test_compat.py).
extensions = ["myst_parser", "archive.incremental", "archive.docsettings", "archive.templatecache"]
html_theme = "furo"
