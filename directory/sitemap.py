"""The location pages in the sitemap: every translated place, with its language versions
as alternates (see directory.location_urls for which pages count)."""

from django.utils.functional import cached_property

from directory.location_urls import map_page_urls
from directory.models import Location, MapPage
from welcome.foundation.sitemaps import LanguageVersionsSitemap


class LocationSitemap(LanguageVersionsSitemap):
    """One entry per record in a language that has a map page."""

    @cached_property
    def _map_urls(self):
        return map_page_urls(self.request, MapPage.objects.all())

    def rows(self):
        return (
            Location.objects.filter(locale__language_code__in=self._map_urls)
            .values_list("translation_key", "locale__language_code", "slug", "updated_at")
            .order_by("translation_key", "locale__language_code")
        )

    def describe(self, row):
        key, code, slug, updated_at = row
        location = self.request.build_absolute_uri(f"{self._map_urls[code]}{slug}/")
        return key, code, location, updated_at
