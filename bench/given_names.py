"""Regenerate ``people_films/data/given_names.txt``: given names of Europe and the Americas, and of Africa,
Asia and Latin America in Latin letters (:data:`WORLD_LOCALES`), as data.

    python bench/given_names.py

Film writing names Western people with no cue at all ("Laura Dern was
named best supporting actress"); a capitalised word that is a common given
name, followed by a capitalised family name, is the signal. The names come
from Faker's person providers (MIT; drawn from national statistics of given
names) for the locales below, so the list is not grown from the pages at
hand. To them are added the first names of the 1990 United States census
(public domain; shipped by the ``names`` package) that more than one person in
100 000 bore ("Patsy", "Kacey", "Nikole"): English-language film writing names
Americans most. Greek and Hebrew given names, which Faker writes in their own
scripts only, are added in Latin letters: Faker's Greek names romanised by
Faker's own Greek transliteration (ELOT 743: "Giorgos", "Athina"), each also in
the spelling the English press uses for "Gi" before a vowel ("Yorgos",
"Yiannis"), and the Israeli given names of Jörg Michael's dictionary of given
names by country (``nam_dict.txt``, shipped by ``gender-guesser``; its
"Israel" column: "Nadav", "Shira"). Faker, ``names`` and ``gender-guesser`` are
needed only to regenerate the file (requirements-bench.txt).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LOCALES = (
    "en_US en_GB en_IE en_IN en_NZ de_DE de_AT fr_FR es_ES es_MX it_IT pt_BR pt_PT nl_NL sv_SE da_DK "
    "no_NO fi_FI pl_PL cs_CZ hu_HU ro_RO tr_TR el_GR hr_HR sk_SK sl_SI lv_LV lt_LT et_EE ga_IE"
).split()
# Film writing covers world cinema: given names of Africa, Asia and Latin America that Faker writes in Latin
# letters (Japanese romanised), less the commonest English words ("Blessing", "Comfort") and family names. Not Vietnamese,
# which writes the given name last, nor the locales whose names are in other scripts only.
WORLD_LOCALES = (
    "en_KE en_NG en_PK en_TH es_AR es_CL es_CO fr_BE nl_BE de_CH id_ID ha_NG ig_NG yo_NG sw tw_GH zu_ZA ja_JP"
).split()
_LATIN_NAME = re.compile(r"[A-Z][^\W\d_]+(?:['-][^\W\d_]+)*")
OUT = Path(__file__).resolve().parent.parent / "people_films" / "data" / "given_names.txt"
# Census first names under this share of people (percent, the file's second column) are left out: rare
# spellings and words ("Miss", "Von") that a census records as first names once in a while.
MIN_CENSUS_SHARE = 0.001


def given_names() -> list[str]:
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        first = getattr(provider, "first_names", ())
        names |= {n for n in first if n[:1].isupper() and " " not in n and len(n) > 2}
    english = set(importlib.import_module("faker.providers.lorem.en_US").Provider.word_list)
    # (Nor a common English family name, "Miller" of Colombia's list: before another name it is as often a firm's;
    # nor three letters, "Mad", "Esi", "Ama": as often a word or a product's abbreviation.)
    surnames = set(importlib.import_module("faker.providers.person.en_US").Provider.last_names)
    for locale in WORLD_LOCALES:
        names |= {
            n for n in _first_names(locale)
            if n.isascii() and _LATIN_NAME.fullmatch(n) and len(n) > 3 and n.lower() not in english and n not in surnames
        }
    return sorted(names | census_first_names() | greek_given_names() | israeli_given_names())


def _first_names(locale: str) -> set[str]:
    """Every first name a Faker locale lists: ``first_names``, or by sex (a list or a weighted dict), or romanised."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attribute in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
        values = getattr(provider, attribute, ())
        if isinstance(values, (list, tuple, set, frozenset, dict)):
            found |= set(values)
    return found


def _world_kept(name: str, english: set[str], surnames: set[str]) -> bool:
    """A given name of another script's country, kept as the world locales' are: Latin letters, four or more, no common
    English word or family name, no lone syllable of a Sinosphere name (the Israeli "Chen" is also the Chinese family name)."""
    return name.isascii() and bool(_LATIN_NAME.fullmatch(name)) and len(name) > 3 and name.lower() not in english and name not in surnames and not one_syllable(name)


