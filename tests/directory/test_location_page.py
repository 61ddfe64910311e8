import datetime
import json
import re

import pytest
from django.utils import timezone
from wagtail.models import Locale

from directory.models import Location, MapPage, OpeningHours

pytestmark = pytest.mark.django_db


@pytest.fixture
def location():
    return (
        Location.objects.filter(locale__language_code="de", city="Hagenow")
        .exclude(opening_hours=None)
        .first()
    )


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


def test_location_page_shows_fields_hours_qr_and_json_ld(client, location):
    response = client.get(f"/de/karte/{location.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{location.name}</h1>" in html
    assert location.street in html and location.postcode in html
    assert '<table class="hours">' in html
    assert "open-status" in html
    assert "<svg" in html.split('class="qr-code"')[1][:200]
    assert f"geo:{location.latitude:.6f},{location.longitude:.6f}" in html
    data = json_ld(html)
    assert data["@type"] == "LocalBusiness"
    assert data["geo"]["latitude"] == pytest.approx(location.latitude, abs=1e-6)
    assert data["address"]["postalCode"] == location.postcode
    days = {spec["dayOfWeek"] for spec in data["openingHoursSpecification"]}
    assert days and all(day.startswith("https://schema.org/") for day in days)


def test_open_now_follows_the_opening_hours():
    location = Location.objects.filter(locale__language_code="de").first()
    now = timezone.localtime()
    location.opening_hours = [
        OpeningHours(
            weekday=now.weekday(),
            opens=(now - datetime.timedelta(minutes=1)).time().replace(second=0, microsecond=0),
            closes=datetime.time(23, 59, 59),
        )
    ]
    assert location.is_open_at(now) is True
    assert location.is_open_at(now + datetime.timedelta(days=1)) is False
    location.opening_hours = []
    assert location.is_open_at(now) is None


def map_url(language_code):
    """The map page's address in a language tree (its slug depends on its translation)."""
    return MapPage.objects.get(locale__language_code=language_code).url


def test_untranslated_location_is_shown_in_german_with_notice(client, location):
    # The demo translates only the places of Parchim: one in Hagenow stays German.
    assert not location.get_translations().exists()
    html = client.get(f"{map_url('fr')}{location.slug}/").content.decode()
    assert 'lang="de" dir="ltr"' in html
    assert "notice--language" in html


def test_german_slug_redirects_to_the_translated_page(client):
    translated = Location.objects.filter(locale__language_code="en").first()
    german = translated.get_translation(Locale.objects.get(language_code="de"))
    response = client.get(f"{map_url('en')}{german.slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"{map_url('en')}{translated.slug}/"
    html = client.get(response["Location"]).content.decode()
    assert f"<h1>{translated.name}</h1>" in html


def test_unknown_location_is_404(client):
    assert client.get("/de/karte/gibt-es-nicht/").status_code == 404


def test_district_page_shows_its_real_contact_person(client):
    html = client.get("/de/ludwigslust-parchim/").content.decode()
    assert "Cindy Klechowicz" in html
    assert "/de/karte/?district=ludwigslust-parchim" in html


def test_home_page_shows_the_ministry_contact(client):
    assert "Antje Ihring" in client.get("/de/").content.decode()


def test_article_lists_places_nearby_and_links_to_the_filtered_map(client):
    html = client.get("/de/deutsch-lernen/integrationskurs/").content.decode()
    section = html.split('class="nearby"')[1]
    assert section.count('class="location-item"') == 5
    assert "/de/karte/?category=sprachkurse" in section


def switcher_links(html):
    block = html.split('class="language-switcher__list"', 1)[1].split("</ul>", 1)[0]
    pattern = r'<a class="language-switcher__link" href="([^"]+)" hreflang="([^"]+)"'
    return {code: href for href, code in re.findall(pattern, block)}


def translated_location():
    arabic = Location.objects.filter(locale__language_code="ar").first()
    german = Location.objects.get(
        locale__language_code="de", translation_key=arabic.translation_key
    )
    return german, arabic


def test_the_language_switcher_leads_to_the_same_place_in_every_language(client, location):
    german, arabic = translated_location()
    html = client.get(f"/de/karte/{german.slug}/").content.decode()
    links = switcher_links(html)
    assert links["de"] == f"/de/karte/{german.slug}/"
    assert links["ar"] == f"{map_url('ar')}{arabic.slug}/"
    hreflang = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert hreflang["ar"].endswith(f"{map_url('ar')}{arabic.slug}/")
    # A place not translated into Farsi: the same place, in German, under the Farsi map page.
    html = client.get(f"/de/karte/{location.slug}/").content.decode()
    links = switcher_links(html)
    assert links["fa"] == f"{map_url('fa')}{location.slug}/"
    assert client.get(links["fa"]).status_code == 200
    hreflang = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert "fa" not in hreflang


def test_a_german_fallback_names_the_german_page_as_canonical(client, location):
    _german, arabic = translated_location()
    own = client.get(f"{map_url('ar')}{arabic.slug}/").content.decode()
    assert f'<link rel="canonical" href="http://testserver{map_url("ar")}{arabic.slug}/">' in own
    # A place of Hagenow is translated into no language.
    fallback = client.get(f"{map_url('fa')}{location.slug}/")
    assert fallback.status_code == 200
    assert (
        f'<link rel="canonical" href="http://testserver/de/karte/{location.slug}/">'
        in fallback.content.decode()
    )


def test_location_pages_are_in_the_sitemap_with_their_translations(client):
    german, arabic = translated_location()
    xml = client.get("/sitemap.xml").content.decode()
    german_url = f"http://testserver/de/karte/{german.slug}/"
    arabic_url = f"http://testserver{map_url('ar')}{arabic.slug}/"
    assert f"<loc>{german_url}</loc>" in xml
    assert f"<loc>{arabic_url}</loc>" in xml
    entry = xml.split(f"<loc>{german_url}</loc>", 1)[1].split("</url>", 1)[0]
    assert f'<xhtml:link rel="alternate" hreflang="ar" href="{arabic_url}"/>' in entry
    in_farsi = Location.objects.filter(locale__language_code="fa").values("translation_key")
    untranslated = (
        Location.objects.filter(locale__language_code="de")
        .exclude(translation_key__in=in_farsi)
        .first()
    )
    assert f"{map_url('fa')}{untranslated.slug}/" not in xml
