"""Section and district pages with 3 and with 300 articles: SQL queries must stay the same
(and within budget) as a section grows. Adds its figures to the budget table."""

import pytest

from directory.models import District
from home.models import ArticlePage, DistrictPage, HomePage, SectionPage
from tests.perf.conftest import PAGE_CACHE

pytestmark = pytest.mark.django_db

LISTING_QUERIES = 12
SIZES = (3, 300)


def add_articles(parent, up_to):
    for number in range(parent.get_children().count(), up_to):
        parent.add_child(
            instance=ArticlePage(
                title=f"Benchmark-Artikel {number}",
                slug=f"benchmark-artikel-{number}",
                intro="Ein Artikel, der nur für die Messung da ist.",
            )
        )


def test_listing_benchmark(benchmark_client, budget_table):
    home = HomePage.objects.get(locale__language_code="de")
    section = home.add_child(
        instance=SectionPage(title="Benchmark-Bereich", slug="benchmark-bereich", intro="Messung")
    )
    district = home.add_child(
        instance=DistrictPage(
            title="Benchmark-Kreis",
            slug="benchmark-kreis",
            intro="Messung",
            district=District.objects.filter(locale__language_code="de").first(),
        )
    )
    budget_table.start("Section and district pages, page cache missed (in-process)")
    queries = {"section page": [], "district page": []}
    for size in SIZES:
        for label, page in (("section page", section), ("district page", district)):
            add_articles(page, size)
            uncached = benchmark_client.measure(page.url, repeat=5, cold=PAGE_CACHE)
            queries[label].append(uncached.queries)
            budget_table.add(
                f"{label}, {size} articles: SQL queries", uncached.queries, at_most=LISTING_QUERIES
            )
            budget_table.add(f"{label}, {size} articles: p50", uncached.p50_ms, "ms")
    for label, counts in queries.items():
        budget_table.add_same(f"{label}: SQL queries, 3 → 300 articles", counts)
