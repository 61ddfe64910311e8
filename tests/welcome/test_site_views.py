import re

import pytest

from home.models import ArticlePage

pytestmark = pytest.mark.django_db


def result_links(html):
    return re.findall(r'<h2 class="card__title"><a href="([^"]+)"', html)


def test_search_finds_pages_of_the_reader_language_only(client):
    german = client.get("/de/search/", {"q": "Integrationskurs"})
    assert german.status_code == 200
    links = result_links(german.content.decode())
    assert links and all(link.startswith("/de/") for link in links)

    english = client.get("/en/search/", {"q": "integration course"})
    links = result_links(english.content.decode())
    assert links and all(link.startswith("/en/") for link in links)


def test_search_without_query_shows_the_form(client):
    response = client.get("/de/search/")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "999999", "1.5"])
def test_search_tolerates_bad_page_numbers(client, page):
    assert client.get("/de/search/", {"q": "Deutsch", "page": page}).status_code == 200


def test_overlong_search_is_a_clear_400(client):
    response = client.get("/de/search/", {"q": "x" * 500})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_search_refuses_post(client):
    assert client.post("/de/search/", {"q": "Deutsch"}).status_code == 405


def test_sitemap_lists_translations_with_hreflang_alternates(client, new_german_article):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    xml = response.content.decode()
    german = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    assert f"<loc>http://testserver{german.url}</loc>" in xml
    arabic = german.get_translation(german.locale.__class__.objects.get(language_code="ar"))
    assert f'hreflang="ar" href="http://testserver{arabic.url}"' in xml
    fr_alias = ArticlePage.objects.get(
        locale__language_code="fr", translation_key=new_german_article.translation_key
    )
    assert fr_alias.alias_of_id
    assert f"http://testserver{new_german_article.url}" in xml
    assert fr_alias.url not in xml


def test_robots_txt_names_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_search_also_finds_places_of_the_directory(client):
    html = client.get("/de/search/", {"q": "Familienzentrum Parchim"}).content.decode()
    places = html.split('id="places-heading"')[1]
    assert places.count('class="location-item"') >= 1
    assert "/de/karte/" in places
    assert "/de/karte/?q=Familienzentrum+Parchim" in places

    arabic = client.get("/ar/search/", {"q": "Parchim"}).content.decode()
    assert "/ar/map/" in arabic.split('id="places-heading"')[1]


def test_search_without_matching_places_has_no_places_section(client):
    html = client.get("/de/search/", {"q": "Integrationskurs"}).content.decode()
    assert 'id="places-heading"' not in html


@pytest.mark.parametrize(
    "query", ["Kurs\x00", "\x00", "a" * 201, "Integrations\x00kurs' OR 1=1 --"]
)
def test_a_search_term_that_cannot_be_searched_is_a_clear_400(client, query):
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 400
    assert 'class="notice notice--error" role="alert"' in response.content.decode()


def test_public_pages_are_sent_compressed_and_the_admin_is_not(client, admin_client):
    page = client.get("/de/", HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"
    admin = admin_client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert admin.status_code == 200
    assert not admin.has_header("Content-Encoding")


@pytest.mark.parametrize("page", ["0", "99", "abc", "1\x00"])
def test_sitemap_refuses_a_page_it_does_not_have(client, page):
    assert client.get("/sitemap.xml", {"p": page}).status_code == 404


def test_sitemap_refuses_post(client):
    assert client.post("/sitemap.xml").status_code == 405
