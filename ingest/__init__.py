"""Scraped pages -> MyST articles.

``pipeline`` is the only module that knows the order of the stages:

    load (pipeline.read_page, sniff, sidecar)
      -> read: text.reader (text dumps) | html.reader (HTML pages) -> model.Article
      -> link: people_films.mentions (registered people and films), people_films.detect (the rest)
      -> pictures: assets
      -> write: myst (through escape), frontmatter, gate, then write and listing
         into docs/articles/, with cache and batch around it

``python -m ingest`` (cli) builds the articles, inspects pages, and proposes
registry entries.
"""
