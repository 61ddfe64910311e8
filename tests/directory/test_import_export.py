import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from directory import importexport
from directory.models import Location

pytestmark = pytest.mark.django_db

GOOD_ROW = {
    "external_id": "test-0001",
    "name": "Sprachcafé Lübz",
    "organisation": "Beispielverein",
    "description": "Deutsch sprechen üben.",
    "categories": "sprachkurse|vereine-verbaende",
    "district": "ludwigslust-parchim",
    "street": "Beispielweg 1",
    "postcode": "19386",
    "city": "Lübz",
    "latitude": "53.4625",
    "longitude": "12.0292",
    "phone": "",
    "email": "cafe@example.org",
    "website": "https://example.org/",
    "opening_hours": "Tu 15:00-18:00; Th 15:00-18:00",
    "opening_hours_note": "",
    "languages": "de|ar|fa",
    "wheelchair_access": "yes",
    "appointment_needed": "no",
    "last_verified": "2026-10-01",
    "slug": "",
}


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=importexport.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def count():
    return Location.objects.count()


def test_csv_import_creates_then_recognises_by_external_id(tmp_path):
    path = write_csv(tmp_path / "new.csv", [GOOD_ROW])
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

    write_csv(path, [{**GOOD_ROW, "name": "Sprachcafé Lübz (neu)"}])
    call_command("import_locations", str(path), stdout=io.StringIO())
    location.refresh_from_db()
    assert location.name == "Sprachcafé Lübz (neu)"


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
        ({"last_verified": "gestern"}, "last_verified"),
        ({"name": ""}, "name is empty"),
    ],
)
def test_a_bad_row_stops_the_import_with_its_line_and_writes_nothing(tmp_path, change, reason):
    rows = [
        {**GOOD_ROW, "external_id": "test-a"},
        {**GOOD_ROW, "external_id": "test-b", "name": "Zweiter Ort"},
        {**GOOD_ROW, "external_id": "test-c", **change},
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
    path = write_csv(tmp_path / "dupe.csv", [GOOD_ROW, GOOD_ROW])
    with pytest.raises(CommandError, match="line 3.*appears twice"):
        call_command("import_locations", str(path), stdout=io.StringIO())
    path.write_text("external_id,colour\nx,red\n", encoding="utf-8")
    with pytest.raises(CommandError, match="unknown column"):
        call_command("import_locations", str(path), stdout=io.StringIO())


def test_unreadable_and_invalid_files_are_clear_errors(tmp_path):
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_locations", str(binary), stdout=io.StringIO())
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("import_locations", str(broken), stdout=io.StringIO())
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_locations", str(tmp_path / "missing.csv"), stdout=io.StringIO())


def test_dry_run_checks_and_counts_but_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "new.csv", [GOOD_ROW])
    before = count()
    out = io.StringIO()
    call_command("import_locations", str(path), "--dry-run", stdout=out)
    assert "Dry run" in out.getvalue() and "1 new" in out.getvalue()
    assert count() == before


def test_geojson_import_reads_the_geometry(tmp_path):
    properties = {
        key: value for key, value in GOOD_ROW.items() if key not in {"latitude", "longitude"}
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

    Location.objects.filter(locale__language_code="de").delete()
    call_command("import_locations", str(path), stdout=io.StringIO())
    again = tmp_path / f"again.{kind}"
    call_command("export_locations", "--format", kind, "--output", str(again))
    assert again.read_text(encoding="utf-8") == exported
