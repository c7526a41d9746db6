"""Pictures saved with a page ("Save page, complete") -> files the site owns.

A browser saves ``X.html`` with its pictures in ``X_files/`` beside it; the
HTML reader gives each local picture as ``Figure.image = "X_files/pic.jpg"``.
Here each one is read from the corpus, but only when

* it lies inside that page's own ``X_files/`` folder (resolved, and no
  symbolic link on the way: a link could point at any file of the build
  machine, SECURITY-NOTES.md row 8);
* its bytes really are a PNG, JPEG, GIF, WebP or AVIF image (SVG is not
  taken: it can carry scripts), of at most ``MAX_IMAGE_BYTES`` and
  ``MAX_IMAGE_PIXELS`` (read from its header: a few compressed bytes can
  stand for gigabytes of pixels, which every reader's browser would decode;
  a GIF's frames as well as its screen, :func:`gif_canvas`).

A picture a page inlines as a ``data:`` URI (SingleFile, "Save page as one
file") is decoded and held to the same checks: its declared type is ignored,
its bytes say what it is, and the URI's length is capped before decoding.

A picture that passes becomes ``_assets/<sha256>.<ext>`` in the articles
folder: its name comes only from its bytes, never from the page, so the
writer, the gate and the Sphinx-side filter can all recognise the
pipeline's own pictures by :data:`ASSET_SRC` alone. Any other picture
keeps its alt text and caption, and a warning names the page and picture.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import html
import io
import os
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

import imagesize

from ingest import model
from ingest.errors import PageError
from ingest.filetypes import FILE_TYPES, file_type
from ingest.plaintext import blocks_to_text

ASSETS_FOLDER = "_assets"
MAX_IMAGE_BYTES = 10 * 1024 * 1024
# Pillow's bound for a decompression bomb (PIL.Image.MAX_IMAGE_PIXELS: 1 GiB of
# 24-bit pixels / 4 / 3); a news photo is a few million. A greyscale PNG of
# 30 000 x 30 000 zero pixels is 0.9 MB on disk and 3.6 GB once a browser
# decodes it to RGBA.
MAX_IMAGE_PIXELS = 1024 * 1024 * 1024 // 4 // 3
# The one definition of a picture the pipeline copied, as written in an
# article (relative to the articles folder). Imported by ingest.myst (writer),
# ingest.gate and archive.safety.
PICTURE_EXTENSIONS = sorted({kind.picture_extension for kind in FILE_TYPES if kind.picture_extension})
ASSET_SRC = re.compile(ASSETS_FOLDER + r"/[0-9a-f]{64}\.(?:" + "|".join(PICTURE_EXTENSIONS) + ")")
_ACCEPTED = "a PNG, JPEG, GIF, WebP or AVIF image"


def is_asset_src(src: str) -> bool:
    """Whether ``src`` names a picture the pipeline copied (:data:`ASSET_SRC`, the whole string)."""
    return ASSET_SRC.fullmatch(src) is not None


def image_extension(data: bytes) -> str | None:
    """The file extension for ``data``'s image format, from its leading bytes, or None."""
    kind = file_type(data)
    return kind.picture_extension if kind else None


class PictureRefused(ValueError):
    """Why one picture was not copied (the message names no page)."""


class Spacer(PictureRefused):
    """A spacer or tracking pixel saved with the page (:data:`SPACER_PX`): left out without a warning,
    as nothing of the article is lost."""


