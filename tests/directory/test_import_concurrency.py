"""Two imports at once, each on its own database connection, committing for real.

Not in test_import_export.py: every test there runs inside a test transaction, which
would roll back this test's clean-up while the imports' own commits stay. Nor
django_db(transaction=True): that empties the whole database after the test, demo site
included, and the roles' post_migrate handler then fails on the empty page tree.
"""

import io
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count

from directory import importexport
from directory.models import Location
from tests.factories import LOCATION_ROW, write_csv


@pytest.fixture
def race_ids(django_db_setup, django_db_blocker):
    """External ids of records the test commits; they are deleted afterwards."""
    ids = ["race-1", "race-2"]
    with django_db_blocker.unblock():
        yield ids
        Location.objects.filter(external_id__in=ids).delete()


def test_two_imports_at_once_write_every_record_once(tmp_path, monkeypatch, race_ids):
    rows = [
        {**LOCATION_ROW, "external_id": race_ids[0]},
        {**LOCATION_ROW, "external_id": race_ids[1], "name": "Zweiter Ort"},
    ]
    path = write_csv(tmp_path / "race.csv", rows)

    # Each import lingers after reading the existing records, so that without the lock
    # both would read "none yet" every time, not only when the timing happens to be bad.
    read_existing = importexport._existing_locations

    def read_and_linger(locale):
        existing = read_existing(locale)
        time.sleep(0.5)
        return existing

    monkeypatch.setattr(importexport, "_existing_locations", read_and_linger)
    start = threading.Barrier(2)
    outcomes = []

    def run_import():
        try:
            start.wait()
            out = io.StringIO()
            call_command("import_locations", str(path), stdout=out)
            outcomes.append(out.getvalue().strip())
        except Exception as error:  # the outcome to report, whatever it is
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run_import) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == [
        "Imported: 0 new, 0 changed, 2 unchanged.",
        "Imported: 2 new, 0 changed, 0 unchanged.",
    ]
    locations = Location.objects.filter(external_id__in=race_ids).annotate(
        categories=Count("category_links", distinct=True),
        hours=Count("opening_hours", distinct=True),
        languages=Count("spoken_languages", distinct=True),
    )
    assert sorted(
        (location.external_id, location.categories, location.hours, location.languages)
        for location in locations
    ) == [(race_ids[0], 2, 2, 3), (race_ids[1], 2, 2, 3)]
