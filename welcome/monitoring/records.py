"""Integration monitoring's records: indicators that the ministry defines and values that
editors enter per district (or for the whole state) and period, with their source.

Indicators are translatable snippets (their name, unit and explanation are read in every
language); values are numbers, the same in every language, and belong to the German
indicator and district. Who enters which values is a matter of roles
(welcome.editorial): the ministry all, a district's editors their district's."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory.models import District
from welcome.foundation.edit_conflicts import RecordEditConflictForm

LARGEST_VALUE = Decimal("9999999999.99")


class Indicator(TranslatableMixin, models.Model):
    """What is counted or measured, e.g. participants in integration courses."""

    name = models.CharField(_("name"), max_length=160)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("For example: people, weeks."))
    description = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("What is counted, and how readers should understand the figure."),
    )
    slug = models.SlugField(_("slug"), max_length=80)
    decimal_places = models.PositiveSmallIntegerField(
        _("decimal places shown"), default=0, choices=[(0, "0"), (1, "1"), (2, "2")]
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("unit"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("decimal_places", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    base_form_class = RecordEditConflictForm
    panels = [
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldPanel("description"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("decimal_places"), FieldPanel("sort_order")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_indicator_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def format(self, value):
        return number_format(value, self.decimal_places, force_grouping=True)


class IndicatorValue(models.Model):
    """One figure: an indicator's value for a district, or the whole state when no
    district is given, over a period, with where it comes from and when it was taken."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.CASCADE,
        related_name="values",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="indicator_values",
        null=True,
        blank=True,
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("Empty: the whole state."),
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    value = models.DecimalField(
        _("value"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    source = models.CharField(_("source"), max_length=200)
    source_date = models.DateField(_("as of"), help_text=_("The day the source gives the figure."))
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("indicator"),
        FieldPanel("district"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("value"),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_date")], heading=_("Source")),
    ]

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["indicator__sort_order", "period_start", "district__short_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="indicator_period_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=0), name="indicator_value_not_negative"
            ),
            models.UniqueConstraint(
                fields=["indicator", "district", "period_start", "period_end"],
                condition=models.Q(district__isnull=False),
                name="one_value_per_district_and_period",
            ),
            models.UniqueConstraint(
                fields=["indicator", "period_start", "period_end"],
                condition=models.Q(district__isnull=True),
                name="one_state_value_per_period",
            ),
        ]

    def __str__(self):
        where = self.district.short_name if self.district_id else _("Mecklenburg-Vorpommern")
        return f"{self.indicator}: {where}, {self.period_label}"

    def clean(self):
        super().clean()
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        if self.value is not None and self.value > LARGEST_VALUE:
            errors["value"] = _("This figure is too large.")
        if self.source_date and self.source_date > timezone.localdate():
            errors["source_date"] = _("The source cannot be dated in the future.")
        duplicate = IndicatorValue.objects.filter(
            indicator_id=self.indicator_id,
            district_id=self.district_id,
            period_start=self.period_start,
            period_end=self.period_end,
        ).exclude(pk=self.pk)
        if self.indicator_id and self.period_start and self.period_end and duplicate.exists():
            errors["period_start"] = _("There is already a value for this place and period.")
        if errors:
            raise ValidationError(errors)

    @property
    def period_label(self):
        """A calendar year as "2025", any other period as its first and last day."""
        start, end = self.period_start, self.period_end
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and (
            start.year == end.year
        ):
            return str(start.year)
        first = date_format(start, "SHORT_DATE_FORMAT")
        last = date_format(end, "SHORT_DATE_FORMAT")
        return first if start == end else f"{first}–{last}"
