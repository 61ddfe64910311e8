"""The full-page cache for anonymous readers (welcome/foundation/page_cache.py): what it answers, what it
never stores, and that every change a reader could see on a page makes it render anew."""

import datetime
import gzip
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.utils import timezone
from django.views.decorators.csrf import csrf_protect
from wagtail.models import Locale

from directory.models import (
    Category,
    ContactPerson,
    District,
    Location,
    MapPage,
    OpeningHours,
)
from home.models import ArticlePage, DistrictPage, HomePage, SectionPage
from tests.factories import LOCATION_ROW, write_csv
from tests.welcome.redis_server import free_port, redis_cache_settings
from welcome.foundation import page_cache

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
HIT = "X-Page-Cache"


def german_article():
    return ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")


def arabic_article():
    return german_article().get_translation(Locale.objects.get(language_code="ar")).specific


def ministry():
    return get_user_model().objects.get(username="ministry")


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(user=ministry()).publish()


def hit(response):
    return response.get(HIT) == "hit"


def cached(client, url, **headers):
    """Ask twice; the second answer must come from the cache."""
    first = client.get(url, **headers)
    assert first.status_code == 200, url
    assert not hit(first)
    second = client.get(url, **headers)
    assert hit(second), url
    return second


def test_a_second_anonymous_request_is_answered_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    url = german_article().url
    first = client.get(url)
    assert first.status_code == 200
    assert not hit(first)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "de"


def test_every_public_page_type_is_cached_in_german_and_arabic(client):
    for language in ("de", "ar"):
        location = Location.objects.filter(locale__language_code=language).first()
        home = HomePage.objects.get(locale__language_code=language)
        pages = [home, *home.get_children().live().specific()]
        kinds = {type(page) for page in pages}
        assert {SectionPage, DistrictPage, MapPage} <= kinds
        article = ArticlePage.objects.live().filter(locale__language_code=language).first()
        map_page = MapPage.objects.get(locale__language_code=language)
        urls = [page.url for page in pages]
        urls += [article.url, map_page.location_url(location.slug), f"/{language}/search/?q=Kurs"]
        for url in urls:
            cached(client, url)


def test_a_hit_keeps_the_security_headers(client):
    response = cached(client, german_article().url)
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_the_query_is_part_of_the_key_in_any_order(client):
    cached(client, "/de/karte/?category=sprachkurse&district=ludwigslust-parchim")
    reordered = client.get("/de/karte/?district=ludwigslust-parchim&category=sprachkurse")
    assert hit(reordered)
    other = client.get("/de/karte/?category=gesundheit")
    assert other.status_code == 200
    assert not hit(other)


def test_gzip_goes_only_to_clients_that_accept_it_and_others_get_the_plain_page(client):
    url = german_article().url
    plain_first = client.get(url).content
    zipped = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit(zipped)
    assert zipped["Content-Encoding"] == "gzip"
    assert int(zipped["Content-Length"]) == len(zipped.content)
    assert gzip.decompress(zipped.content) == plain_first
    plain = client.get(url, HTTP_ACCEPT_ENCODING="identity")
    assert hit(plain)
    assert not plain.has_header("Content-Encoding")
    assert plain.content == plain_first
    assert int(plain["Content-Length"]) == len(plain_first)
    for response in (zipped, plain):
        assert "Accept-Encoding" in response["Vary"]


def test_the_first_answer_to_a_gzip_client_is_compressed_once(client):
    response = client.get(german_article().url, HTTP_ACCEPT_ENCODING="gzip")
    assert not hit(response)
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)


def test_each_language_has_its_own_entry(client):
    german = cached(client, "/de/")
    assert b'<html lang="de" dir="ltr">' in german.content
    arabic = client.get("/ar/")
    assert not hit(arabic)
    assert b'<html lang="ar" dir="rtl">' in arabic.content
    assert b'<html lang="ar" dir="rtl">' in client.get("/ar/").content
    assert b'<html lang="de" dir="ltr">' in client.get("/de/").content


def test_language_negotiation_at_the_root_is_never_cached(client):
    arabic = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert arabic.status_code == 302
    assert arabic["Location"] == "/ar/"
    german = client.get("/", HTTP_ACCEPT_LANGUAGE="de")
    assert german["Location"] == "/de/"
    assert not hit(german)


def test_the_language_cookie_does_not_change_a_prefixed_page(client):
    cached(client, "/de/")
    client.cookies["django_language"] = "ar"
    response = client.get("/de/")
    assert hit(response)
    assert b'<html lang="de" dir="ltr">' in response.content


def test_logged_in_editors_are_never_answered_from_the_cache_nor_stored(client):
    url = german_article().url
    cached(client, url)
    editor = Client()
    editor.force_login(ministry())
    for _ in range(2):
        response = editor.get(url)
        assert response.status_code == 200
        assert not hit(response)
    page_cache._entries().clear()
    editor.get(url)
    assert not hit(client.get(url))


