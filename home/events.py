"""Events and language-course dates, and the events page of each language tree.

Where events live, and so who edits them: a district's events are pages below its
district page, where the district's editors already add and change pages in every
language tree (submitting them for approval) and nobody else's district editors may;
state-wide events of the ministry are pages below the events page. The events page of a
language tree lists the upcoming dates of every event in that tree, wherever the event
lives, and serves the iCalendar feeds. An event below a district page belongs to that
district whatever its form says (`EventPageForm`).

Language courses are events with a course type and a level; their place is the
provider's location in the directory.
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import Category, District, Location, MapPage
from directory.search import categories_in, district_slugs, districts_in
from directory.spoken_languages import SPOKEN_LANGUAGES
from home import calendar, event_kinds, recurrence
from home.blocks import ArticleBodyBlock
from home.event_filters import EventFilterForm
from welcome.foundation import page_cache, site_chrome
from welcome.foundation.edit_conflicts import PageEditConflictForm
from welcome.foundation.filter_forms import read_filters
from welcome.foundation.languages import (
    in_reader_language,
    locale_id_of,
    locale_language,
    pending_translation,
)
from welcome.foundation.pages import WelcomePage
from welcome.foundation.site_chrome import in_private_section

DATES_PER_PAGE = 20
# Dates listed on an event's own page; a longer series says how many follow.
DATES_ON_EVENT_PAGE = 12
# Events that ended longer ago drop out of the feeds.
FEED_DAYS_BACK = 90


class EventPageForm(PageEditConflictForm):
    """Districts and categories are chosen among the German records, which every
    language version links. Below a district page the district is that page's and cannot
    be changed. A place is one of those the editor may choose (the chooser offers only
    those; a place sent by hand is checked here too)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        german = locale_id_of(settings.LANGUAGE_CODE)
        for name, model in (("district", District), ("category", Category)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale_id=german)
        parent = self.parent_page.specific if self.parent_page else None
        district_id = getattr(parent, "district_id", None)
        if district_id and "district" in self.fields:
            self.fields["district"].disabled = True
            self.fields["district"].help_text = _("The district of the section this event is in.")
            self.initial["district"] = district_id

    def clean_place(self):
        place = self.cleaned_data.get("place")
        if place is None or "place" not in self.changed_data:
            return place
        policy = Location.snippet_viewset.permission_policy
        choosable = getattr(policy, "choosable", None)
        allowed = Location.objects.filter(pk=place.pk)
        if choosable is not None:
            allowed = choosable(self.for_user, allowed)
        if not allowed.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE)).exists():
            raise ValidationError(_("Choose one of the places offered."))
        return place


