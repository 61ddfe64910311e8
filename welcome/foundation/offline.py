"""What makes the portal installable and readable offline: the web app manifest of each
language, the service worker (served from the site's root, so that it may answer for
every page of the site) and the offline page it shows where it has nothing kept.

The service worker itself is plain JavaScript in templates/welcome/service_worker.js;
this module gives it what it must know of the site (the languages, the offline page of
each, the static files it keeps from the start) and a version that changes whenever any
of that changes, so that browsers install the new worker and drop the old caches.
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from welcome.foundation.languages import text_direction

THEME_COLOUR = "#0b4f8a"
BACKGROUND_COLOUR = "#ffffff"
ICONS = [
    ("welcome/img/icon-192.png", "192x192", "any"),
    ("welcome/img/icon-512.png", "512x512", "any"),
    ("welcome/img/icon-maskable-512.png", "512x512", "maskable"),
]
# What the offline page needs besides its HTML, kept when the worker is installed.
OFFLINE_STATIC = [
    "welcome/css/site.css",
    "welcome/js/reader.js",
    "welcome/img/favicon.svg",
]
SERVICE_WORKER_TEMPLATE = "welcome/service_worker.js"


@require_safe
def manifest(request):
    """The web app manifest in the reader's language: opening the installed portal
    starts at that language's home page, and the whole site is its scope."""
    language = translation.get_language()
    document = {
        "id": "/",
        "name": _("Welcome to Mecklenburg-Vorpommern"),
        "short_name": _("Welcome MV"),
        "description": _(
            "First steps in Germany and the offices and services that help, in your language."
        ),
        "lang": language,
        "dir": text_direction(language),
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in ICONS
        ],
    }
    return JsonResponse(
        document,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


def offline_urls():
    """The offline page of every language: {language code: address}."""
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("offline")
    return urls


def service_worker_source():
    """The worker's script with its settings, and the version that names its caches."""
    config = {
        "languages": [code for code, _name in settings.LANGUAGES],
        "defaultLanguage": settings.LANGUAGE_CODE,
        "offlinePages": offline_urls(),
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "adminPrefix": f"/{settings.ADMIN_PATH}/",
        "geojson": reverse("locations_geojson"),
        "precache": [static(path) for path in OFFLINE_STATIC],
    }
    source = render_to_string(SERVICE_WORKER_TEMPLATE)
    config["version"] = hashlib.sha256(
        (source + json.dumps(config, sort_keys=True)).encode()
    ).hexdigest()[:12]
    return source.replace("/* CONFIG */ {}", json.dumps(config, sort_keys=True), 1)


@require_safe
def service_worker(request):
    """The service worker at /sw.js: a worker's scope can be no wider than the folder of
    its script, and it must answer for every language's pages. Browsers ask for it again
    on their own schedule; `no-cache` makes each of those a fresh look."""
    response = HttpResponse(service_worker_source(), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def offline_page(request):
    """What the service worker shows, without a connection, for a page it has not kept:
    the places the reader saved are listed here by the page's script."""
    return TemplateResponse(request, "welcome/offline.html")
