"""Import and export of the German location records as CSV or GeoJSON.

CSV: UTF-8 (a byte order mark is fine), comma-separated, one header row with these
columns (order free, unknown columns are refused):

    external_id         required; the id in the source system, how a record is recognised
    name                required
    organisation, description
    categories          required; category slugs separated by "|", e.g. "sprachkurse|beratung"
    district            required; district slug, e.g. "ludwigslust-parchim"
    street, postcode, city   required; postcode has five digits
    latitude, longitude required; decimal degrees (WGS 84), inside Germany
    phone, email, website
    opening_hours       e.g. "Mo 09:00-12:00; Mo 13:00-16:00; Th 09:00-18:00"
                        (days Mo Tu We Th Fr Sa Su, 24-hour times hh:mm)
    opening_hours_note
    languages           codes separated by "|", e.g. "de|en|ar"
    wheelchair_access   yes, no or unknown (empty: unknown)
    appointment_needed  yes or no (empty: no)
    closed_on_public_holidays   yes or no (empty: yes): closed on the state's public holidays
    closed_in_school_holidays   yes or no (empty: no): closed during the state's school holidays
    last_verified       YYYY-MM-DD (empty: today)
    confirmation_email  who is asked to confirm the entry (never shown to readers;
                        empty: the public e-mail)
    slug                optional; made from the name when empty

Blank lines are skipped. A header row that names a column twice or has a column without a
name, a file separated by ";" or tabs, a row with more values than columns and a quote
that is not closed (or has text after it) are refused.

GeoJSON: a FeatureCollection whose "features" is a list of Feature objects, each with a
Point geometry of two (or three) finite numbers, longitude first, and "properties", an
object with the same keys. The geometry gives the position (latitude and longitude
properties are ignored). A property value is text or null (empty); besides that only
whole numbers for external_id and postcode (19370; a postcode that lost its leading zero
is then refused as not five digits), true or false for wheelchair_access and
appointment_needed and the two closed_... columns (yes/no), and lists of texts for categories and languages. Decimal
numbers, other true/false values, objects and nested lists are refused, not turned into
text. JSON nested too deeply for the parser is refused as well.

Either file must be UTF-8 (not UTF-16), hold no NUL character and be at most 50 MB.
A value may hold no control character other than tab and line breaks and no unpaired
surrogate (JSON's "\\ud800"); it is at most as long as its model field allows (name 200,
external_id 64, street 200, city 100, ...) and at most LONGEST_TEXT (10,000) characters
where the model sets no limit (description, categories, opening_hours, ...); e-mail, web
site and postcode must pass the model's own validators. All of this is checked before
anything is written.

An import is all or nothing: every row is checked first, and the first bad row stops the
import with its line number (CSV) or feature number (GeoJSON) and the reason, before
anything is written; a bad file is always an ImportFailed, never another exception.
Records are matched by external_id: new ones are created in batches, each with its search
entries and reference index rows, changed ones updated, the rest left alone. Exports
write the same format back, so an export imports unchanged.

Imports run one at a time: each locks the German Locale row inside its transaction and
only then reads the existing records, so a second import waits for the first and then
finds its records unchanged or updates them. On PostgreSQL the lock is SELECT ... FOR NO
KEY UPDATE, which does not hold up editors saving German records; SQLite has no row
locks, so there a write takes its database lock, and a second import that waits longer
than SQLite's busy timeout (5 seconds) stops with an ImportFailed. A conflict no lock
prevents (an editor saving a location with the same external_id or slug at that moment)
stops the import as an ImportFailed, and its transaction is rolled back.
"""

import codecs
import csv
import datetime
import io
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, ReferenceIndex

from directory import geo
from directory.models import (
    Category,
    District,
    Location,
    LocationCategory,
    OpeningHours,
    SpokenLanguage,
)
from directory.spoken_languages import SPOKEN_LANGUAGE_CODES
from welcome.foundation import bulk_rows, page_cache
from welcome.foundation.spreadsheets import from_spreadsheet, spreadsheet_safe
from welcome.search import entries as search_entries
from welcome.search import wagtail_index

