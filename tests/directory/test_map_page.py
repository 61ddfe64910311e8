import json
import re

import pytest

from directory.models import Location, MapPage

pytestmark = pytest.mark.django_db


def listed_names(html):
    return re.findall(r'<h3 class="location-item__name"><a href="[^"]+">([^<]+)</a>', html)


def test_german_map_page_is_at_karte_and_exists_in_every_language(client):
    assert client.get("/de/karte/").status_code == 200
    for page in MapPage.objects.live():
        assert client.get(page.url).status_code == 200, page.url
    assert MapPage.objects.live().count() == 8


def test_home_page_links_to_the_map(client):
    html = client.get("/de/").content.decode()
    assert 'class="map-entry" href="/de/karte/"' in html


def test_place_search_lists_nearest_first_with_distances(client):
    response = client.get("/de/karte/", {"place": "Parchim", "radius": "10"})
    assert response.status_code == 200
    html = response.content.decode()
    distances = [
        float(d.replace(",", "."))
        for d in re.findall(r'class="location-item__distance">([\d.,]+) km', html)
    ]
    assert distances and distances == sorted(distances)
    assert "Parchim" in html.split('id="results-heading"')[1][:400]
    api = json.loads(
        client.get("/api/locations.geojson", {"place": "Parchim", "radius": "10"}).content
    )
    first_page = [f["properties"]["name"] for f in api["features"][:20]]
    assert listed_names(html) == first_page


def test_list_is_paginated_and_keeps_the_filters(client):
    html = client.get("/de/karte/", {"district": "ludwigslust-parchim"}).content.decode()
    assert len(listed_names(html)) == 20
    assert 'href="?district=ludwigslust-parchim&amp;page=2"' in html
    second = client.get(
        "/de/karte/", {"district": "ludwigslust-parchim", "page": "2"}
    ).content.decode()
    assert set(listed_names(second)).isdisjoint(listed_names(html))


def test_form_works_without_javascript_and_marks_choices(client):
    html = client.get(
        "/de/karte/", {"category": "sprachkurse", "place": "Hagenow", "radius": "25"}
    ).content.decode()
    assert '<option value="sprachkurse" selected>' in html
    assert '<option value="25" selected>' in html
    assert 'value="Hagenow"' in html


def test_a_submitted_form_with_empty_fields_is_fine(client):
    params = {
        "place": "Parchim",
        "radius": "10",
        "near": "",
        "category": "",
        "district": "",
        "language": "",
        "q": "",
    }
    response = client.get("/de/karte/", params)
    assert response.status_code == 200
    assert listed_names(response.content.decode())


def test_unknown_place_is_a_clear_message_with_suggestions(client):
    response = client.get("/de/karte/", {"place": "Grevesmülen"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="field__error"' in html
    assert "Grevesmühlen" in html


@pytest.mark.parametrize(
    "params",
    [
        {"radius": "7"},
        {"category": "nope"},
        {"near": "x,y"},
        {"district": "nowhere"},
        {"page": "abc"},
    ],
)
def test_bad_input_never_breaks_the_page(client, params):
    response = client.get("/de/karte/", params)
    assert response.status_code in (200, 400)
    assert "<h1>" in response.content.decode()


def test_arabic_map_page_shows_arabic_names(client):
    html = client.get("/ar/map/", {"place": "Parchim", "radius": "5"}).content.decode()
    arabic = Location.objects.filter(locale__language_code="ar").values_list("name", flat=True)
    assert set(listed_names(html)) & set(arabic)


def test_the_arabic_list_pages_through_places_under_their_arabic_names(client):
    first = client.get("/ar/map/", {"district": "ludwigslust-parchim"}).content.decode()
    second = client.get("/ar/map/", {"district": "ludwigslust-parchim", "page": "2"})
    every_name = r'class="location-item__name"[^>]*><a href="[^"]+"[^>]*>([^<]+)</a>'
    names = re.findall(every_name, first) + re.findall(every_name, second.content.decode())
    arabic = Location.objects.filter(locale__language_code="ar").values_list("name", flat=True)
    assert set(names) & set(arabic)
    assert len(set(names)) == len(names) > 20
    links = re.findall(r'class="location-item__name"[^>]*><a href="([^"]+)"', first)
    assert client.get(links[0]).status_code == 200


def test_map_assets_are_our_own_and_load_only_on_request(client):
    html = client.get("/de/karte/").content.decode()
    assert "/static/directory/vendor/leaflet/leaflet.js" in html
    assert '<script src="/static/directory/vendor/leaflet' not in html
    assert "tile.openstreetmap.org" in html  # configured, but only requested after consent
    remote = r'<(?:script[^>]+src|img[^>]+src|link rel="stylesheet"[^>]+href)="https?://'
    assert re.findall(remote, html) == []


def test_several_chosen_categories_make_a_valid_multiple_select(client):
    response = client.get("/de/karte/", {"category": ["sprachkurse", "migrationsberatung"]})
    html = response.content.decode()
    select = re.search(r'<select name="category"[^>]*>(.*?)</select>', html, re.S)
    assert "multiple" in select.group(0).split(">", 1)[0]
    assert select.group(1).count(" selected") == 2
    single = client.get("/de/karte/", {"category": "sprachkurse"}).content.decode()
    opening = re.search(r'<select name="category"[^>]*>', single).group(0)
    assert "multiple" not in opening


def test_the_results_heading_is_a_heading_and_the_form_leads_to_it(client):
    html = client.get("/de/karte/", {"place": "Parchim"}).content.decode()
    assert '<h2 id="results-heading">' in html
    assert 'role="status"' not in html.split('id="results-heading"', 1)[1][:20]
    assert 'action="/de/karte/#results"' in html
