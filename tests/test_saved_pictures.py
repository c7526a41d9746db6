"""Pictures saved with a page ("Save page, complete"): copied only when safe.

tests/html/saved-complete/ holds ``story.html`` and ``story_files/`` with a
real PNG, a text file named ``fake.png``; the page also points at
``../../secret.png`` and, once the test adds it, at a symbolic link. Only the
real PNG may reach the site; the others keep their words and are reported.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ingest import assets, model
from ingest.assets import ASSETS_FOLDER, PICTURE_EXTENSIONS, collect_pictures, image_extension, is_asset_src, read_saved_picture
from ingest.gate import GateError, check_article
from ingest.html import read_html
from ingest.myst import render_blocks
from ingest.pipeline import corpus_pages, ingest_corpus, link_page, read_and_detect
from people_films.mentions import Matcher
from people_films.registry import Registry
from tests.sitebuild import ROOT, SECRET, Site, copied_files, ingest, leaks, sphinx

SAVED = Path(__file__).parent / "html" / "saved-complete"
PHOTO = (SAVED / "story_files" / "photo.png").read_bytes()
PHOTO_SRC = f"{ASSETS_FOLDER}/{hashlib.sha256(PHOTO).hexdigest()}.png"
REFUSED = ("story_files/fake.png", "../../secret.png", "story_files/linked.png")

# --- recognising pictures -------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "extension"),
    [
        (PHOTO, "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00", "avif"),
    ],
)
def test_each_accepted_format_is_known_by_its_leading_bytes(head: bytes, extension: str) -> None:
    assert image_extension(head) == extension


@pytest.mark.parametrize("data", [b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"plain text", b"%PDF-1.7", b""])
def test_anything_else_is_not_a_picture(data: bytes) -> None:
    assert image_extension(data) is None


def test_only_the_pipelines_own_names_are_asset_sources() -> None:
    assert is_asset_src(PHOTO_SRC)
    for src in ("_assets/../../SECRET.txt", "_assets/abc.png", f"./{PHOTO_SRC}", PHOTO_SRC + "/x", PHOTO_SRC.replace(".png", ".svg")):
        assert not is_asset_src(src), src


# --- reading from the corpus ---------------------------------------------------------


def saved_page(tmp_path: Path, files: dict[str, bytes]) -> Path:
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return page


def test_a_picture_in_the_pages_own_folder_is_read(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/a.png": PHOTO})
    assert read_saved_picture(page, "page_files/a.png") == (PHOTO, "png")


def test_a_picture_in_another_pages_folder_is_refused(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"other_files/a.png": PHOTO})
    with pytest.raises(assets.PictureRefused, match="own page_files/"):
        read_saved_picture(page, "other_files/a.png")


def test_a_picture_of_a_renamed_page_is_refused_with_the_folder_to_rename(tmp_path: Path) -> None:
    # "story.html" renamed "page.html" by hand: its story_files/ belongs to no page now.
    page = saved_page(tmp_path, {"story_files/a.png": PHOTO})
    with pytest.raises(assets.PictureRefused, match="renamed.*rename story_files/ to page_files/"):
        read_saved_picture(page, "story_files/a.png")


def test_a_linked_folder_is_refused(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"elsewhere/a.png": PHOTO})
    (tmp_path / "page_files").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(assets.PictureRefused, match="symbolic link"):
        read_saved_picture(page, "page_files/a.png")


def test_a_picture_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = saved_page(tmp_path, {"page_files/a.png": PHOTO})
    monkeypatch.setattr(assets, "MAX_IMAGE_BYTES", len(PHOTO) - 1)
    with pytest.raises(assets.PictureRefused, match="limit"):
        read_saved_picture(page, "page_files/a.png")


def _zero_png(width: int, height: int) -> bytes:
    """A real greyscale PNG of ``width`` x ``height`` zero pixels: its stream compresses about 1000-fold."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    stream = zlib.compressobj(9)
    row = bytes(width + 1)  # a filter byte, then the row
    pixels = b"".join(stream.compress(row) for _ in range(height)) + stream.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_by_its_size_in_pixels(tmp_path: Path) -> None:
    """100 million pixels in 0.1 MB: every reader's browser would decode 400 MB (ingest.assets.MAX_IMAGE_PIXELS)."""
    bomb = _zero_png(20_000, 5_000)
    assert len(bomb) < assets.MAX_IMAGE_BYTES // 50
    page = saved_page(tmp_path, {"page_files/a.png": bomb})
    with pytest.raises(assets.PictureRefused, match="20,000 x 5,000 pixels, over the limit"):
        read_saved_picture(page, "page_files/a.png")


