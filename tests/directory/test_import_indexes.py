"""What the import's batched writes must keep: search, Wagtail's reference index and the
translation sources learn of every record, as they do when an editor saves one."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import StringSegment, TranslationSource

from directory import importexport
from directory.models import District, Location
from tests.factories import location_rows, write_csv

pytestmark = pytest.mark.django_db


def run_import(path):
    out = io.StringIO()
    call_command("import_locations", str(path), stdout=out)
    return out.getvalue()


def test_new_locations_are_found_by_search(tmp_path):
    rows = location_rows(3, description="Deutsch sprechen üben mit Quokkafreunden.")
    assert "3 new" in run_import(write_csv(tmp_path / "new.csv", rows))
    # What the admin's location listing searches.
    german = Location.objects.filter(locale=Locale.get_default())
    found = get_search_backend().search("Quokkafreunden", german)
    assert sorted(location.external_id for location in found) == [
        "test-0001",
        "test-0002",
        "test-0003",
    ]


def test_new_locations_are_in_the_reference_index(tmp_path):
    run_import(write_csv(tmp_path / "new.csv", location_rows(2)))
    district = District.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    using = {
        reference.object_id
        for reference in ReferenceIndex.get_references_to(district)
        if reference.model_path == "district"
    }
    new = Location.objects.filter(external_id__in=["test-0001", "test-0002"])
    assert {str(location.pk) for location in new} <= using


def test_a_changed_location_updates_its_translation_source(tmp_path):
    """Changed records are saved one by one: their translations learn of the change."""
    english = Location.objects.filter(locale__language_code="en").first()
    german = english.get_translation(Locale.get_default())
    row = next(
        row for row in importexport.export_rows() if row["external_id"] == german.external_id
    )
    path = write_csv(tmp_path / "changed.csv", [{**row, "description": "Neu beschrieben."}])
    assert "0 new, 1 changed" in run_import(path)
    source = TranslationSource.objects.get(
        object_id=german.translation_key, locale=german.locale_id
    )
    assert StringSegment.objects.filter(source=source, string__data="Neu beschrieben.").exists()


INDEX_ENTRY_COLUMNS = (
    "SELECT object_id, title::text, autocomplete::text, body::text, title_norm, title_text,"
    " body_text FROM wagtailsearch_indexentry WHERE content_type_id = %s AND object_id = ANY(%s)"
    " ORDER BY object_id"
)


def index_entries(locations):
    content_type = ContentType.objects.get_for_model(Location)
    with connection.cursor() as cursor:
        cursor.execute(INDEX_ENTRY_COLUMNS, [content_type.pk, [str(loc.pk) for loc in locations]])
        return cursor.fetchall()


def test_the_batched_search_index_rows_are_wagtails_own(tmp_path):
    """welcome.search.wagtail_index writes what Wagtail's backend would: empty texts,
    texts that are only spaces, and every search field filled."""
    rows = location_rows(3, description="Deutsch sprechen üben.", organisation="  ")
    rows[1]["organisation"] = "Verein für Quokkafreunde e. V."
    rows[2]["description"] = ""
    run_import(write_csv(tmp_path / "new.csv", rows))
    new = list(Location.objects.filter(external_id__in=["test-0001", "test-0002", "test-0003"]))
    written = index_entries(new)
    assert len(written) == 3
    get_search_backend().add_bulk(Location, new)
    assert index_entries(new) == written


def test_the_batched_reference_rows_are_wagtails_own(tmp_path):
    run_import(write_csv(tmp_path / "new.csv", location_rows(2, categories="sprachkurse|wohnen")))
    new = list(Location.objects.filter(external_id__in=["test-0001", "test-0002"]))
    content_type = ContentType.objects.get_for_model(Location)

    def references():
        return sorted(
            ReferenceIndex.objects.filter(
                base_content_type=content_type, object_id__in=[str(loc.pk) for loc in new]
            ).values_list("object_id", "to_content_type", "to_object_id", "content_path")
        )

    written = references()
    # The district and both categories of each.
    assert len(written) == 6
    for location in new:
        ReferenceIndex.create_or_update_for_object(location)
    assert references() == written