def test_a_reader_with_a_session_cookie_is_not_answered_from_the_cache(client):
    url = german_article().url
    cached(client, url)
    client.cookies["sessionid"] = "anything"
    assert not hit(client.get(url))


def test_a_preview_is_never_the_cached_page_and_is_never_stored(client):
    article = german_article()
    # Wagtail previews through a made-up request for the page's own address and host.
    host = urlsplit(article.full_url).netloc
    cached(client, article.url, HTTP_HOST=host)
    article.title = "Vorschau eines Entwurfs"
    preview = article.make_preview_request()
    assert preview.status_code == 200
    assert b"Vorschau eines Entwurfs" in preview.content
    assert not hit(preview)
    live = client.get(article.url, HTTP_HOST=host)
    assert hit(live)
    assert b"Vorschau eines Entwurfs" not in live.content


def test_an_admin_preview_of_a_draft_shows_the_draft(client, admin_client):
    article = german_article()
    cached(client, article.url)
    article.title = "Entwurf in der Vorschau"
    article.save_revision(user=ministry())
    response = admin_client.get(f"/admin/pages/{article.pk}/view_draft/")
    assert b"Entwurf in der Vorschau" in response.content
    assert b"Entwurf in der Vorschau" not in client.get(article.url).content


def test_errors_and_redirects_are_not_stored(client):
    for _ in range(2):
        missing = client.get("/de/gibt-es-nicht/")
        assert missing.status_code == 404
        assert not hit(missing)
    for _ in range(2):
        bad = client.get("/de/search/", {"q": "x" * 500})
        assert bad.status_code == 400
        assert not hit(bad)
    for _ in range(2):
        assert not hit(client.get(german_article().url.rstrip("/")))


def test_post_is_never_answered_from_the_cache(client):
    url = german_article().url
    cached(client, url)
    response = client.post(url)
    assert not hit(response)


def test_the_admin_and_the_api_are_not_page_cached(client, admin_client):
    for _ in range(2):
        assert not hit(client.get("/api/locations.geojson"))
        assert not hit(admin_client.get("/admin/"))


def through_cache(view, **headers):
    """Run `view` behind the page cache for /de/probe/, twice, as Django's stack would
    (Content-Language is what LocaleMiddleware adds)."""

    def with_language(request):
        response = view(request)
        response.setdefault("Content-Language", "de")
        return response

    middleware = page_cache.PageCacheMiddleware(with_language)
    factory = RequestFactory()
    return [middleware(factory.get("/de/probe/", **headers)) for _ in range(2)]


def test_a_page_with_a_csrf_token_is_not_stored():
    @csrf_protect
    def form(request):
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    for response in through_cache(form):
        assert not hit(response)
        assert "csrftoken" in response.cookies


def test_a_page_that_reads_the_session_or_the_language_header_is_not_stored():
    for vary in ("Cookie", "Accept-Language", "Accept-Encoding, Cookie"):

        def view(request, vary=vary):
            response = HttpResponse("<p>depends</p>")
            response["Vary"] = vary
            return response

        assert not any(hit(response) for response in through_cache(view)), vary


@pytest.mark.parametrize("directive", ["private", "no-cache", "no-store", "max-age=0, private"])
def test_a_page_that_forbids_caching_is_not_stored(directive):
    def view(request):
        response = HttpResponse("<p>mine</p>")
        response["Cache-Control"] = directive
        return response

    assert not any(hit(response) for response in through_cache(view))


def test_a_page_that_sets_a_cookie_is_not_stored():
    def view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("seen", "1")
        return response

    assert not any(hit(response) for response in through_cache(view))


def test_a_page_in_another_language_than_its_address_is_not_stored():
    def view(request):
        response = HttpResponse("<p>marhaba</p>")
        response["Content-Language"] = "ar"
        return response

    assert not any(hit(response) for response in through_cache(view))


def test_a_page_is_kept_only_until_the_moment_its_view_names():
    def expired(request):
        response = HttpResponse("<p>open now</p>")
        page_cache.expire_at(response, timezone.now() - datetime.timedelta(seconds=1))
        return response

    def later(request):
        response = HttpResponse("<p>open until noon</p>")
        page_cache.expire_at(response, timezone.now() + datetime.timedelta(minutes=5))
        return response

    assert not any(hit(response) for response in through_cache(expired))
    page_cache._entries().clear()
    assert [hit(response) for response in through_cache(later)] == [False, True]