def _gif(screen: tuple[int, int], frames: list[tuple[int, int, int, int]]) -> bytes:
    """A GIF89a of a ``screen`` (width, height) and one-colour ``frames`` (left, top, width, height)."""
    gif = b"GIF89a" + struct.pack("<HHBBB", *screen, 0x80, 0, 0) + bytes(6)  # a global table of two colours
    gif += b"\x21\xf9\x04\x00\x00\x00\x00\x00"  # a graphic control extension, as animations have
    for frame in frames:
        gif += b"\x2c" + struct.pack("<HHHHB", *frame, 0) + b"\x02\x02\x44\x01\x00"
    return gif + b"\x3b"


def test_a_gif_whose_frame_is_larger_than_its_screen_is_refused_by_the_frames_size(tmp_path: Path) -> None:
    """A GIF whose logical screen is 1 x 1 and whose first frame is 60 000 x 60 000 passed (imagesize
    reads the screen): browsers grow the screen to the frame, 3.6 billion pixels from 40 bytes."""
    page = saved_page(tmp_path, {"page_files/a.gif": _gif((1, 1), [(0, 0, 60_000, 60_000)])})
    with pytest.raises(assets.PictureRefused, match="60,000 x 60,000 pixels, over the limit"):
        read_saved_picture(page, "page_files/a.gif")


def test_a_gif_whose_frames_lie_inside_its_screen_is_read(tmp_path: Path) -> None:
    gif = _gif((300, 200), [(0, 0, 300, 200), (10, 10, 50, 50)])
    page = saved_page(tmp_path, {"page_files/a.gif": gif})
    assert read_saved_picture(page, "page_files/a.gif") == (gif, "gif")
    assert assets.gif_canvas(gif, 300, 200) == (300, 200)


