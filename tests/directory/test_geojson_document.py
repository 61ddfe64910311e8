"""How the GeoJSON document is made fast must not change what it says: the encoder and
the PostgreSQL-only query give what the standard library and the portable path give."""

import json

import pytest
from django.http import QueryDict

from directory import api
from directory.filters import LocationFilterForm
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


@pytest.mark.parametrize(
    "query",
    ["", "lang=ar", "lang=uk&category=sprachkurse", "lang=fa&place=Parchim&radius=25"],
)
def test_document_has_the_bytes_the_standard_json_encoder_writes(query):
    parameters = QueryDict(query)
    form = LocationFilterForm(parameters, strict_radius=False)
    assert form.is_valid(), form.errors
    language = parameters.get("lang", "de")

    document = api._document(form.cleaned_data, language)

    expected = json.dumps(
        api._feature_collection(form.cleaned_data, language),
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    assert document == expected
    assert json.loads(document)["features"]
