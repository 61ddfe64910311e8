import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from directory import importexport
from directory.models import (
    Location,
    LocationCategory,
    OpeningHours,
    SpokenLanguage,
)
from tests.factories import LOCATION_ROW, write_csv
from welcome.foundation import spreadsheets

pytestmark = pytest.mark.django_db


def count():
    return Location.objects.count()


def counts():
    return [
        model.objects.count()
        for model in (Location, LocationCategory, OpeningHours, SpokenLanguage)
    ]


def csv_text(rows, delimiter=","):
    output = io.StringIO()
    writer = csv.DictWriter(
        output, fieldnames=importexport.COLUMNS, delimiter=delimiter, lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue()


def feature(geometry=None, **changes):
    properties = {
        key: value for key, value in LOCATION_ROW.items() if key not in {"latitude", "longitude"}
    }
    return {
        "type": "Feature",
        "geometry": geometry or {"type": "Point", "coordinates": [12.0292, 53.4625]},
        "properties": {**properties, **changes},
    }


def geojson_text(*features):
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


def point(*coordinates):
    return feature({"type": "Point", "coordinates": list(coordinates)})


HEADER = ",".join(importexport.COLUMNS)
GOOD_LINE = csv_text([LOCATION_ROW]).splitlines()[1]
MISSING, DIRECTORY = object(), object()
COORDINATES = "the Point's coordinates must be two numbers: longitude, latitude"

# (file name, content, where, reason); "{path}" stands for the file's path.
BAD_FILES = {
    # Reading the file
    "missing file": ("places.csv", MISSING, "{path}", "there is no such file"),
    "directory": ("places.csv", DIRECTORY, "{path}", "this is a directory, not a file"),
    "empty csv": ("places.csv", b"", "{path}", "the file is empty"),
    "empty geojson": ("places.geojson", b" \n", "{path}", "the file is empty"),
    "latin-1": (
        "places.csv",
        csv_text([LOCATION_ROW]).encode("latin-1"),
        "line 2",
        "the file is not UTF-8 text (byte 0xe9); save it as UTF-8",
    ),
    "binary": (
        "places.csv",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "line 3",
        "the file holds a NUL character: binary data or UTF-16 text?",
    ),
    "utf-16": (
        "places.csv",
        csv_text([LOCATION_ROW]).encode("utf-16"),
        "line 1",
        "the file is UTF-16 text; save it as UTF-8",
    ),
    "utf-16 without byte order mark": (
        "places.csv",
        csv_text([LOCATION_ROW]).encode("utf-16-le"),
        "line 1",
        "the file holds a NUL character",
    ),
    "nul in csv": (
        "places.csv",
        csv_text([LOCATION_ROW, {**LOCATION_ROW, "name": "Sprach\x00cafe"}]).encode(),
        "line 3",
        "the file holds a NUL character",
    ),
    "nul in geojson": (
        "places.geojson",
        geojson_text(feature(name="Sprach@cafe")).replace("@", "\x00").encode(),
        "line 1",
        "the file holds a NUL character",
    ),
    # CSV structure
    "header only": ("places.csv", f"{HEADER}\n".encode(), "document", "there are no records"),
    "blank lines only": (
        "places.csv",
        f"{HEADER}\n\n\r\n\n".encode(),
        "document",
        "there are no records",
    ),
    "blank first line": (
        "places.csv",
        f"\n{HEADER}\n{GOOD_LINE}\n".encode(),
        "line 1",
        "the first line must be the header row, it is empty",
    ),
    "semicolons": (
        "places.csv",
        csv_text([LOCATION_ROW], delimiter=";").encode(),
        "line 1",
        "columns are separated by ';'; separate them by commas",
    ),
    "tabs": (
        "places.csv",
        csv_text([LOCATION_ROW], delimiter="\t").encode(),
        "line 1",
        "columns are separated by '\\t'; separate them by commas",
    ),
    "column named twice": (
        "places.csv",
        f"{HEADER},name\n{GOOD_LINE},Zweitname\n".encode(),
        "line 1",
        "column(s) named twice: 'name'",
    ),
    "column without a name": (
        "places.csv",
        f"{HEADER},\n{GOOD_LINE},\n".encode(),
        "line 1",
        f"column {len(importexport.COLUMNS) + 1} has no name",
    ),
    "more values than columns": (
        "places.csv",
        f"{HEADER}\n{GOOD_LINE}\n{GOOD_LINE},extra\n".encode(),
        "line 3",
        f"more values ({len(importexport.COLUMNS) + 1}) than columns ({len(importexport.COLUMNS)})",
    ),
    "quote not closed": (
        "places.csv",
        f'{HEADER}\n"{GOOD_LINE}\n{GOOD_LINE}\n'.encode(),
        "line 2",
        "not valid CSV (unexpected end of data)",
    ),
    # Values
    "field of 200 KB": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "description": "x" * 200_000}]).encode(),
        "line 2",
        "description is 200,000 characters long; at most 10,000 are allowed",
    ),
    "name longer than the model allows": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "name": "x" * 201}]).encode(),
        "line 2",
        "name is 201 characters long; at most 200 are allowed",
    ),
    "external_id longer than the model allows": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "external_id": "x" * 65}]).encode(),
        "line 2",
        "external_id is 65 characters long; at most 64 are allowed",
    ),
    "control character in a category": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "categories": "sprach\x07kurse"}]).encode(),
        "line 2",
        "categories holds a control character (U+0007)",
    ),
    "zero-width space in a category": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "categories": "sprachkurse\u200b"}]).encode(),
        "line 2",
        "unknown category 'sprachkurse\\u200b'",
    ),
    "cyrillic letter in a district": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "district": "ludwigslust-p\u0430rchim"}]).encode(),
        "line 2",
        "unknown district 'ludwigslust-p\\u0430rchim'",
    ),
    "e-mail the model refuses": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "email": "cafe@@example.org"}]).encode(),
        "line 2",
        "email 'cafe@@example.org' is refused: Enter a valid email address.",
    ),
    "web site the model refuses": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "website": "www.example.org"}]).encode(),
        "line 2",
        "website 'www.example.org' is refused: Enter a valid URL.",
    ),
    "opening hours with a time zone": (
        "places.csv",
        csv_text([{**LOCATION_ROW, "opening_hours": "Mo 09:00+01:00-12:00"}]).encode(),
        "line 2",
        "opening hours 'Mo 09:00+01:00-12:00' are not like 'Mo 09:00-12:00'",
    ),
    # GeoJSON structure
    "nested too deeply": (
        "places.geojson",
        b"[" * 100_000 + b"]" * 100_000,
        "document",
        "the JSON is nested too deeply to read",
    ),
    "number too long to read": (
        "places.geojson",
        f'{{"type": "FeatureCollection", "features": [{"1" * 5000}]}}'.encode(),
        "document",
        "not valid JSON (Exceeds the limit (4300 digits)",
    ),
    "json cut off": (
        "places.geojson",
        b'{"type": "FeatureCollection",\n"features": [',
        "line 2",
        "not valid JSON (Expecting value)",
    ),
    "features an object": (
        "places.geojson",
        b'{"type": "FeatureCollection", "features": {"0": {}}}',
        "document",
        "the FeatureCollection's features must be a list",
    ),
    "features missing": (
        "places.geojson",
        b'{"type": "FeatureCollection"}',
        "document",
        "the FeatureCollection's features must be a list",
    ),
    **{
        f"feature {kind}": (
            "places.geojson",
            geojson_text(value).encode(),
            "feature 1",
            f"must be a Feature object, not {kind}",
        )
        for kind, value in [
            ("text", "Feature"),
            ("a whole number", 1),
            ("null", None),
            ("a list", [feature()]),
        ]
    },
    "geometry text": (
        "places.geojson",
        geojson_text(feature(geometry="Point")).encode(),
        "feature 1",
        "the geometry must be a Point",
    ),
    "geometry a list": (
        "places.geojson",
        geojson_text(feature(geometry=[12.0292, 53.4625])).encode(),
        "feature 1",
        "the geometry must be a Point",
    ),
    "properties a list": (
        "places.geojson",
        geojson_text({**feature(), "properties": [LOCATION_ROW]}).encode(),
        "feature 1",
        "properties must be an object, not a list",
    ),
    "properties text": (
        "places.geojson",
        geojson_text({**feature(), "properties": "name=Sprachcafe"}).encode(),
        "feature 1",
        "properties must be an object, not text",
    ),
    **{
        f"coordinates {kind}": (
            "places.geojson",
            geojson_text(value).encode(),
            "feature 1",
            COORDINATES,
        )
        for kind, value in [
            ("text", point("12.0292", "53.4625")),
            ("true/false", point(True, False)),
            ("null", point(None, None)),
            ("NaN", point(float("nan"), 53.4625)),
            ("Infinity", point(12.0292, float("inf"))),
            ("nested", point([12.0292, 53.4625])),
            ("only one", point(12.0292)),
        ]
    },
    # GeoJSON property values
    "escaped nul in a property": (
        "places.geojson",
        geojson_text(feature(name="Sprach\x00cafe")).encode(),
        "feature 1",
        "name holds a control character (U+0000)",
    ),
    "unpaired surrogate in a property": (
        "places.geojson",
        geojson_text(feature(name="Sprach\ud800cafe")).encode(),
        "feature 1",
        "name holds an unpaired surrogate (U+D800)",
    ),
    "object as a property": (
        "places.geojson",
        geojson_text(feature(name={"de": "Sprachcafe"})).encode(),
        "feature 1",
        "name must be text, not an object",
    ),
    "list as a text property": (
        "places.geojson",
        geojson_text(feature(name=["Sprach", "cafe"])).encode(),
        "feature 1",
        "name must be text, not a list",
    ),
    "nested list of categories": (
        "places.geojson",
        geojson_text(feature(categories=[["sprachkurse"]])).encode(),
        "feature 1",
        "categories must be a list of texts, not a list holding a list",
    ),
    "true/false as text": (
        "places.geojson",
        geojson_text(feature(name=True)).encode(),
        "feature 1",
        "name must be text, not true/false",
    ),
    "decimal number as a postcode": (
        "places.geojson",
        geojson_text(feature(postcode=19386.0)).encode(),
        "feature 1",
        "postcode must be text, not a decimal number",
    ),
    "whole number as a phone number": (
        "places.geojson",
        geojson_text(feature(phone=3851234)).encode(),
        "feature 1",
        "phone must be text, not a whole number",
    ),
    "field of 200 KB in geojson": (
        "places.geojson",
        geojson_text(feature(description="x" * 200_000)).encode(),
        "feature 1",
        "description is 200,000 characters long; at most 10,000 are allowed",
    ),
}


