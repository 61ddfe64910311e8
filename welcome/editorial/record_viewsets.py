"""The directory's records in the admin: one menu, each list, form, chooser and history
limited to what the user's role may touch (see welcome.editorial.record_permissions).
Registered in this app's wagtail_hooks, so that the directory itself knows nothing of
roles."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.models import Category, ContactPerson, District, Location
from welcome.editorial.record_forms import DistrictRecordForm
from welcome.editorial.record_permissions import ScopedViewSetMixin
from welcome.monitoring.models import Indicator, IndicatorValue


class LocationViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "city", "district", "last_verified"]
    list_filter = ["district", "wheelchair_access", "appointment_needed"]
    search_fields = ["name", "organisation", "city"]
    ordering = ["name"]
    edit_handler = ObjectList(Location.panels, base_form_class=DistrictRecordForm)


class CategoryViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "slug"]


class DistrictViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = District
    icon = "globe"
    menu_label = _("Districts")
    list_display = ["short_name", "name", "kind"]


class ContactPersonViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "district"]
    list_filter = ["district"]
    edit_handler = ObjectList(ContactPerson.panels, base_form_class=DistrictRecordForm)


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_order = 200
    items = (LocationViewSet, CategoryViewSet, DistrictViewSet, ContactPersonViewSet)


class IndicatorViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Indicator
    icon = "list-ul"
    menu_label = _("Indicators")
    list_display = ["name", "unit", "sort_order"]


class IndicatorValueViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Figures per district and period; the indicator and district are chosen from a
    list (German records only), and a district editor is offered only their district."""

    model = IndicatorValue
    icon = "table"
    menu_label = _("Figures")
    list_display = ["indicator", "district", "period_label", "value", "source_date"]
    list_filter = ["indicator", "district"]
    ordering = ["-period_start", "indicator"]
    edit_handler = ObjectList(
        [
            FieldPanel("indicator", widget=forms.Select),
            FieldPanel("district", widget=forms.Select),
            FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            FieldPanel("value"),
            MultiFieldPanel([FieldPanel("source"), FieldPanel("source_date")], heading=_("Source")),
        ],
        base_form_class=DistrictRecordForm,
    )


class MonitoringViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Integration monitoring")
    menu_icon = "table"
    menu_order = 220
    items = (IndicatorValueViewSet, IndicatorViewSet)