COLUMNS = [
    "external_id",
    "name",
    "organisation",
    "description",
    "categories",
    "district",
    "street",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "opening_hours",
    "opening_hours_note",
    "languages",
    "wheelchair_access",
    "appointment_needed",
    "closed_on_public_holidays",
    "closed_in_school_holidays",
    "last_verified",
    "confirmation_email",
    "slug",
]
REQUIRED = [
    "external_id",
    "name",
    "categories",
    "district",
    "street",
    "postcode",
    "city",
    "latitude",
    "longitude",
]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
GERMANY = {"latitude": (47.2, 55.1), "longitude": (5.8, 15.1)}
YES = {"yes", "ja", "true", "1"}
NO = {"no", "nein", "false", "0", ""}
LARGEST_FILE = 50 * 2**20
LONGEST_TEXT = 10_000
# Rows per INSERT when new locations and their children are written.
BATCH_SIZE = 500
# The columns kept as they are in a Location text field: that field's length limit and
# validators (e-mail, web address, postcode) decide in the check, not when saving.
STORED_AS_TEXT = [
    "external_id",
    "name",
    "organisation",
    "description",
    "street",
    "postcode",
    "city",
    "phone",
    "email",
    "website",
    "opening_hours_note",
    "confirmation_email",
    "slug",
]
TEXT_LIMITS = {
    column: Location._meta.get_field(column).max_length or LONGEST_TEXT for column in STORED_AS_TEXT
}
# Control characters other than tab and line breaks, and unpaired surrogates (JSON's
# "\ud800"), which PostgreSQL cannot store.
FORBIDDEN_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
OPENING_TIMES = re.compile(r"([A-Za-z]{2})\s+([0-9]{2}:[0-9]{2})\s*-\s*([0-9]{2}:[0-9]{2})")
# What a GeoJSON property may hold besides text and null.
LIST_COLUMNS = {"categories", "languages"}
# The yes/no columns with what an empty cell means.
YES_NO_DEFAULTS = {
    "appointment_needed": False,
    "closed_on_public_holidays": True,
    "closed_in_school_holidays": False,
}
YES_NO_COLUMNS = {"wheelchair_access", *YES_NO_DEFAULTS}
WHOLE_NUMBER_COLUMNS = {"external_id", "postcode"}


class ImportFailed(Exception):
    def __init__(self, where, reason):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass
