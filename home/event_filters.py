"""The filters of the events page: a plain GET form, every parameter optional, a wrong
one an error that names it (answered with 400, never a 500)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.search import categories_in, district_slugs, districts_in
from directory.spoken_languages import SPOKEN_LANGUAGES
from home import event_kinds

# No one plans further ahead; a date far off is a typing slip, not a wish.
MAX_YEARS_AHEAD = 5


class EventFilterForm(forms.Form):
    district = forms.ChoiceField(label=_("District"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    course_type = forms.ChoiceField(
        label=_("Course type"),
        required=False,
        choices=[("", _("All events")), *event_kinds.COURSE_TYPES],
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("Any level")), *event_kinds.LEVELS]
    )
    language = forms.ChoiceField(
        label=_("Held in"),
        required=False,
        choices=[("", _("Any language")), *SPOKEN_LANGUAGES],
    )
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )

    def __init__(self, data=None, *, language, **kwargs):
        super().__init__(data, **kwargs)
        slugs = set(district_slugs().values())
        districts = sorted(
            (district for district in districts_in(language).values() if district.slug in slugs),
            key=lambda district: district.short_name,
        )
        self.fields["district"].choices = [
            ("", _("All districts")),
            *((district.slug, district.short_name) for district in districts),
        ]
        self.fields["category"].choices = [
            ("", _("All categories")),
            *((slug, category.name) for slug, category in categories_in(language).items()),
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("There is no such choice: “%(value)s”.")
        self.fields["date_from"].error_messages["invalid"] = _(
            "Give the day as year-month-day, for example 2026-12-01."
        )

    def clean_date_from(self):
        day = self.cleaned_data["date_from"]
        if day and day.year > timezone.localdate().year + MAX_YEARS_AHEAD:
            raise forms.ValidationError(_("Choose a day in the next few years."))
        return day
