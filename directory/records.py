"""The directory's records: categories, districts, locations and contact persons as
translatable snippets. Each field is deliberately translated (what readers read) or synchronised from
the German source (what must be the same in every language: address, point, phone, ids)."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from directory import geo
from directory.panels import LocationPointPanel, TownSearchPanel
from directory.spoken_languages import SPOKEN_LANGUAGES
from welcome.foundation.edit_conflicts import RecordEditConflictForm
from welcome.foundation.icons import TOPIC_ICONS

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0b4f8a."))


class Category(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80)
    icon = models.CharField(_("icon"), max_length=20, choices=TOPIC_ICONS, default="map")
    colour = models.CharField(_("colour"), max_length=7, default="#0b4f8a", validators=[hex_colour])
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("icon", overridable=False),
        SynchronizedField("colour", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    base_form_class = RecordEditConflictForm
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("icon"),
        FieldPanel("colour"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class District(TranslatableMixin, models.Model):
    KINDS = [("district", _("District")), ("city", _("District-free city"))]

    name = models.CharField(_("name"), max_length=120)
    short_name = models.CharField(_("short name"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=80)
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS, default="district")
    seat = models.CharField(_("administrative seat"), max_length=80, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("seat", overridable=False),
    ]
    base_form_class = RecordEditConflictForm
    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("seat"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["short_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_district_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.short_name


class HolidayQuerySet(models.QuerySet):
    def touching(self, first, last):
        """The holidays on at least one day from `first` to `last`."""
        return self.filter(first_day__lte=last, last_day__gte=first)


class Holiday(models.Model):
    """A public holiday or school holidays of the state, one day or a range of days.

    The state's holidays for the coming school years ship with the portal
    (directory/holidays/mecklenburg-vorpommern.csv, loaded by a migration); places that
    close on them say so with `closed_on_public_holidays` and `closed_in_school_holidays`.
    Names stay in German, as the state publishes them."""

    PUBLIC = "public"
    SCHOOL = "school"
    KINDS = [(PUBLIC, _("public holiday")), (SCHOOL, _("school holidays"))]
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    name = models.CharField(_("name"), max_length=80)
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))

    objects = HolidayQuerySet.as_manager()

    class Meta:
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")
        ordering = ["first_day", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")),
                name="holiday_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.name

    def covers(self, day):
        return self.first_day <= day <= self.last_day


class Location(TranslatableMixin, index.Indexed, ClusterableModel):
    """An office, course provider, counselling service or club that helps newcomers.

    Synchronised fields are never overridable: a translation cannot drift away from the
    place it describes (address, position, phone, e-mail, web site, hours).

    District and categories are synchronised, not translated: every language version
    links the German District and Category rows, and their names are shown in the
    reader's language through those snippets' own translations (matched by slug). So a
    location never depends on the order in which categories were translated.
    """

    WHEELCHAIR = [("yes", _("Yes")), ("no", _("No")), ("unknown", _("Unknown"))]

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=False)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    district = models.ForeignKey(
        District, verbose_name=_("district"), on_delete=models.PROTECT, related_name="locations"
    )
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(
        _("postcode"), max_length=5, validators=[RegexValidator(r"^\d{5}$", _("Five digits."))]
    )
    city = models.CharField(_("town"), max_length=100)
    point = models.CharField(
        _("position on the map"),
        max_length=80,
        help_text=_("Type it, click the map or type the town to find it on the map."),
    )
    latitude = models.FloatField(editable=False, db_index=True)
    longitude = models.FloatField(editable=False, db_index=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("web site"), blank=True)
    opening_hours_note = models.CharField(
        _("note on opening hours"),
        max_length=300,
        blank=True,
        help_text=_("For example: closed in school holidays; walk-in on Tuesdays."),
    )
    wheelchair_access = models.CharField(
        _("wheelchair access"), max_length=10, choices=WHEELCHAIR, default="unknown"
    )
    appointment_needed = models.BooleanField(_("appointment needed"), default=False)
    description = models.TextField(_("short description"), blank=True)
    external_id = models.CharField(
        _("external id"),
        max_length=64,
        help_text=_("The id in the source system; imports recognise the location by it."),
    )
    last_verified = models.DateField(_("last verified"), default=timezone.localdate)
    confirmation_email = models.EmailField(
        _("e-mail for confirming this entry"),
        blank=True,
        help_text=_(
            "Where the portal asks the provider to confirm or correct this entry. "
            "Never shown to readers. Empty: the public e-mail above."
        ),
    )
    closed_on_public_holidays = models.BooleanField(_("closed on public holidays"), default=True)
    closed_in_school_holidays = models.BooleanField(
        _("closed during school holidays"), default=False
    )
    updated_at = models.DateTimeField(auto_now=True)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("organisation"),
        SynchronizedField("district", overridable=False),
        SynchronizedField("street", overridable=False),
        SynchronizedField("postcode", overridable=False),
        SynchronizedField("city", overridable=False),
        SynchronizedField("point", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("website", overridable=False),
        TranslatableField("opening_hours_note"),
        SynchronizedField("wheelchair_access", overridable=False),
        SynchronizedField("appointment_needed", overridable=False),
        TranslatableField("description"),
        SynchronizedField("external_id", overridable=False),
        SynchronizedField("last_verified", overridable=False),
        SynchronizedField("confirmation_email", overridable=False),
        SynchronizedField("category_links", overridable=False),
        SynchronizedField("opening_hours", overridable=False),
        SynchronizedField("spoken_languages", overridable=False),
        SynchronizedField("closed_on_public_holidays", overridable=False),
        SynchronizedField("closed_in_school_holidays", overridable=False),
        SynchronizedField("special_opening_hours", overridable=False),
    ]

    base_form_class = RecordEditConflictForm
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("organisation"),
                FieldPanel("description"),
            ],
            heading=_("Name and description"),
        ),
        InlinePanel("category_links", heading=_("Categories"), label=_("Category"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("district"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), TownSearchPanel("city")]),
                LocationPointPanel("point", address_field="city"),
            ],
            heading=_("Address and map"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening time")),
        MultiFieldPanel(
            [
                FieldPanel("closed_on_public_holidays"),
                FieldPanel("closed_in_school_holidays"),
                InlinePanel(
                    "special_opening_hours",
                    heading=_("Special opening hours"),
                    label=_("Special opening hours"),
                ),
            ],
            heading=_("Holidays and exceptions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opening_hours_note"),
                FieldPanel("appointment_needed"),
                FieldPanel("wheelchair_access"),
            ],
            heading=_("Visiting"),
        ),
        InlinePanel("spoken_languages", heading=_("Languages spoken"), label=_("Language")),
        MultiFieldPanel(
            [
                FieldPanel("external_id"),
                FieldPanel("last_verified"),
                FieldPanel("confirmation_email"),
            ],
            heading=_("Data care"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("organisation"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.FilterField("locale"),
        index.FilterField("district"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_location_slug_per_locale"
            ),
            models.UniqueConstraint(
                fields=["external_id", "locale"], name="unique_location_external_id_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        try:
            coordinates = geo.parse_point(self.point)
        except ValueError:
            raise ValidationError({"point": _("Place the location on the map.")}) from None
        if coordinates is None:
            raise ValidationError({"point": _("Place the location on the map.")})

    def save(self, *args, **kwargs):
        self.latitude, self.longitude = geo.parse_point(self.point)
        super().save(*args, **kwargs)

    @property
    def confirmation_address(self):
        """Who confirms the entry: its own confirmation contact, else its public e-mail."""
        return self.confirmation_email or self.email

    @property
    def is_source(self):
        return self.locale.language_code == settings.LANGUAGE_CODE

    def hours_on(self, day, holidays):
        """A date's opening times, [(opens, closes)] in order, and the exception that set
        them instead of the week's hours: special opening hours covering the date (closed
        if one of them says so), else a public holiday or school holidays the place closes
        on (`holidays`: at least those on that date; others are passed over), else None."""
        specials = [special for special in self.special_opening_hours.all() if special.covers(day)]
        if specials:
            closed = any(special.closed for special in specials)
            times = [] if closed else sorted((s.opens, s.closes) for s in specials)
            return times, specials[0]
        for holiday in holidays:
            if self.closes_on(holiday) and holiday.covers(day):
                return [], holiday
        week = self.opening_hours.all()
        return sorted((h.opens, h.closes) for h in week if h.weekday == day.weekday()), None

    def closes_on(self, holiday):
        """Whether the place is closed on a public holiday or in school holidays."""
        if holiday.kind == Holiday.PUBLIC:
            return self.closed_on_public_holidays
        return self.closed_in_school_holidays

    def has_hours(self):
        """Whether any opening times are recorded: without them nothing is said to readers
        about being open or closed."""
        return bool(self.opening_hours.all()) or bool(self.special_opening_hours.all())

    def week(self, day, holidays=None):
        """The seven days of the week (Monday first) that `day` lies in, each as
        (date, [(opens, closes)], exception) as `hours_on` gives them. `holidays`: those
        touching the week, read when not given."""
        monday = day - datetime.timedelta(days=day.weekday())
        dates = [monday + datetime.timedelta(days=offset) for offset in range(7)]
        if holidays is None:
            holidays = Holiday.objects.touching(monday, dates[-1])
        return [(date, *self.hours_on(date, holidays)) for date in dates]

    def exceptions(self, first, last, holidays=None):
        """The special opening hours and the holidays the place closes on that touch the
        dates from `first` to `last`, as (first day, last day, [(opens, closes)]) in date
        order; closed days have no times. `holidays`: at least those touching the dates,
        read when not given."""
        if holidays is None:
            holidays = Holiday.objects.touching(first, last)
        found = [
            (
                special.first_day,
                special.last_day,
                [] if special.closed else [(special.opens, special.closes)],
            )
            for special in self.special_opening_hours.all()
            if special.first_day <= last and special.last_day >= first
        ]
        found += [
            (holiday.first_day, holiday.last_day, [])
            for holiday in holidays
            if self.closes_on(holiday) and holiday.first_day <= last and holiday.last_day >= first
        ]
        return sorted(found)

    def is_open_at(self, moment, holidays=None):
        """True or False when opening hours are known, None when none are recorded.
        `holidays`: at least those on the day, read when not given."""
        if not self.has_hours():
            return None
        local = timezone.localtime(moment)
        day = local.date()
        if holidays is None:
            holidays = Holiday.objects.touching(day, day)
        times, _exception = self.hours_on(day, holidays)
        return any(opens <= local.time() < closes for opens, closes in times)

    def status_changes_at(self, moment, holidays=None):
        """The first moment after `moment` at which `is_open_at` or the day may change: the
        next opening or closing time of the day, else midnight. `holidays`: at least those
        on the day, read when not given."""
        local = timezone.localtime(moment)
        day = local.date()
        if holidays is None:
            holidays = Holiday.objects.touching(day, day)
        times, _exception = self.hours_on(day, holidays)
        later = [time for pair in times for time in pair if time > local.time()]
        if later:
            return timezone.make_aware(datetime.datetime.combine(day, min(later)))
        return timezone.make_aware(
            datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
        )


class LocationCategory(Orderable):
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="category_links")
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="location_links",
    )

    panels = [FieldPanel("category")]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        constraints = [
            models.UniqueConstraint(
                fields=["location", "category"], name="unique_location_category"
            )
        ]


class OpeningHours(Orderable):
    WEEKDAYS = [
        (0, _("Monday")),
        (1, _("Tuesday")),
        (2, _("Wednesday")),
        (3, _("Thursday")),
        (4, _("Friday")),
        (5, _("Saturday")),
        (6, _("Sunday")),
    ]
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening time")
        verbose_name_plural = _("opening hours")

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.opens >= self.closes:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})

    @property
    def schema_day(self):
        return datetime.date(2024, 1, 1 + self.weekday).strftime("%A")


class SpecialOpeningHours(Orderable):
    """Opening hours for a date or range of dates that replace the week's hours: closed
    (a holiday of its own, a closing for renovation) or open at other times. Several
    entries for the same dates give several opening times a day."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="special_opening_hours")
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    closed = models.BooleanField(_("closed"), default=False)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("special opening hours")
        verbose_name_plural = _("special opening hours")

    def clean(self):
        super().clean()
        errors = {}
        if self.first_day and self.last_day and self.last_day < self.first_day:
            errors["last_day"] = _("The last day cannot be before the first day.")
        if self.closed:
            if self.opens or self.closes:
                errors["opens"] = _("A closed day has no opening times.")
        elif not (self.opens and self.closes):
            errors["opens"] = _("Give the opening and closing time, or mark the days closed.")
        elif self.opens >= self.closes:
            errors["closes"] = _("Closing time must be after opening time.")
        if errors:
            raise ValidationError(errors)

    def covers(self, day):
        return self.first_day <= day <= self.last_day


class SpokenLanguage(Orderable):
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="spoken_languages")
    language = models.CharField(_("language"), max_length=8, choices=SPOKEN_LANGUAGES)

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")
        constraints = [
            models.UniqueConstraint(fields=["location", "language"], name="unique_spoken_language")
        ]


class ContactPerson(TranslatableMixin, models.Model):
    """A named contact at the ministry or a district, shown on their district's page."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    office = models.CharField(_("office"), max_length=300, blank=True)
    postal_address = models.CharField(_("postal address"), max_length=200, blank=True)
    office_address = models.CharField(_("office address"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("web site"), blank=True)
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_persons",
        help_text=_("Leave empty for state-wide contacts of the ministry."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    translatable_fields = [
        SynchronizedField("name", overridable=False),
        TranslatableField("role"),
        TranslatableField("office"),
        SynchronizedField("postal_address", overridable=False),
        SynchronizedField("office_address", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("fax", overridable=False),
        SynchronizedField("email", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("district", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
    base_form_class = RecordEditConflictForm
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("office"),
        FieldPanel("district"),
        FieldPanel("postal_address"),
        FieldPanel("office_address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("fax")]),
        FieldPanel("email"),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name
