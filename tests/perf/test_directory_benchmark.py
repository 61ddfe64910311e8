"""Directory benchmarks: GeoJSON and map page with the demo's ~360 locations and with
5,000. Adds its figures to the budget table; asserts only that the number of SQL queries
does not grow with the number of locations (times are reported, never asserted)."""

import random
import uuid

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Locale

from directory.models import Category, District, Location, LocationCategory, SpokenLanguage
from tests.perf.conftest import EVERY_CACHE, PAGE_CACHE

pytestmark = pytest.mark.django_db

GEOJSON_MS = 100
GEOJSON_KB_GZIP = 250
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip"}
SCENARIOS = [
    ("GeoJSON, all", "/api/locations.geojson"),
    ("GeoJSON, lang=ar", "/api/locations.geojson?lang=ar"),
    ("GeoJSON, Parchim 25 km", "/api/locations.geojson?place=Parchim&radius=25"),
    ("map page", "/de/karte/"),
    ("map page, Parchim 25 km", "/de/karte/?place=Parchim&radius=25"),
    (
        "map page, category + district",
        "/de/karte/?category=sprachkurse&district=ludwigslust-parchim",
    ),
]


def grow_to(total):
    """Add German locations spread over Mecklenburg-Vorpommern until there are `total`."""
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = Location.objects.filter(locale=locale).count()
    districts = list(District.objects.filter(locale=locale))
    categories = list(Category.objects.filter(locale=locale))
    chance = random.Random(5000)  # noqa: S311
    new = []
    for number in range(existing, total):
        lat, lng = chance.uniform(53.2, 54.6), chance.uniform(10.8, 14.3)
        new.append(
            Location(
                locale=locale,
                translation_key=uuid.uuid4(),
                name=f"Benchmark-Ort {number}",
                slug=f"benchmark-ort-{number}",
                district=chance.choice(districts),
                street="Beispielstraße 1",
                postcode="19370",
                city="Beispielstadt",
                point=f"SRID=4326;POINT({lng} {lat})",
                latitude=lat,
                longitude=lng,
                external_id=f"bench-{number}",
            )
        )
    created = Location.objects.bulk_create(new, batch_size=1000)
    LocationCategory.objects.bulk_create(
        [LocationCategory(location=loc, category=chance.choice(categories)) for loc in created],
        batch_size=1000,
    )
    SpokenLanguage.objects.bulk_create(
        [SpokenLanguage(location=loc, language="de") for loc in created], batch_size=1000
    )
    assert Location.objects.filter(locale=locale).count() == total
    with connection.cursor() as cursor:
        # Autovacuum would do this soon after a real import; the planner needs the counts.
        cursor.execute("ANALYZE directory_location; ANALYZE directory_locationcategory")


def test_directory_benchmark(benchmark_client, budget_table):
    budget_table.start(
        "Directory, in-process: GeoJSON with every cache emptied, map page with the page "
        "cache missed (its time budget is judged over HTTP, below)"
    )
    queries = {}
    for total in (None, 5000):
        if total:
            grow_to(total)
        count = Location.objects.filter(locale__language_code="de").count()
        for label, url in SCENARIOS:
            cold = EVERY_CACHE if url.startswith("/api/") else PAGE_CACHE
            uncached = benchmark_client.measure(url, cold=cold, **GZIP)
            queries.setdefault(label, []).append(uncached.queries)
            if label == "GeoJSON, all":
                budget_table.add(
                    f"{label} ({count} places): p50", uncached.p50_ms, "ms", below=GEOJSON_MS
                )
                budget_table.add(
                    f"{label} ({count} places): gzipped",
                    uncached.kb_gzip,
                    "KB",
                    below=GEOJSON_KB_GZIP,
                )
            else:
                budget_table.add(f"{label} ({count} places): p50", uncached.p50_ms, "ms")
            if url.startswith("/api/"):
                cached = benchmark_client.measure(url, **GZIP)
                budget_table.add(f"{label} ({count} places), cached: p50", cached.p50_ms, "ms")
    for label, counts in queries.items():
        budget_table.add_same(f"{label}: SQL queries, demo → 5,000 places", counts)
    for label, counts in queries.items():
        assert counts[0] == counts[1], (
            f"{label}: queries grew with the number of locations {counts}"
        )
