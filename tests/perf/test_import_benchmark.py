"""Import benchmark: a 50 MB CSV of new places through `manage.py import_locations`, as an
operator runs it (production settings, its own process, on a copy of the test database).

Budget (issue 11): the file is imported in under a minute, and a file whose only bad row is
its last one is refused, with nothing written, in under a minute as well. The command's
peak memory is printed beside them. Times are printed, never asserted; what is asserted is
the outcome: every row arrived, or none did."""

import csv
import random
import resource
import subprocess
import sys
import time

import pytest

from tests.perf.server import ROOT, postgres, production_env, suite_database_copy

pytestmark = pytest.mark.django_db

FILE_BYTES = 50 * 2**20 - 2**16
SECONDS = 60
DISTRICTS = ["ludwigslust-parchim", "landkreis-rostock", "rostock", "schwerin"]
CATEGORIES = ["sprachkurse", "migrationsberatung", "behoerden", "gesundheit", "wohnen"]
WORDS = [
    *("Beratung", "für", "Zugewanderte", "zu", "Aufenthalt", "Arbeit", "Wohnung", "Schule"),
    *("Gesundheit", "Sprache", "Termine", "nach", "Vereinbarung", "mehrsprachig"),
    *("kostenlos", "vertraulich", "Anerkennung", "Abschlüsse"),
]


def write_places(path, *, bad_last_row=False, size=FILE_BYTES):
    """A CSV of new places of about `size` bytes; returns the number of rows."""
    chance = random.Random(50)  # noqa: S311 - test data
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(
            ["external_id", "name", "organisation", "description", "categories", "district"]
            + ["street", "postcode", "city", "latitude", "longitude", "phone", "email"]
            + ["website", "opening_hours", "languages", "wheelchair_access"]
        )
        while file.tell() < size:
            rows += 1
            description = " ".join(chance.choice(WORDS) for _ in range(45))
            writer.writerow(
                [f"bulk-{rows}", f"Beratungsstelle {rows}", "Beispielverein e. V.", description]
                + ["|".join(chance.sample(CATEGORIES, 2)), chance.choice(DISTRICTS)]
                + [f"Beispielstraße {rows % 200 + 1}", "19370", "Parchim"]
                + [f"{chance.uniform(53.2, 54.6):.6f}", f"{chance.uniform(10.8, 14.3):.6f}"]
                + ["+49 3871 000000", f"stelle{rows}@example.org", "https://example.org/"]
                + ["Mo 09:00-12:00; Th 13:00-17:00", "de|en|ar", "yes"]
            )
        if bad_last_row:
            writer.writerow(
                ["bulk-bad", "Fehler", "", "", "wohnen", "rostock", "Weg 1", "1937"]
                + ["", "53.4", "11.8", "", "", "", "", "", ""]
            )
    return rows + bad_last_row


def import_command(env, path):
    """(seconds, peak MB, completed process) of one import_locations run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "import_locations", str(path)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=15 * 60,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is the largest child so far: a smaller run than an earlier one shows as that.
    return seconds, max(peak, before) / 1024, process


def count_locations(database):
    with postgres(database) as conn:
        return conn.execute("SELECT count(*) FROM directory_location").fetchone()[0]


def test_fifty_megabyte_import(budget_table, tmp_path, django_db_blocker):
    with suite_database_copy(django_db_blocker, "import") as target:
        env = production_env(target)
        budget_table.start("Import of a 50 MB CSV (manage.py import_locations, PostgreSQL)")
        good = tmp_path / "places.csv"
        rows = write_places(good)
        before = count_locations(target)

        seconds, peak_mb, process = import_command(env, good)
        assert process.returncode == 0, process.stderr
        assert count_locations(target) == before + rows
        size_mb = good.stat().st_size / 2**20
        budget_table.add(f"{size_mb:.0f} MB, {rows:,} new places", seconds, "s", below=SECONDS)
        budget_table.add("peak memory of that import", peak_mb, "MB")

        again, _peak, process = import_command(env, good)
        assert process.returncode == 0, process.stderr
        assert "0 new, 0 changed" in process.stdout
        budget_table.add("the same file again (all unchanged)", again, "s", below=SECONDS)

    # On a copy without them, the same places once more, but the last row is wrong.
    bad = tmp_path / "places-bad-last-row.csv"
    bad_rows = write_places(bad, bad_last_row=True)
    with suite_database_copy(django_db_blocker, "import_refused") as target:
        refused, _peak, process = import_command(production_env(target), bad)
        assert process.returncode != 0
        assert f"line {bad_rows + 1}" in process.stderr, process.stderr
        assert count_locations(target) == before
        budget_table.add("refused for its last row, nothing written", refused, "s", below=SECONDS)
