"""Integration monitoring's models: its records (welcome.monitoring.records) and the public
page that shows them as charts with data tables, for the state and for each district.

The records live in a module of their own because the page's routes are served by
welcome.monitoring.views, which reads the records: the views import the records, the page
imports the views, and nothing imports back."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from welcome.foundation.pages import WelcomePage
from welcome.monitoring import views
from welcome.monitoring.records import Indicator, IndicatorValue

__all__ = ["Indicator", "IndicatorValue", "MonitoringPage"]


class MonitoringPage(RoutablePageMixin, WelcomePage):
    """Integration in figures: the state's page compares the districts, each district
    has a page of its own beneath it, and each offers its figures as CSV."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*WelcomePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "monitoring/monitoring_page.html"

    class Meta:
        verbose_name = _("monitoring page")
        verbose_name_plural = _("monitoring pages")

    def district_url(self, slug):
        return self.url + self.reverse_subpage("district", args=[slug])

    @path("")
    def state(self, request):
        return views.state_figures(request, self)

    @path("csv/")
    def state_csv(self, request):
        return views.figures_csv(request, self, None)

    @path("<slug:district>/")
    def district(self, request, district):
        return views.district_figures(request, self, district)

    @path("<slug:district>/csv/")
    def district_csv(self, request, district):
        return views.figures_csv(request, self, district)
