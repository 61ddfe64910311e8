import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from directory import geo
from directory.models import Category, District, Location

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser(
        "location-admin", "location-admin@example.org", "pw"
    )
    client.force_login(user)
    return client


def form_data(**overrides):
    district = District.objects.get(locale__language_code="de", slug="schwerin")
    category = Category.objects.get(locale__language_code="de", slug="migrationsberatung")
    data = {
        "name": "Beratungsstelle Am See",
        "slug": "beratungsstelle-am-see",
        "organisation": "Beispielträger",
        "description": "Beratung für Neuzugewanderte.",
        "district": district.pk,
        "street": "Beispielufer 3",
        "postcode": "19055",
        "city": "Schwerin",
        "point": "SRID=4326;POINT(11.4148 53.6288)",
        "phone": "",
        "email": "see@example.org",
        "website": "",
        "opening_hours_note": "",
        "wheelchair_access": "yes",
        "external_id": "admin-test-1",
        "last_verified": "2026-11-01",
        "category_links-TOTAL_FORMS": "1",
        "category_links-INITIAL_FORMS": "0",
        "category_links-MIN_NUM_FORMS": "1",
        "category_links-MAX_NUM_FORMS": "1000",
        "category_links-0-category": category.pk,
        "category_links-0-ORDER": "1",
        "category_links-0-id": "",
        "category_links-0-DELETE": "",
        "opening_hours-TOTAL_FORMS": "1",
        "opening_hours-INITIAL_FORMS": "0",
        "opening_hours-MIN_NUM_FORMS": "0",
        "opening_hours-MAX_NUM_FORMS": "1000",
        "opening_hours-0-weekday": "1",
        "opening_hours-0-opens": "09:00",
        "opening_hours-0-closes": "12:00",
        "opening_hours-0-ORDER": "1",
        "opening_hours-0-id": "",
        "opening_hours-0-DELETE": "",
        "spoken_languages-TOTAL_FORMS": "1",
        "spoken_languages-INITIAL_FORMS": "0",
        "spoken_languages-MIN_NUM_FORMS": "0",
        "spoken_languages-MAX_NUM_FORMS": "1000",
        "spoken_languages-0-language": "uk",
        "spoken_languages-0-ORDER": "1",
        "spoken_languages-0-id": "",
        "spoken_languages-0-DELETE": "",
        "closed_on_public_holidays": "on",
        "special_opening_hours-TOTAL_FORMS": "0",
        "special_opening_hours-INITIAL_FORMS": "0",
        "special_opening_hours-MIN_NUM_FORMS": "0",
        "special_opening_hours-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def add_url():
    return reverse("wagtailsnippets_directory_location:add") + "?locale=de"


def test_add_view_with_geo_panels_renders_and_saves(admin_client):
    response = admin_client.get(add_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "geo-field" in html or "leaflet" in html.lower()
    response = admin_client.post(add_url(), form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    location = Location.objects.get(external_id="admin-test-1", locale__language_code="de")
    assert (location.latitude, location.longitude) == pytest.approx((53.6288, 11.4148))
    assert location.opening_hours.get().opens.hour == 9


def test_edit_view_renders_and_saves_a_moved_point(admin_client):
    location = Location.objects.filter(locale__language_code="de").first()
    url = reverse("wagtailsnippets_directory_location:edit", args=[location.pk])
    assert admin_client.get(url).status_code == 200
    data = form_data(
        name=location.name,
        slug=location.slug,
        external_id=location.external_id,
        point="SRID=4326;POINT(11.5 53.7)",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == (53.7, 11.5)


def test_admin_refuses_a_location_without_a_point(admin_client):
    before = Location.objects.count()
    response = admin_client.post(add_url(), form_data(point=""))
    assert response.status_code == 200
    assert "point" in response.context["form"].errors
    assert Location.objects.count() == before


def test_translated_location_keeps_its_point_when_the_german_point_moves():
    translated = Location.objects.filter(locale__language_code="ar").first()
    german = translated.get_translation(Locale.objects.get(language_code="de"))
    assert translated.point == german.point
    german.point = geo.format_point(53.5, 11.9)
    german.save()
    source, _ = TranslationSource.update_or_create_from_instance(german)
    Translation.objects.get(source=source, target_locale=translated.locale).save_target()
    translated.refresh_from_db()
    assert (translated.latitude, translated.longitude) == (53.5, 11.9)
    assert translated.name != german.name, "the translated name is kept"
