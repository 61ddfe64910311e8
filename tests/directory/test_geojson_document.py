"""How the GeoJSON document is made fast must not change what it says."""

import json

import pytest
from django.http import QueryDict

from directory import api
from directory.filters import LocationFilterForm
from directory.models import Category, District, Location, LocationCategory

pytestmark = pytest.mark.django_db
API = "/api/locations.geojson"


def test_categories_in_their_order_and_none_for_a_place_without(client):
    location = Location.objects.filter(locale__language_code="de").order_by("id").first()
    location.category_links.all().delete()
    # Ordered against the alphabet, so that an order by slug would show.
    categories = Category.objects.filter(locale=location.locale).order_by("-slug")[:3]
    for order, category in enumerate(categories):
        LocationCategory.objects.create(location=location, category=category, sort_order=order)
    uncategorised = Location.objects.filter(locale__language_code="de").order_by("id")[1]
    uncategorised.category_links.all().delete()

    features = {
        feature["id"]: feature for feature in json.loads(client.get(API).content)["features"]
    }

    assert features[location.id]["properties"]["categories"] == [c.slug for c in categories]
    assert features[uncategorised.id]["properties"]["categories"] == []


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


def test_a_renamed_category_shows_at_once_though_the_names_are_kept_in_process(client):
    category = Category.objects.get(locale__language_code="de", slug="sprachkurse")
    assert json.loads(client.get(API).content)["categories"]["sprachkurse"]["name"] == (
        category.name
    )

    category.name = "Deutsch lernen"
    category.save()

    categories = json.loads(client.get(API).content)["categories"]
    assert categories["sprachkurse"]["name"] == "Deutsch lernen"


@pytest.mark.parametrize("model", [Category, District])
def test_the_etag_changes_when_a_category_or_district_is_saved(client, model):
    etag = client.get(API)["ETag"]
    record = model.objects.filter(locale__language_code="de").first()
    record.save()
    assert client.get(API, HTTP_IF_NONE_MATCH=etag).status_code == 200
