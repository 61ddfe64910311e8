"""The portal with REDIS_URL set while Redis goes away: readers and editors carry on, and
what changed meanwhile shows once Redis is back. Each test runs its own redis-server."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import ArticlePage, SectionPage
from tests.welcome.redis_server import free_port, redis_cache_settings

pytestmark = pytest.mark.django_db

RETRY_AFTER = 0.2


def public_urls():
    article = ArticlePage.objects.live().filter(locale__language_code="de").first()
    return ["/de/", article.url, "/de/karte/", "/api/locations.geojson", "/de/search/?q=Kurs"]


def assert_public_pages_answer(client):
    for url in public_urls():
        assert client.get(url).status_code == 200, url


def ministry_client():
    client = Client()
    client.force_login(get_user_model().objects.get(username="ministry"))
    return client


def publish_with_new_title(page, title):
    """Publish through the admin's edit view, as an editor does."""
    page = page.specific
    data = {
        "title": title,
        "slug": page.slug,
        "show_in_menus": page.show_in_menus,
        "intro": page.intro,
        "last_reviewed": page.last_reviewed.isoformat(),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    if isinstance(page, SectionPage):
        data["icon"] = page.icon
        data["review_interval"] = page.review_interval
    else:
        data["body"] = streamfield([])
    return ministry_client().post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), nested_form_data(data)
    )


def menu(html):
    return re.search(r'<nav class="site-nav".*?</nav>', html, re.DOTALL).group()


def site_keys(redis_server, pattern="*"):
    prefix = cache.key_prefix
    return redis_server.client().keys(f"{prefix}:{pattern}")


@pytest.fixture
def redis_cache(settings, redis_server):
    """The default cache on the test's own Redis until the test ends; `settings` puts the
    local-memory cache back and resets Django's cache connections afterwards."""
    settings.CACHES = redis_cache_settings(redis_server.url, retry_after=RETRY_AFTER)
    return redis_server


def test_public_pages_answer_while_redis_is_up_and_after_it_is_killed(client, redis_cache):
    assert_public_pages_answer(client)
    assert site_keys(redis_cache, "*site-chrome:*")
    assert site_keys(redis_cache, "*directory:geojson:*")

    redis_cache.kill()

    assert_public_pages_answer(client)


def test_an_editor_publishes_while_redis_is_down(client, redis_cache):
    article = ArticlePage.objects.live().filter(locale__language_code="de").first()
    published_before = PageLogEntry.objects.filter(page=article, action="wagtail.publish").count()
    client.get(article.url)
    redis_cache.kill()

    response = publish_with_new_title(article, "Neu während des Ausfalls")

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert article.title == "Neu während des Ausfalls"
    assert article.get_latest_revision().pk == article.live_revision_id
    published = PageLogEntry.objects.filter(page=article, action="wagtail.publish").count()
    assert published == published_before + 1
    assert "Neu während des Ausfalls" in client.get(article.url).content.decode()


def test_after_redis_returns_caching_works_and_changes_from_the_outage_show(client, redis_cache):
    section = SectionPage.objects.live().filter(locale__language_code="de", show_in_menus=True)[0]
    old_title = section.title
    assert old_title in menu(client.get("/de/karte/").content.decode())
    # Keep what Redis holds now over the restart, as persistence or a network split would.
    redis_cache.save()
    redis_cache.kill()

    assert publish_with_new_title(section, "Umbenannt während des Ausfalls").status_code == 302
    assert "Umbenannt während des Ausfalls" in menu(client.get("/de/karte/").content.decode())

    redis_cache.start()
    assert site_keys(redis_cache, "*site-chrome:*navigation*"), "the old menu is back in Redis"
    time.sleep(RETRY_AFTER)

    html = client.get("/de/karte/").content.decode()
    assert "Umbenannt während des Ausfalls" in menu(html)
    assert old_title not in menu(html)
    cache.set("probe", "read back")
    assert cache.get("probe") == "read back"
    assert site_keys(redis_cache, "*probe")


def test_a_request_to_a_redis_that_does_not_answer_stays_short(client, settings, redis_server):
    # The production retry interval: a request pays for at most one timeout.
    settings.CACHES = redis_cache_settings(redis_server.url)
    client.get("/de/")
    redis_server.freeze()
    try:
        for url in public_urls():
            started = time.monotonic()
            assert client.get(url).status_code == 200, url
            assert time.monotonic() - started < 2, url
    finally:
        redis_server.thaw()


def test_a_redis_that_never_existed_breaks_nothing(client, settings, caplog):
    settings.CACHES = redis_cache_settings(
        f"redis://127.0.0.1:{free_port()}/0", retry_after=RETRY_AFTER
    )

    assert_public_pages_answer(client)
    section = SectionPage.objects.live().filter(locale__language_code="de").first()
    assert publish_with_new_title(section, "Umbenannt während des Ausfalls").status_code == 302
    assert_public_pages_answer(client)

    warnings = [r for r in caplog.records if r.name == "welcome.foundation.cache"]
    assert len(warnings) == 1, "one warning per outage, not one per call"
