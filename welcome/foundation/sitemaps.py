"""The pages of the sitemap, through wagtail.contrib.sitemaps: every live translation in
every language, each with its language versions as hreflang alternates. Aliases and
translations not yet published show the German text, so they are left out: the German
page stands for them."""

from collections import defaultdict

from django.utils.functional import cached_property
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from welcome.foundation.languages import german_text_pages


class LanguageVersionsSitemap(Sitemap):
    """A Wagtail sitemap whose entries name their other language versions. Wagtail's own
    Sitemap lists one entry per URL; this one adds `alternates`, which Django's sitemap
    template writes as xhtml:link elements, where a page exists in more than one language."""

    def urls_of(self, item):
        return item.get_sitemap_urls(self.request)

    def alternates_of(self, item):
        """[{"lang_code": ..., "location": ...}] for every language version of `item`."""
        raise NotImplementedError

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            alternates = self.alternates_of(item)
            for url_info in self.urls_of(item):
                urls.append({**url_info, "alternates": alternates if len(alternates) > 1 else []})
        return urls


class PageSitemap(LanguageVersionsSitemap):
    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .exclude(id__in=german_text_pages().values("id"))
            .select_related("locale")
            .only(
                "id", "path", "depth", "url_path", "translation_key", "last_published_at", "locale"
            )
            .order_by("path")
        )

    def page_location(self, page):
        # The address the reader asked on, as the rest of the site does, rather than the
        # Wagtail site's configured host name, which a local or test server does not use.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def urls_of(self, item):
        return [{"location": self.page_location(item), "lastmod": item.last_published_at}]

    @cached_property
    def _versions(self):
        versions = defaultdict(list)
        for page in self.items():
            versions[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": self.page_location(page)}
            )
        return versions

    def alternates_of(self, item):
        return self._versions[item.translation_key]
