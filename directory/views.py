"""The directory for readers: the map page with its server-rendered list, one page per
location, and the GeoJSON API that the map (and anyone else) reads."""

import hashlib
import json
from functools import wraps

import segno
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Max
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import condition, require_safe

from directory.filters import RADIUS_CHOICES, LocationFilterForm
from directory.jsonld import location_json_ld
from directory.location_urls import location_language_versions
from directory.models import Category, District, Location, MapPage, OpeningHours
from directory.search import DirectorySearch, Hit, categories_in, describe, districts_in
from welcome import page_cache

RESULTS_PER_PAGE = 20
GEOJSON_CACHE_SECONDS = 600
GEOJSON_MAX_AGE = 300
API_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def map_settings():
    return {
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def map_page_directory(request, page):
    language = page.locale.language_code
    form = LocationFilterForm(request.GET or None)
    status = 200
    filters = {}
    if form.is_bound:
        if form.is_valid():
            filters = form.cleaned_data
        else:
            status = 400
    search = DirectorySearch(filters, language)
    if status != 200:
        hits = []
    elif search.centre is None:
        hits = search.alphabetical_rows()
    else:
        hits = search.hits()
    paginator = Paginator(hits, RESULTS_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    if search.centre is None:
        results.object_list = [Hit.from_row(row) for row in results.object_list]
    search.attach_categories(results.object_list)
    categories = categories_in(language)
    districts = districts_in(language)
    describe(results.object_list, page, categories, districts)
    api_query = request.GET.copy()
    api_query.pop("page", None)
    api_query["lang"] = language
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "chosen_categories": [slug for slug in form["category"].value() or [] if slug],
            "results": results,
            "filters": filters,
            "categories": categories.values(),
            "districts": sorted(districts.values(), key=lambda d: d.short_name),
            "radius_choices": RADIUS_CHOICES,
            "api_url": f"/api/locations.geojson?{api_query.urlencode()}",
            "map": map_settings(),
        }
    )
    return TemplateResponse(request, "directory/map_page.html", context, status=status)


def map_page_location(request, page, slug):
    source_language = settings.LANGUAGE_CODE
    location = Location.objects.filter(locale=page.locale, slug=slug).first()
    if location is None:
        location = Location.objects.filter(locale__language_code=source_language, slug=slug).first()
        if location is None:
            raise Http404(_("There is no such place in the directory."))
        translated = Location.objects.filter(
            locale=page.locale, translation_key=location.translation_key
        ).first()
        if translated is not None:
            return redirect(page.location_url(translated.slug), permanent=True)

    language = page.locale.language_code
    categories = categories_in(language)
    location_categories = [
        categories.get(link.category.slug, link.category)
        for link in location.category_links.select_related("category")
    ]
    district = districts_in(language).get(location.district_id)
    url = request.build_absolute_uri(page.location_url(location.slug))
    versions = location_language_versions(request, location)
    shows_source_text = location.locale_id != page.locale_id
    if shows_source_text:
        german = next(version for version in versions if version.code == source_language)
        canonical = request.build_absolute_uri(german.url)
    else:
        canonical = url
    now = timezone.now()
    context = page.get_context(request)
    context.update(
        {
            "location": location,
            "shows_source_text": shows_source_text,
            "language_versions": versions,
            "canonical_url": canonical,
            "location_categories": location_categories,
            "district": district,
            "weekly_hours": location.weekly_hours(),
            "is_open": location.is_open_at(now),
            "spoken_languages": [
                item.get_language_display() for item in location.spoken_languages.all()
            ],
            "location_url": url,
            "qr_code": segno.make(url, error="m").svg_inline(scale=3, border=2, omitsize=True),
            "json_ld": location_json_ld(location, url, location_categories),
            "map": map_settings(),
            "day_names": OpeningHours.WEEKDAYS,
            "today_weekday": timezone.localtime(now).weekday(),
        }
    )
    response = TemplateResponse(request, "directory/location_page.html", context)
    page_cache.expire_at(response, location.status_changes_at(now))
    return response


def _directory_version(request):
    """Changes whenever a location, category or district changes: the API's ETag."""
    stamps = [
        model.objects.aggregate(changed=Max("updated_at"), count=Count("id"))
        for model in (Location, Category, District)
    ]
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
@condition(etag_func=lambda request: _directory_version(request))
@gzip_page
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
    # already sums up: the same ETag means the same document.
    cache_key = f"directory:geojson:{_directory_version(request)}"
    body = cache.get(cache_key)
    if body is None:
        body = json.dumps(
            _feature_collection(form.cleaned_data, language),
            ensure_ascii=False,
            separators=(",", ":"),
        )
        cache.set(cache_key, body, GEOJSON_CACHE_SECONDS)
    return HttpResponse(body, content_type="application/geo+json")


def _feature_collection(filters, language):
    search = DirectorySearch(filters, language)
    hits = search.attach_categories(search.hits(), all_hits=True)
    map_page = MapPage.for_language(language)
    url_prefix = map_page.url if map_page else None
    categories = categories_in(language)
    districts = {
        d.id: d.slug for d in District.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    features = []
    for hit in hits:
        properties = {
            "name": hit.name,
            "language": hit.text_language,
            "city": hit.city,
            "district": districts.get(hit.district_id),
            "categories": list(hit.category_slugs),
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