class EventPage(RoutablePageMixin, WelcomePage):
    shows_review_date = True
    intro = models.TextField(_("introduction"), help_text=_("A short summary for the reader."))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    frequency = models.CharField(
        _("repeats"), max_length=12, choices=recurrence.FREQUENCIES, blank=True
    )
    repeat_until = models.DateField(
        _("repeats until"), null=True, blank=True, help_text=_("The day of the last date.")
    )
    repeat_count = models.PositiveSmallIntegerField(
        _("number of dates"), null=True, blank=True, help_text=_("Or: how many dates in all.")
    )
    # When the last date of the series ends, kept on save: past events are left out by
    # the database, not by working out every series.
    last_ends_at = models.DateTimeField(editable=False, null=True, db_index=True)

    place = models.ForeignKey(
        Location,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where it takes place: a place from the directory, e.g. the course provider."),
    )
    place_note = models.CharField(
        _("room or meeting point"), max_length=200, blank=True, help_text=_("For example: room 12.")
    )
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(
        _("held in"), max_length=8, choices=SPOKEN_LANGUAGES, default=settings.LANGUAGE_CODE
    )
    course_type = models.CharField(
        _("course type"),
        max_length=12,
        choices=event_kinds.COURSE_TYPES,
        blank=True,
        help_text=_("Only for language courses."),
    )
    level = models.CharField(_("level"), max_length=8, choices=event_kinds.LEVELS, blank=True)

    registration = models.CharField(
        _("registration"), max_length=12, choices=event_kinds.REGISTRATION, blank=True
    )
    registration_how = models.CharField(
        _("how to register"),
        max_length=300,
        blank=True,
        help_text=_("For example: by phone or in person at the office."),
    )
    registration_until = models.DateField(_("register by"), null=True, blank=True)
    registration_url = models.URLField(_("registration web address"), blank=True)

    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"),
        max_length=200,
        blank=True,
        help_text=_("If not free: the amount and who pays less."),
    )

    wheelchair_access = models.CharField(
        _("wheelchair access"), max_length=10, choices=event_kinds.WHEELCHAIR, default="unknown"
    )
    childcare = models.BooleanField(_("childcare"), default=False)
    interpreter = models.BooleanField(_("interpreter"), default=False)
    accessibility_note = models.CharField(_("note on access"), max_length=300, blank=True)

    base_form_class = EventPageForm
    content_panels = [
        *WelcomePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("frequency"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("place_note"), FieldPanel("district")],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("language"),
                FieldRowPanel([FieldPanel("course_type"), FieldPanel("level")]),
            ],
            heading=_("Kind of event"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_how"),
                FieldRowPanel([FieldPanel("registration_until"), FieldPanel("registration_url")]),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
            ],
            heading=_("Registration and price"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair_access"),
                FieldRowPanel([FieldPanel("childcare"), FieldPanel("interpreter")]),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Access"),
        ),
        FieldPanel("body"),
    ]
    # Facts are the same in every language; only texts are translated.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "starts_at",
            "ends_at",
            "frequency",
            "repeat_until",
            "repeat_count",
            "place",
            "district",
            "category",
            "language",
            "course_type",
            "level",
            "registration",
            "registration_until",
            "registration_url",
            "is_free",
            "wheelchair_access",
            "childcare",
            "interpreter",
        )
    ]
    search_fields = [
        *WelcomePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("last_ends_at"),
    ]

    parent_page_types = ["home.EventIndexPage", "home.DistrictPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event or course")
        verbose_name_plural = _("events and courses")

    @property
    def schedule(self):
        return recurrence.Schedule(
            self.starts_at, self.ends_at, self.frequency, self.repeat_until, self.repeat_count
        )

    def clean(self):
        super().clean()
        if not (self.starts_at and self.ends_at):
            return
        if self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if self.ends_at - self.starts_at > datetime.timedelta(days=1) and self.frequency:
            raise ValidationError(
                {"ends_at": _("A date of a series lasts at most a day; give each day its time.")}
            )
        self._clean_series()
        if self.level and not self.course_type:
            raise ValidationError({"course_type": _("A level is given for language courses.")})
        if not self.is_free and not self.price:
            raise ValidationError({"price": _("Say what it costs, or tick “free of charge”.")})

    def _clean_series(self):
        if not self.frequency:
            self.repeat_until = self.repeat_count = None
            return
        if bool(self.repeat_until) == bool(self.repeat_count):
            raise ValidationError(
                {"repeat_until": _("Give either the last day or the number of dates.")}
            )
        if self.repeat_count and self.repeat_count > recurrence.MAX_COUNT:
            raise ValidationError(
                {"repeat_count": _("At most %(count)d dates.") % {"count": recurrence.MAX_COUNT}}
            )
        start_day = timezone.localtime(self.starts_at).date()
        if self.repeat_until and self.repeat_until < start_day:
            raise ValidationError({"repeat_until": _("The last day is before the first date.")})
        if self.repeat_until and (self.repeat_until - start_day).days > 366 * recurrence.MAX_YEARS:
            raise ValidationError(
                {
                    "repeat_until": _("A series lasts at most %(years)d years.")
                    % {"years": recurrence.MAX_YEARS}
                }
            )

    def save(self, *args, **kwargs):
        if self.starts_at and self.ends_at:
            self.last_ends_at = self.schedule.last_end()
        super().save(*args, **kwargs)

    def upcoming(self, now=None, limit=None):
        return self.schedule.occurrences(after=now or timezone.now(), limit=limit)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = locale_language(self.locale_id)
        now = timezone.now()
        dates = self.upcoming(now, DATES_ON_EVENT_PAGE + 1)
        context.update(
            {
                "dates": dates[:DATES_ON_EVENT_PAGE],
                "more_dates": len(dates) > DATES_ON_EVENT_PAGE,
                "place": places_in(language, [self]).get(self.place_id),
                "district": districts_in(language).get(self.district_id),
                "category": category_in(language, self.category),
                "calendar_url": self.url + self.reverse_subpage("calendar"),
                "registration_open": self.registration_until is None
                or self.registration_until >= timezone.localdate(),
            }
        )
        return context

    @path("")
    def event(self, request):
        response = super().serve(request)
        return expire_with_dates(response, response.context_data["dates"])

    @path("ical/")
    def calendar(self, request):
        event = EventPage.objects.select_related("locale", "place", "category").get(pk=self.pk)
        return ical_response(request, [event], self.slug)


