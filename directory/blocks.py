"""The article block "places nearby": an editor picks categories (and optionally a
district), readers see the matching places and a link to the map with those filters."""

from django import forms
from django.conf import settings
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from directory.models import Category, District, MapPage
from directory.search import DirectorySearch, categories_in, describe, districts_in


def category_choices():
    return list(
        Category.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "slug", "name"
        )
    )


def district_choices():
    return [("", _("All districts"))] + list(
        District.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
            "slug", "short_name"
        )
    )


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
        language = getattr(parent_context.get("page"), "locale", None) if parent_context else None
        code = language.language_code if language else settings.LANGUAGE_CODE
        filters = {"category": list(value["categories"]), "district": value["district"] or None}
        search = DirectorySearch(filters, code)
        hits = search.attach_categories(search.hits()[: value["limit"]])
        map_page = MapPage.for_language(code)
        describe(hits, map_page, categories_in(code), districts_in(code))
        query = [("category", slug) for slug in value["categories"]]
        if value["district"]:
            query.append(("district", value["district"]))
        context["places"] = hits
        context["map_url"] = f"{map_page.url}?{urlencode(query)}" if map_page else None
        return context
