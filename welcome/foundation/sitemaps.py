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
    template writes as xhtml:link elements, where a page exists in more than one language.

    Subclasses give `rows()` and `describe(row)`: the row's translation key, language
    code, absolute address and last change. Rows are read and described once."""

    def rows(self):
        raise NotImplementedError

    def describe(self, row):
        raise NotImplementedError

    @cached_property
    def _entries(self):
        described = [self.describe(row) for row in self.rows()]
        versions = defaultdict(list)
        for key, code, location, _lastmod in described:
            versions[key].append({"lang_code": code, "location": location})
        return [
            {
                "location": location,
                "lastmod": lastmod,
                "alternates": versions[key] if len(versions[key]) > 1 else [],
            }
            for key, _code, location, lastmod in described
        ]

    def items(self):
        return self._entries

    def _urls(self, page, protocol, domain):
        return list(self.paginator.page(page).object_list)


class PageSitemap(LanguageVersionsSitemap):
    def rows(self):
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

    def describe(self, page):
        # The address the reader asked on, as the rest of the site does, rather than the
        # Wagtail site's configured host name, which a local or test server does not use.
        location = self.request.build_absolute_uri(page.get_url(self.request))
        return page.translation_key, page.locale.language_code, location, page.last_published_at
