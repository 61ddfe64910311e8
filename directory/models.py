"""The directory's models: its records (defined in directory.records) and the map page.

The records live in a module of their own because the map page's routes are served by
directory.views, which reads the records: so the views import the records, the map page
imports the views, and nothing imports back."""

from django.db import models
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from directory import views
from directory.records import (
    Category,
    ContactPerson,
    District,
    Holiday,
    Location,
    LocationCategory,
    OpeningHours,
    SpecialOpeningHours,
    SpokenLanguage,
)
from welcome.foundation.pages import WelcomePage

__all__ = [
    "Category",
    "ContactPerson",
    "District",
    "Holiday",
    "Location",
    "LocationCategory",
    "MapPage",
    "OpeningHours",
    "SpecialOpeningHours",
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

    def directory_url(self, **filters):
        """The list of places with these filters, e.g. directory_url(district="rostock")."""
        url = self.url + self.reverse_subpage("directory")
        return f"{url}?{urlencode(filters, doseq=True)}" if filters else url
