"""Import and export of the German location records as CSV or GeoJSON.

CSV: UTF-8, comma-separated, one header row with these columns (order free, unknown
columns are refused):

    external_id         required; the id in the source system, how a record is recognised
    name                required
    organisation, description
    categories          required; category slugs separated by "|", e.g. "sprachkurse|beratung"
    district            required; district slug, e.g. "ludwigslust-parchim"
    street, postcode, city   required; postcode has five digits
    latitude, longitude required; decimal degrees (WGS 84), inside Germany
    phone, email, website
    opening_hours       e.g. "Mo 09:00-12:00; Mo 13:00-16:00; Th 09:00-18:00"
                        (days Mo Tu We Th Fr Sa Su, 24-hour times)
    opening_hours_note
    languages           codes separated by "|", e.g. "de|en|ar"
    wheelchair_access   yes, no or unknown (empty: unknown)
    appointment_needed  yes or no (empty: no)
    last_verified       YYYY-MM-DD (empty: today)
    slug                optional; made from the name when empty

GeoJSON: a FeatureCollection of Point features whose properties carry the same keys;
categories and languages may also be lists. The geometry gives the position.

An import is all or nothing: every row is checked first, and the first bad row stops the
import with its line number (CSV) or feature number (GeoJSON) and the reason, before
anything is written. Records are matched by external_id: new ones are created, changed
ones updated, the rest left alone. Exports write the same format back, so an export
imports unchanged.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

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
    "last_verified",
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


def read_csv(text):
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not reader.fieldnames:
        raise ImportFailed("line 1", "the file is empty or has no header row")
    header = [name.strip() for name in reader.fieldnames]
    unknown = sorted(set(header) - set(COLUMNS))
    if unknown:
        raise ImportFailed("line 1", f"unknown column(s): {', '.join(unknown)}")
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ImportFailed("line 1", f"missing column(s): {', '.join(missing)}")
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise ImportFailed(f"line {reader.line_num}", "more values than columns")
        rows.append(
            (f"line {reader.line_num}", {key: (value or "").strip() for key, value in row.items()})
        )
    return rows


def read_geojson(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFailed(f"line {error.lineno}", f"not valid JSON ({error.msg})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise ImportFailed("document", "expected a GeoJSON FeatureCollection")
    rows = []
    for number, feature in enumerate(data.get("features") or [], start=1):
        where = f"feature {number}"
        geometry = (feature or {}).get("geometry") or {}
        coordinates = geometry.get("coordinates")
        if (
            geometry.get("type") != "Point"
            or not isinstance(coordinates, list)
            or len(coordinates) < 2
        ):
            raise ImportFailed(where, "the geometry must be a Point")
        properties = feature.get("properties") or {}
        unknown = sorted(set(properties) - set(COLUMNS) - {"latitude", "longitude"})
        if unknown:
            raise ImportFailed(where, f"unknown propert(y/ies): {', '.join(unknown)}")
        values = {}
        for key, value in properties.items():
            if isinstance(value, list):
                value = "|".join(str(item) for item in value)
            values[key] = "" if value is None else str(value).strip()
        values["longitude"], values["latitude"] = str(coordinates[0]), str(coordinates[1])
        rows.append((where, values))
    return rows


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
            raise ImportFailed(where, f"external_id {record.values['external_id']!r} appears twice")
        seen_ids.add(record.values["external_id"])
        slug = record.values["slug"]
        if slug and slug in seen_slugs:
            raise ImportFailed(where, f"slug {slug!r} appears twice")
        seen_slugs.add(slug)
        records.append(record)
    if not records:
        raise ImportFailed("document", "there are no records to import")
    return records


def _check_row(where, raw, categories, districts):
    values = {column: raw.get(column, "") for column in COLUMNS}
    for column in REQUIRED:
        if not values[column]:
            raise ImportFailed(where, f"{column} is empty")
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
            raise ImportFailed(where, f"unknown category {slug!r}")
    if values["district"] not in districts:
        raise ImportFailed(where, f"unknown district {values['district']!r}")
    record.languages = _split(values.pop("languages"))
    for code in record.languages:
        if code not in SPOKEN_LANGUAGE_CODES:
            raise ImportFailed(where, f"unknown language code {code!r}")
    record.opening_hours = _parse_opening_hours(where, values.pop("opening_hours"))

    wheelchair = values["wheelchair_access"].lower() or "unknown"
    if wheelchair not in {"yes", "no", "unknown"}:
        raise ImportFailed(where, "wheelchair_access must be yes, no or unknown")
    values["wheelchair_access"] = wheelchair
    appointment = values["appointment_needed"].lower()
    if appointment not in YES | NO:
        raise ImportFailed(where, "appointment_needed must be yes or no")
    values["appointment_needed"] = appointment in YES
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


def _split(value):
    return list(dict.fromkeys(part.strip() for part in value.split("|") if part.strip()))


def _parse_opening_hours(where, value):
    hours = []
    for part in (piece.strip() for piece in value.split(";")):
        if not part:
            continue
        try:
            day, times = part.split(maxsplit=1)
            opens, closes = (datetime.time.fromisoformat(time.strip()) for time in times.split("-"))
            weekday = DAYS.index(day[:1].upper() + day[1:2].lower())
        except ValueError:
            raise ImportFailed(
                where, f"opening hours {part!r} are not like 'Mo 09:00-12:00'"
            ) from None
        if opens >= closes:
            raise ImportFailed(where, f"opening hours {part!r} close before they open")
        hours.append((weekday, opens, closes))
    return sorted(hours)


def import_records(records, *, dry_run=False):
    """Write checked records to the German locations, all or nothing."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    districts = {d.slug: d for d in District.objects.filter(locale=locale)}
    categories = {c.slug: c for c in Category.objects.filter(locale=locale)}
    existing = {
        location.external_id: location
        for location in Location.objects.filter(locale=locale).prefetch_related(
            "category_links__category", "opening_hours", "spoken_languages"
        )
    }
    taken_slugs = {location.slug: location.external_id for location in existing.values()}
    result = ImportResult()
    with transaction.atomic():
        for record in records:
            external_id = record.values["external_id"]
            location = existing.get(external_id)
            if location is not None and _export_row(location) == _record_row(record, location.slug):
                result.unchanged += 1
                continue
            is_new = location is None
            if is_new:
                location = Location(locale=locale)
            for name, value in record.values.items():
                if name in {"latitude", "longitude", "district", "slug"}:
                    continue
                setattr(location, name, value)
            location.district = districts[record.values["district"]]
            location.point = geo.format_point(record.values["latitude"], record.values["longitude"])
            location.slug = _available_slug(record, taken_slugs, location.slug)
            taken_slugs[location.slug] = external_id
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
            try:
                location.full_clean(exclude=["translation_key", "locale"])
            except ValidationError as error:
                raise ImportFailed(record.where, _describe(error)) from None
            location.save()
            if is_new:
                result.created += 1
            else:
                result.updated += 1
        if dry_run:
            transaction.set_rollback(True)
    return result