# A data: URI the HTML reader keeps for a picture: base64 only (percent-encoded bytes are no
# picture format's), its declared type ignored (the bytes are checked).
INLINED_PICTURE = re.compile(r"data:image/[\w.+-]{1,40}(?:;[\w.+-]{1,40}=[\w.+-]{1,40})*;base64,([A-Za-z0-9+/]*={0,2})")
# The longest attribute value lxml (libxml2's XML_MAX_TEXT_LENGTH) keeps: past it the HTML reader
# gets an empty src, so a longer URI is refused by the reader with a warning (ingest.html.convert).
LXML_MAX_ATTRIBUTE_CHARS = 10_000_000
# Base64 gives four characters for three bytes: the longest URI that can hold MAX_IMAGE_BYTES, within
# what the reader keeps (so about 7.5 MB of picture at most when inlined).
MAX_INLINED_CHARS = min(100 + 4 * (MAX_IMAGE_BYTES // 3 + 1), LXML_MAX_ATTRIBUTE_CHARS)
# A picture narrower or shorter than this is a spacer or a lazy loader's placeholder (a 1 x 1 GIF),
# never a still: the HTML reader's bound for <img width/height> (ingest.html.convert), here read
# from an inlined picture's own header.
TINY_PICTURE_PX = 50
# A picture saved in the page's folder narrower or shorter than this is a spacer or a tracking pixel (a 1 x 1
# GIF, a 2-pixel rule), drawn by no reader. Lower than the inlined bound: a saved file of 20 pixels may be an
# icon the page shows; a browser saves every picture of the page, spacers too.
SPACER_PX = 3
# How Figure.image names an inlined picture: "inlined:" and the sha256 of its data: URI (whitespace
# taken out), not the URI, which can be megabytes of base64 that would be cached as JSON, sent between
# processes and held for every page until the write. The page is read again for the bytes.
INLINED_REFERENCE = re.compile(r"inlined:([0-9a-f]{64})")
# Sought in the page's text once its character references are resolved ("&#47;" for "/" is legal
# in an attribute, and the reader saw the "/"): whitespace is taken out after, as the reader does.
_INLINED_IN_PAGE = re.compile(r"data:image/[\w.+-]{1,40}(?:;[\w.+-]{1,40}=[\w.+-]{1,40})*;base64,[A-Za-z0-9+/=\s]*")


def is_inlined_picture(image: str) -> bool:
    """Whether ``image`` is a base64 ``data:image/...`` URI short enough to hold a picture."""
    return len(image) <= MAX_INLINED_CHARS and INLINED_PICTURE.fullmatch(image) is not None


def inlined_reference(uri: str) -> str:
    """Figure.image for a picture inlined as ``uri`` (whitespace taken out): :data:`INLINED_REFERENCE`."""
    return "inlined:" + hashlib.sha256(uri.encode()).hexdigest()


def _inlined_in_page(page: Path, digest: str) -> str:
    """The data: URI in ``page`` whose :func:`inlined_reference` has ``digest``.

    The page is read once for all its pictures (:func:`_inlined_addresses`), not once for each:
    a page of n pictures read n times took 9 s for 800 GIFs of 3.1 MB in all.
    """
    try:
        status = page.stat()
        addresses = _inlined_addresses(str(page), status.st_ino, status.st_size, status.st_mtime_ns)
    except OSError as error:
        raise PictureRefused(f"its page cannot be read again: {error.strerror}") from None
    except PageError as error:
        raise PictureRefused(f"its page cannot be read again as text: {error}") from None
    if (uri := addresses.get(digest)) is None:
        raise PictureRefused("not found again in the page")
    return uri


# Keyed by the page's file and its state, so a page changed on disk is read afresh; two entries: the
# figures of one page are read together, and again page by page when the articles are written.
@functools.lru_cache(maxsize=2)
def _inlined_addresses(page: str, inode: int, size: int, modified_ns: int) -> dict[str, str]:
    """Every data: URI in the page at ``page``, by the sha256 of its :func:`inlined_reference`.

    The page is decoded as the HTML reader decodes it (its charset, a UTF-16 byte-order mark), and
    its character references resolved as the reader's parser resolves them in an attribute.

    :raises OSError: the page cannot be read. :raises PageError: its bytes are not text.
    """
    from ingest.html.decode import decode_html  # noqa: PLC0415 (a cycle: ingest.html's reader imports this module)

    text = html.unescape(decode_html(Path(page).read_bytes()))
    addresses = ("".join(match[0].split()) for match in _INLINED_IN_PAGE.finditer(text))
    return {hashlib.sha256(uri.encode()).hexdigest(): uri for uri in addresses}


def shown_image(image: str) -> str:
    """``image`` as a warning names it: a data: URI by its kind, not its megabytes of base64."""
    return "inlined as a data: URI" if image.startswith(("data:", "inlined:")) else repr(image)


def read_saved_picture(page: Path, image: str) -> tuple[bytes, str]:
    """The bytes and extension of ``image`` (``"X_files/pic.jpg"``) saved beside ``page``, or of a
    picture inlined as a ``data:`` URI (:func:`is_inlined_picture`) or named by its
    :func:`inlined_reference` (found in ``page`` again).

    :raises PictureRefused: outside the page's folder, not a picture by its bytes, over a limit;
        inlined, under ``TINY_PICTURE_PX`` on a side, or not found again in the page.
    :raises Spacer: saved in the page's folder, under ``SPACER_PX`` on a side.
    """
    if reference := INLINED_REFERENCE.fullmatch(image):
        image = _inlined_in_page(page, reference[1])
    if image.startswith("data:"):
        data, extension = _checked_picture(_inlined_bytes(image))
        width, height = _pixels(data, extension)
        if min(width, height) < TINY_PICTURE_PX:
            raise PictureRefused(f"{width} x {height} pixels, a placeholder or spacer, not a picture")
        return data, extension
    own_folder = f"{page.stem}_files"
    parts = image.split("/")
    if parts[0] != own_folder or len(parts) < 2 or any(part in ("", ".", "..") for part in parts):
        if _left_by_a_rename(page, parts[0]):
            # Pictures stay confined to the page's own folder (SECURITY-NOTES.md row 8): the curator renames it.
            raise PictureRefused(
                f"not inside the page's own {own_folder}/ folder (was the page renamed? rename {parts[0]}/ to {own_folder}/)"
            )
        raise PictureRefused(f"not inside the page's own {own_folder}/ folder")
    path = page.parent
    for part in parts:  # a link anywhere on the way could lead out of the corpus
        path = path / part
        if path.is_symlink():
            raise PictureRefused(f"{path.relative_to(page.parent).as_posix()} is a symbolic link")
    if not path.resolve().is_relative_to((page.parent / own_folder).resolve()):
        raise PictureRefused(f"resolves outside {own_folder}/")
    try:
        # O_NOFOLLOW: the file cannot be swapped for a link after the check above.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        raise PictureRefused(f"cannot be read: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise PictureRefused("not a regular file")
        data = handle.read(MAX_IMAGE_BYTES + 1)
    data, extension = _checked_picture(data)
    width, height = _pixels(data, extension)
    if min(width, height) < SPACER_PX:
        raise Spacer(f"{width} x {height} pixels, a spacer or tracking pixel")
    return data, extension


def _inlined_bytes(image: str) -> bytes:
    """The bytes a base64 ``data:`` URI holds, at most ``MAX_IMAGE_BYTES + 1`` of them decoded."""
    if len(image) > MAX_INLINED_CHARS:
        raise PictureRefused(f"its data: URI is over {MAX_INLINED_CHARS:,} characters, the limit for an inlined picture")
    match = INLINED_PICTURE.fullmatch(image)
    if match is None:
        raise PictureRefused("not a base64 data: URI of a picture")
    try:
        return base64.b64decode(match[1], validate=True)
    except binascii.Error:
        raise PictureRefused("its base64 cannot be decoded") from None


def _checked_picture(data: bytes) -> tuple[bytes, str]:
    """``data`` and its extension when it is an accepted picture within the limits."""
    if len(data) > MAX_IMAGE_BYTES:
        raise PictureRefused(f"larger than the {MAX_IMAGE_BYTES // 2**20} MiB limit for a picture")
    extension = image_extension(data)
    if extension is None:
        raise PictureRefused(f"not {_ACCEPTED}")
    width, height = _pixels(data, extension)
    if width <= 0 or height <= 0:
        raise PictureRefused("its size in pixels cannot be read from its header")
    if width * height > MAX_IMAGE_PIXELS:
        raise PictureRefused(f"{width:,} x {height:,} pixels, over the limit of {MAX_IMAGE_PIXELS:,} for a picture")
    return data, extension


def _pixels(data: bytes, extension: str) -> tuple[int, int]:
    """``(width, height)`` in pixels from the picture's header (imagesize), a GIF's grown to hold its
    frames (:func:`gif_canvas`); -1 for a size the header does not give."""
    width, height = imagesize.get(io.BytesIO(data))
    return gif_canvas(data, width, height) if extension == "gif" and width > 0 and height > 0 else (width, height)


def gif_canvas(data: bytes, width: int, height: int) -> tuple[int, int]:
    """The pixels a browser draws a GIF on: its logical screen (``width`` x ``height``, what
    imagesize reads) grown to hold every frame, as Chromium's and Firefox's decoders grow it for a
    frame larger than the screen. A GIF of a 1 x 1 screen and one 60 000 x 60 000 frame is 30 bytes
    of header; the rest of a file cut short is not read. Walks the blocks (GIF89a, section 17-27):
    linear in the file, no decoding."""
    at = 13 + (3 << ((data[10] & 7) + 1) if len(data) > 10 and data[10] & 0x80 else 0)
    while at < len(data):
        kind = data[at]
        if kind == 0x21:  # an extension: its label, then sub-blocks
            at += 2
        elif kind == 0x2C and at + 10 <= len(data):  # an image descriptor: where the frame lies, and its size
            left, top, frame_width, frame_height = (int.from_bytes(data[at + i : at + i + 2], "little") for i in (1, 3, 5, 7))
            width, height = max(width, left + frame_width), max(height, top + frame_height)
            flags = data[at + 9]
            at += 10 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0) + 1  # a local colour table, the LZW code size
        else:  # the trailer, or a block cut short
            break
        while at < len(data) and data[at]:  # data sub-blocks, each led by its length, up to a zero
            at += data[at] + 1
        at += 1
    return width, height


def _left_by_a_rename(page: Path, folder: str) -> bool:
    """Whether ``folder`` is a browser's ``Y_files/`` beside ``page`` that no page owns (no ``Y.html``
    or ``Y.htm`` beside it) while ``page`` has no folder of its own: the page was saved as Y and renamed."""
    stem = folder.removesuffix("_files")
    if stem == folder or not stem or "/" in folder or folder in (".", ".."):
        return False
    beside = page.parent
    try:
        return (
            (beside / folder).is_dir()
            and not (beside / f"{page.stem}_files").exists()
            and not any((beside / f"{stem}{suffix}").exists() for suffix in (".html", ".htm"))
        )
    except OSError:
        return False


@dataclass
class Pictures:
    """An article's figures with their pictures copied, and the files to write."""

    blocks: list[model.Block]
    files: dict[str, bytes] = field(default_factory=dict)  # relative path in the articles folder -> bytes
    # The same path -> the page's "X_files/pic.jpg" or "inlined:<sha256>": by reference, not bytes.
    origins: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def asset_path(data: bytes, extension: str) -> str:
    """Where a picture goes in the articles folder: named by its bytes only."""
    return f"{ASSETS_FOLDER}/{hashlib.sha256(data).hexdigest()}.{extension}"


def collect_pictures(blocks: list[model.Block], page: Path, shown_as: str) -> Pictures:
    """``blocks`` with every local picture either an ``_assets/`` file or dropped.

    Remote (https) pictures are left as they are; nothing is fetched.
    """
    result = Pictures(blocks=[])
    result.blocks = [_with_pictures(block, page, shown_as, result) for block in blocks]
    result.blocks = [block for block in result.blocks if not _is_empty_figure(block)]  # a spacer's
    lost = [block for block in result.blocks if isinstance(block, model.Figure) and block.image is None]
    saved = any(isinstance(block, model.Figure) and block.image for block in result.blocks)
    if len(lost) >= MIN_GALLERY_PICTURES and not saved and not blocks_to_text(result.blocks).strip():
        # A gallery whose pictures were not saved: its captions are all the article says, so they are its
        # text, not an empty body with the captions apart (the card, the search and the people read them).
        result.blocks = [_as_paragraph(block) if block in lost else block for block in result.blocks]
        result.warnings.append(f"{shown_as}: none of the page's pictures was saved; their {len(lost)} captions are the article's text")
    return result


# Pictures with no text around them: a gallery from two on (one is a picture page, kept as a figure).
MIN_GALLERY_PICTURES = 2


def _is_empty_figure(block: model.Block) -> bool:
    return isinstance(block, model.Figure) and block.image is None and not (block.alt.strip() or block.caption or block.credit)


def _as_paragraph(figure: model.Figure) -> model.Paragraph:
    """A lost picture's words as a paragraph: its caption (else its alt text), then its credit."""
    words = figure.caption or (model.Text(figure.alt.strip()),)
    return model.Paragraph((*words, model.Text(" "), *figure.credit) if figure.credit else words)


def _with_pictures(block: model.Block, page: Path, shown_as: str, result: Pictures) -> model.Block:
    if isinstance(block, model.Quote):
        return replace(block, blocks=tuple(_with_pictures(b, page, shown_as, result) for b in block.blocks))
    if isinstance(block, model.ListBlock):
        items = tuple(tuple(_with_pictures(b, page, shown_as, result) for b in item) for item in block.items)
        return replace(block, items=items)
    if not isinstance(block, model.Figure) or not block.image or block.image.startswith("https://"):
        return block
    try:
        data, extension = read_saved_picture(page, block.image)
    except Spacer:
        return replace(block, image=None)  # drawn by no reader: its words, if any, stay
    except PictureRefused as reason:
        result.warnings.append(f"{shown_as}: picture {shown_image(block.image)} not copied ({reason}); its caption and alt text are kept")
        return replace(block, image=None)
    src = asset_path(data, extension)
    result.files[src] = data
    result.origins[src] = block.image
    return replace(block, image=src)
