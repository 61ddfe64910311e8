"""Load on the production stack of deploy/ (nginx in front of gunicorn with 2 workers,
PostgreSQL, the page cache in Redis): wrk with 50 connections for 30 s on a mix of
reader pages, the GeoJSON, a static file and searches that no cache can answer; 0
errors. Then 100 slow clients dribbling their headers while one reader asks for pages.
Only ever 127.0.0.1."""

import re
import subprocess
import threading
import time

import pytest
from django.conf import settings
from django.db import connection, connections

from home.models import ArticlePage, DownloadsPage, EventIndexPage, SectionPage
from tests.perf.server import copy_database, drop_database, get
from tests.production_stack import SLOW_CLIENTS, Stack, slow_client

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
        source = connection.settings_dict["NAME"]
        connections.close_all()
        target = f"{source}_load"
        copy_database(source, target)
    try:
        with Stack(target, settings.MEDIA_ROOT, tmp_path_factory.mktemp("stack")) as running:
            _status, _headers, html = get(f"{running.url}/de/")
            paths.append(re.search(rb'href="(/static/[^"]+\.css)"', html).group(1).decode())
            yield running, paths
    finally:
        drop_database(target)


def test_fifty_connections_on_a_mix_of_pages_for_thirty_seconds(stack, budget_table, tmp_path):
    running, paths = stack
    script = tmp_path / "mix.lua"
    script.write_text(SCRIPT % ", ".join(f'"{path}"' for path in paths))
    output = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(CONNECTIONS),
            "--duration",
            f"{SECONDS}s",
            "--latency",
            "--script",
            str(script),
            running.url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=SECONDS + 60,
    ).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    budget_table.start(
        f"Production stack (deploy/: nginx, gunicorn 2 workers, Redis): wrk {CONNECTIONS} "
        f"connections, {SECONDS} s, {len(paths)} addresses and one uncached search in ten"
    )
    budget_table.add("requests", requests)
    budget_table.add("requests/s", rate)
    budget_table.add("latency p99", p99_ms, "ms")
    budget_table.add("errors", errors, at_most=0)
    assert errors == 0, output


def test_slow_clients_for_fifteen_seconds(stack, budget_table):
    running, _paths = stack
    stop = threading.Event()
    clients = [
        threading.Thread(target=slow_client, args=(running.port, stop), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    for client in clients:
        client.start()
    time.sleep(1)
    durations, errors = [], 0
    deadline = time.monotonic() + SLOW_SECONDS
    try:
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status, _headers, _body = get(f"{running.url}/de/?reader={len(durations)}")
                errors += status != 200
            except OSError:
                errors += 1
            durations.append(time.monotonic() - started)
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=5)
    durations.sort()
    budget_table.start(
        f"Production stack: {SLOW_CLIENTS} slow clients (a header line a second) for "
        f"{SLOW_SECONDS} s while one reader asks for pages"
    )
    budget_table.add("reader's requests", len(durations))
    budget_table.add("reader's slowest request", durations[-1] * 1000, "ms", below=2000)
    budget_table.add("reader's errors", errors, at_most=0)
    assert errors == 0