@pytest.mark.parametrize(
    ("name", "content", "where", "reason"),
    list(BAD_FILES.values()),
    ids=list(BAD_FILES),
)
def test_a_bad_file_is_refused_with_where_and_why_and_writes_nothing(
    tmp_path, name, content, where, reason
):
    path = tmp_path / name
    if content is DIRECTORY:
        path.mkdir()
    elif content is not MISSING:
        path.write_bytes(content)
    before = counts()
    with pytest.raises(CommandError) as raised:
        call_command("import_locations", str(path), stdout=io.StringIO())
    prefix = f"Nothing was imported. {where.format(path=path)}: "
    assert str(raised.value).startswith(prefix)
    assert str(raised.value).removeprefix(prefix).startswith(reason)
    assert counts() == before


def test_csv_import_creates_then_recognises_by_external_id(tmp_path):
    path = write_csv(tmp_path / "new.csv", [LOCATION_ROW])
    before = count()
    call_command("import_locations", str(path), stdout=io.StringIO())
    assert count() == before + 1
    location = Location.objects.get(external_id="test-0001", locale__language_code="de")
    assert location.latitude == pytest.approx(53.4625)
    assert [link.category.slug for link in location.category_links.all()] == [
        "sprachkurse",
        "vereine-verbaende",
    ]
    assert [item.language for item in location.spoken_languages.all()] == ["de", "ar", "fa"]
    assert location.opening_hours.count() == 2

    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    assert count() == before + 1
    assert "0 new, 0 changed, 1 unchanged" in out.getvalue()

    write_csv(path, [{**LOCATION_ROW, "name": "Sprachcafé Lübz (neu)"}])
    call_command("import_locations", str(path), stdout=io.StringIO())
    location.refresh_from_db()
    assert location.name == "Sprachcafé Lübz (neu)"


