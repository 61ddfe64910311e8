"""The article block "places nearby": an editor picks categories (and optionally a
district), readers see the matching places and a link to the map with those filters."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from directory.models import MapPage
from directory.search import DirectorySearch, categories_in, districts_in
from welcome.foundation.languages import locale_language

# Wagtail reads a block's choices whenever it loads the block's value, on every page
# view: they come from the cached names (directory.search), not from a query.


def category_choices():
    return [
        (slug, category.name) for slug, category in categories_in(settings.LANGUAGE_CODE).items()
    ]


def district_choices():
    districts = sorted(districts_in(settings.LANGUAGE_CODE).values(), key=lambda d: d.short_name)
    return [("", _("All districts"))] + [
        (district.slug, district.short_name) for district in districts
    ]


class NearbyPlacesBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    categories = blocks.MultipleChoiceBlock(
        label=_("Categories"), choices=category_choices, widget=forms.CheckboxSelectMultiple
    )
    district = blocks.ChoiceBlock(label=_("District"), choices=district_choices, required=False)
    limit = blocks.IntegerBlock(label=_("How many places"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "site"
        label = _("Places nearby")
        template = "components/streamfield/blocks/nearby_places.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = parent_context.get("page") if parent_context else None
        code = locale_language(page.locale_id) if page else settings.LANGUAGE_CODE
        filters = {"category": list(value["categories"]), "district": value["district"] or None}
        map_page = MapPage.for_language(code)
        context["places"] = DirectorySearch(filters, code).first_by_category(
            value["limit"], map_page
        )
        map_filters = {"category": list(value["categories"])}
        if value["district"]:
            map_filters["district"] = value["district"]
        context["map_url"] = map_page.directory_url(**map_filters) if map_page else None
        return context
