"""Load on the production stack of deploy/ (nginx in front of gunicorn with 2 workers,
PostgreSQL, the page cache in Redis): wrk with 50 connections for 30 s on a mix of
reader pages, the GeoJSON, a static file and searches that no cache can answer; 0
errors. Then 100 slow clients dribbling their headers while one reader asks for pages.
Only ever 127.0.0.1."""

import re

import pytest
from django.conf import settings

from home.models import ArticlePage, DownloadsPage, EventIndexPage, SectionPage
from tests.perf.server import run_wrk, suite_database_copy
from tests.production_stack import SLOW_CLIENTS, Stack, get, reader_among_slow_clients

pytestmark = pytest.mark.django_db

CONNECTIONS = 50
SECONDS = 30
SLOW_SECONDS = 15
# A search with a new word each time: rendered, never cached.
SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  if counter %% 10 == 0 then
    return wrk.format("GET", "/de/search/?q=Kurs" .. counter, {["Accept-Encoding"] = "gzip"})
  end
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept-Encoding"] = "gzip"})
end
"""


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    with django_db_blocker.unblock():
        paths = [
            "/de/",
            "/ar/",
            SectionPage.objects.filter(locale__language_code="fa").first().url,
            ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs").url,
            ArticlePage.objects.filter(locale__language_code="ar").first().url,
            DownloadsPage.objects.get(locale__language_code="uk").url,
            EventIndexPage.objects.get(locale__language_code="de").url,
            "/api/locations.geojson?lang=ar",
            "/de/karte/?place=Parchim&radius=10",
        ]
    with (
        suite_database_copy(django_db_blocker, "load") as target,
        Stack(target, settings.MEDIA_ROOT, tmp_path_factory.mktemp("stack")) as running,
    ):
        _status, _headers, html = get(f"{running.url}/de/")
        paths.append(re.search(rb'href="(/static/[^"]+\.css)"', html).group(1).decode())
        yield running, paths


def test_fifty_connections_on_a_mix_of_pages_for_thirty_seconds(stack, budget_table, tmp_path):
    running, paths = stack
    script = tmp_path / "mix.lua"
    script.write_text(SCRIPT % ", ".join(f'"{path}"' for path in paths))
    result = run_wrk(running.url, SECONDS, CONNECTIONS, script=script)
    budget_table.start(
        f"Production stack (deploy/: nginx, gunicorn 2 workers, Redis): wrk {CONNECTIONS} "
        f"connections, {SECONDS} s, {len(paths)} addresses and one uncached search in ten"
    )
    budget_table.add("requests", result["requests"])
    budget_table.add("requests/s", result["requests"] / result["seconds"])
    budget_table.add("latency p99", result["p99_ms"], "ms")
    budget_table.add("errors", result["errors"], at_most=0)
    assert result["errors"] == 0


def test_slow_clients_for_fifteen_seconds(stack, budget_table):
    running, _paths = stack
    durations, errors = reader_among_slow_clients(running, SLOW_SECONDS)
    budget_table.start(
        f"Production stack: {SLOW_CLIENTS} slow clients (a header line a second) for "
        f"{SLOW_SECONDS} s while one reader asks for pages"
    )
    budget_table.add("reader's requests", len(durations))
    budget_table.add("reader's slowest request", max(durations) * 1000, "ms", below=2000)
    budget_table.add("reader's errors", errors, at_most=0)
    assert errors == 0
