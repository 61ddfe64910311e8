"""Sharing and offline use: share preview tags on every page type, the web app manifest
of each language, the service worker served from the root and the offline page."""

import io
import json
import re
from html import unescape

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from directory.models import MapPage
from home.models import ArticlePage, DistrictPage, SectionPage
from welcome.foundation import page_cache
from welcome.foundation.languages import OPEN_GRAPH_LOCALES

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
ENGLISH_OFFLINE_TITLE = "No internet connection"


def meta(html, name):
    """The content of every <meta property|name=`name`> in the page, in order."""
    return [
        unescape(content)
        for content in re.findall(
            rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', html
        )
    ]


def canonical(html):
    return unescape(re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1))


def integration_course(language="de"):
    article = ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")
    if language == "de":
        return article
    return article.get_translation(Locale.objects.get(language_code=language))


def a_place_url(client):
    html = client.get(MapPage.for_language("de").url, {"place": "Parchim"}).content.decode()
    return re.search(r'class="location-item__name"><a href="([^"]+)"', html).group(1)


def page_types(client):
    return {
        "home": "/de/",
        "section": SectionPage.objects.filter(locale__language_code="de").first().url,
        "article": integration_course().url,
        "district": DistrictPage.objects.filter(locale__language_code="de").first().url,
        "map": MapPage.for_language("de").url,
        "location": a_place_url(client),
        "search": "/de/search/?q=Kurs",
        "offline": "/de/offline/",
    }


@pytest.mark.parametrize(
    "page_type",
    ["home", "section", "article", "district", "map", "location", "search", "offline"],
)
def test_every_page_type_has_share_tags(client, page_type):
    url = page_types(client)[page_type]
    html = client.get(url).content.decode()

    assert meta(html, "og:title")[0].strip()
    assert meta(html, "og:site_name") == ["Willkommen in Mecklenburg-Vorpommern"]
    assert meta(html, "og:url") == [canonical(html)]
    assert meta(html, "og:locale") == ["de_DE"]
    assert meta(html, "og:type") == ["article" if page_type == "article" else "website"]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    image = meta(html, "og:image")[0]
    assert image.startswith("http://testserver/static/welcome/img/share.")
    assert meta(html, "og:image:width") == ["1200"]
    assert meta(html, "og:image:height") == ["630"]
    assert meta(html, "og:image:alt")[0]
    # Nothing from another host: no tracking, no third-party script.
    assert not re.search(r'<script[^>]+src="(https?:)?//', html)


def test_the_not_found_page_has_share_tags_too(client):
    html = client.get("/ar/no-such-page/").content.decode()
    assert meta(html, "og:title") == [meta(html, "og:title")[0]]
    assert meta(html, "og:title")[0].strip()
    assert meta(html, "og:locale") == ["ar_AR"]


def test_share_tags_speak_the_pages_language_and_name_its_translations(client):
    arabic = integration_course("ar")
    html = client.get(arabic.url).content.decode()
    assert meta(html, "og:locale") == ["ar_AR"]
    assert meta(html, "og:title") == [arabic.title]
    assert meta(html, "og:description") == [arabic.intro]
    alternates = meta(html, "og:locale:alternate")
    assert "de_DE" in alternates and "ar_AR" not in alternates
    # Only languages the page is really translated into, no alias.
    live = {
        version.locale.language_code
        for version in arabic.get_translations(inclusive=True).live().select_related("locale")
        if not version.alias_of_id
    }
    assert set(alternates) <= {OPEN_GRAPH_LOCALES[code] for code in live}


