import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory import gazetteer
from directory.models import Category, Location

from .test_geo_and_gazetteer import reference_distance

pytestmark = pytest.mark.django_db
API = "/api/locations.geojson"


def get(client, **params):
    response = client.get(API, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def german_locations():
    return Location.objects.filter(locale__language_code="de")


def test_all_locations_as_rfc7946_feature_collection(client):
    data = get(client)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == german_locations().count() >= 350
    feature = data["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    lng, lat = feature["geometry"]["coordinates"]
    assert 5 < lng < 16 and 47 < lat < 56, "longitude first, as RFC 7946 says"
    assert {"name", "url", "categories", "district", "city"} <= set(feature["properties"])


def test_category_and_district_filters(client):
    data = get(client, category="sprachkurse", district="schwerin")
    assert data["features"]
    expected = german_locations().filter(
        category_links__category__slug="sprachkurse", district__slug="schwerin"
    )
    assert {f["id"] for f in data["features"]} == set(expected.values_list("id", flat=True))
    for feature in data["features"]:
        assert "sprachkurse" in feature["properties"]["categories"]
        assert feature["properties"]["district"] == "schwerin"


def test_several_categories_match_any_of_them(client):
    data = get(client, category=["sprachkurse", "wohnen"])
    categories = [set(f["properties"]["categories"]) for f in data["features"]]
    assert all(c & {"sprachkurse", "wohnen"} for c in categories)
    assert any("wohnen" in c for c in categories) and any("sprachkurse" in c for c in categories)


def test_free_text_filter(client):
    data = get(client, q="Familienzentrum Parchim")
    assert data["features"]
    for feature in data["features"]:
        assert "Familienzentrum" in feature["properties"]["name"]
        assert feature["properties"]["city"] == "Parchim"


def test_spoken_language_filter(client):
    data = get(client, language="ar")
    expected = german_locations().filter(spoken_languages__language="ar").distinct().count()
    assert len(data["features"]) == expected > 0


def test_radius_search_is_nearest_first_with_true_great_circle_distances(client):
    lat, lng = 53.42631, 11.84875
    data = get(client, near=f"{lat},{lng}", radius="25")
    distances = [f["properties"]["distance_km"] for f in data["features"]]
    assert distances == sorted(distances)
    for feature in data["features"]:
        f_lng, f_lat = feature["geometry"]["coordinates"]
        assert feature["properties"]["distance_km"] == pytest.approx(
            reference_distance(lat, lng, f_lat, f_lng), abs=0.01
        )
    inside = {
        location.id
        for location in german_locations()
        if reference_distance(lat, lng, location.latitude, location.longitude) <= 25
    }
    assert {f["id"] for f in data["features"]} == inside
    assert data["centre"]["radius_km"] == 25


def test_place_name_is_resolved_by_the_gazetteer(client):
    parchim = gazetteer.resolve("Parchim")
    by_place = get(client, place="Parchim", radius="10")
    by_point = get(client, near=f"{parchim.latitude},{parchim.longitude}", radius="10")
    assert by_place["features"] == by_point["features"]
    assert by_place["centre"]["place"] == "Parchim"


def test_names_come_in_the_requested_language(client):
    arabic = get(client, lang="ar", place="Parchim", radius="5")
    names = {f["id"]: f["properties"]["name"] for f in arabic["features"]}
    translated = Location.objects.filter(locale__language_code="ar", city="Parchim").first()
    source = translated.get_translation(translated.locale.__class__.objects.get(language_code="de"))
    assert names[source.id] == translated.name
    assert arabic["features"][0]["properties"]["url"].startswith("/ar/")
    category = Category.objects.get(locale__language_code="ar", slug="sprachkurse")
    assert arabic["categories"]["sprachkurse"]["name"] == category.name


def test_etag_allows_a_conditional_request(client):
    first = client.get(API, {"district": "schwerin"})
    etag = first["ETag"]
    again = client.get(API, {"district": "schwerin"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    other = client.get(API, {"district": "rostock"}, HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200
    location = german_locations().first()
    location.name += " (geändert)"
    location.save()
    changed = client.get(API, {"district": "schwerin"}, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"lang": "xx"}, "lang"),
        ({"category": "gibt-es-nicht"}, "category"),
        ({"district": "atlantis"}, "district"),
        ({"district": "Bad Slug!"}, "district"),
        ({"near": "abc"}, "near"),
        ({"near": "95,10"}, "near"),
        ({"near": "53.4,11.8", "radius": "zehn"}, "radius"),
        ({"near": "53.4,11.8", "radius": "-5"}, "radius"),
        ({"near": "53.4,11.8", "radius": "100000"}, "radius"),
        ({"place": "Xqzzyv"}, "place"),
        ({"place": "Parchimm"}, "place"),
        ({"q": "x" * 500}, "q"),
        ({"language": "klingon"}, "language"),
    ],
)
def test_bad_parameters_are_a_400_naming_the_parameter(client, params, parameter):
    response = client.get(API, params)
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["parameter"] == parameter
    assert body["error"]


def test_unknown_place_suggests_close_spellings(client):
    body = json.loads(client.get(API, {"place": "Parchimm", "lang": "en"}).content)
    assert "Parchim" in body["error"]


def test_api_refuses_writes(client):
    assert client.post(API, {}).status_code == 405


def test_query_count_does_not_grow_with_the_result(client):
    client.get(API, {"district": "rostock"})  # fills the process-wide caches (sites, types)
    counts = []
    for params in ({"district": "schwerin"}, {"district": "ludwigslust-parchim"}, {"q": "zzz"}):
        with CaptureQueriesContext(connection) as queries:
            client.get(API, params)
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[2] <= counts[0]


def test_a_304_carries_the_same_caching_headers_as_the_200(client):
    first = client.get(API, {"lang": "ar", "category": "sprachkurse"}, HTTP_ACCEPT_ENCODING="gzip")
    assert first.status_code == 200
    again = client.get(
        API,
        {"lang": "ar", "category": "sprachkurse"},
        HTTP_ACCEPT_ENCODING="gzip",
        HTTP_IF_NONE_MATCH=first["ETag"],
    )
    assert again.status_code == 304
    for response in (first, again):
        assert response["Cache-Control"] == "public, max-age=300"
        assert "Accept-Encoding" in response["Vary"]
        assert response["Content-Language"] == "ar"
        assert response["Access-Control-Allow-Origin"] == "*"


def test_content_language_follows_lang_and_errors_are_in_english(client):
    assert client.get(API, {"lang": "fa"})["Content-Language"] == "fa"
    assert client.get(API)["Content-Language"] == "de"
    bad = client.get(API, {"lang": "xx"})
    assert bad.status_code == 400
    assert bad["Content-Language"] == "en"


def test_each_name_says_which_language_it_is_in(client):
    arabic = get(client, lang="ar", place="Parchim", radius="25")
    languages = {feature["properties"]["language"] for feature in arabic["features"]}
    assert languages == {"ar", "de"}, "translated names in Arabic, the others in German"
    assert {f["properties"]["language"] for f in get(client, district="schwerin")["features"]} == {
        "de"
    }
