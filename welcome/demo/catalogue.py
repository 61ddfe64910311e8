"""The demo content's translations: one gettext catalogue per language.

The German texts live in welcome.demo.content and welcome.demo.directory; their
translations live in `<DEMO_CATALOGUE_DIR>/<language>.po` (by default
welcome/demo/translations/), keyed by the German text itself (msgid = German, msgstr =
translation), so a translator works with the usual PO tools and never touches Python.
`demo.pot` beside them lists every German text in the order the content has it; it is
written by `manage.py demo_catalogue` from the content, never by hand.

An entry without a translation, marked fuzzy, or whose sample-location template lost one
of its placeholders does not count: whatever needs it stays German (see setup_demo).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings

from welcome.demo import content
from welcome.demo import directory as demo_directory
from welcome.demo import leaflets as demo_leaflets
from welcome.demo import monitoring as demo_monitoring

TEMPLATE_NAME = "demo.pot"
TEMPLATE_HEADER = (
    "German texts of the Willkommen demo content, to translate into <language>.po beside\n"
    "this file. Written by `manage.py demo_catalogue`: do not edit."
)
# The committed catalogues; DEMO_CATALOGUE_DIR may point setup_demo at others.
REPOSITORY_DIR = Path(__file__).resolve().parent / "translations"

# The two texts sample locations are made of, with what the translator needs to know.
SAMPLE_COMMENTS = {
    demo_directory.SAMPLE_WORD: (
        "sample location name: '{kind} {town} {number} (Beispiel)'; translate the word only"
    ),
    demo_directory.SAMPLE_DESCRIPTION: "sample location description; keep {kind} and {town} exactly",
}
PLACEHOLDER = re.compile(r"{([^{}]*)}")


@dataclass
class TemplateEntry:
    """One German text and where the content has it."""

    german: str
    places: list = field(default_factory=list)
    comment: str = ""


def _texts(value):
    """Every German text in a piece of content: each dict with a "de" key is one text."""
    if isinstance(value, dict):
        if "de" in value:
            yield value["de"]
            return
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def _content_texts():
    """(German text, where) for every text of the demo, in the order of the content."""
    for text in _texts(content.HOME):
        yield text, "home"
    for section in content.SECTIONS:
        for key in ("title", "intro"):
            yield section[key]["de"], f"section {section['slug']}"
        for article in section["articles"]:
            for text in _texts(article):
                yield text, f"article {section['slug']}/{article['slug']}"
    for district in content.DISTRICTS:
        for text in _texts(district):
            yield text, f"district {district['slug']}"
    for legal_page in content.LEGAL_PAGES:
        for text in _texts(legal_page):
            yield text, f"legal {legal_page['slug']}"
    for text in _texts(content.MAP_PAGE):
        yield text, f"map {content.MAP_PAGE['slug']}"
    for text in _texts(content.MONITORING_PAGE):
        yield text, f"monitoring {content.MONITORING_PAGE['slug']}"
    for text in demo_monitoring.texts():
        yield text, "indicator"
    downloads = demo_leaflets.DOWNLOADS_PAGE
    for key in ("title", "intro"):
        yield downloads[key], f"downloads {downloads['slug']}"
    district_leaflets = [
        leaflet for leaflets in demo_leaflets.DISTRICT_LEAFLETS.values() for leaflet in leaflets
    ]
    for leaflet in [*demo_leaflets.STATE_LEAFLETS, *district_leaflets]:
        for key in ("title", "summary"):
            yield leaflet[key], f"leaflet {leaflet['slug']}"
    for slug, _icon, _colour, name in demo_directory.CATEGORIES:
        yield name, f"category {slug}"
    for text in (*demo_directory.SAMPLE_TEXTS, *SAMPLE_COMMENTS):
        yield text, "sample location"


def template_entries():
    """The catalogue template's entries: each German text once, with every place it is used."""
    entries = {}
    for german, place in _content_texts():
        entry = entries.setdefault(
            german, TemplateEntry(german, comment=SAMPLE_COMMENTS.get(german, ""))
        )
        if place not in entry.places:
            entry.places.append(place)
    return list(entries.values())


def template():
    """The text of demo.pot, as `manage.py demo_catalogue` writes it."""
    pot = polib.POFile(wrapwidth=78)
    pot.header = TEMPLATE_HEADER
    pot.metadata = {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for entry in template_entries():
        pot.append(
            polib.POEntry(
                msgid=entry.german,
                msgstr="",
                comment=entry.comment,
                occurrences=[(place, "") for place in entry.places],
            )
        )
    return str(pot) + "\n"


def catalogue_dir():
    return Path(settings.DEMO_CATALOGUE_DIR)


def catalogue_path(language_code, directory=None):
    return (directory or catalogue_dir()) / f"{language_code}.po"


def usable(german, translated):
    """Whether a translation can be used: not empty, and a sample-location template
    keeps exactly its placeholders (a broken one would fail or show braces to readers)."""
    if not translated.strip():
        return False
    wanted = set(PLACEHOLDER.findall(german))
    return set(PLACEHOLDER.findall(translated)) == wanted and "{}" not in translated


def read_catalogue(language_code, directory=None):
    """{German text: translation} of one language; empty if it has no catalogue yet.
    Fuzzy, obsolete and unusable entries are left out."""
    path = catalogue_path(language_code, directory)
    if not path.exists():
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path)).translated_entries()
        if usable(entry.msgid, entry.msgstr)
    }


def stale_entries(language_code, directory=None):
    """German texts a catalogue translates that the content no longer has."""
    path = catalogue_path(language_code, directory)
    wanted = {entry.german for entry in template_entries()}
    return [
        entry.msgid
        for entry in polib.pofile(str(path))
        if not entry.obsolete and entry.msgid not in wanted
    ]
