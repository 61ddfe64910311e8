"""The location pages in the sitemap: every translated place, with its language versions
as alternates (see directory.location_urls for which pages count)."""

from collections import defaultdict

from django.utils.functional import cached_property

from directory.location_urls import map_page_urls
from directory.models import Location, MapPage
from welcome.foundation.sitemaps import LanguageVersionsSitemap


class LocationSitemap(LanguageVersionsSitemap):
    """One entry per record in a language that has a map page: (translation key,
    language, slug, last change)."""

    @cached_property
    def _map_urls(self):
        return map_page_urls(self.request, MapPage.objects.all())

    def items(self):
        return list(
            Location.objects.filter(locale__language_code__in=self._map_urls)
            .values_list("translation_key", "locale__language_code", "slug", "updated_at")
            .order_by("translation_key", "locale__language_code")
        )

    def place_location(self, code, slug):
        return self.request.build_absolute_uri(f"{self._map_urls[code]}{slug}/")

    def urls_of(self, item):
        _key, code, slug, updated_at = item
        return [{"location": self.place_location(code, slug), "lastmod": updated_at}]

    @cached_property
    def _versions(self):
        versions = defaultdict(list)
        for key, code, slug, _updated_at in self.items():
            versions[key].append({"lang_code": code, "location": self.place_location(code, slug)})
        return versions

    def alternates_of(self, item):
        return self._versions[item[0]]
