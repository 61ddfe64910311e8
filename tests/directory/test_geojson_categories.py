"""The GeoJSON reads categories with the locations in one query on PostgreSQL, and in a
second query elsewhere (SQLite for `make run`): both must give every place the same
category slugs in the same order."""

import pytest

from directory.models import Category, Location, LocationCategory
from directory.search import DirectorySearch

pytestmark = pytest.mark.django_db


def slugs_by_location(hits):
    return {hit.id: hit.category_slugs for hit in hits}


@pytest.mark.parametrize(
    "filters", [{}, {"category": ["sprachkurse"]}, {"district": "schwerin"}, {"q": "Parchim"}]
)
def test_postgresql_aggregate_gives_the_categories_of_the_portable_path(filters):
    location = Location.objects.filter(locale__language_code="de").order_by("id").first()
    location.category_links.all().delete()
    for order, category in enumerate(
        Category.objects.filter(locale=location.locale).order_by("-slug")[:3]
    ):
        LocationCategory.objects.create(location=location, category=category, sort_order=order)
    uncategorised = Location.objects.filter(locale__language_code="de").order_by("id")[1]
    uncategorised.category_links.all().delete()

    search = DirectorySearch(filters, "de")
    aggregated = slugs_by_location(search._hits_with_categories())
    portable = slugs_by_location(search.attach_categories(search.hits(), all_hits=True))

    assert aggregated == portable
    assert aggregated
    if not filters:
        assert aggregated[location.id] == tuple(
            location.category_links.order_by("sort_order").values_list("category__slug", flat=True)
        )
        assert aggregated[uncategorised.id] == ()
