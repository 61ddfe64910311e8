"""The directory's filters, shared by the map page (a plain GET form) and the GeoJSON API:
one place where every parameter is read and checked."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from directory import gazetteer, geo
from directory.records import Category, District
from directory.spoken_languages import SPOKEN_LANGUAGES

RADIUS_CHOICES = [5, 10, 25, 50]
DEFAULT_RADIUS_KM = 10
MAX_RADIUS_KM = 500
QUERY_MAX_LENGTH = 100


class SlugChoicesField(forms.MultipleChoiceField):
    """Several slugs; the empty "all" option of a select box counts as none."""

    def to_python(self, value):
        return [item for item in super().to_python(value) if item]


class LocationFilterForm(forms.Form):
    """Every parameter is optional; an invalid one is an error that names it."""

    q = forms.CharField(label=_("Search words"), required=False, max_length=QUERY_MAX_LENGTH)
    category = SlugChoicesField(label=_("Category"), required=False)
    district = forms.SlugField(label=_("District"), required=False)
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=[("", _("Any language")), *SPOKEN_LANGUAGES],
    )
    place = forms.CharField(label=_("Town or place"), required=False, max_length=100)
    near = forms.CharField(required=False, max_length=60, widget=forms.HiddenInput)
    radius = forms.FloatField(label=_("Distance"), required=False)

    def __init__(self, data=None, *, strict_radius=True, **kwargs):
        super().__init__(data, **kwargs)
        self.strict_radius = strict_radius
        self.fields["category"].choices = [
            (slug, slug)
            for slug in Category.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            ).values_list("slug", flat=True)
        ]
        self.fields["category"].error_messages["invalid_choice"] = _(
            "There is no category “%(value)s”."
        )

    def clean_district(self):
        slug = self.cleaned_data["district"]
        if slug and not District.objects.filter(slug=slug).exists():
            raise forms.ValidationError(
                _("There is no district “%(slug)s”."), params={"slug": slug}
            )
        return slug

    def clean_near(self):
        value = self.cleaned_data["near"].strip()
        if not value:
            return None
        try:
            return geo.parse_lat_lng(value)
        except ValueError:
            raise forms.ValidationError(
                _("Give the centre as latitude,longitude, for example 53.43,11.85.")
            ) from None

    def clean_radius(self):
        radius = self.cleaned_data["radius"]
        if radius is None:
            return None
        if self.strict_radius and radius not in RADIUS_CHOICES:
            raise forms.ValidationError(_("Choose 5, 10, 25 or 50 km."))
        if not 0 < radius <= MAX_RADIUS_KM:
            raise forms.ValidationError(
                _("The distance must be more than 0 and at most %(max)d km."),
                params={"max": MAX_RADIUS_KM},
            )
        return radius

    def clean(self):
        cleaned = super().clean()
        place = (cleaned.get("place") or "").strip()
        cleaned["centre"] = cleaned.get("near")
        cleaned["place_name"] = None
        if place and cleaned["centre"] is None and "near" not in self.errors:
            try:
                found = gazetteer.resolve(place)
            except gazetteer.UnknownPlace as unknown:
                self.add_error("place", unknown_place_message(unknown))
            else:
                cleaned["centre"] = (found.latitude, found.longitude)
                cleaned["place_name"] = found.name
        if cleaned["centre"] is not None and cleaned.get("radius") is None:
            cleaned["radius"] = DEFAULT_RADIUS_KM
        return cleaned


def unknown_place_message(unknown):
    if unknown.suggestions:
        return forms.ValidationError(
            _("We do not know the place “%(name)s”. Did you mean: %(suggestions)s?"),
            params={"name": unknown.name, "suggestions": ", ".join(unknown.suggestions)},
        )
    return forms.ValidationError(
        _("We do not know the place “%(name)s”. Please check the spelling."),
        params={"name": unknown.name},
    )
