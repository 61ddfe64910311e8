"""PostgreSQL gone while the site runs: readers get the last copy of every page the
page cache holds (stale-if-error) and the last GeoJSON document of every query; what
was never cached is a 503 with Retry-After and a page that says to try again, never a
500; when PostgreSQL is back, pages are rendered fresh again.

The outage is real, not mocked: a process of its own warms its caches on the test
database, then points its connection at a port where nothing listens."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from home.models import ArticlePage
from tests.demo_database import database_url
from tests.welcome.redis_server import free_port

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gzip, json, sys
import django
django.setup()
from django.db import connections
from django.test import Client
from welcome.foundation import page_cache

pages, never_cached, dead_port = sys.argv[1:4]
pages = json.loads(pages)
geojson = "/api/locations.geojson?lang=ar"
client = Client()
report = {"before": {}, "during": {}, "after": {}}
for url in [*pages, geojson]:
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    report["before"][url] = [response.status_code, len(response.content)]
page_cache.invalidate()

database = connections["default"]
live_port = database.settings_dict["PORT"]
database.close()
database.settings_dict["PORT"] = dead_port
for url in [*pages, geojson, never_cached, "/api/locations.geojson?lang=fa"]:
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    report["during"][url] = [
        response.status_code,
        len(response.content),
        response.get("X-Page-Cache", ""),
        response.get("Retry-After", ""),
        gzip.decompress(response.content).decode() if response.status_code == 503 else "",
    ]

database.close()
database.settings_dict["PORT"] = live_port
for url in pages:
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    report["after"][url] = [response.status_code, response.get("X-Page-Cache", "")]
print(json.dumps(report))
"""


def test_readers_get_the_last_copy_while_postgresql_is_gone():
    article = ArticlePage.objects.filter(locale__language_code="ar", live=True).first()
    pages = ["/de/", "/ar/", article.url]
    never_cached = "/fa/"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.test",
        "DATABASE_URL": database_url(),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(pages), never_cached, str(free_port())],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])

    for url in pages:
        status, length = report["before"][url]
        assert status == 200
        during = report["during"][url]
        assert during[:3] == [200, length, "stale"], url
    geojson = "/api/locations.geojson?lang=ar"
    assert report["during"][geojson][:2] == report["before"][geojson]

    for url in (never_cached, "/api/locations.geojson?lang=fa"):
        status, _length, _cache, retry_after, html = report["during"][url]
        assert status == 503, url
        assert retry_after == "30"
        assert "Bitte versuchen Sie es in einer Minute noch einmal." in html

    for url in pages:
        assert report["after"][url] == [200, ""], "rendered fresh once PostgreSQL is back"
