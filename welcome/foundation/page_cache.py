"""A full-page cache for anonymous readers: a page that was rendered once is answered from
the cache, gzipped, without a database query, until something it may show changes.

What is cached: GET requests for the public, language-prefixed site (/de/..., /ar/...),
from readers without a session or credentials, answered 200 in the language of the URL
prefix. The key is scheme, host, path, query (sorted by parameter name) and that
language; the language at / is negotiated from Accept-Language and answered with a
redirect, which is never cached, so a cached page always has the language of its address.
Nothing else is stored: not the admin or the API, not a response that sets a cookie,
that varies on anything but Accept-Encoding (Django adds `Vary: Cookie` whenever a page
reads the session or holds a CSRF token, `Vary: Accept-Language` when the language was
negotiated), that says private, no-cache or no-store (Wagtail's previews and restricted
pages do), nor anything else than 200.

Where entries live: with REDIS_URL in the `default` cache, Redis, shared by every server,
where a hit reads its entry and the generation in one round trip; without, in the cache
alias `pages`, each worker's own memory (bounded by its MAX_ENTRIES), the cheapest place
when no other server needs them. Bodies are stored gzipped, so a hit costs no
compression; a client that does not accept gzip gets the body decompressed.

When entries stop counting: every entry carries the generation of the site under which it
was rendered, and only an entry of the current generation is served. The generation is
a random value kept in the `default` cache, the one every worker of a site shares (Redis,
or the files of one machine), and any publish, unpublish, move or delete of a page, and
any change to a location, category, district or contact person, replaces it (receivers
in welcome.foundation.receivers and directory.receivers). One generation for all pages,
because nearly every change shows on many of them: a page is in the menu, the breadcrumbs, the
language switcher and the lists of its section; a place is on the map page, its own page,
its district's page and in every "places nearby" block. Edits are rare next to reads.
Like the site chrome's version, the generation is renewed again when the change is
committed, and a request stores its page under the generation it read before it read
the database: a page rendered from rows older than the change never counts as current.
Entries count as fresh for ENTRY_SECONDS, the bound for changes that send no signal
(an image replaced), or shorter when the view says so (`expire_at`).

When rendering fails (PostgreSQL unreachable: a 503 from
welcome.foundation.middleware.DatabaseOutageMiddleware, or any other 5xx), the last
entry stored for the address is answered instead, of whatever generation and however
old, marked `X-Page-Cache: stale` (stale-if-error): a reader gets the page as it last
was rather than an error. Entries are kept STALE_SECONDS for that.

A worker's own copy: a worker trusts the generation it last read for
SHARED_VERSION_SECONDS (one second by default, welcome.foundation.versions) and keeps
the last WORKER_ENTRIES entries it answered from Redis, so that most hits cost no round
trip to Redis at all. A change made through this worker is seen by it at once
(`invalidate` gives it the new generation); a change made on another worker or server
reaches this one's readers within that second. Editors are never answered from the cache, so they always see their
change at once.

While Redis is unreachable every lookup is a miss and nothing is stored
(welcome.foundation.cache.FailSoftRedisCache), so pages are rendered as if there were no
cache; after the outage the backend deletes the site's keys, entries and generation alike.

A CDN in front (settings.WAGTAILFRONTENDCACHE): what is stored here is also what a CDN
may keep, for FRONTEND_CACHE_SECONDS at most (`s-maxage`); Wagtail purges a published
page's addresses there.

With REDIS_URL, give Redis a `maxmemory` and an LRU eviction policy: every distinct query
string is an entry of its own.
"""

import gzip
import hashlib
import threading
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.text import compress_string

from welcome.foundation.versions import SharedVersion

ENTRY_ALIAS = "pages"
# Kept in the cache every worker shares (see the module docstring).
GENERATION = SharedVersion("page-cache:generation")
ENTRY_FORMAT = 2
ENTRY_SECONDS = 600
# How long an entry is kept to be answered while pages cannot be rendered.
STALE_SECONDS = 2 * 24 * 3600
# Longer query strings are answered but not stored: no reader types them, and each one
# would be an entry of its own.
MAX_QUERY_LENGTH = 300
LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)
UNCACHEABLE_DIRECTIVES = frozenset({"private", "no-cache", "no-store"})
# Recomputed for each answer: length and encoding depend on whether the client takes gzip.
RECOMPUTED_HEADERS = frozenset({"content-length", "content-encoding", "vary"})


# Entries a worker keeps of its own when they live in the shared cache (Redis).
WORKER_ENTRIES = 500


class _WorkerCopy:
    """What one worker keeps of the shared page cache (see "A worker's own copy" in the
    module docstring): the entries it last answered, of one generation."""

    def __init__(self):
        self.lock = threading.Lock()
        self.forget()

    def forget(self, **kwargs):
        with self.lock:
            self.generation, self.entries = None, {}

    def remember(self, generation, key, entry):
        with self.lock:
            if generation != self.generation:
                self.generation, self.entries = generation, {}
            if entry is not None:
                if len(self.entries) >= WORKER_ENTRIES:
                    del self.entries[next(iter(self.entries))]
                self.entries[key] = entry


