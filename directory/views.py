"""The directory for readers: the map page with its server-rendered list and one page per
location (the GeoJSON API that the map reads is in directory.api)."""

import datetime

import segno
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from directory.filters import RADIUS_CHOICES, LocationFilterForm
from directory.jsonld import location_json_ld
from directory.location_urls import location_language_versions
from directory.records import Holiday, Location, OpeningHours
from directory.search import DirectorySearch, categories_in, districts_in
from welcome.foundation import page_cache
from welcome.foundation.filter_forms import read_filters
from welcome.foundation.languages import locale_id_of

RESULTS_PER_PAGE = 20
# How far ahead a place page tells search engines of special opening hours and holidays.
EXCEPTIONS_AHEAD = 60


def map_settings():
    return {
        "tile_url": settings.MAP_TILE_URL,
        "tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def map_page_directory(request, page):
    language = page.locale.language_code
    form = LocationFilterForm(request.GET or None)
    filters, status = read_filters(form)
    if status == 200:
        search = DirectorySearch(filters, language)
        results = search.page(request.GET.get("page"), RESULTS_PER_PAGE, page)
    else:
        results = Paginator([], RESULTS_PER_PAGE).get_page(1)
    categories = categories_in(language)
    districts = districts_in(language)
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
    versions = location_language_versions(request, location, page)
    shows_source_text = location.locale_id != page.locale_id
    if shows_source_text:
        german = next(version for version in versions if version.code == source_language)
        canonical = request.build_absolute_uri(german.url)
    else:
        canonical = url
    # The times come from the German record whatever the page's language: they are the
    # same in every language, and a translation keeps its copy of them only until it is
    # next synchronised, while an editor's change to the hours is true at once.
    hour_relations = ("opening_hours", "special_opening_hours")
    if location.locale_id == locale_id_of(source_language):
        prefetch_related_objects([location], *hour_relations)
        hours = location
    else:
        hours = (
            Location.objects.filter(
                locale__language_code=source_language, translation_key=location.translation_key
            )
            .prefetch_related(*hour_relations)
            .first()
        ) or location
    now = timezone.now()
    today = timezone.localdate(now)
    weekdays = dict(OpeningHours.WEEKDAYS)
    ahead = today + datetime.timedelta(days=EXCEPTIONS_AHEAD)
    monday = today - datetime.timedelta(days=today.weekday())
    # One read for the week's table, "open now", its expiry and the JSON-LD's weeks ahead.
    holidays = list(Holiday.objects.touching(monday, ahead))
    context = page.get_context(request)
    context.update(
        {
            "location": location,
            "shows_source_text": shows_source_text,
            "language_versions": versions,
            "canonical_url": canonical,
            "location_categories": location_categories,
            "district": district,
            "week": [
                {
                    "date": date,
                    "name": weekdays[date.weekday()],
                    "times": times,
                    "exception": exception,
                }
                for date, times, exception in hours.week(today, holidays)
            ],
            "is_open": hours.is_open_at(now, holidays),
            "spoken_languages": [
                item.get_language_display() for item in location.spoken_languages.all()
            ],
            "location_url": url,
            "qr_code": segno.make(url, error="m").svg_inline(scale=3, border=2, omitsize=True),
            "json_ld": location_json_ld(
                location,
                url,
                location_categories,
                hours,
                hours.exceptions(today, ahead, holidays),
            ),
            "map": map_settings(),
            "today": today,
        }
    )
    response = TemplateResponse(request, "directory/location_page.html", context)
    page_cache.expire_at(response, hours.status_changes_at(now, holidays))
    return response
