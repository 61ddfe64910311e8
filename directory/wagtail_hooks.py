from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory import admin_views
from directory.models import Category, ContactPerson, District, Location
from directory.permissions import ScopedPermissionPolicy, ScopedViewSetMixin

register_permission_policy(Location, ScopedPermissionPolicy(Location, district_field="district"))
register_permission_policy(
    ContactPerson, ScopedPermissionPolicy(ContactPerson, district_field="district")
)
register_permission_policy(Category, ScopedPermissionPolicy(Category))
register_permission_policy(District, ScopedPermissionPolicy(District))


class LocationViewSet(ScopedViewSetMixin, SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "city", "district", "last_verified"]
    list_filter = ["district", "wheelchair_access", "appointment_needed"]
    search_fields = ["name", "organisation", "city"]
    ordering = ["name"]


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


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "site"
    menu_order = 200
    items = (LocationViewSet, CategoryViewSet, DistrictViewSet, ContactPersonViewSet)


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("directory/places/", admin_views.place_search, name="directory_place_search")]
