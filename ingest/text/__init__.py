"""The reader of plain-text dumps (:func:`ingest.text.reader.read_text`) and what it is built from."""