_worker = _WorkerCopy()


# A renewal through this worker, now and at commit, drops the entries it kept.
GENERATION.listeners.append(_worker.forget)
invalidate = GENERATION.invalidate


def expire_at(response, moment):
    """Keep `response` no longer than until `moment`: for a page that shows the time of
    day (whether a place is open now) or changes on a date. Of several moments, the
    earliest counts."""
    earlier = getattr(response, "page_cache_expires", None)
    response.page_cache_expires = moment if earlier is None else min(earlier, moment)


def _lookup(key):
    """The current generation and the entry under `key`: from this worker's copy while
    the generation it read is recent, else from one cache in one round trip (MGET in
    Redis) where there is no `pages` alias, or one read from each."""
    if ENTRY_ALIAS in settings.CACHES:
        return GENERATION.current(), caches[ENTRY_ALIAS].get(key)
    recent = GENERATION.recent()
    if recent is not None:
        entry = _worker.entries.get(key)
        if entry is not None and _fresh(entry, recent):
            return recent, entry
    found = caches[GENERATION.alias].get_many([GENERATION.key, key])
    generation = found.get(GENERATION.key)
    if generation is None:
        generation = GENERATION.current()
    GENERATION.remember(generation)
    entry = found.get(key)
    _worker.remember(
        generation, key, entry if entry is not None and entry[0] == generation else None
    )
    return generation, entry


def _entries():
    return caches[ENTRY_ALIAS if ENTRY_ALIAS in settings.CACHES else GENERATION.alias]


def _reader_language(request):
    """The language of the URL prefix when the request may be answered from the cache."""
    if request.method != "GET" or getattr(request, "is_dummy", False):
        # Wagtail renders previews through a made-up request for the page's address.
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return None
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return None
    parts = request.path_info.split("/", 2)
    if len(parts) < 3 or parts[1] not in LANGUAGE_CODES:
        return None
    return parts[1]


def _key(request, language):
    query = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    # Sorted by name only: the order of one parameter's values is kept.
    query = urlencode(sorted(query, key=lambda pair: pair[0]))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(f"{language}|{address}".encode()).hexdigest()
    # The entry's format is part of the key: a release never reads another's entries.
    return f"page-cache:{ENTRY_FORMAT}:{digest}"


def _storable(request, response, language):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if response.get("Content-Language") != language or response.has_header("Content-Encoding"):
        return False
    vary = {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", ""))}
    if vary - {"", "accept-encoding"}:
        return False
    directives = {
        directive.split("=", 1)[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return not directives & UNCACHEABLE_DIRECTIVES


def _timeout(response):
    expires = getattr(response, "page_cache_expires", None)
    if expires is None:
        return ENTRY_SECONDS
    return min(ENTRY_SECONDS, int((expires - timezone.now()).total_seconds()))


def _entry(generation, response, timeout):
    headers = tuple(
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in RECOMPUTED_HEADERS
    )
    fresh_until = timezone.now().timestamp() + timeout
    return (generation, fresh_until, headers, compress_string(response.content))


def _fresh(entry, generation):
    return entry[0] == generation and entry[1] > timezone.now().timestamp()


def _answer(request, entry):
    _generation, _fresh_until, headers, gzipped = entry
    takes_gzip = re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    body = gzipped if takes_gzip else gzip.decompress(gzipped)
    response = HttpResponse(body)
    for name, value in headers:
        response.headers[name] = value
    patch_vary_headers(response, ("Accept-Encoding",))
    if takes_gzip:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Content-Length"] = str(len(body))
    return response


class PageCacheMiddleware:
    """Answers anonymous readers from the page cache, and stores what may be cached.

    It stands after WhiteNoise and before the session, so that a hit costs neither a
    session nor a database query, and inside the gzip middleware, which leaves its
    already compressed answers alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = _reader_language(request)
        if language is None:
            return self.get_response(request)
        # Read before the page's rows: see the module docstring.
        key = _key(request, language)
        generation, entry = _lookup(key)
        if entry is not None and _fresh(entry, generation):
            response = _answer(request, entry)
            response.headers["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if response.status_code >= 500 and entry is not None:
            stale = _answer(request, entry)
            stale.headers["X-Page-Cache"] = "stale"
            return stale
        if not _storable(request, response, language):
            return response
        timeout = _timeout(response)
        if timeout <= 0:
            return response
        if settings.FRONTEND_CACHE_SECONDS and not response.has_header("Cache-Control"):
            shared_seconds = min(timeout, settings.FRONTEND_CACHE_SECONDS)
            response["Cache-Control"] = f"public, max-age=0, s-maxage={shared_seconds}"
        entry = _entry(generation, response, timeout)
        _entries().set(key, entry, STALE_SECONDS)
        if ENTRY_ALIAS not in settings.CACHES:
            _worker.remember(generation, key, entry)
        return _answer(request, entry)
