"""Directory data on the reader path: category and district names kept per language until
one changes, lists of places cut in SQL, the GeoJSON document worked out once, the
gazetteer read before the first request."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from directory.models import Category, ContactPerson, District, MapPage
from directory.search import DirectorySearch, categories_in, districts_in
from home.models import ArticlePage, DistrictPage

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def arabic():
    return Locale.objects.get(language_code="ar")


def test_names_are_read_once_and_renewed_when_a_category_or_district_changes():
    categories_in("ar")
    with CaptureQueriesContext(connection) as queries:
        assert categories_in("ar") and districts_in("fa") and categories_in("de")
    assert len(queries) == 0

    german = Category.objects.get(locale__language_code="de", slug="sprachkurse")
    german.name = "Deutschkurse"
    german.save()
    assert categories_in("de")["sprachkurse"].name == "Deutschkurse"

    translated = Category.objects.filter(locale=arabic(), slug="sprachkurse").first()
    if translated is None:
        translated = german.copy_for_translation(arabic())
    translated.name = "دورات اللغة الألمانية"
    translated.save()
    assert categories_in("ar")["sprachkurse"].name == "دورات اللغة الألمانية"
    translated.delete()
    assert categories_in("ar")["sprachkurse"].name == "Deutschkurse"

    district = District.objects.get(locale__language_code="de", slug="rostock")
    district.short_name = "Hansestadt Rostock"
    district.save()
    assert districts_in("de")[district.id].short_name == "Hansestadt Rostock"


def test_the_nearby_places_block_cuts_its_list_in_sql(client):
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    block = next(block for block in article.body if block.block_type == "nearby_places")
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.url).content.decode()
    places = [q["sql"] for q in queries if "FROM directory_location place" in q["sql"]]
    assert len(places) == 1
    assert places[0].rstrip().endswith(f"LIMIT {block.value['limit']}")
    assert html.count('class="location-item__name"') == block.value["limit"]


def shown(places):
    return [
        (
            place.id,
            place.name,
            place.slug,
            place.text_language,
            place.url,
            [category.name for category in place.categories],
            place.district.name if place.district else None,
        )
        for place in places
    ]


def test_the_nearby_places_sql_lists_what_the_directory_search_lists():
    """first_by_category is the places-nearby block's query written in SQL: for every
    category, every district, several categories at once and none, in every language, it
    lists what the ORM's alphabetical list of the directory search lists."""
    german = Locale.objects.get(language_code="de")
    categories = list(Category.objects.filter(locale=german).values_list("slug", flat=True))
    districts = list(District.objects.filter(locale=german).values_list("slug", flat=True))
    assert len(categories) > 5 and len(districts) > 5
    filters = [{"category": [slug], "district": None} for slug in categories]
    filters += [{"category": categories[:1], "district": slug} for slug in districts]
    filters += [
        {"category": categories[:4], "district": districts[0]},
        {"category": [], "district": None},
        {"category": ["no-such-category"], "district": None},
    ]
    compared = 0
    for code, _name in settings.LANGUAGES:
        map_page = MapPage.for_language(code)
        for limit in (5, 20):
            for chosen in filters:
                search = DirectorySearch(chosen, code)
                expected = shown(search.first(limit, map_page))
                assert shown(search.first_by_category(limit, map_page)) == expected, (
                    code,
                    chosen,
                )
                compared += len(expected)
    assert compared > 1000


def test_a_listing_is_ready_to_show_from_one_call():
    map_page = MapPage.for_language("ar")
    places = DirectorySearch({"category": ["sprachkurse"]}, "ar").first(3, map_page)
    assert len(places) == 3
    for place in places:
        assert place.url.startswith(map_page.url) and place.url.endswith(f"/{place.slug}/")
        assert place.categories and place.district
    names = [place.name.casefold() for place in places]
    assert names == sorted(names)


def test_the_geojson_version_is_worked_out_once_and_the_compressed_body_kept(client):
    api = "/api/locations.geojson"
    with CaptureQueriesContext(connection) as queries:
        first = client.get(api, {"lang": "ar"}, HTTP_ACCEPT_ENCODING="gzip")
    versions = [q for q in queries if 'MAX("directory_location"."updated_at")' in q["sql"]]
    assert len(versions) == 1
    assert first["Content-Encoding"] == "gzip"
    body = gzip.decompress(first.content)
    assert json.loads(body)["language"] == "ar"

    with CaptureQueriesContext(connection) as queries:
        again = client.get(api, {"lang": "ar"}, HTTP_ACCEPT_ENCODING="gzip")
    assert again.content == first.content, "the same compressed bytes, from the cache"
    assert queries and all("MAX(" in query["sql"] for query in queries), "only the version"
    plain = client.get(api, {"lang": "ar"})
    assert "Content-Encoding" not in plain
    assert plain.content == body


def test_the_wsgi_entry_point_reads_the_gazetteer_before_the_first_request():
    code = "import welcome.wsgi\nfrom directory import gazetteer\nassert gazetteer.is_loaded()\n"
    # DEBUG on: the entry point then skips its check of the demo passwords, the one
    # thing in it that reads the database.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "welcome.settings.test", "DEBUG": "1"}
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, timeout=120)


def test_management_commands_do_not_read_the_gazetteer():
    code = (
        "import django\n"
        "django.setup()\n"
        "from directory import gazetteer\n"
        "assert not gazetteer.is_loaded()\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "welcome.settings.test"}
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, timeout=60)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_district_contact_persons_are_cached_and_follow_changes(client, language):
    page = DistrictPage.objects.get(locale__language_code=language, slug="ludwigslust-parchim")
    person = ContactPerson.objects.filter(
        locale__language_code="de", district__slug="ludwigslust-parchim"
    ).first()
    assert person.name in client.get(page.url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url, {"again": "1"})
    assert not [q for q in queries if 'FROM "directory_contactperson"' in q["sql"]]

    person.role = "Koordinierung Sprachkurse"
    person.save()
    assert "Koordinierung Sprachkurse" in client.get(page.url).content.decode()