def test_a_place_page_expires_when_the_place_opens_or_closes_or_the_day_ends():
    location = Location.objects.filter(locale__language_code="de").first()
    location.opening_hours.all().delete()
    OpeningHours.objects.create(
        location=location, weekday=0, opens=datetime.time(9), closes=datetime.time(12)
    )
    OpeningHours.objects.create(
        location=location, weekday=0, opens=datetime.time(14), closes=datetime.time(16)
    )
    location.refresh_from_db()

    def at(day, hour, minute=0):
        return timezone.make_aware(datetime.datetime(2026, 11, day, hour, minute))

    # 23 November 2026 is a Monday.
    assert location.status_changes_at(at(23, 8)) == at(23, 9)
    assert location.status_changes_at(at(23, 10, 30)) == at(23, 12)
    assert location.status_changes_at(at(23, 12)) == at(23, 14)
    assert location.status_changes_at(at(23, 16)) == at(24, 0)
    assert location.status_changes_at(at(24, 10)) == at(25, 0)


def test_publishing_a_page_shows_the_new_version(client):
    article = german_article()
    cached(client, article.url)
    publish(article, title="Integrationskurs, neu gefasst")
    response = client.get(article.url)
    assert not hit(response)
    assert b"Integrationskurs, neu gefasst" in response.content


def test_publishing_a_page_renews_the_other_pages_that_show_it(client):
    article = german_article()
    section = article.get_parent()
    cached(client, section.url)
    publish(article, title="Integrationskurs, neu gefasst")
    assert b"Integrationskurs, neu gefasst" in client.get(section.url).content


def test_unpublishing_a_page_takes_it_away_at_once(client):
    article = german_article()
    cached(client, article.url)
    article.unpublish(user=ministry())
    assert client.get(article.url).status_code == 404


def test_publishing_a_translation_shows_it(client):
    arabic = arabic_article()
    cached(client, arabic.url)
    publish(arabic, title="دورة الاندماج الجديدة")
    assert "دورة الاندماج الجديدة" in client.get(arabic.url).content.decode()


def test_unpublishing_a_translation_renews_the_german_page_that_links_it(client):
    german, arabic = german_article(), arabic_article()
    alternate = f'<link rel="alternate" hreflang="ar" href="http://testserver{arabic.url}">'
    assert alternate in cached(client, german.url).content.decode()
    arabic.unpublish(user=ministry())
    assert 'rel="alternate" hreflang="ar"' not in client.get(german.url).content.decode()


def test_a_changed_location_shows_on_the_map_page(client):
    cached(client, "/de/karte/")
    location = Location.objects.filter(locale__language_code="de").order_by("name").first()
    location.name = "AAA Neu benannte Beratungsstelle"
    location.save()
    assert b"AAA Neu benannte Beratungsstelle" in client.get("/de/karte/").content


def test_places_added_by_an_import_show_on_the_map_page(client, tmp_path):
    """The import writes new places in batches, which send no signals of their own."""
    search = {"q": LOCATION_ROW["name"]}
    cached(client, "/de/karte/", data=search)
    call_command("import_locations", str(write_csv(tmp_path / "new.csv", [LOCATION_ROW])))
    added = Location.objects.get(external_id=LOCATION_ROW["external_id"])
    assert f"/de/karte/{added.slug}/".encode() in client.get("/de/karte/", search).content


def test_a_changed_location_shows_on_its_own_page(client):
    location = Location.objects.filter(locale__language_code="de").order_by("name").first()
    url = f"/de/karte/{location.slug}/"
    cached(client, url)
    location.phone = "0385 000000"
    location.save()
    assert b"0385 000000" in client.get(url).content


def test_a_renamed_category_shows_on_the_map_page(client):
    cached(client, "/de/karte/")
    category = Category.objects.filter(locale__language_code="de").first()
    category.name = "Umbenannte Kategorie"
    category.save()
    assert b"Umbenannte Kategorie" in client.get("/de/karte/").content


def test_a_renamed_district_shows_on_the_map_page(client):
    cached(client, "/de/karte/")
    district = District.objects.filter(locale__language_code="de").first()
    district.short_name = "Umbenannter Kreis"
    district.save()
    assert b"Umbenannter Kreis" in client.get("/de/karte/").content


def test_a_changed_contact_person_shows_on_their_district_page(client):
    page = DistrictPage.objects.live().filter(locale__language_code="de").exclude(district=None)[0]
    person = ContactPerson.objects.filter(
        locale__language_code="de", district_id=page.district_id
    ).first()
    assert person is not None
    cached(client, page.url)
    person.phone = "0385 111111"
    person.save()
    assert b"0385 111111" in client.get(page.url).content


def test_a_deleted_contact_person_leaves_their_district_page(client):
    page = DistrictPage.objects.live().filter(locale__language_code="de").exclude(district=None)[0]
    person = (
        ContactPerson.objects.filter(locale__language_code="de", district_id=page.district_id)
        .exclude(phone="")
        .first()
    )
    assert person.phone.encode() in cached(client, page.url).content
    ContactPerson.objects.filter(translation_key=person.translation_key).delete()
    assert person.phone.encode() not in client.get(page.url).content


