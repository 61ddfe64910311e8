"""The directory's models: its records (defined in directory.records) and the map page.

The records live in a module of their own because the map page's routes are served by
directory.views, which reads the records: so the views import the records, the map page
imports the views, and nothing imports back."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from directory import views
from directory.records import (
    Category,
    ContactPerson,
    District,
    Location,
    LocationCategory,
    OpeningHours,
    SpokenLanguage,
)
from welcome.foundation.pages import WelcomePage

__all__ = [
    "Category",
    "ContactPerson",
    "District",
    "Location",
    "LocationCategory",
    "MapPage",
    "OpeningHours",
    "SpokenLanguage",
]


class MapPage(RoutablePageMixin, WelcomePage):
    """The directory for readers: a filter form and a distance-sorted list rendered on the
    server, enhanced by a map; each location has its own page beneath it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*WelcomePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("map page")
        verbose_name_plural = _("map pages")

    @path("")
    def directory(self, request):
        return views.map_page_directory(request, self)

    @path("<slug:slug>/")
    def location(self, request, slug):
        return views.map_page_location(request, self, slug)

    def location_url(self, slug):
        return self.url + self.reverse_subpage("location", args=[slug])

    @classmethod
    def for_language(cls, language_code):
        """The live map page of a language tree, else the German one."""
        pages = cls.objects.live().filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        )
        by_language = {page.locale.language_code: page for page in pages.select_related("locale")}
        return by_language.get(language_code) or by_language.get(settings.LANGUAGE_CODE)