def test_a_picture_whose_size_in_pixels_cannot_be_read_is_refused(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/a.png": PHOTO[:12]})  # the PNG signature, then nothing
    with pytest.raises(assets.PictureRefused, match="size in pixels cannot be read"):
        read_saved_picture(page, "page_files/a.png")


def test_pictures_in_quotes_and_lists_are_copied_and_remote_ones_left_alone(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/a.png": PHOTO})
    local = model.Figure("page_files/a.png", "alt", ())
    remote = model.Figure("https://example.org/p.jpg", "alt", ())
    found = collect_pictures([model.Quote((local,)), model.ListBlock(False, ((local,),)), remote], page, "page.html")
    assert found.blocks[0].blocks[0].image == found.blocks[1].items[0][0].image == PHOTO_SRC
    assert found.blocks[2] == remote and found.files == {PHOTO_SRC: PHOTO} and found.warnings == []


def test_a_refused_picture_keeps_its_words_and_names_the_page(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/a.png": b"not a picture"})
    found = collect_pictures([model.Figure("page_files/a.png", "alt", (model.Text("cap"),))], page, "corpus/page.html")
    assert found.blocks == [model.Figure(None, "alt", (model.Text("cap"),))] and found.files == {}
    assert found.warnings and found.warnings[0].startswith("corpus/page.html: picture 'page_files/a.png' not copied")


def test_a_one_pixel_gif_saved_with_the_page_is_a_spacer(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/spacer.gif": _gif((1, 1), [(0, 0, 1, 1)])})
    with pytest.raises(assets.Spacer, match="1 x 1 pixels"):
        read_saved_picture(page, "page_files/spacer.gif")


def test_a_rule_two_pixels_high_saved_with_the_page_is_a_spacer(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/rule.png": _zero_png(600, 2)})
    with pytest.raises(assets.Spacer, match="600 x 2 pixels"):
        read_saved_picture(page, "page_files/rule.png")


def test_a_spacer_is_not_copied_and_leaves_no_warning_nor_block(tmp_path: Path) -> None:
    page = saved_page(tmp_path, {"page_files/spacer.gif": _gif((1, 1), [(0, 0, 1, 1)])})
    text = model.Paragraph((model.Text("The article's own words."),))
    found = collect_pictures([text, model.Figure("page_files/spacer.gif", "", ())], page, "corpus/page.html")
    assert found.blocks == [text] and found.files == {} and found.warnings == []


GALLERY = [model.Figure(f"page_files/{n}.jpg", f"alt {n}", (model.Text(f"Caption {n}."),)) for n in (1, 2, 3)]


def test_a_gallery_whose_pictures_were_not_saved_has_its_captions_as_text(tmp_path: Path) -> None:
    found = collect_pictures(GALLERY, saved_page(tmp_path, {}), "corpus/page.html")
    assert found.blocks == [model.Paragraph((model.Text(f"Caption {n}."),)) for n in (1, 2, 3)]
    assert found.warnings[-1] == "corpus/page.html: none of the page's pictures was saved; their 3 captions are the article's text"


def test_a_gallery_with_a_picture_saved_keeps_its_figures(tmp_path: Path) -> None:
    found = collect_pictures(GALLERY, saved_page(tmp_path, {"page_files/1.jpg": PHOTO}), "corpus/page.html")
    assert all(isinstance(block, model.Figure) for block in found.blocks)


# --- writing and the gate ------------------------------------------------------------


def test_a_copied_picture_is_written_as_an_image_with_its_alt_text_and_caption() -> None:
    text = render_blocks([model.Figure(PHOTO_SRC, "A [room]", (model.Text("Cap"),))])
    assert f"![A \\[room\\]]({PHOTO_SRC})" in text and "Cap" in text


def test_a_lost_picture_keeps_its_alt_text() -> None:
    assert "What it showed" in render_blocks([model.Figure(None, "What it showed", (model.Text("Cap"),))])


@pytest.mark.parametrize("image", ["![p](../../SECRET.txt)", "![p](_assets/../../SECRET.txt)", f'![p]({PHOTO_SRC} "title")', "![p](https://example.org/x.png)"])
def test_the_gate_rejects_any_other_image(image: str) -> None:
    with pytest.raises(GateError, match="image"):
        check_article(f"---\ntitle: T\n---\n\n# T\n\n{image}\n")


# --- a real site ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("saved")
    shutil.copytree(SAVED, root / "corpus")
    # A real picture outside the corpus, reachable only through the link or the ../.. path.
    (root / "secret.png").write_bytes(PHOTO + SECRET.encode())
    (root / "corpus" / "story_files" / "linked.png").symlink_to(root / "secret.png")
    (root / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "index.md", root / "docs" / "index.md")
    (root / "SECRET.txt").write_text(SECRET + "\n", encoding="utf-8")
    return Site(root, ingest(root), sphinx(root))


def article(site: Site) -> BeautifulSoup:
    (page,) = (site.html / "articles").glob("a-studio-*.html")
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def test_the_site_builds_without_warnings(site: Site) -> None:
    assert site.ingest.returncode == 0, site.ingest.stderr
    assert site.sphinx.returncode == 0 and "WARNING" not in site.sphinx.stderr, site.sphinx.stderr


def test_only_the_real_picture_is_copied_into_the_site(site: Site) -> None:
    assert [p.read_bytes() for p in (site.html / "_images").iterdir()] == [PHOTO]
    assert copied_files(site.html, site.articles / ASSETS_FOLDER) == []
    assert leaks(site.root / "_build") == []


def test_the_picture_is_shown_with_its_alt_text_and_caption(site: Site) -> None:
    (figure,) = article(site).select("div.figure-saved")
    (img,) = figure.find_all("img")
    assert img["alt"] == "The studio's screening room, seats empty before the show"
    assert img["src"] == "../_images/" + PHOTO_SRC.removeprefix(f"{ASSETS_FOLDER}/")
    assert "The screening room an hour before the premiere." in figure.get_text() and "Photo: Kim Ji-won" in figure.get_text()


def test_refused_pictures_keep_their_words_and_show_no_image(site: Site) -> None:
    lost = [div.get_text(" ", strip=True) for div in article(site).select("div.figure-lost")]
    assert len(lost) == 3 and all("This caption stays" in text for text in lost)
    assert "A text file pretending to be a picture" in lost[0]
    assert len(article(site).find_all("img")) == 1


@pytest.mark.parametrize("image", REFUSED)
def test_each_refused_picture_is_reported_naming_the_page(site: Site, image: str) -> None:
    assert any("story.html" in line and repr(image) in line for line in site.ingest.stderr.splitlines()), site.ingest.stderr


def test_a_planted_asset_outside_the_articles_folder_is_not_copied(tmp_path: Path) -> None:
    # An untrusted page with the name of a pipeline picture, in a folder the ingest does not own.
    nested = tmp_path / "docs" / "articles" / "nested"
    (nested / ASSETS_FOLDER).mkdir(parents=True)
    (nested / PHOTO_SRC).write_bytes(PHOTO)
    (nested / "planted.md").write_text(f"---\norphan: true\n---\n\n# Planted\n\n![planted]({PHOTO_SRC})\n", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    build = sphinx(tmp_path, strict=False)
    assert build.returncode == 0, build.stderr
    assert "[archive.unsafe]" in build.stderr and not list((tmp_path / "_build" / "html" / "_images").glob("*"))


# --- the pipeline's own folder -----------------------------------------------------------


def saved_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAVED, corpus)
    return corpus


def test_a_picture_no_page_uses_any_more_is_removed(tmp_path: Path) -> None:
    corpus, out = saved_corpus(tmp_path), tmp_path / "articles"
    ingest_corpus(corpus, out)
    assert (out / PHOTO_SRC).read_bytes() == PHOTO
    page = corpus / "story.html"
    page.write_text(page.read_text(encoding="utf-8").replace("story_files/photo.png", "story_files/gone.png"), encoding="utf-8")
    ingest_corpus(corpus, out)
    assert not (out / PHOTO_SRC).exists()


def test_pages_saved_inside_a_pages_files_folder_are_not_articles(tmp_path: Path) -> None:
    corpus = saved_corpus(tmp_path)
    (corpus / "story_files" / "saved_resource.html").write_text("<p>An advertising frame saved with the page.</p>", encoding="utf-8")
    (corpus / "notes_files").mkdir()
    (corpus / "notes_files" / "page.html").write_text("<p>No notes.html beside this folder.</p>", encoding="utf-8")
    assert [p.relative_to(corpus).as_posix() for p in corpus_pages(corpus)] == ["notes_files/page.html", "story.html"]


def test_the_pictures_the_site_takes_are_the_ones_an_asset_name_allows() -> None:
    assert PICTURE_EXTENSIONS == ["avif", "gif", "jpg", "png", "webp"]
    assert all(is_asset_src(f"_assets/{'0' * 64}.{extension}") for extension in PICTURE_EXTENSIONS)


# --- pictures inlined as data: URIs (SingleFile) ------------------------------------------


def _inlined(data: bytes, declared: str = "image/png") -> str:
    return f"data:{declared};base64,{base64.b64encode(data).decode()}"


STILL = _zero_png(80, 60)  # over the tiny-picture bound (assets.TINY_PICTURE_PX) on both sides
STILL_SRC = f"{ASSETS_FOLDER}/{hashlib.sha256(STILL).hexdigest()}.png"


def _single_file_page(folder: Path, img: str) -> Path:
    """A page saved as one file (SingleFile), its picture inlined in ``img``."""
    page = folder / "story.html"
    page.write_text(f'<html><body><article><h1>A still</h1><p>{"The film follows three witnesses to one afternoon. " * 4}</p>'
                    f"<figure>{img}</figure></article></body></html>")
    return page


def test_a_picture_inlined_as_a_data_uri_is_copied_as_an_asset(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    figure = model.Figure(_inlined(STILL), "a still", ())
    pictures = collect_pictures([figure], page, shown_as="story.html")
    assert pictures.blocks == [model.Figure(STILL_SRC, "a still", ())]
    assert pictures.files == {STILL_SRC: STILL} and not pictures.warnings


def test_an_inlined_picture_is_typed_by_its_bytes_not_its_declared_type(tmp_path: Path) -> None:
    svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
    pictures = collect_pictures([model.Figure(_inlined(svg, "image/png"), "a still", ())], tmp_path / "s.html", shown_as="s.html")
    assert pictures.blocks == [model.Figure(None, "a still", ())] and not pictures.files
    assert pictures.warnings == ["s.html: picture inlined as a data: URI not copied (not a PNG, JPEG, GIF, WebP or AVIF image); "
                                 "its caption and alt text are kept"]


def test_an_inlined_picture_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assets, "MAX_IMAGE_BYTES", len(STILL) - 1)
    with pytest.raises(assets.PictureRefused, match="larger than"):
        read_saved_picture(Path("s.html"), _inlined(STILL))


def test_an_inlined_picture_over_the_length_limit_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assets, "MAX_INLINED_CHARS", len(_inlined(STILL)) - 1)
    with pytest.raises(assets.PictureRefused, match="data: URI is over"):
        read_saved_picture(Path("s.html"), _inlined(STILL))


def test_the_inlined_limit_is_within_what_the_html_reader_keeps() -> None:
    assert assets.MAX_INLINED_CHARS <= assets.LXML_MAX_ATTRIBUTE_CHARS


def test_an_inlined_blank_placeholder_is_refused_keeping_its_alt_text(tmp_path: Path) -> None:
    """A lazy loader's 1 x 1 GIF in src, its real address under an attribute the reader does not know (data-lazy)."""
    blank = _gif((1, 1), [(0, 0, 1, 1)])
    pictures = collect_pictures([model.Figure(_inlined(blank, "image/gif"), "a still", ())], tmp_path / "s.html", shown_as="s.html")
    assert pictures.blocks == [model.Figure(None, "a still", ())] and not pictures.files
    assert pictures.warnings == ["s.html: picture inlined as a data: URI not copied (1 x 1 pixels, a placeholder or spacer, not a picture); "
                                 "its caption and alt text are kept"]


def test_the_html_reader_names_a_data_uri_picture_by_reference_not_its_base64(tmp_path: Path) -> None:
    page = _single_file_page(tmp_path, f'<img src="{_inlined(STILL)}" alt="a still">')
    figures = [b for b in read_html(page.read_bytes(), "s.html").blocks if isinstance(b, model.Figure)]
    assert [f.image for f in figures] == [assets.inlined_reference(_inlined(STILL))]


def test_an_inlined_picture_is_found_again_in_its_page_by_reference(tmp_path: Path) -> None:
    encoded = base64.b64encode(STILL).decode()
    wrapped = "\n".join(encoded[k : k + 76] for k in range(0, len(encoded), 76))  # base64 as MIME wraps it
    page = _single_file_page(tmp_path, f'<img src="data:image/png;base64,{wrapped}" alt="a still">')
    figures = [b for b in read_html(page.read_bytes(), "s.html").blocks if isinstance(b, model.Figure)]
    pictures = collect_pictures(figures, page, shown_as="s.html")
    assert pictures.files == {STILL_SRC: STILL} and pictures.origins == {STILL_SRC: assets.inlined_reference(_inlined(STILL))}


def test_an_inlined_picture_gone_from_its_page_is_refused(tmp_path: Path) -> None:
    page = _single_file_page(tmp_path, '<img src="story_files/a.png" alt="a still">')
    with pytest.raises(assets.PictureRefused, match="not found again in the page"):
        read_saved_picture(page, assets.inlined_reference(_inlined(STILL)))


def test_an_inlined_picture_written_with_character_references_is_found_again(tmp_path: Path) -> None:
    """``&#65;`` for an "A" (or ``&#47;`` for a "/") in an attribute is legal HTML: the reader sees the letter, so must the asset step."""
    head, base64_text = _inlined(STILL).split(",")
    escaped = f"{head},{base64_text.replace('A', '&#65;').replace('C', '&#x43;')}"
    page = _single_file_page(tmp_path, f'<img src="{escaped}" alt="a still">')
    figures = [b for b in read_html(page.read_bytes(), "s.html").blocks if isinstance(b, model.Figure)]
    pictures = collect_pictures(figures, page, shown_as="s.html")
    assert pictures.files == {STILL_SRC: STILL} and not pictures.warnings


def test_an_inlined_picture_in_a_utf16_page_is_found_again(tmp_path: Path) -> None:
    page = _single_file_page(tmp_path, f'<img src="{_inlined(STILL)}" alt="a still">')
    page.write_bytes(page.read_text().encode("utf-16"))
    figures = [b for b in read_html(page.read_bytes(), "s.html").blocks if isinstance(b, model.Figure)]
    pictures = collect_pictures(figures, page, shown_as="s.html")
    assert pictures.files == {STILL_SRC: STILL} and not pictures.warnings


def test_a_page_of_many_inlined_pictures_is_read_once_for_them_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding each picture again by re-reading the page made a page of n pictures cost n readings of it."""
    stills = [_zero_png(60 + k, 60) for k in range(6)]
    page = _single_file_page(tmp_path, "</figure><figure>".join(f'<img src="{_inlined(still)}" alt="still {k}">' for k, still in enumerate(stills)))
    figures = [b for b in read_html(page.read_bytes(), "s.html").blocks if isinstance(b, model.Figure)]
    reads = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: reads.append(path) or read_bytes(path))
    pictures = collect_pictures(figures, page, shown_as="s.html")
    for figure in figures:  # the write step reads each picture again (ingest.pipeline._picture_bytes)
        read_saved_picture(page, figure.image)
    assert len(pictures.files) == len(stills) and reads == [page]


def test_an_inlined_picture_is_found_in_the_page_as_it_is_now(tmp_path: Path) -> None:
    """The page read once serves its pictures only while the file is unchanged."""
    page = _single_file_page(tmp_path, f'<img src="{_inlined(STILL)}" alt="a still">')
    read_saved_picture(page, assets.inlined_reference(_inlined(STILL)))
    page.write_text(page.read_text().replace(_inlined(STILL), "story_files/a.png"))
    with pytest.raises(assets.PictureRefused, match="not found again in the page"):
        read_saved_picture(page, assets.inlined_reference(_inlined(STILL)))


def test_the_ingest_carries_no_inlined_base64_between_its_passes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = _single_file_page(corpus, f'<img src="{_inlined(STILL)}" alt="a still">')
    read = read_and_detect(page, corpus, Matcher(Registry()))
    result = link_page(page, read, corpus, Matcher(Registry()))
    assert base64.b64encode(STILL).decode() not in read.article + json.dumps(result.pictures)
    report = ingest_corpus(corpus, tmp_path / "out")
    assert (tmp_path / "out" / STILL_SRC).read_bytes() == STILL and not report.errors


def test_a_lazy_loaders_data_uri_placeholder_is_no_picture() -> None:
    html = (f'<html><body><article><h1>A still</h1><p>{"The film follows three witnesses to one afternoon. " * 4}</p>'
            f'<figure><img src="{_inlined(PHOTO)}" data-srcset="https://example.com/a.jpg 2x" alt="a still"></figure>'
            "</article></body></html>")
    figures = [b for b in read_html(html.encode(), "s.html").blocks if isinstance(b, model.Figure)]
    assert [f.image for f in figures] == [None]