def renew_generation_in_another_process(cache_env):
    """What another worker or server does when an editor publishes there."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from welcome.foundation import page_cache; page_cache.invalidate()",
        ],
        env={
            **os.environ,
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}",
            "DJANGO_SETTINGS_MODULE": "welcome.settings.base",
            "DEBUG": "1",
            **cache_env,
        },
        cwd=ROOT,
        check=True,
    )


def test_a_change_on_another_worker_of_this_machine_renews_the_pages(client, shared_files):
    """Without Redis: pages in each worker's memory, the generation in the shared files."""
    url = german_article().url
    cached(client, url)
    renew_generation_in_another_process({"CACHE_DIR": str(shared_files), "REDIS_URL": ""})
    assert not hit(client.get(url))
    assert hit(client.get(url))


def redis_settings(location):
    caches = redis_cache_settings(location, retry_after=0.2)
    return {"default": caches["default"]}


def test_with_redis_a_hit_costs_no_query_and_a_change_on_another_server_renews_it(
    settings, client, redis_server, django_assert_num_queries
):
    settings.CACHES = redis_settings(redis_server.url)
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    url = german_article().url
    client.get(url)
    with django_assert_num_queries(0):
        assert hit(client.get(url, HTTP_ACCEPT_ENCODING="gzip"))
    assert redis_server.client().keys(f"{prefix}:*page-cache:*")
    renew_generation_in_another_process({"REDIS_URL": redis_server.url, "CACHE_KEY_PREFIX": prefix})
    assert not hit(client.get(url))
    assert hit(client.get(url))


def test_with_redis_down_pages_are_rendered_without_the_cache(settings, client, redis_server):
    settings.CACHES = redis_settings(redis_server.url)
    url = german_article().url
    cached(client, url)
    redis_server.kill()
    for _ in range(2):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert not hit(response)
        assert b"<html" in gzip.decompress(response.content)


def test_with_redis_never_reachable_pages_answer(settings, client):
    settings.CACHES = redis_settings(f"redis://127.0.0.1:{free_port()}/0")
    for _ in range(2):
        response = client.get(german_article().url)
        assert response.status_code == 200
        assert not hit(response)


def test_many_changes_in_one_transaction_renew_the_generation_once_more_at_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        for location in Location.objects.filter(locale__language_code="de")[:5]:
            location.save()
    renewals = [callback for callback in callbacks if callback == page_cache.GENERATION.renew]
    assert len(renewals) == 1


def test_a_worker_trusts_the_generation_it_read_for_a_second(
    settings, client, redis_server, django_assert_num_queries
):
    """Production's worker copy: most hits cost no round trip to Redis; a change on
    another server reaches this worker's readers within SHARED_VERSION_SECONDS,
    a change made through this worker at once."""
    settings.CACHES = redis_settings(redis_server.url)
    settings.SHARED_VERSION_SECONDS = 1
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    url = german_article().url
    cached(client, url)
    probe = redis_server.client()
    commands = probe.info("stats")["total_commands_processed"]
    with django_assert_num_queries(0):
        assert hit(client.get(url))
    after = probe.info("stats")["total_commands_processed"]
    assert after == commands + 1, "the hit sent Redis nothing (the 1 is the first INFO)"

    renew_generation_in_another_process({"REDIS_URL": redis_server.url, "CACHE_KEY_PREFIX": prefix})
    time.sleep(1.1)
    assert not hit(client.get(url)), "another server's change, a second later"
    assert hit(client.get(url))

    page_cache.invalidate()
    assert not hit(client.get(url)), "this worker's own change, at once"


def test_a_busy_worker_still_reads_the_generation_again_every_second(
    settings, client, shared_files
):
    """Without Redis: a worker answering a reader every fifth of a second must not keep
    trusting the generation it read: another worker's change reaches it within a second."""
    settings.SHARED_VERSION_SECONDS = 1
    url = german_article().url
    cached(client, url)
    other_worker = threading.Thread(
        target=renew_generation_in_another_process,
        args=({"CACHE_DIR": str(shared_files), "REDIS_URL": ""},),
    )
    other_worker.start()
    # The other process renews the generation before it exits, and exiting takes it a
    # while: the change may reach this worker (its one miss) while it is still running.
    changed = False
    while other_worker.is_alive():
        changed = changed or not hit(client.get(url))
        time.sleep(0.2)
    renewed_at = time.monotonic()
    while not changed:
        assert time.monotonic() - renewed_at < 2, "the change never reached this worker"
        changed = not hit(client.get(url))
        time.sleep(0.2)
