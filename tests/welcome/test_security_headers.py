"""Content-Security-Policy and Permissions-Policy: public pages allow nothing inline and
carry no inline script or style; the admin keeps working under its own policy; the
headers survive the full-page cache."""

import re

import pytest
from django.test import override_settings

from directory.models import Location, MapPage
from home.models import ArticlePage, DownloadsPage, EventPage
from welcome.foundation.security_headers import SecurityHeadersMiddleware, tile_source

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle=", re.I)
HANDLER_ATTRIBUTE = re.compile(r"\son[a-z]+=", re.I)


def directives(header):
    return {
        name: sources
        for name, *sources in (part.split() for part in header.split(";") if part.strip())
    }


def public_addresses():
    map_page = MapPage.objects.get(locale__language_code="ar")
    location = Location.objects.filter(locale__language_code="ar").first()
    return [
        "/de/",
        "/ar/",
        ArticlePage.objects.filter(locale__language_code="ar", live=True).first().url,
        DownloadsPage.objects.get(locale__language_code="ar").url,
        EventPage.objects.filter(locale__language_code="de", live=True).first().url,
        map_page.directory_url(place="Parchim"),
        map_page.location_url(location.slug),
        "/de/suche/?q=Kurs",
        "/de/no-such-page/",
    ]


def test_public_pages_allow_nothing_inline_and_hold_nothing_inline(client):
    for address in public_addresses():
        response = client.get(address, follow=True)
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], address
        assert policy["style-src"] == ["'self'"], address
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), address
        assert not INLINE_STYLE.search(html), address
        assert not HANDLER_ATTRIBUTE.search(html), address
        assert "geolocation=(self)" in response["Permissions-Policy"]
        assert "camera=()" in response["Permissions-Policy"]


def test_a_page_from_the_page_cache_keeps_its_headers(client):
    first = client.get("/de/")
    second = client.get("/de/")
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["Permissions-Policy"] == first["Permissions-Policy"]


def test_the_admin_has_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:8081"),
        ("", ""),
    ],
)
def test_the_tile_server_is_the_only_other_picture_source(url, source):
    assert tile_source(url) == source
    with override_settings(MAP_TILE_URL=url):
        public_policy = SecurityHeadersMiddleware(lambda request: None).public_policy
    images = directives(public_policy)["img-src"]
    assert images == ["'self'", "data:", *([source] if source else [])]
