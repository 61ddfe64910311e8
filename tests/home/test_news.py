"""News: the news page of each language, its district filter and pagination, the latest
items on the home and district pages, and the RSS and Atom feeds read back as a feed
reader reads them."""

import feedparser
import pytest

from home.models import DistrictPage, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def news_page(language="de"):
    return NewsIndexPage.objects.get(locale__language_code=language)


def test_the_news_page_lists_state_and_district_news_newest_first(client):
    html = client.get(news_page().url).content.decode()
    titles = [item.title for item in NewsPage.objects.filter(locale__language_code="de")]
    positions = [html.index(title) for title in titles]
    assert all(position > 0 for position in positions)
    dates = dict(NewsPage.objects.filter(locale__language_code="de").values_list("title", "date"))
    shown = sorted(titles, key=lambda title: html.index(title))
    assert [dates[title] for title in shown] == sorted(dates.values(), reverse=True)


def test_the_district_filter_keeps_one_districts_news(client):
    html = client.get(news_page().url, {"district": "ludwigslust-parchim"}).content.decode()
    assert "Termine der Sprachkurse abgestimmt" in html
    assert "Neue Sprechzeiten der Anerkennungsberatung" not in html


@pytest.mark.parametrize("district", ["nirgendwo", "x" * 300, "<script>", "\x00"])
def test_an_unknown_district_is_a_404(client, district):
    assert client.get(news_page().url, {"district": district}).status_code == 404


@pytest.mark.parametrize("number", ["abc", "-1", "99999"])
def test_bad_page_numbers_show_a_page(client, number):
    assert client.get(news_page().url, {"page": number}).status_code == 200


def test_home_and_district_pages_show_their_latest_news(client):
    home = client.get("/de/").content.decode()
    assert "Neue Sprechzeiten der Anerkennungsberatung" in home
    district = DistrictPage.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    html = client.get(district.url).content.decode()
    assert "Termine der Sprachkurse abgestimmt" in html
    assert "Neue Sprechzeiten der Anerkennungsberatung" not in html
    assert news_page().url + "rss/ludwigslust-parchim/" in html


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_per_language_and_district_parse_back(client, kind):
    page = news_page()
    response = client.get(f"{page.url}{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language.startswith("de") if kind == "rss" else True
    titles = [entry.title for entry in feed.entries]
    assert "Beispiel: Neue Sprechzeiten der Anerkennungsberatung" in titles
    assert all(entry.link.startswith("http://testserver/de/") for entry in feed.entries)

    district = feedparser.parse(client.get(f"{page.url}{kind}/ludwigslust-parchim/").content)
    assert [entry.title for entry in district.entries] == [
        "Beispiel: Termine der Sprachkurse abgestimmt"
    ]
    assert client.get(f"{page.url}{kind}/nirgendwo/").status_code == 404


def test_every_language_has_its_news_page_and_feed(client):
    for language in ("en", "ar", "fa", "uk", "ru", "fr", "es"):
        page = news_page(language)
        assert client.get(page.url).status_code == 200
        feed = feedparser.parse(client.get(f"{page.url}rss/").content)
        assert feed.entries and not feed.bozo
