"""File types told by their leading bytes ("magic numbers"): the one table.

Used to say what a file saved under a page's name really is
(``ingest.sniff``: "a PDF document") and whether a picture saved with a page
is one the site takes, and under which extension (``ingest.assets``).
Signatures from each format's specification (PNG, JPEG/JFIF, GIF87a/89a,
RIFF/WebP, ISO-BMFF ``ftyp`` brands for AVIF and HEIF, PDF, ZIP, gzip, ICO).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FileType:
    """A format: its leading bytes, how a curator is told about it, and, for a picture the site takes, its extension."""

    parts: tuple[tuple[int, bytes], ...]  # (offset in bytes, the bytes found there), all of which must match
    description: str  # as said in a one-line error: "a PDF document"
    picture_extension: str | None = None  # the extension of the site's copy; None: not a picture the site takes

    def matches(self, data: bytes) -> bool:
        """Whether ``data`` (a file's first bytes) has every part of this signature."""
        return all(data[offset : offset + len(magic)] == magic for offset, magic in self.parts)


# Picture formats the site takes (SVG is not: it can carry scripts), then others saved by mistake.
FILE_TYPES = (
    FileType(((0, b"\x89PNG\r\n\x1a\n"),), "a PNG image", "png"),
    FileType(((0, b"\xff\xd8\xff"),), "a JPEG image", "jpg"),
    FileType(((0, b"GIF87a"),), "a GIF image", "gif"),
    FileType(((0, b"GIF89a"),), "a GIF image", "gif"),
    FileType(((0, b"RIFF"), (8, b"WEBP")), "an image", "webp"),
    FileType(((4, b"ftypavif"),), "an image", "avif"),
    FileType(((4, b"ftypavis"),), "an image", "avif"),  # an AVIF image sequence
    FileType(((4, b"ftypheic"),), "an image"),
    FileType(((0, b"%PDF-"),), "a PDF document"),
    FileType(((0, b"PK\x03\x04"),), "a ZIP archive or office document"),
    FileType(((0, b"\x1f\x8b"),), "gzip-compressed data"),
    FileType(((0, b"\x00\x00\x01\x00"),), "an icon"),
)


def file_type(data: bytes) -> FileType | None:
    """The type whose signature ``data`` (a file's first bytes, at least 12) starts with, or None."""
    return next((kind for kind in FILE_TYPES if kind.matches(data)), None)