def _available_slug(record, taken, current):
    wanted = (
        record.values["slug"]
        or current
        or slugify(f"{record.values['name']} {record.values['city']}")[:110].strip("-")
    )
    slug, number = wanted, 2
    while taken.get(slug, record.values["external_id"]) != record.values["external_id"]:
        slug = f"{wanted}-{number}"
        number += 1
    return slug


def _describe(error):
    return "; ".join(
        f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
    )


def _record_row(record, slug):
    values = dict(record.values)
    values["slug"] = values["slug"] or slug
    values["categories"] = "|".join(record.categories)
    values["languages"] = "|".join(record.languages)
    values["opening_hours"] = _format_opening_hours(record.opening_hours)
    return _normalise(values)


def _export_row(location):
    values = {
        "external_id": location.external_id,
        "name": location.name,
        "organisation": location.organisation,
        "description": location.description,
        "categories": "|".join(link.category.slug for link in location.category_links.all()),
        "district": location.district.slug,
        "street": location.street,
        "postcode": location.postcode,
        "city": location.city,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "phone": location.phone,
        "email": location.email,
        "website": location.website,
        "opening_hours": _format_opening_hours(
            (hours.weekday, hours.opens, hours.closes) for hours in location.opening_hours.all()
        ),
        "opening_hours_note": location.opening_hours_note,
        "languages": "|".join(item.language for item in location.spoken_languages.all()),
        "wheelchair_access": location.wheelchair_access,
        "appointment_needed": location.appointment_needed,
        "last_verified": location.last_verified,
        "slug": location.slug,
    }
    return _normalise(values)


def _normalise(values):
    normal = {}
    for column in COLUMNS:
        value = values.get(column, "")
        if column in {"latitude", "longitude"}:
            value = f"{float(value):.6f}"
        elif column == "appointment_needed":
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
        .prefetch_related("category_links__category", "opening_hours", "spoken_languages")
        .order_by("external_id")
    )
    return [_export_row(location) for location in locations]


def export_csv():
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(export_rows())
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
