"""The GeoJSON API that the map (and anyone else) reads."""

import gc
import gzip
import hashlib
import json
from contextlib import contextmanager
from functools import wraps

import orjson
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.db.models import Count, Max, Value
from django.http import HttpResponse, JsonResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_safe

from directory.filters import LocationFilterForm
from directory.models import Category, District, Location, MapPage
from directory.search import DirectorySearch, categories_in, districts_in

# A document is kept long after the directory changes, so that while PostgreSQL is
# unreachable the last document of each query can still be answered.
GEOJSON_CACHE_SECONDS = 2 * 24 * 3600
GEOJSON_MAX_AGE = 300
API_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _latest_key(request):
    query = hashlib.sha256(request.GET.urlencode().encode()).hexdigest()[:32]
    return f"directory:geojson:latest:{query}"


def _directory_version(request):
    """Changes whenever a location, category or district changes: the API's ETag and the
    key of the cached document, worked out once per request. While the database is
    unreachable, the version of the last document made for the same query, if the cache
    still has one."""
    version = getattr(request, "_directory_version", None)
    if version is None:
        try:
            version = _read_directory_version(request)
        except (OperationalError, InterfaceError):
            version = cache.get(_latest_key(request))
            if version is None:
                raise
        request._directory_version = version
    return version


def _read_directory_version(request):
    location, category, district = (
        # Each a single row, even for an empty table: aggregates, no GROUP BY.
        model.objects.order_by()
        .values(model=Value(model._meta.label))
        .annotate(changed=Max("updated_at"), count=Count("id"))
        .values_list("model", "changed", "count")
        for model in (Location, Category, District)
    )
    # One query, not three: this runs before every answer, even a 304.
    stamps = sorted(location.union(category, district, all=True))
    raw = json.dumps([request.GET.urlencode(), stamps], default=str)
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _bad_parameter(parameter, message):
    return JsonResponse({"error": message, "parameter": parameter}, status=400)


def _api_headers(view):
    """Headers that hold for the document whether it is sent (200) or only confirmed
    (304, answered by `condition` before the view runs), and for errors too."""

    @wraps(view)
    def with_headers(request):
        response = view(request)
        language = request.GET.get("lang", settings.LANGUAGE_CODE)
        response["Content-Language"] = language if language in API_LANGUAGES else "en"
        response["Access-Control-Allow-Origin"] = "*"
        if response.status_code in (200, 304):
            response["Cache-Control"] = f"public, max-age={GEOJSON_MAX_AGE}"
            patch_vary_headers(response, ["Accept-Encoding"])
        return response

    return with_headers


@require_safe
@_api_headers
@condition(etag_func=_directory_version)
def locations_geojson(request):
    """The directory as RFC 7946 GeoJSON. See README for the parameters. Messages are in
    the language asked for with `lang`, else in English."""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in API_LANGUAGES:
        with translation.override("en"):
            return _bad_parameter(
                "lang",
                _("Unknown language; use one of %(codes)s.")
                % {"codes": ", ".join(sorted(API_LANGUAGES))},
            )
    with translation.override(language):
        return _locations_geojson(request, language)


def _locations_geojson(request, language):
    form = LocationFilterForm(request.GET, strict_radius=False)
    if not form.is_valid():
        parameter, errors = next(iter(form.errors.items()))
        return _bad_parameter(parameter, " ".join(errors))
    # The body depends only on the parameters and the directory's data, which the ETag
    # already sums up: the same ETag means the same document. It is kept compressed, as
    # almost every client takes it (the site's gzip middleware leaves it as it is).
    cache_key = f"directory:geojson:{_directory_version(request)}"
    compressed = cache.get(cache_key)
    if compressed is None:
        with _cycle_collector_paused():
            body = _document(form.cleaned_data, language)
        compressed = gzip.compress(body, compresslevel=6, mtime=0)
        cache.set(cache_key, compressed, GEOJSON_CACHE_SECONDS)
        cache.set(_latest_key(request), _directory_version(request), GEOJSON_CACHE_SECONDS)
    if not re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")):
        return HttpResponse(gzip.decompress(compressed), content_type="application/geo+json")
    response = HttpResponse(compressed, content_type="application/geo+json")
    response["Content-Encoding"] = "gzip"
    return response


@contextmanager
def _cycle_collector_paused():
    """The document is built from tens of thousands of small lists, dicts and objects,
    none in a reference cycle and all freed by reference counting once it is encoded.
    Allocating them makes the cycle collector run, now and then a full pass over every
    object of the process (150 ms measured with 5,000 places), which finds nothing to
    free. The pause is process-wide but only as long as one document takes to build."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _document(filters, language):
    """The document as UTF-8 JSON, compact. orjson writes the same bytes as
    json.dumps(ensure_ascii=False, separators=(",", ":")) several times faster (a
    third of the time of the request with 5,000 places). Its objects are freed on
    return: see _cycle_collector_paused."""
    return orjson.dumps(_feature_collection(filters, language))


def _feature_collection(filters, language):
    search = DirectorySearch(filters, language)
    hits = search.attach_categories(search.hits(), all_hits=True)
    map_page = MapPage.for_language(language)
    url_prefix = map_page.url if map_page else None
    categories = categories_in(language)
    districts = {german_id: district.slug for german_id, district in districts_in(language).items()}
    features = []
    for hit in hits:
        properties = {
            "name": hit.name,
            "language": hit.text_language,
            "city": hit.city,
            "district": districts.get(hit.district_id),
            "categories": hit.category_slugs,
            "url": f"{url_prefix}{hit.slug}/" if url_prefix else None,
        }
        if hit.distance_km is not None:
            properties["distance_km"] = round(hit.distance_km, 2)
        features.append(
            {
                "type": "Feature",
                "id": hit.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(hit.longitude, 5), round(hit.latitude, 5)],
                },
                "properties": properties,
            }
        )
    collection = {
        "type": "FeatureCollection",
        "language": language,
        "categories": {
            slug: {"name": category.name, "colour": category.colour, "icon": category.icon}
            for slug, category in categories.items()
        },
        "features": features,
    }
    if filters.get("centre") is not None:
        collection["centre"] = {
            "coordinates": [filters["centre"][1], filters["centre"][0]],
            "radius_km": filters["radius"],
            "place": filters.get("place_name"),
        }
    return collection
