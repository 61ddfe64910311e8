"""The view that serves Wagtail's pages to readers: Wagtail's own serve view, handed the
site and the route found as welcome.foundation.routing finds them, through the
attributes Wagtail caches its routing on (`request._wagtail_site`,
`request._wagtail_route_for_request`), so that its hooks, view restrictions and preview
handling stay Wagtail's. The site of each host and the home page of each language are
kept with the site chrome, which any change to a page or a site renews."""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from welcome.foundation import site_chrome
from welcome.foundation.routing import route_from


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route_for_request(request, path)
    return views.serve(request, path)


def _route_for_request(request, path):
    site = request._wagtail_site = _site(request)
    if site is None:
        return None
    home_path, home_url_path = _home(site, translation.get_language())
    try:
        return route_from(request, home_path, home_url_path, path.split("/"))
    except Http404:
        return None


def _site(request):
    """Wagtail's site for the request's host and port (its own matching rules), kept per
    host and port. Only hosts in ALLOWED_HOSTS come here: Django refuses the others
    before any view runs."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def compute():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return site_chrome.cached(f"site:{hostname}:{port}", compute)


def _home(site, language_code):
    """(path, url_path) of the site's home page in a language: its live translation, else
    the site's root page, as Wagtail's `localized` chooses."""
    root = site.root_page
    home = site_chrome.live_translations(root.path).get(language_code)
    return (home["path"], home["url_path"]) if home else (root.path, root.url_path)
