"""Content-Security-Policy and Permissions-Policy on every response.

Public pages allow nothing inline: every script and stylesheet is a file of our own
origin (the JSON-LD data block of a place is data, not script, and CSP leaves it alone),
pictures come from our origin, `data:` URLs (Leaflet's) and the map's tile server, and
no other site may frame a page. A nonce would not do: the full-page cache hands one
rendered page to many readers, so it could not be fresh per response.

The admin is Wagtail's and its widgets' (the map widget among them), which still write
some inline script and style, so its policy allows those, and nothing else beyond our
origin and the tile server. Both policies are sent as enforcing headers; the browser
tests fail on any console error, and a blocked resource is one, on every page type and
every admin journey."""

from urllib.parse import urlsplit

from django.conf import settings

from welcome.foundation.middleware import ADMIN_PREFIX

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def tile_source(tile_url):
    """The CSP source of the map's tile server: its origin, with a `{s}` subdomain
    placeholder as a wildcard; nothing when there is no tile server."""
    if not tile_url:
        return ""
    parts = urlsplit(tile_url)
    host = parts.netloc
    if "{s}" in host:
        host = "*" + host[host.index("{s}") + 3 :]
    return f"{parts.scheme}://{host}"


def policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def policies():
    """(public policy, admin policy) for the configured tile server."""
    tiles = [source for source in [tile_source(settings.MAP_TILE_URL)] if source]
    common = {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", *tiles],
        "connect-src": ["'self'", *tiles],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    public = {**common, "script-src": ["'self'"], "style-src": ["'self'"], "frame-src": ["'none'"]}
    admin = {
        **common,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*common["img-src"], "blob:"],
        "frame-src": ["'self'"],
    }
    return policy(public), policy(admin)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy, self.admin_policy = policies()

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path.startswith(ADMIN_PREFIX)
        response.headers.setdefault(
            "Content-Security-Policy", self.admin_policy if admin else self.public_policy
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
