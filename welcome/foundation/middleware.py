"""Site-wide middleware."""

from django.conf import settings
from django.middleware import locale
from django.middleware.gzip import GZipMiddleware

ADMIN_PREFIX = "/admin/"
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
