"""A CDN or caching proxy in front (settings.WAGTAILFRONTENDCACHE, README "Scale out"):
Wagtail purges a published or unpublished page at its own address, public pages tell the
CDN how long it may keep them, and nothing private or personal is offered to it."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.apps import apps
from django.test import override_settings
from wagtail.contrib.frontend_cache.signal_handlers import (
    page_published_signal_handler,
    page_unpublished_signal_handler,
    register_signal_handlers,
)
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from home.models import ArticlePage
from tests.welcome.redis_server import free_port
from welcome.foundation import page_cache

pytestmark = pytest.mark.django_db

HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"


@pytest.fixture
def purge_server():
    """A caching proxy's purge endpoint that notes every PURGE: [(Host, path)]."""
    purged = []

    class Purges(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", free_port()), Purges)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.purged = purged
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()


@pytest.fixture
def frontend_cache_app():
    """Wagtail's frontend-cache app as the settings install it when a CDN is configured
    (test_the_cdn_is_configured_from_the_environment): its publish handlers."""
    register_signal_handlers()
    yield
    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(page_published_signal_handler, sender=model)
            page_unpublished.disconnect(page_unpublished_signal_handler, sender=model)


def test_publishing_and_unpublishing_purge_the_page_at_its_own_address(
    purge_server, frontend_cache_app
):
    article = ArticlePage.objects.live().filter(locale__language_code="ar").first()
    backends = {"http": {"BACKEND": HTTP_BACKEND, "LOCATION": purge_server.url}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        article.save_revision().publish()
        path = article.get_url()
        assert [purged_path for _host, purged_path in purge_server.purged] == [path]
        assert path.startswith("/ar/")
        article.unpublish()
    assert [purged_path for _host, purged_path in purge_server.purged] == [path, path]


def test_public_pages_tell_the_cdn_how_long_to_keep_them(client, django_user_model):
    page_cache.invalidate()
    with override_settings(FRONTEND_CACHE_SECONDS=300):
        first = client.get("/de/")
        again = client.get("/de/")
        assert first["Cache-Control"] == "public, max-age=0, s-maxage=300"
        assert again["X-Page-Cache"] == "hit"
        assert again["Cache-Control"] == first["Cache-Control"]
        editor = django_user_model.objects.create_superuser("cdn-editor", "cdn@example.org")
        client.force_login(editor)
        signed_in = client.get("/de/")
        assert "public" not in signed_in.get("Cache-Control", "")


def test_without_a_cdn_pages_say_nothing_to_shared_caches(client):
    page_cache.invalidate()
    assert "s-maxage" not in client.get("/de/").get("Cache-Control", "")


def frontend_cache_settings(**environment):
    """WAGTAILFRONTENDCACHE, FRONTEND_CACHE_SECONDS and whether Wagtail's frontend-cache
    app is installed, as the production settings read them from `environment`."""
    code = (
        "import json; from django.conf import settings as s; print(json.dumps("
        "[s.WAGTAILFRONTENDCACHE, s.FRONTEND_CACHE_SECONDS,"
        " 'wagtail.contrib.frontend_cache' in s.INSTALLED_APPS]))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FRONTEND_CACHE", "CLOUDFLARE", "CLOUDFRONT"))
    }
    env.update(DJANGO_SETTINGS_MODULE="welcome.settings.base", SECRET_KEY="x", **environment)
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)


def test_the_cdn_is_configured_from_the_environment():
    assert frontend_cache_settings() == [{}, 0, False]
    backends, seconds, installed = frontend_cache_settings(
        FRONTEND_CACHE_PURGE_URL="http://varnish.internal:6081",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_API_TOKEN="token",
        CLOUDFRONT_DISTRIBUTION_ID="E123",
    )
    assert backends["http"] == {"BACKEND": HTTP_BACKEND, "LOCATION": "http://varnish.internal:6081"}
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    assert seconds == 300
    assert installed
    assert (
        frontend_cache_settings(CLOUDFRONT_DISTRIBUTION_ID="E1", FRONTEND_CACHE_SECONDS="60")[1]
        == 60
    )