# "Gi" before a vowel at the start of a romanised Greek name ("Giorgos", "Giannis") is the sound English writes "Y":
# the English-language press writes "Yorgos", "Yannis" and "Yiannis" (BGN/PCGN 1962 wrote it "Yi").
_GREEK_GI = re.compile(r"^Gi(?=[aeou])")


def greek_given_names() -> set[str]:
    """Faker's Greek given names (``el_GR``, in Greek letters) romanised by Faker's Greek transliteration, with the English press's "Y" spellings."""
    provider = importlib.import_module("faker.providers.person.el_GR").Provider
    latinize = importlib.import_module("faker.providers.internet.el_GR").latinize
    english, surnames = _english_words(), _english_surnames()
    found = set()
    for greek in set(provider.first_names_male) | set(provider.first_names_female):
        name = latinize(greek)
        name = name[:1] + name[1:].lower()  # the transliteration writes Χ, Θ, Ψ as "CH", "TH", "PS" before lower case
        found |= {name, _GREEK_GI.sub("Y", name), _GREEK_GI.sub("Yi", name)}
    return {name for name in found if _world_kept(name, english, surnames)}


# Jörg Michael's nam_dict.txt: the name in columns 4-29, then one column per country, a frequency from 1 (rare) to D (13).
_NAM_DICT_NAME = slice(3, 29)
_NAM_DICT_ISRAEL = 78
# Frequency 2 and up: a rare name (1) is as often a spelling variant or a word.
MIN_ISRAEL_FREQUENCY = 2


def israeli_given_names() -> set[str]:
    """The given names of nam_dict.txt's "Israel" column (gender-guesser's copy, GNU FDL), frequency 2 and up."""
    path = Path(importlib.import_module("gender_guesser").__file__).parent / "data" / "nam_dict.txt"
    lines = path.read_text(encoding="iso-8859-1").splitlines()
    header = next(line for line in lines if line.startswith("#") and line.rstrip(" $").endswith("Israel"))
    if header.index("Israel") != _NAM_DICT_ISRAEL:
        raise SystemExit(f"{path}: the Israel column is not at {_NAM_DICT_ISRAEL}; check the file's layout")
    english, surnames = _english_words(), _english_surnames()
    found = set()
    for line in lines:
        if line.startswith("#") or len(line) <= _NAM_DICT_ISRAEL or line[_NAM_DICT_ISRAEL] == " ":
            continue
        name = line[_NAM_DICT_NAME].strip()
        if int(line[_NAM_DICT_ISRAEL], 16) >= MIN_ISRAEL_FREQUENCY and " " not in name and "+" not in name and _world_kept(name, english, surnames):
            found.add(name)
    return found


def _english_words() -> set[str]:
    return set(importlib.import_module("faker.providers.lorem.en_US").Provider.word_list)


def _english_surnames() -> set[str]:
    return set(importlib.import_module("faker.providers.person.en_US").Provider.last_names)


def census_first_names() -> set[str]:
    """First names of the 1990 US census (``names``' dist.female.first and dist.male.first: NAME share cumulative rank),
    less the commonest English words (Faker's English word list: "Will", "Many", "Major", "Page", "Young")."""
    folder = Path(importlib.import_module("names").__file__).parent
    english = set(importlib.import_module("faker.providers.lorem.en_US").Provider.word_list)
    found = set()
    for kind in ("female", "male"):
        for line in (folder / f"dist.{kind}.first").read_text(encoding="ascii").splitlines():
            name, share = line.split()[:2]
            if float(share) >= MIN_CENSUS_SHARE and len(name) > 2 and name.lower() not in ("miss", "von") and not one_syllable(name) and name.lower() not in english:
                found.add(name.capitalize())
    return found


def one_syllable(name: str) -> bool:
    """"Hae", "Soo", "Minh": one syllable of a Korean, Chinese or Vietnamese given name, recorded alone by a
    census that splits such names; on a page it is half a name ("Hae Sung"), never a given name before a family name."""
    from people_films.names import is_one_syllable  # noqa: PLC0415

    return len(name) <= 4 and is_one_syllable(name)


def main() -> int:
    names = given_names()
    header = "# Given names (one a line), generated by bench/given_names.py from Faker's person providers and the 1990 US census; do not edit.\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