def test_holiday_closing_is_imported_with_its_defaults(tmp_path):
    rows = [
        {**LOCATION_ROW, "external_id": "holidays-1"},
        {
            **LOCATION_ROW,
            "external_id": "holidays-2",
            "name": "Ferienhaus",
            "closed_on_public_holidays": "no",
            "closed_in_school_holidays": "ja",
        },
    ]
    call_command("import_locations", str(write_csv(tmp_path / "h.csv", rows)), stdout=io.StringIO())
    closing = {
        location.external_id: (
            location.closed_on_public_holidays,
            location.closed_in_school_holidays,
        )
        for location in Location.objects.filter(external_id__startswith="holidays-")
    }
    assert closing == {"holidays-1": (True, False), "holidays-2": (False, True)}
    exported = {row["external_id"]: row for row in importexport.export_rows()}
    assert exported["holidays-2"]["closed_in_school_holidays"] == "yes"


def test_every_new_place_gets_a_slug_that_fits_its_field(tmp_path):
    limit = Location._meta.get_field("slug").max_length
    longest = "a" * limit
    first = [
        # A name and town without Latin letters or digits: the slug comes from the id.
        {**LOCATION_ROW, "external_id": "ar-1", "name": "مقهى اللغة", "city": "لوبز"},
        {**LOCATION_ROW, "external_id": "long-1", "name": "Erster Ort", "slug": longest},
    ]
    call_command(
        "import_locations", str(write_csv(tmp_path / "1.csv", first)), stdout=io.StringIO()
    )
    # A saved place has the longest slug already: the number added keeps within the limit.
    second = [{**LOCATION_ROW, "external_id": "long-2", "name": "Zweiter Ort", "slug": longest}]
    call_command(
        "import_locations", str(write_csv(tmp_path / "2.csv", second)), stdout=io.StringIO()
    )
    slugs = dict(
        Location.objects.filter(external_id__in=["ar-1", "long-1", "long-2"]).values_list(
            "external_id", "slug"
        )
    )
    assert slugs == {"ar-1": "ort-ar-1", "long-1": longest, "long-2": "a" * (limit - 2) + "-2"}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"categories": "gibt-es-nicht"}, "unknown category"),
        ({"district": "atlantis"}, "unknown district"),
        ({"latitude": "abc"}, "decimal degrees"),
        ({"latitude": "11.8", "longitude": "53.4"}, "outside Germany"),
        ({"postcode": "123"}, "postcode"),
        ({"email": "not-an-address"}, "email"),
        ({"opening_hours": "Montag 9-12"}, "opening hours"),
        ({"opening_hours": "Mo 12:00-09:00"}, "close before they open"),
        ({"languages": "de|xx"}, "unknown language"),
        ({"wheelchair_access": "maybe"}, "wheelchair_access"),
        ({"closed_in_school_holidays": "vielleicht"}, "closed_in_school_holidays must be yes"),
        ({"last_verified": "gestern"}, "last_verified"),
        ({"name": ""}, "name is empty"),
    ],
)
def test_a_bad_row_stops_the_import_with_its_line_and_writes_nothing(tmp_path, change, reason):
    rows = [
        {**LOCATION_ROW, "external_id": "test-a"},
        {**LOCATION_ROW, "external_id": "test-b", "name": "Zweiter Ort"},
        {**LOCATION_ROW, "external_id": "test-c", **change},
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    before = count()
    with pytest.raises(CommandError) as raised:
        call_command("import_locations", str(path), stdout=io.StringIO())
    assert "line 4" in str(raised.value)
    assert reason in str(raised.value)
    assert count() == before
    assert not Location.objects.filter(external_id__in=["test-a", "test-b"]).exists()


def test_duplicate_external_ids_and_unknown_columns_are_refused(tmp_path):
    path = write_csv(tmp_path / "dupe.csv", [LOCATION_ROW, LOCATION_ROW])
    with pytest.raises(CommandError, match="line 3.*appears twice"):
        call_command("import_locations", str(path), stdout=io.StringIO())
    path.write_text("external_id,colour\nx,red\n", encoding="utf-8")
    with pytest.raises(CommandError, match="unknown column"):
        call_command("import_locations", str(path), stdout=io.StringIO())


def test_dry_run_checks_and_counts_but_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "new.csv", [LOCATION_ROW])
    before = count()
    out = io.StringIO()
    call_command("import_locations", str(path), "--dry-run", stdout=out)
    assert "Dry run" in out.getvalue() and "1 new" in out.getvalue()
    assert count() == before