class EventIndexPage(RoutablePageMixin, WelcomePage):
    """The events page of a language tree: upcoming dates with filters, and the feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*WelcomePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events page")
        verbose_name_plural = _("events pages")

    @path("")
    def dates(self, request):
        language = locale_language(self.locale_id)
        form = EventFilterForm(request.GET or None, language=language)
        filters, status = read_filters(form)
        now = timezone.now()
        after = now
        if filters.get("date_from"):
            day_start = datetime.datetime.combine(filters["date_from"], datetime.time())
            after = max(now, timezone.make_aware(day_start))
        items = []
        if status == 200:
            events = filtered_events(tree_events(self, after), filters)
            items = event_dates(events, after)
        dates = Paginator(items, DATES_PER_PAGE).get_page(request.GET.get("page"))
        describe_dates(dates, language)
        context = self.get_context(request)
        context.update(
            {
                "form": form,
                "filters": filters,
                "dates": dates,
                "calendar_url": self.url + self.reverse_subpage("calendar"),
                "district_calendar": district_calendar_url(self, filters.get("district")),
            }
        )
        response = TemplateResponse(request, "home/event_index_page.html", context, status=status)
        return expire_with_dates(response, dates)

    @path("ical/")
    def calendar(self, request):
        since = timezone.now() - datetime.timedelta(days=FEED_DAYS_BACK)
        return ical_response(request, feed_events(self, since), self.slug)

    @path("ical/<slug:district>/")
    def district_calendar(self, request, district):
        district_ids = [key for key, slug in district_slugs().items() if slug == district]
        if not district_ids:
            raise Http404
        since = timezone.now() - datetime.timedelta(days=FEED_DAYS_BACK)
        events = feed_events(self, since).filter(district_id__in=district_ids)
        return ical_response(request, events, f"{self.slug}-{district}")

    @classmethod
    def for_tree(cls, page):
        """The live events page of the language tree of `page`; kept with the site
        chrome, which every change to a page renews."""
        home_path = page.path[: page.steplen * 2]
        return site_chrome.cached(
            f"events-page:{home_path}",
            lambda: cls.objects.live().filter(path__startswith=home_path, depth=3).first(),
        )


class EventDate:
    """One date of an event, as the lists show it."""

    def __init__(self, occurrence, event):
        self.starts_at = occurrence.starts_at
        self.ends_at = occurrence.ends_at
        self.event = event


def tree_events(page, after):
    """The live, public events in the language tree of `page` with a date ending after
    `after`, each marked with whether it shows the German text."""
    return (
        EventPage.objects.live()
        .filter(path__startswith=page.path[: page.steplen * 2], last_ends_at__gt=after)
        .exclude(in_private_section())
        .annotate(pending=pending_translation())
        .defer_streamfields()
    )


def feed_events(page, since):
    return (
        tree_events(page, since)
        .select_related("locale", "place", "category")
        .order_by("starts_at", "pk")
    )


def filtered_events(events, filters):
    if filters.get("district"):
        ids = [key for key, slug in district_slugs().items() if slug == filters["district"]]
        events = events.filter(district_id__in=ids)
    if filters.get("category"):
        events = events.filter(category__slug=filters["category"])
    for field in ("course_type", "level", "language"):
        if filters.get(field):
            events = events.filter(**{field: filters[field]})
    return events


def event_dates(events, after, limit=None):
    """Every date of `events` that ends after `after`, in order of start."""
    dates = [
        EventDate(occurrence, event)
        for event in events
        for occurrence in event.schedule.occurrences(after=after, limit=limit)
    ]
    dates.sort(key=lambda date: (date.starts_at, date.event.title))
    return dates[:limit] if limit else dates


def next_dates(page, limit=3, district_id=None):
    """The next `limit` dates in the language tree of `page`, of one district if given:
    for the home and district pages. Kept with the site chrome (any change to a page
    renews it) until the first of them ends, when the list moves on."""
    now = timezone.now()
    key = (
        f"site-chrome:{site_chrome.VERSION.current()}:next-dates:"
        f"{page.path[: page.steplen * 2]}:{district_id or ''}:{limit}"
    )
    dates = cache.get(key)
    if dates is None or any(date.ends_at <= now for date in dates):
        events = tree_events(page, now).select_related("place")
        if district_id:
            events = events.filter(district_id=district_id)
        dates = event_dates(events, now, limit)
        for date in dates:
            date.event.shown_place = date.event.place
        seconds = site_chrome.CHROME_SECONDS
        if dates:
            seconds = min(seconds, (dates[0].ends_at - now).total_seconds())
        cache.set(key, dates, max(1, int(seconds)))
    return dates


def expire_with_dates(response, dates):
    """A cached page that lists dates is kept no longer than until the first one ends."""
    if dates:
        page_cache.expire_at(response, min(date.ends_at for date in dates))
    return response


def describe_dates(dates, language):
    """Give each date's event its place in the reader's language: one query for all."""
    places = places_in(language, [date.event for date in dates])
    for date in dates:
        date.event.shown_place = places.get(date.event.place_id)
    return dates


def places_in(language, events):
    """{id of the German place: the place in the reader's language, with its `url`}."""
    ids = {event.place_id for event in events if event.place_id}
    if not ids:
        return {}
    places = in_reader_language(
        Location.objects.filter(
            translation_key__in=Location.objects.filter(pk__in=ids).values("translation_key")
        ),
        language,
    )
    map_page = MapPage.for_language(language)
    for place in places.values():
        place.url = map_page.location_url(place.slug) if map_page else None
    return places


def category_in(language, category):
    if category is None:
        return None
    return categories_in(language).get(category.slug, category)


def district_calendar_url(index_page, district):
    if not district:
        return None
    return index_page.url + index_page.reverse_subpage("district_calendar", args=[district])


def ical_response(request, events, name):
    body = calendar.feed(request, events)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response