class Record:
    where: str
    values: dict
    categories: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    opening_hours: list = field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def read_file(path, kind):
    """The (where, values) rows of a CSV or GeoJSON (`kind`) file at `path`."""
    try:
        with open(path, "rb") as file:
            data = file.read(LARGEST_FILE + 1)
    except FileNotFoundError:
        raise ImportFailed(str(path), "there is no such file") from None
    except IsADirectoryError:
        raise ImportFailed(str(path), "this is a directory, not a file") from None
    except OSError as error:
        raise ImportFailed(str(path), f"the file cannot be read ({error.strerror})") from None
    if len(data) > LARGEST_FILE:
        raise ImportFailed(str(path), f"the file is larger than {LARGEST_FILE // 2**20} MB")
    text = _decode(data)
    if not text.strip():
        raise ImportFailed(str(path), "the file is empty")
    return read_geojson(text) if kind == "geojson" else read_csv(text)


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFailed("line 1", "the file is UTF-16 text; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ImportFailed(
            _line_at(data, nul),
            "the file holds a NUL character: binary data or UTF-16 text? Save it as UTF-8",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(
            _line_at(data, error.start),
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8",
        ) from None


def _line_at(data, index):
    """Where byte `index` of the file lies, as a message names it."""
    line = data.count(b"\n", 0, index) + 1
    return f"line {line}"


def read_csv(text):
    # No value can be longer than the file. With csv's own field limit (128 KiB, and its
    # error names no column) raised to that, _check_row names the column and the limit.
    csv.field_size_limit(max(csv.field_size_limit(), LARGEST_FILE))
    reader = csv.reader(io.StringIO(text), strict=True)
    rows, start = [], 1
    try:
        header = [name.strip() for name in next(reader, [])]
        _check_header(header)
        start = reader.line_num + 1
        for values in reader:
            # A quoted value may hold line breaks: name the line its record starts on.
            where, start = f"line {start}", reader.line_num + 1
            if not values:
                continue
            if len(values) > len(header):
                raise ImportFailed(
                    where, f"more values ({len(values)}) than columns ({len(header)})"
                )
            # A shorter row leaves its last columns empty.
            cells = zip(header, values, strict=False)
            rows.append((where, {name: from_spreadsheet(value.strip()) for name, value in cells}))
    except csv.Error as error:
        raise ImportFailed(f"line {start}", f"not valid CSV ({error})") from None
    return rows


def _check_header(header):
    if not any(header):
        raise ImportFailed("line 1", "the first line must be the header row, it is empty")
    if len(header) == 1:
        for separator in ";\t":
            if separator in header[0]:
                raise ImportFailed(
                    "line 1", f"columns are separated by {separator!r}; separate them by commas"
                )
    for number, name in enumerate(header, start=1):
        if not name:
            raise ImportFailed("line 1", f"column {number} has no name")
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        raise ImportFailed("line 1", f"column(s) named twice: {_list(twice)}")
    unknown = sorted(set(header) - set(COLUMNS))
    if unknown:
        raise ImportFailed("line 1", f"unknown column(s): {_list(unknown)}")
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportFailed("line 1", f"missing column(s): {', '.join(missing)}")


def read_geojson(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFailed(f"line {error.lineno}", f"not valid JSON ({error.msg})") from None
    except ValueError as error:  # a number too long for Python to read
        raise ImportFailed("document", f"not valid JSON ({error})") from None
    except RecursionError:
        raise ImportFailed("document", "the JSON is nested too deeply to read") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImportFailed("document", "expected a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list):
        raise ImportFailed("document", "the FeatureCollection's features must be a list")
    rows = []
    for number, feature in enumerate(features, start=1):
        where = f"feature {number}"
        if not isinstance(feature, dict):
            raise ImportFailed(where, f"must be a Feature object, not {_kind(feature)}")
        values = _read_properties(where, feature.get("properties"))
        values["longitude"], values["latitude"] = _read_point(where, feature.get("geometry"))
        rows.append((where, values))
    return rows


def _read_point(where, geometry):
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        raise ImportFailed(where, "the geometry must be a Point")
    coordinates = geometry.get("coordinates")
    if (
        not isinstance(coordinates, list)
        or len(coordinates) not in (2, 3)
        or not all(_is_finite_number(number) for number in coordinates)
    ):
        raise ImportFailed(
            where, "the Point's coordinates must be two numbers: longitude, latitude"
        )
    return str(coordinates[0]), str(coordinates[1])


def _is_finite_number(value):
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _read_properties(where, properties):
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise ImportFailed(where, f"properties must be an object, not {_kind(properties)}")
    unknown = sorted(set(properties) - set(COLUMNS))
    if unknown:
        raise ImportFailed(where, f"unknown propert(y/ies): {_list(unknown)}")
    return {
        key: _property_text(where, key, value)
        for key, value in properties.items()
        if key not in {"latitude", "longitude"}
    }


def _property_text(where, key, value):
    """A property value as the text a CSV cell would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        if key in YES_NO_COLUMNS:
            return "yes" if value else "no"
        raise ImportFailed(where, f"{key} must be text, not true/false")
    if isinstance(value, int) and key in WHOLE_NUMBER_COLUMNS:
        return str(value)
    if isinstance(value, list) and key in LIST_COLUMNS:
        wrong = [item for item in value if not isinstance(item, str)]
        if wrong:
            raise ImportFailed(
                where, f"{key} must be a list of texts, not a list holding {_kind(wrong[0])}"
            )
        return "|".join(value)
    raise ImportFailed(where, f"{key} must be text, not {_kind(value)}")


def _kind(value):
    """What a JSON value is, for a message; never the value itself, which may be huge."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _shown(value):
    """A value as a message shows it: quoted, shortened, and everything but printable ASCII
    escaped, so that an odd character in a slug or column name becomes visible."""
    return ascii(value if len(value) <= 60 else value[:57] + "...")


def _list(names):
    return ", ".join(_shown(name) for name in names)


def check(rows):
    """Turn raw rows into Records, or raise ImportFailed for the first bad one."""
    categories = set(
        Category.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "slug", flat=True
        )
    )
    districts = set(
        District.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "slug", flat=True
        )
    )
    seen_ids, seen_slugs, records = set(), set(), []
    for where, values in rows:
        record = _check_row(where, values, categories, districts)
        if record.values["external_id"] in seen_ids:
            raise ImportFailed(
                where, f"external_id {_shown(record.values['external_id'])} appears twice"
            )
        seen_ids.add(record.values["external_id"])
        slug = record.values["slug"]
        if slug and slug in seen_slugs:
            raise ImportFailed(where, f"slug {_shown(slug)} appears twice")
        seen_slugs.add(slug)
        records.append(record)
    if not records:
        raise ImportFailed("document", "there are no records to import")
    return records


def _check_row(where, raw, categories, districts):
    values = {column: raw.get(column, "") for column in COLUMNS}
    for column, value in values.items():
        _check_text(where, column, value)
    for column in REQUIRED:
        if not values[column]:
            raise ImportFailed(where, f"{column} is empty")
    for column in STORED_AS_TEXT:
        if values[column]:
            try:
                Location._meta.get_field(column).run_validators(values[column])
            except ValidationError as error:
                raise ImportFailed(
                    where,
                    f"{column} {_shown(values[column])} is refused: {' '.join(error.messages)}",
                ) from None
    try:
        latitude, longitude = float(values["latitude"]), float(values["longitude"])
        geo.validate_coordinates(latitude, longitude)
    except ValueError:
        raise ImportFailed(where, "latitude and longitude must be decimal degrees") from None
    for name, number in (("latitude", latitude), ("longitude", longitude)):
        low, high = GERMANY[name]
        if not low <= number <= high:
            raise ImportFailed(
                where, f"{name} {number} lies outside Germany (latitude and longitude swapped?)"
            )
    values["latitude"], values["longitude"] = latitude, longitude

    record = Record(where=where, values=values)
    record.categories = _split(values.pop("categories"))
    for slug in record.categories:
        if slug not in categories:
            raise ImportFailed(where, f"unknown category {_shown(slug)}")
    if values["district"] not in districts:
        raise ImportFailed(where, f"unknown district {_shown(values['district'])}")
    record.languages = _split(values.pop("languages"))
    for code in record.languages:
        if code not in SPOKEN_LANGUAGE_CODES:
            raise ImportFailed(where, f"unknown language code {_shown(code)}")
    record.opening_hours = _parse_opening_hours(where, values.pop("opening_hours"))

    wheelchair = values["wheelchair_access"].lower() or "unknown"
    if wheelchair not in {"yes", "no", "unknown"}:
        raise ImportFailed(where, "wheelchair_access must be yes, no or unknown")
    values["wheelchair_access"] = wheelchair
    for column, default in YES_NO_DEFAULTS.items():
        answer = values[column].lower()
        if answer not in YES | NO:
            raise ImportFailed(where, f"{column} must be yes or no")
        values[column] = answer in YES if answer else default
    if values["last_verified"]:
        try:
            values["last_verified"] = datetime.date.fromisoformat(values["last_verified"])
        except ValueError:
            raise ImportFailed(where, "last_verified must be a date like 2026-11-21") from None
    else:
        values["last_verified"] = timezone.localdate()
    if values["slug"] and values["slug"] != slugify(values["slug"]):
        raise ImportFailed(where, "slug may only hold lowercase letters, digits and hyphens")
    return record


def _check_text(where, column, value):
    limit = TEXT_LIMITS.get(column, LONGEST_TEXT)
    if len(value) > limit:
        raise ImportFailed(
            where, f"{column} is {len(value):,} characters long; at most {limit:,} are allowed"
        )
    forbidden = FORBIDDEN_CHARACTER.search(value)
    if forbidden:
        code = ord(forbidden.group())
        what = "an unpaired surrogate" if 0xD800 <= code <= 0xDFFF else "a control character"
        raise ImportFailed(where, f"{column} holds {what} (U+{code:04X})")


def _split(value):
    return list(dict.fromkeys(part.strip() for part in value.split("|") if part.strip()))


def _parse_opening_hours(where, value):
    hours = []
    for part in (piece.strip() for piece in value.split(";")):
        if not part:
            continue
        try:
            weekday, opens, closes = _parse_opening_time(part)
        except ValueError:
            raise ImportFailed(
                where, f"opening hours {_shown(part)} are not like 'Mo 09:00-12:00'"
            ) from None
        if opens >= closes:
            raise ImportFailed(where, f"opening hours {_shown(part)} close before they open")
        hours.append((weekday, opens, closes))
    return sorted(hours)


def _parse_opening_time(part):
    """(weekday, opens, closes) from "Mo 09:00-12:00"; ValueError for anything else."""
    match = OPENING_TIMES.fullmatch(part)
    if not match:
        raise ValueError(part)
    day, opens, closes = match.groups()
    return (
        DAYS.index(day.capitalize()),
        datetime.time.fromisoformat(opens),
        datetime.time.fromisoformat(closes),
    )


def import_records(records, *, dry_run=False):
    """Write checked records to the German locations, all or nothing, one import at a time.

    New locations are written BATCH_SIZE at a time, with their categories, opening hours and
    languages, their search entries and their rows in Wagtail's reference index, so that a
    large file never holds more than one batch of unsaved locations in memory. The
    statements that index a batch for search are written by a thread of their own on the
    same connection while the next batch is read (bulk_rows.writes_alongside); a few
    batches' statements may wait for it. Changed locations are saved one by one, as an
    editor's save is: their translations have to learn of the change (welcome's post_save
    handlers), and a re-import changes few records. A record that the database refuses
    while the import writes (a clash with a location saved meanwhile) stops it, and the
    transaction takes back every batch written before it.
    """
    result = ImportResult()
    with transaction.atomic():
        with bulk_rows.writes_alongside() as later:
            _write_records(records, result, later)
        if result.created:
            # Rows written in bulk send no post_save: the page cache learns of the new places here.
            page_cache.invalidate()
        if dry_run:
            transaction.set_rollback(True)
    return result


def _write_records(records, result, later):
    locale = _wait_for_other_imports()
    existing = _existing_locations(locale)
    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    categories = {c.slug: c for c in Category.objects.filter(locale=locale)}
    taken_slugs = {location.slug: location.external_id for location, _ in existing.values()}
    new = []
    for record in records:
        location, children = existing.pop(record.values["external_id"], (None, None))
        if location is not None and _export_row(location, children) == _record_row(
            record, location.slug
        ):
            result.unchanged += 1
            continue
        if location is None:
            location = Location(locale=locale)
            _fill(location, record, districts, taken_slugs)
            new.append((record, location))
            if len(new) == BATCH_SIZE:
                _create(new, categories, later)
                result.created += len(new)
                new = []
        else:
            _fill(location, record, districts, taken_slugs)
            _set_children(location, record, categories)
            _save(record, location)
            result.updated += 1
    _create(new, categories, later)
    result.created += len(new)


def _fill(location, record, districts, taken_slugs):
    """Set a location's fields from a checked record. check() ran the model fields' own
    limits and validators on every value, and the slug is made to fit here, so the
    location is not validated again: full_clean cost more than writing the row."""
    for name, value in record.values.items():
        if name in {"latitude", "longitude", "district", "slug"}:
            continue
        setattr(location, name, value)
    location.district = districts[record.values["district"]]
    location.point = geo.format_point(record.values["latitude"], record.values["longitude"])
    location.slug = _available_slug(record, taken_slugs, location.slug)
    taken_slugs[location.slug] = record.values["external_id"]


def _set_children(location, record, categories):
    """A changed location's categories, opening hours and languages, saved with it."""
    location.category_links = [
        LocationCategory(category=categories[slug], sort_order=index)
        for index, slug in enumerate(record.categories)
    ]
    location.opening_hours = [
        OpeningHours(weekday=weekday, opens=opens, closes=closes, sort_order=index)
        for index, (weekday, opens, closes) in enumerate(record.opening_hours)
    ]
    location.spoken_languages = [
        SpokenLanguage(language=code, sort_order=index)
        for index, code in enumerate(record.languages)
    ]


def _save(record, location):
    try:
        with transaction.atomic():
            location.save()
    except IntegrityError as error:
        raise _clash(record, error) from None


def _clash(record, error):
    return ImportFailed(
        record.where,
        f"external_id {_shown(record.values['external_id'])} could not be saved: a "
        "location with the same external_id or slug was saved at the same moment "
        f"({str(error).splitlines()[0]}). Run the import again",
    )


def _create(new, categories, later):
    """Insert a batch of new locations with their children and references, then prepare
    their search entries and hand those statements to `later` (bulk_rows.writes_alongside),
    which writes them while the next batch is read.

    The rows are written as plain tuples (welcome.foundation.bulk_rows): a model instance
    and a compiled INSERT per child row cost more than the writing itself. The locations
    stay model instances, which Wagtail's search index and the search entries read. The
    locations are written under a savepoint: a clash with a location saved meanwhile names
    its record."""
    if not new:
        return
    locations = [location for _record, location in new]
    fields = list(Location._meta.concrete_fields)
    for location, pk in zip(locations, bulk_rows.next_ids(Location, len(locations)), strict=True):
        location.pk = pk
        # What Location.save() does; these rows are not saved through it.
        location.latitude, location.longitude = geo.parse_point(location.point)
    rows = [tuple(field.pre_save(location, add=True) for field in fields) for location in locations]
    try:
        with transaction.atomic():
            bulk_rows.insert_rows(Location, [field.name for field in fields], rows)
    except IntegrityError as error:
        # Someone else saved a location with one of these external_ids or slugs since the
        # import read them: name the first record that clashes.
        raise _clash(_first_clash(new), error) from None
    links = _write_children(new, categories)
    bulk_rows.insert_rows(ReferenceIndex, REFERENCE_FIELDS, _reference_rows(new, links))
    # The search statements make the server work longest: they go last, so that it works
    # on them while Python reads the next batch.
    wagtail_index.add_bulk(Location, locations, later)
    search_entries.enter_new_records(locations, later)


def _write_children(new, categories):
    """The category links, opening hours and spoken languages of new locations; returns
    {location pk: [(link pk, category pk)]} for the reference index."""
    link_ids = iter(bulk_rows.next_ids(LocationCategory, sum(len(r.categories) for r, _ in new)))
    links, link_rows, hours_rows, language_rows = {}, [], [], []
    for record, location in new:
        links[location.pk] = [(next(link_ids), categories[slug].pk) for slug in record.categories]
        link_rows += [
            (pk, location.pk, category, index)
            for index, (pk, category) in enumerate(links[location.pk])
        ]
        hours_rows += [
            (location.pk, weekday, opens, closes, index)
            for index, (weekday, opens, closes) in enumerate(record.opening_hours)
        ]
        language_rows += [(location.pk, code, index) for index, code in enumerate(record.languages)]
    bulk_rows.insert_rows(LocationCategory, ["id", "location", "category", "sort_order"], link_rows)
    bulk_rows.insert_rows(
        OpeningHours, ["location", "weekday", "opens", "closes", "sort_order"], hours_rows
    )
    bulk_rows.insert_rows(SpokenLanguage, ["location", "language", "sort_order"], language_rows)
    return links


def _first_clash(new):
    locale = new[0][1].locale
    saved = Location.objects.filter(locale=locale)
    ids = set(
        saved.filter(
            external_id__in=[record.values["external_id"] for record, _ in new]
        ).values_list("external_id", flat=True)
    )
    slugs = set(
        saved.filter(slug__in=[location.slug for _, location in new]).values_list("slug", flat=True)
    )
    for record, location in new:
        if record.values["external_id"] in ids or location.slug in slugs:
            return record
    return new[0][0]


REFERENCE_FIELDS = [
    *("content_type", "base_content_type", "object_id", "to_content_type", "to_object_id"),
    *("model_path", "content_path", "content_path_hash"),
]


def _reference_rows(new, links):
    """Wagtail's reference index rows of new locations (REFERENCE_FIELDS): the district and
    the categories each uses. These are the rows ReferenceIndex.create_or_update_for_object
    writes for a new location, with a query or two each (tests/directory/test_import_indexes.py
    compares them); Location has no parent model, so its content type is also its base
    content type."""
    location_type = ContentType.objects.get_for_model(Location)
    district_type = ContentType.objects.get_for_model(District)
    category_type = ContentType.objects.get_for_model(Category)
    rows = []
    for _record, location in new:
        references = [(district_type.pk, location.district_id, "district", "district")]
        references += [
            (
                category_type.pk,
                category,
                "category_links.item.category",
                f"category_links.{link}.category",
            )
            for link, category in links[location.pk]
        ]
        rows += [
            (location_type.pk, location_type.pk, str(location.pk), to_type, str(to_object))
            + (model_path, content_path, ReferenceIndex._get_content_path_hash(content_path))
            for to_type, to_object, model_path, content_path in references
        ]
    return rows


def _wait_for_other_imports():
    """Lock the German Locale row until the transaction ends and return it: a second
    import waits here for the first to commit (see the module docstring)."""
    german = Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
    if not connection.features.has_select_for_update:
        # SQLite has no row locks; a write as the transaction's first statement takes its
        # database lock, which the next import waits for.
        try:
            german.update(language_code=F("language_code"))
        except OperationalError:
            raise ImportFailed(
                "document", "the database is busy with another import or change; run it again"
            ) from None
    return german.select_for_update(no_key=True).get()


def _existing_locations(locale):
    """{external_id: (location, its children as `_children` gives them)} of a locale."""
    locations = Location.objects.filter(locale=locale).select_related("district")
    children = _children(locations)
    return {location.external_id: (location, children[location.pk]) for location in locations}


def _children(locations):
    """{location pk: (category slugs, opening hours, languages)} of the locations of a
    queryset, each list in its order: three queries of plain rows, however many locations.
    Not prefetch_related: modelcluster's prefetch builds a queryset per location, most of
    the time of a re-import of tens of thousands of places."""
    children = defaultdict(lambda: ([], [], []))
    for location, slug in (
        LocationCategory.objects.filter(location__in=locations)
        .order_by("sort_order", "pk")
        .values_list("location_id", "category__slug")
    ):
        children[location][0].append(slug)
    for location, *hours in OpeningHours.objects.filter(location__in=locations).values_list(
        "location_id", "weekday", "opens", "closes"
    ):
        children[location][1].append(tuple(hours))
    for location, language in (
        SpokenLanguage.objects.filter(location__in=locations)
        .order_by("sort_order", "pk")
        .values_list("location_id", "language")
    ):
        children[location][2].append(language)
    return children


def _available_slug(record, taken, current):
    """The record's slug, its current one or one made from its name and town (or, when
    those have no Latin letters or digits, from its external_id), with a number added
    while another record has it; never longer than the field allows."""
    wanted = (
        record.values["slug"]
        or current
        or slugify(f"{record.values['name']} {record.values['city']}")[:110].strip("-")
        or slugify(f"ort {record.values['external_id']}")[:110].strip("-")
    )
    slug, number = wanted, 2
    while taken.get(slug, record.values["external_id"]) != record.values["external_id"]:
        suffix = f"-{number}"
        slug = wanted[: TEXT_LIMITS["slug"] - len(suffix)].rstrip("-") + suffix
        number += 1
    return slug


def _record_row(record, slug):
    values = dict(record.values)
    values["slug"] = values["slug"] or slug
    values["categories"] = "|".join(record.categories)
    values["languages"] = "|".join(record.languages)
    values["opening_hours"] = _format_opening_hours(record.opening_hours)
    return _normalise(values)


def _export_row(location, children):
    categories, opening_hours, languages = children
    values = {
        "external_id": location.external_id,
        "name": location.name,
        "organisation": location.organisation,
        "description": location.description,
        "categories": "|".join(categories),
        "district": location.district.slug,
        "street": location.street,
        "postcode": location.postcode,
        "city": location.city,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "phone": location.phone,
        "email": location.email,
        "website": location.website,
        "opening_hours": _format_opening_hours(opening_hours),
        "opening_hours_note": location.opening_hours_note,
        "languages": "|".join(languages),
        "wheelchair_access": location.wheelchair_access,
        "appointment_needed": location.appointment_needed,
        "closed_on_public_holidays": location.closed_on_public_holidays,
        "closed_in_school_holidays": location.closed_in_school_holidays,
        "last_verified": location.last_verified,
        "confirmation_email": location.confirmation_email,
        "slug": location.slug,
    }
    return _normalise(values)


def _normalise(values):
    normal = {}
    for column in COLUMNS:
        value = values.get(column, "")
        if column in {"latitude", "longitude"}:
            value = f"{float(value):.6f}"
        elif column in YES_NO_DEFAULTS:
            value = "yes" if value else "no"
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        normal[column] = "" if value is None else str(value)
    return normal


def _format_opening_hours(hours):
    return "; ".join(
        f"{DAYS[weekday]} {opens:%H:%M}-{closes:%H:%M}" for weekday, opens, closes in sorted(hours)
    )


def export_rows():
    locations = (
        Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("district")
        .order_by("external_id")
    )
    children = _children(locations)
    return [_export_row(location, children[location.pk]) for location in locations]


def export_csv():
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(
        {name: spreadsheet_safe(value) for name, value in row.items()} for row in export_rows()
    )
    return output.getvalue()


def export_geojson():
    features = []
    for row in export_rows():
        properties = {
            key: value for key, value in row.items() if key not in {"latitude", "longitude"}
        }
        for key in ("categories", "languages"):
            properties[key] = [part for part in properties[key].split("|") if part]
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitude"]), float(row["latitude"])],
                },
                "properties": properties,
            }
        )
    return (
        json.dumps(
            {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
        )
        + "\n"
    )