def test_geojson_import_reads_the_geometry(tmp_path):
    properties = {
        key: value for key, value in LOCATION_ROW.items() if key not in {"latitude", "longitude"}
    }
    properties["categories"] = ["sprachkurse"]
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [12.0292, 53.4625]},
                "properties": properties,
            }
        ],
    }
    path = tmp_path / "new.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    call_command("import_locations", str(path), stdout=io.StringIO())
    location = Location.objects.get(external_id="test-0001", locale__language_code="de")
    assert (location.latitude, location.longitude) == pytest.approx((53.4625, 12.0292))

    document["features"][0]["geometry"] = {"type": "LineString", "coordinates": [[1, 2], [3, 4]]}
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CommandError, match="feature 1.*Point"):
        call_command("import_locations", str(path), stdout=io.StringIO())


def kinds_of_values(locations):
    """The categories, opening times and languages the locations hold between them."""
    return [
        set(model.objects.filter(location__in=locations).values_list(*fields))
        for model, fields in (
            (LocationCategory, ["category__slug"]),
            (OpeningHours, ["weekday", "opens", "closes"]),
            (SpokenLanguage, ["language"]),
        )
    ]


@pytest.mark.parametrize("kind", ["csv", "geojson"])
def test_export_imports_back_unchanged(tmp_path, kind):
    path = tmp_path / f"all.{kind}"
    call_command("export_locations", "--format", kind, "--output", str(path))
    exported = path.read_text(encoding="utf-8")
    before = count()
    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    total = Location.objects.filter(locale__language_code="de").count()
    assert f"0 new, 0 changed, {total} unchanged" in out.getvalue()
    assert count() == before

    # Every sixth record is made anew from the file, with every category, opening time
    # and language of the others among them. Deleting all 360 would prove no more and
    # cost wagtail-localize's clean-up of each deleted record.
    german = Location.objects.filter(locale__language_code="de").order_by("external_id")
    doomed = list(german.values_list("pk", flat=True))[::6]
    assert kinds_of_values(german.filter(pk__in=doomed)) == kinds_of_values(german)
    german.filter(pk__in=doomed).delete()
    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    assert f"{len(doomed)} new, 0 changed, {total - len(doomed)} unchanged" in out.getvalue()
    again = tmp_path / f"again.{kind}"
    call_command("export_locations", "--format", kind, "--output", str(again))
    assert again.read_text(encoding="utf-8") == exported


