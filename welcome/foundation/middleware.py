"""Site-wide middleware."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware import locale
from django.middleware.gzip import GZipMiddleware
from django.template.loader import render_to_string

ADMIN_PREFIX = f"/{settings.ADMIN_PATH}/"
# Addresses outside the language-prefixed public site (welcome/urls.py).
UNPREFIXED = (ADMIN_PREFIX, "/api/", "/documents/", "/sitemap.xml", "/robots.txt", "/sw.js")


class PublicGZipMiddleware(GZipMiddleware):
    """Compresses what readers download (HTML is most of a page's weight on a phone).

    The admin is left out: its pages carry CSRF tokens next to text that others typed,
    the combination that compression side channels (BREACH) need. Public pages carry
    no secret: every public form is a GET form.
    """

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIX):
            return response
        return super().process_response(request, response)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 outside the public site stays a 404.

    Django redirects every 404 to the same path with a language prefix when that path
    resolves, and Wagtail's page tree resolves every path: an unknown admin or API
    address would become a redirect to a page that does not exist either.
    """

    def process_response(self, request, response):
        unprefixed = request.path_info.startswith(
            (*UNPREFIXED, settings.STATIC_URL, settings.MEDIA_URL)
        )
        if response.status_code == 404 and unprefixed:
            return response
        return super().process_response(request, response)


logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30


class DatabaseOutageMiddleware:
    """A request that cannot reach the database gets 503 Service Unavailable with
    Retry-After, and a page that says to try again shortly, instead of a 500 that says
    something broke: the page cache answers the last copy of a page it has
    (welcome.foundation.page_cache), the GeoJSON its last document (directory.api)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("The database is unreachable: %s", exception)
        # Rendered without the request: context processors may read the database.
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
