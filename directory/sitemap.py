"""The location pages in the sitemap: every translated place, with its language versions
as alternates (see directory.location_urls for which pages count)."""

from collections import defaultdict

from directory.location_urls import map_page_urls
from directory.models import Location, MapPage


def sitemap_entries(request):
    """Every translated location page, each with its language versions as alternates."""
    map_urls = map_page_urls(request, MapPage.objects.all())
    by_key = defaultdict(list)
    rows = Location.objects.filter(locale__language_code__in=map_urls).values_list(
        "translation_key", "locale__language_code", "slug", "updated_at"
    )
    for key, code, slug, updated_at in rows.order_by("translation_key", "locale__language_code"):
        by_key[key].append(
            {
                "lang_code": code,
                "location": request.build_absolute_uri(f"{map_urls[code]}{slug}/"),
                "lastmod": updated_at,
            }
        )
    entries = []
    for versions in by_key.values():
        alternates = versions if len(versions) > 1 else []
        for version in versions:
            entries.append(
                {
                    "location": version["location"],
                    "lastmod": version["lastmod"],
                    "alternates": alternates,
                }
            )
    return entries