def test_harmless_variants_are_accepted(tmp_path):
    """A byte order mark, Windows line ends and blank lines in a CSV; whole numbers,
    true/false and null where the module docstring allows them in GeoJSON."""
    text = csv_text(
        [LOCATION_ROW, {**LOCATION_ROW, "external_id": "test-0002", "name": "Zweiter Ort"}]
    )
    header, first, second = text.splitlines()
    path = tmp_path / "variants.csv"
    path.write_bytes(f"\ufeff{header}\r\n\r\n{first}\r\n\n{second}\r\n\r\n".encode())
    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    assert "2 new, 0 changed, 0 unchanged" in out.getvalue()

    path = tmp_path / "variants.geojson"
    path.write_text(
        geojson_text(
            feature(
                external_id=4711,
                postcode=19386,
                organisation=None,
                categories=["sprachkurse"],
                appointment_needed=True,
                wheelchair_access=False,
            )
        ),
        encoding="utf-8",
    )
    call_command("import_locations", str(path), stdout=io.StringIO())
    location = Location.objects.get(external_id="4711", locale__language_code="de")
    assert (location.postcode, location.organisation) == ("19386", "")
    assert (location.appointment_needed, location.wheelchair_access) == (True, "no")


def test_a_conflict_the_lock_cannot_prevent_is_an_import_failure(tmp_path, monkeypatch):
    """An editor may save a location with the same external_id while an import runs: the
    database refuses the second one, and the import stops without writing anything.
    Played here by an import that read the existing records before the editor saved."""
    taken = Location.objects.filter(locale__language_code="de").first()
    rows = [
        {**LOCATION_ROW, "external_id": "test-new"},
        {**LOCATION_ROW, "external_id": taken.external_id, "name": "Anderer Ort"},
    ]
    path = write_csv(tmp_path / "conflict.csv", rows)
    monkeypatch.setattr(importexport, "_existing_locations", lambda locale: {})
    before = counts()
    with pytest.raises(CommandError) as raised:
        call_command("import_locations", str(path), stdout=io.StringIO())
    assert str(raised.value).startswith(
        f"Nothing was imported. line 3: external_id {taken.external_id!r} could not be saved"
    )
    assert "unique_location_external_id_per_locale" in str(raised.value)
    assert counts() == before


