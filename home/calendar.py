"""iCalendar (RFC 5545) feeds of events, written with the icalendar package.

A series is one VEVENT with its RRULE, as calendar apps expect, not one entry per date.
Times carry the TZID of the site's zone (Europe/Berlin) and the feed its VTIMEZONE,
limited to the years the events span. The UID of an event's language version is made
of its translation key and language, so it stays the same across edits and moves;
DTSTAMP and LAST-MODIFIED are when it was last published.
"""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone

from directory.search import categories_in

PRODUCT_ID = "-//Willkommen//Events//DE"


def feed(request, events):
    """The iCalendar text of `events` (EventPage objects), as bytes."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    events = list(events)
    for event in events:
        cal.add_component(vevent(request, event))
    if events:
        first = min(event.starts_at for event in events)
        last = max(event.last_ends_at or event.ends_at for event in events)
        cal.add_missing_timezones(
            first_date=timezone.localtime(first).date() - datetime.timedelta(days=366),
            last_date=timezone.localtime(last).date() + datetime.timedelta(days=366),
        )
    return cal.to_ical()


def vevent(request, event):
    language = event.locale.language_code
    item = icalendar.Event()
    item.add("uid", f"{event.translation_key}-{language}@{request.get_host()}")
    stamp = event.last_published_at or timezone.now()
    item.add("dtstamp", stamp.astimezone(datetime.UTC))
    item.add("last-modified", stamp.astimezone(datetime.UTC))
    item.add("dtstart", timezone.localtime(event.starts_at))
    item.add("dtend", timezone.localtime(event.ends_at))
    rule = event.schedule.rrule_fields()
    if rule:
        item.add("rrule", rule)
    item.add("summary", event.title)
    if event.intro:
        item.add("description", event.intro)
    item.add("url", request.build_absolute_uri(event.url))
    place = location_text(event)
    if place:
        item.add("location", place)
    if event.category_id:
        category = categories_in(language).get(event.category.slug, event.category)
        item.add("categories", [category.name])
    return item


def location_text(event):
    place = event.place
    if place is None:
        return event.place_note
    parts = [place.name, event.place_note, place.street, f"{place.postcode} {place.city}"]
    return ", ".join(part for part in parts if part)
