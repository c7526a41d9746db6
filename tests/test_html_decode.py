"""Decoding: BOM first, a declared charset only when the bytes fit it, then detection."""

import codecs

import pytest

from ingest.errors import PageError
from ingest.html.decode import decode_html

TEXTS = {
    "korean": "<p>한국 영화의 새로운 물결은 세계 영화제에서 주목을 받고 있습니다. 감독들은 새로운 이야기를 들려줍니다.</p>",
    "japanese": "<p>日本の映画祭では、新しい作品が数多く上映されました。監督たちは観客との対話を楽しみました。</p>",
    "chinese": "<p>电影节开幕当天，观众们排起了长队。导演们与观众分享了创作背后的故事和经历。</p>",
    "french": "<p>Le festival a ouvert vendredi avec une copie restaurée d’un classique muet ; la salle était pleine, déjà, à l’été.</p>",
}


def page(body, charset=None):
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body>{body}</body></html>"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, b""])
def test_utf8_with_or_without_bom(bom):
    html = page(TEXTS["korean"])
    assert decode_html(bom + html.encode("utf-8")) == html


def test_utf16_with_bom():
    html = page(TEXTS["japanese"])
    assert decode_html(html.encode("utf-16")) == html


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(encoding):
    """It was "binary data": ASCII markup in UTF-16 is half NUL bytes."""
    html = page(TEXTS["korean"])
    assert decode_html(html.encode(encoding)) == html


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("korean", "euc-kr"), ("korean", "cp949"), ("japanese", "shift_jis"), ("chinese", "gb18030"), ("french", "cp1252")],
)
def test_declared_charset(text, encoding):
    html = page(TEXTS[text], encoding)
    assert decode_html(html.encode(encoding)) == html


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("korean", "cp949"), ("japanese", "shift_jis"), ("chinese", "gb18030"), ("french", "cp1252")],
)
def test_missing_charset_is_detected(text, encoding):
    html = page(TEXTS[text] * 3)
    assert decode_html(html.encode(encoding)) == html


@pytest.mark.parametrize(("text", "encoding"), [("korean", "cp949"), ("chinese", "gb18030")])
def test_wrong_latin1_declaration_is_not_trusted(text, encoding):
    html = page(TEXTS[text] * 3, "iso-8859-1")
    assert decode_html(html.encode(encoding)) == html


CZECH = "<p>Letošní přehlídka v kině Žižkov skončila v neděli večer promítáním vítězného snímku o převozníkovi.</p>"


@pytest.mark.parametrize("charset", [None, "utf-8"])
def test_a_stated_language_picks_its_code_page_among_equal_fits(charset):
    """extractus/article-extractor#386: CP1250 bytes read as CP1252 score as clean as read as CP1250
    ("Pøehlídka"); the page's <html lang="cs"> settles it, also when the page wrongly says UTF-8."""
    html = page(CZECH * 3, charset).replace("<html>", '<html lang="cs">')
    assert decode_html(html.encode("cp1250")) == html


def test_without_a_stated_language_cp1252_wins_the_tie():
    html = page(TEXTS["french"] * 3)
    assert decode_html(html.encode("cp1252")) == html


def test_utf8_bytes_declared_as_latin1_stay_utf8():
    html = page(TEXTS["french"], "iso-8859-1")
    assert decode_html(html.encode("utf-8")) == html


@pytest.mark.parametrize("data", [b"", b"   \n", bytes(range(256)) * 64, b"\x00\x01\x02\x03" * 500])
def test_binary_or_empty_data_is_a_page_error(data):
    with pytest.raises(PageError):
        decode_html(data)


@pytest.mark.parametrize("label", ["zlib", "base64", "undefined", "punycode", "unicode_escape", "idna", "utf-7"])
def test_a_declared_codec_that_is_no_charset_is_ignored(label):
    """Python's codec registry holds codecs that are no charset: they raised
    (LookupError), read backslashes as escapes, or took hours (punycode's decoder
    grows with the square of its input); the bytes are read as if undeclared."""
    html = page(TEXTS["french"] + "<p>-" + "abcdefghij" * 20000 + r" \u0041 +ADw-</p>", label)
    assert decode_html(html.encode("utf-8")) == html