def test_the_command_exits_with_status_1_and_no_traceback(tmp_path):
    path = write_csv(tmp_path / "bad.csv", [{**LOCATION_ROW, "district": "atlantis"}])
    database = settings.DATABASES["default"]
    login = ":".join(filter(None, [database["USER"], database["PASSWORD"]]))
    test_database = f"postgres://{login}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    finished = subprocess.run(
        [sys.executable, "manage.py", "import_locations", str(path)],
        cwd=Path(settings.BASE_DIR),
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "welcome.settings.test",
            "DATABASE_URL": test_database,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 1
    assert finished.stderr == (
        "CommandError: Nothing was imported. line 2: unknown district 'atlantis'\n"
    )


def test_an_export_that_cannot_be_written_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match=f"Cannot write {tmp_path}: Is a directory"):
        call_command("export_locations", "--output", str(tmp_path))


FORMULAS = [
    '=HYPERLINK("https://example.org","klick")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "'=schon mit Apostroph",
    "''+zwei Apostrophe",
]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_csv_export_escapes_formula_cells_and_imports_back_unchanged(tmp_path, formula):
    write_csv(
        tmp_path / "in.csv",
        [{**LOCATION_ROW, "name": "Sprachcafé", "description": formula, "organisation": formula}],
    )
    call_command("import_locations", str(tmp_path / "in.csv"), stdout=io.StringIO())
    location = Location.objects.get(external_id=LOCATION_ROW["external_id"])
    written = spreadsheets.from_spreadsheet(formula.strip())
    assert location.description == written

    path = tmp_path / "out.csv"
    call_command("export_locations", "--format", "csv", "--output", str(path))
    with path.open(encoding="utf-8") as file:
        row = next(r for r in csv.DictReader(file) if r["external_id"] == location.external_id)
    assert row["description"] == f"'{written}"
    assert row["description"][0] == "'" and row["organisation"][0] == "'"
    assert float(row["latitude"]) == float(LOCATION_ROW["latitude"]), "numbers stay numbers"
    assert row["latitude"][0].isdigit()

    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    assert Location.objects.get(pk=location.pk).description == written
    assert "0 changed" in out.getvalue()
