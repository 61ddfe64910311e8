"""Finding locations for the map page and the GeoJSON API.

Locations are stored once per language (wagtail-localize); the German rows are the full
set. Filters, distances and order are computed on the German rows, then names, slugs and
category names are taken from the reader's language where a translation exists. Every
step is one query whatever the number of locations, and distances are exact great-circle
distances computed after a bounding-box pre-selection in SQL.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q

from directory import geo
from directory.models import Category, District, Location, LocationCategory


@dataclass
class Hit:
    """One location found: German row id, the reader-language name and slug, distance."""

    id: int
    translation_key: object
    name: str
    slug: str
    latitude: float
    longitude: float
    city: str
    district_id: int
    distance_km: float | None = None
    category_slugs: tuple = ()


class DirectorySearch:
    def __init__(self, filters, language_code):
        self.filters = filters
        self.language_code = language_code
        self.centre = filters.get("centre")
        self.radius = filters.get("radius")

    def source_rows(self):
        rows = Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        filters = self.filters
        if filters.get("category"):
            rows = rows.filter(
                id__in=LocationCategory.objects.filter(
                    category__slug__in=filters["category"]
                ).values("location_id")
            )
        if filters.get("district"):
            rows = rows.filter(district__slug=filters["district"])
        if filters.get("language"):
            rows = rows.filter(spoken_languages__language=filters["language"])
        if self.centre is not None:
            min_lat, max_lat, min_lng, max_lng = geo.bounding_box(*self.centre, self.radius)
            rows = rows.filter(
                latitude__range=(min_lat, max_lat), longitude__range=(min_lng, max_lng)
            )
        for word in (filters.get("q") or "").split():
            rows = rows.filter(self._text_match(word))
        return rows

    def _text_match(self, word):
        """A word matches name, organisation, town or description, in German or in the
        reader's language."""
        match = (
            Q(name__icontains=word)
            | Q(organisation__icontains=word)
            | Q(city__icontains=word)
            | Q(description__icontains=word)
        )
        if self.language_code == settings.LANGUAGE_CODE:
            return match
        translated = Location.objects.filter(
            match, locale__language_code=self.language_code
        ).values("translation_key")
        return match | Q(translation_key__in=translated)

    def hits(self, limit=None):
        """Every matching location (or the first `limit`), nearest first with a centre,
        else alphabetical."""
        rows = self.source_rows().values_list(
            "id", "translation_key", "name", "slug", "latitude", "longitude", "city", "district_id"
        )
        hits = [Hit(*row) for row in rows.distinct()]
        if self.centre is not None:
            lat, lng = self.centre
            for hit in hits:
                hit.distance_km = geo.distance_km(lat, lng, hit.latitude, hit.longitude)
            hits = [hit for hit in hits if hit.distance_km <= self.radius]
        self._translate(hits)
        if self.centre is not None:
            hits.sort(key=lambda hit: (hit.distance_km, hit.name.casefold()))
        else:
            hits.sort(key=lambda hit: hit.name.casefold())
        hits = hits[:limit] if limit else hits
        self._attach_categories(hits)
        return hits

    def _translate(self, hits):
        if self.language_code == settings.LANGUAGE_CODE or not hits:
            return
        translations = {
            key: (name, slug)
            for key, name, slug in Location.objects.filter(
                locale__language_code=self.language_code,
                translation_key__in=self.source_rows().values("translation_key"),
            ).values_list("translation_key", "name", "slug")
        }
        for hit in hits:
            if hit.translation_key in translations:
                hit.name, hit.slug = translations[hit.translation_key]

    def _attach_categories(self, hits):
        if not hits:
            return
        by_location = {}
        links = (
            LocationCategory.objects.filter(location_id__in=[hit.id for hit in hits])
            .order_by("sort_order")
            .values_list("location_id", "category__slug")
        )
        for location_id, slug in links:
            by_location.setdefault(location_id, []).append(slug)
        for hit in hits:
            hit.category_slugs = tuple(by_location.get(hit.id, ()))


def categories_in(language_code):
    """slug -> Category in the reader's language (German where not translated)."""
    categories = {}
    for category in Category.objects.filter(
        locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale"):
        if category.slug not in categories or category.locale.language_code == language_code:
            categories[category.slug] = category
    return dict(sorted(categories.items(), key=lambda item: (item[1].sort_order, item[1].name)))


def districts_in(language_code):
    """id of the German district -> District in the reader's language."""
    rows = list(
        District.objects.filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        ).select_related("locale")
    )
    german = {
        d.translation_key: d for d in rows if d.locale.language_code == settings.LANGUAGE_CODE
    }
    chosen = {d.translation_key: d for d in rows if d.locale.language_code == language_code}
    return {source.id: chosen.get(key, source) for key, source in german.items()}