def test_a_page_with_a_picture_shares_its_picture(client):
    image = Image.objects.create(title="Kurs", file=get_test_image_file(size=(1600, 900)))
    article = integration_course()
    article.body.append(("image", {"image": image, "caption": "", "credit": ""}))
    article.save_revision().publish()
    page_cache.invalidate()

    html = client.get(article.url).content.decode()
    picture = meta(html, "og:image")[0]
    assert picture.startswith("http://testserver/media/images/")
    assert ".fill-800x450-c100.format-webp" in picture
    assert meta(html, "og:image:width") == ["800"]
    assert meta(html, "og:image:height") == ["450"]
    # The page shows the very same file: the share preview costs no second rendition.
    assert picture.removeprefix("http://testserver") in html.split("</head>")[1]

    client.get(article.url, {"warm": "1"})
    page_cache.invalidate()
    with CaptureQueriesContext(connection) as queries:
        client.get(article.url)
    assert len(queries) <= 10, "an article with a picture stays within its query budget"


def test_articles_have_share_copy_and_print_buttons(client):
    html = client.get(integration_course("ar").url).content.decode()
    tools = html.split("data-share-tools")[1].split("</div>")[0]
    assert "data-share " in tools and "data-copy-link " in tools and "data-print " in tools
    assert 'role="status"' in tools
    url = re.search(r'data-url="([^"]+)"', tools).group(1)
    assert unescape(url) == "http://testserver" + integration_course("ar").url


def test_a_place_can_be_saved_for_offline(client):
    url = a_place_url(client)
    html = client.get(url).content.decode()
    button = re.search(r"<button[^>]+data-save-place[^>]*>", html).group(0)
    assert f'data-url="{url}"' in button
    assert 'aria-pressed="false"' in button
    assert 'data-town-language="de"' in button


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_the_manifest_of_its_language_and_the_touch_icon(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'<link rel="manifest" href="/{language}/manifest.webmanifest">' in html
    assert '<link rel="apple-touch-icon" href="/static/welcome/img/apple-touch-icon.' in html
    assert re.search(r'<script src="/static/welcome/js/reader\.[^"]*" data-service-worker', html)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_manifest_of_each_language(client, language):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["lang"] == language
    assert manifest["dir"] == ("rtl" if language in {"ar", "fa"} else "ltr")
    assert manifest["start_url"] == f"/{language}/"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] and manifest["background_color"]
    assert manifest["name"] and 0 < len(manifest["short_name"]) <= 12
    if language not in {"de", "en"}:
        english = json.loads(client.get("/en/manifest.webmanifest").content)
        assert manifest["name"] != english["name"], "the name is translated"


def test_the_manifests_icons_are_our_own_pngs_of_the_sizes_they_claim(client):
    manifest = json.loads(client.get("/de/manifest.webmanifest").content)
    purposes = set()
    for icon in manifest["icons"]:
        assert icon["src"].startswith("/static/")
        response = client.get(icon["src"])
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        picture = PillowImage.open(io.BytesIO(body))
        assert picture.format == "PNG"
        assert f"{picture.width}x{picture.height}" == icon["sizes"]
        purposes.add((icon["sizes"], icon["purpose"]))
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= purposes


def test_the_service_worker_is_served_from_the_root(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == "no-cache"
    assert "X-Page-Cache" not in response
    source = response.content.decode()
    config = json.loads(re.search(r"var CONFIG = (\{.*?\});\n", source).group(1))
    assert config["offlinePages"] == {code: f"/{code}/offline/" for code in LANGUAGES}
    assert re.fullmatch(r"[0-9a-f]{12}", config["version"])
    assert config["geojson"] == "/api/locations.geojson"
    assert all(url.startswith("/static/") for url in config["precache"])
    # Plain script of our own: nothing imported from anywhere.
    assert "importScripts" not in source and not re.search(r"https?://", source)
    assert client.post("/sw.js").status_code == 405


def test_the_service_worker_never_keeps_the_admin_or_other_methods(client):
    source = client.get("/sw.js").content.decode()
    assert 'request.method !== "GET"' in source
    assert '"/admin/"' in source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_offline_page_in_every_language(client, language):
    response = client.get(f"/{language}/offline/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language in {"ar", "fa"} else "ltr"}">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "data-saved-places" in html and "data-saved-template" in html
    heading = re.search(r"<h1>([^<]+)</h1>", html).group(1)
    assert (heading == ENGLISH_OFFLINE_TITLE) == (language == "en"), "translated"
