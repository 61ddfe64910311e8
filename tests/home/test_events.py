"""Events and language-course dates: series worked out on fixed dates (across a change
of the clocks), the events page's filters and cost, the iCalendar feeds parsed back, and
who may add and change an event."""

import datetime
import zoneinfo

import icalendar
import pytest
from dateutil import rrule
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from directory.models import Category, Location
from home import recurrence
from home.events import EventIndexPage, EventPage
from home.models import DistrictPage, HomePage
from welcome.editorial.translation_workflow import start_translation
from welcome.foundation import page_cache

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
OWN_DISTRICT = "ludwigslust-parchim"
OTHER_DISTRICT = "rostock"
DISTRICT_EDITOR = f"district-{OWN_DISTRICT}"
DEMO_COURSE = "integrationskurs-a1-parchim"


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


# --- series ----------------------------------------------------------------------------


def test_a_weekly_course_stays_at_its_local_time_when_the_clocks_change():
    # Summer time begins on 29 March 2026.
    schedule = recurrence.Schedule(
        berlin(2026, 3, 23, 18, 0), berlin(2026, 3, 23, 20, 0), recurrence.WEEKLY, count=3
    )
    dates = schedule.occurrences()
    assert [date.starts_at for date in dates] == [
        berlin(2026, 3, 23, 18),
        berlin(2026, 3, 30, 18),
        berlin(2026, 4, 6, 18),
    ]
    assert [date.starts_at.utcoffset() for date in dates] == [
        datetime.timedelta(hours=1),
        datetime.timedelta(hours=2),
        datetime.timedelta(hours=2),
    ]
    assert all(date.ends_at - date.starts_at == datetime.timedelta(hours=2) for date in dates)
    assert schedule.last_end() == berlin(2026, 4, 6, 20)


def test_every_two_weeks_until_a_day_includes_that_day():
    schedule = recurrence.Schedule(
        berlin(2026, 10, 14, 17), berlin(2026, 10, 14, 19), recurrence.FORTNIGHTLY,
        until=datetime.date(2026, 11, 11),
    )  # fmt: skip
    starts = [date.starts_at for date in schedule.occurrences()]
    # Winter time begins on 25 October 2026.
    assert starts == [berlin(2026, 10, 14, 17), berlin(2026, 10, 28, 17), berlin(2026, 11, 11, 17)]
    assert starts[1].utcoffset() == datetime.timedelta(hours=1)


def test_monthly_on_the_31st_skips_shorter_months_as_rfc_5545_does():
    schedule = recurrence.Schedule(
        berlin(2027, 1, 31, 10), berlin(2027, 1, 31, 11), recurrence.MONTHLY, count=3
    )
    assert [date.starts_at.date() for date in schedule.occurrences()] == [
        datetime.date(2027, 1, 31),
        datetime.date(2027, 3, 31),
        datetime.date(2027, 5, 31),
    ]


def test_dates_that_ended_are_left_out():
    schedule = recurrence.Schedule(
        berlin(2026, 1, 5, 9), berlin(2026, 1, 5, 12), recurrence.WEEKLY, count=4
    )
    after = berlin(2026, 1, 19, 10)  # during the third date: it still counts
    assert [date.starts_at.day for date in schedule.occurrences(after=after)] == [19, 26]
    assert (
        recurrence.Schedule(berlin(2026, 1, 5, 9), berlin(2026, 1, 5, 12)).occurrences(after=after)
        == []
    )


# --- helpers ---------------------------------------------------------------------------


def locale(language="de"):
    return Locale.objects.get(language_code=language)


def district_page(slug, language="de"):
    return DistrictPage.objects.get(locale=locale(language), district__slug=slug)


def events_page(language="de"):
    return EventIndexPage.objects.get(locale=locale(language))


def place_in(district_slug):
    return (
        Location.objects.filter(locale=locale(), district__slug=district_slug)
        .order_by("pk")
        .first()
    )


def add_event(parent, slug, starts_at, hours=2, **fields):
    place = fields.pop("place", None)
    page = EventPage(
        title=fields.pop("title", f"Termin {slug}"),
        slug=slug,
        intro="Ein Termin für den Test.",
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        place=place,
        district=getattr(parent.specific, "district", None) or getattr(place, "district", None),
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    page_cache.invalidate()
    return page


def soon(days=1, hour=10):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


# --- the events page -------------------------------------------------------------------


def event_titles(client, query=""):
    response = client.get(events_page().url + query)
    assert response.status_code == 200, response.content[:500]
    return [date.event.title for date in response.context["dates"]]


def test_the_events_page_lists_upcoming_dates_of_every_district_and_leaves_past_ones_out(
    client,
):
    own = add_event(district_page(OWN_DISTRICT), "test-kurs", soon(1), title="Testkurs Parchim")
    add_event(
        district_page(OTHER_DISTRICT),
        "test-vorbei",
        timezone.now() - datetime.timedelta(days=3),
        title="Vorbei",
    )
    response = client.get(events_page().url)
    titles = [date.event.title for date in response.context["dates"]]
    assert "Testkurs Parchim" in titles
    assert "Vorbei" not in titles
    assert own.url in response.content.decode()
    starts = [date.starts_at for date in response.context["dates"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("query", "expected", "left_out"),
    [
        (f"?district={OTHER_DISTRICT}", "Rostocker Treff", "Alpha Parchim"),
        ("?course_type=literacy", "Alpha Parchim", "Rostocker Treff"),
        ("?level=alpha", "Alpha Parchim", "Rostocker Treff"),
        ("?language=ar", "Rostocker Treff", "Alpha Parchim"),
        ("?category=sprachkurse", "Alpha Parchim", "Rostocker Treff"),
    ],
)
def test_filters(client, query, expected, left_out):
    add_event(
        district_page(OWN_DISTRICT),
        "test-alpha",
        soon(2),
        title="Alpha Parchim",
        course_type="literacy",
        level="alpha",
        category=Category.objects.get(locale=locale(), slug="sprachkurse"),
    )
    add_event(
        district_page(OTHER_DISTRICT), "test-treff", soon(3), title="Rostocker Treff", language="ar"
    )
    titles = event_titles(client, query)
    assert expected in titles
    assert left_out not in titles


def test_the_date_filter_starts_the_list_at_that_day(client):
    add_event(
        district_page(OWN_DISTRICT), "test-serie", soon(1), title="Serie",
        frequency=recurrence.WEEKLY, repeat_count=5,
    )  # fmt: skip
    day = (soon(1) + datetime.timedelta(days=15)).date()
    response = client.get(events_page().url, {"date_from": day.isoformat()})
    series = [date for date in response.context["dates"] if date.event.title == "Serie"]
    assert len(series) == 2
    assert all(timezone.localtime(date.starts_at).date() >= day for date in series)


@pytest.mark.parametrize(
    "query",
    [
        "?district=nirgendwo",
        "?level=Z9",
        "?course_type=%00",
        "?date_from=gestern",
        "?date_from=99999-01-01",
        "?date_from=9999-12-31",
        "?language=xx",
    ],
)
def test_a_wrong_filter_is_answered_400_naming_it(client, query):
    response = client.get(events_page().url + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_a_page_number_past_the_end_shows_the_last_page(client):
    response = client.get(events_page().url, {"page": "999"})
    assert response.status_code == 200
    dates = response.context["dates"]
    assert dates.number == dates.paginator.num_pages


def queries_of(client, url):
    client.get(url, {"warm": "1"})
    page_cache.invalidate()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_events_page_costs_the_same_with_few_or_many_events(client):
    parent = district_page(OWN_DISTRICT)
    add_event(parent, "test-0", soon(1), place=place_in(OWN_DISTRICT))
    few = queries_of(client, events_page().url)
    for number in range(1, 25):
        add_event(
            parent, f"test-{number}", soon(1 + number % 5), place=place_in(OWN_DISTRICT),
            frequency=recurrence.WEEKLY, repeat_count=3,
        )  # fmt: skip
    many = queries_of(client, events_page().url)
    assert many == few <= 12


def test_home_and_district_pages_show_the_next_three_dates(client):
    own = district_page(OWN_DISTRICT)
    add_event(own, "test-bald", soon(0, 23), title="Gleich in Parchim")
    add_event(district_page(OTHER_DISTRICT), "test-rostock", soon(0, 23), title="Gleich in Rostock")
    home = HomePage.objects.get(locale=locale())
    shown = client.get(home.url).context["next_dates"]
    assert len(shown) == 3
    district = client.get(own.url)
    titles = [date.event.title for date in district.context["next_dates"]]
    assert "Gleich in Parchim" in titles
    assert "Gleich in Rostock" not in titles
    assert f"{events_page().url}?district={OWN_DISTRICT}" in district.content.decode()


def test_an_event_page_shows_its_dates_place_and_registration(client):
    place = place_in(OWN_DISTRICT)
    event = add_event(
        district_page(OWN_DISTRICT), "test-anmeldung", soon(2), place=place,
        frequency=recurrence.WEEKLY, repeat_count=20, registration="required",
        registration_how="Im Büro anmelden.", is_free=False, price="20 Euro",
    )  # fmt: skip
    response = client.get(event.url)
    html = response.content.decode()
    assert len(response.context["dates"]) == 12 and response.context["more_dates"]
    assert place.name in html
    assert response.context["place"].url in html
    assert "Im Büro anmelden." in html and "20 Euro" in html
    assert client.get(response.context["place"].url).status_code == 200


def test_an_event_in_arabic_is_shown_in_german_with_its_language_marked(client):
    # The demo's events reach the other language trees as aliases of the German page.
    event = EventPage.objects.get(locale=locale(), slug=DEMO_COURSE)
    arabic = Page.objects.get(translation_key=event.translation_key, locale=locale("ar"))
    html = client.get(arabic.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert f'<h1 lang="de" dir="ltr">{event.title}</h1>' in html


# --- feeds -----------------------------------------------------------------------------


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_the_feed_of_an_event_gives_its_series_as_an_rrule(client):
    event = add_event(
        district_page(OWN_DISTRICT), "test-feed", soon(1, 18), place=place_in(OWN_DISTRICT),
        frequency=recurrence.FORTNIGHTLY, repeat_count=6,
    )  # fmt: skip
    calendar = parse(client.get(event.url + "ical/"))
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["RRULE"]["FREQ"] == ["WEEKLY"]
    assert vevent["RRULE"]["INTERVAL"] == [2]
    assert vevent["RRULE"]["COUNT"] == [6]
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent["URL"] == f"http://testserver{event.url}"
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    # The rule read back gives exactly the dates the page lists.
    starts = list(rrule.rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=vevent["DTSTART"].dt))
    assert starts == [date.starts_at for date in event.schedule.occurrences()]


def test_an_rrule_until_is_utc_and_includes_the_last_day(client):
    first = soon(1, 18)
    last_day = (first + datetime.timedelta(weeks=3)).date()
    event = add_event(
        district_page(OWN_DISTRICT), "test-until", first,
        frequency=recurrence.WEEKLY, repeat_until=last_day,
    )  # fmt: skip
    (vevent,) = parse(client.get(event.url + "ical/")).walk("VEVENT")
    until = vevent["RRULE"]["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset() == datetime.timedelta(0)
    starts = list(rrule.rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=vevent["DTSTART"].dt))
    assert len(starts) == 4 and starts[-1].date() == last_day


def test_the_uid_stays_the_same_when_the_event_changes(client):
    event = add_event(district_page(OWN_DISTRICT), "test-uid", soon(4))
    url = event.url + "ical/"
    (before,) = parse(client.get(url)).walk("VEVENT")
    event.title = "Neuer Titel"
    event.save_revision().publish()
    page_cache.invalidate()
    (after,) = parse(client.get(url)).walk("VEVENT")
    assert before["UID"] == after["UID"]
    assert after["SUMMARY"] == "Neuer Titel"


def test_the_language_and_district_feeds(client):
    own = add_event(district_page(OWN_DISTRICT), "test-eigen", soon(2), title="Eigener Termin")
    add_event(district_page(OTHER_DISTRICT), "test-fremd", soon(2), title="Fremder Termin")
    whole = parse(client.get(events_page().url + "ical/"))
    summaries = {str(vevent["SUMMARY"]) for vevent in whole.walk("VEVENT")}
    assert {"Eigener Termin", "Fremder Termin"} <= summaries
    district = parse(client.get(events_page().url + f"ical/{OWN_DISTRICT}/"))
    summaries = {str(vevent["SUMMARY"]) for vevent in district.walk("VEVENT")}
    assert "Eigener Termin" in summaries and "Fremder Termin" not in summaries
    assert own.url in {
        str(vevent["URL"]).removeprefix("http://testserver") for vevent in whole.walk("VEVENT")
    }
    demo = EventPage.objects.get(locale=locale(), slug=DEMO_COURSE)
    arabic = parse(client.get(events_page("ar").url + "ical/"))
    uids = {str(vevent["UID"]) for vevent in arabic.walk("VEVENT")}
    assert f"{demo.translation_key}-ar@testserver" in uids
    assert client.get(events_page().url + "ical/nirgendwo/").status_code == 404


# --- who may add and change events ---------------------------------------------------


def client_for(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def event_form(place=None, **changes):
    starts = soon(5, 9)
    data = {
        "title": "Deutschkurs A2 am Nachmittag",
        "slug": "deutschkurs-a2-nachmittag",
        "intro": "Ein Kurs für den Test.",
        "starts_at": timezone.localtime(starts).strftime("%Y-%m-%d %H:%M"),
        "ends_at": timezone.localtime(starts + datetime.timedelta(hours=3)).strftime(
            "%Y-%m-%d %H:%M"
        ),
        "frequency": recurrence.WEEKLY,
        "repeat_count": "10",
        "repeat_until": "",
        "place": place.pk if place else "",
        "place_note": "",
        "category": "",
        "language": "de",
        "course_type": "integration",
        "level": "A2",
        "registration": "",
        "registration_how": "",
        "registration_until": "",
        "registration_url": "",
        "is_free": "on",
        "price": "",
        "wheelchair_access": "unknown",
        "accessibility_note": "",
        "body": streamfield([]),
        "last_reviewed": timezone.localdate().isoformat(),
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "eventpage", parent.pk])


def test_a_district_editor_adds_an_event_to_their_district_and_submits_it():
    parent = district_page(OWN_DISTRICT)
    response = client_for(DISTRICT_EDITOR).post(
        add_url(parent), event_form(place_in(OWN_DISTRICT), **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="deutschkurs-a2-nachmittag", locale=locale())
    assert event.get_parent().pk == parent.pk
    assert not event.live
    assert event.current_workflow_state.workflow.name == "Publishing approval"
    revision = event.get_latest_revision_as_object()
    assert revision.district_id == parent.district_id
    assert revision.repeat_count == 10


@pytest.mark.parametrize(
    ("actor", "allowed"),
    [
        ("ministry", True),
        (DISTRICT_EDITOR, True),
        (f"district-{OTHER_DISTRICT}", False),
        ("moderator", False),
        ("translator-fa-1", False),
    ],
)
def test_who_may_add_an_event_to_a_district(actor, allowed):
    parent = district_page(OWN_DISTRICT)
    response = client_for(actor).post(add_url(parent), event_form(place_in(OWN_DISTRICT)))
    added = EventPage.objects.filter(slug="deutschkurs-a2-nachmittag").exists()
    assert added is allowed
    if not allowed:
        assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")


def test_the_district_of_an_event_below_a_district_page_is_that_district():
    parent = district_page(OWN_DISTRICT)
    other = district_page(OTHER_DISTRICT)
    client_for(DISTRICT_EDITOR).post(add_url(parent), event_form(district=other.district_id))
    event = EventPage.objects.get(slug="deutschkurs-a2-nachmittag", locale=locale())
    assert event.district_id == parent.district_id


@pytest.mark.parametrize("parent", ["other-district", "events-page"])
def test_a_district_editor_may_not_add_events_elsewhere(parent):
    page = district_page(OTHER_DISTRICT) if parent == "other-district" else events_page()
    before = EventPage.objects.count()
    client = client_for(DISTRICT_EDITOR)
    assert client.get(add_url(page)).status_code in (302, 403)
    response = client.post(add_url(page), event_form(**{"action-submit": "1"}))
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    assert EventPage.objects.count() == before


def test_a_district_editor_may_not_change_another_districts_event():
    event = add_event(district_page(OTHER_DISTRICT), "test-fremd-edit", soon(3), title="Fremd")
    client = client_for(DISTRICT_EDITOR)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).status_code in (302, 403)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        event_form(title="Übernommen", slug=event.slug),
    )
    event.refresh_from_db()
    assert event.title == "Fremd"
    assert event.get_latest_revision_as_object().title == "Fremd"


def test_a_district_editor_may_not_choose_a_place_of_another_district():
    response = client_for(DISTRICT_EDITOR).post(
        add_url(district_page(OWN_DISTRICT)), event_form(place_in(OTHER_DISTRICT))
    )
    assert response.status_code == 200
    assert "place" in response.context["form"].errors
    assert not EventPage.objects.filter(slug="deutschkurs-a2-nachmittag").exists()


def test_the_place_chooser_offers_a_district_editor_their_districts_places():
    url = reverse(Location.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    chooser = Location.snippet_viewset.chooser_viewset
    client = client_for(DISTRICT_EDITOR)
    for place, offered in ((place_in(OWN_DISTRICT), True), (place_in(OTHER_DISTRICT), False)):
        html = client.get(url, {"q": place.name}).content.decode()
        chosen = reverse(chooser.get_url_name("chosen"), args=[place.pk])
        assert (chosen in html) is offered


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"repeat_count": ""}, "repeat_until"),
        ({"repeat_until": "2026-01-01", "repeat_count": "3"}, "repeat_until"),
        ({"repeat_count": "500"}, "repeat_count"),
        ({"is_free": "", "price": ""}, "price"),
        ({"course_type": "", "level": "B1"}, "course_type"),
        ({"starts_at": "kein Datum"}, "starts_at"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(changes, field):
    response = client_for("ministry").post(add_url(events_page()), event_form(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not EventPage.objects.filter(slug="deutschkurs-a2-nachmittag").exists()


def test_a_translator_may_not_publish_an_event_translation():
    event = add_event(district_page(OWN_DISTRICT), "test-uebersetzt", soon(3), title="Original")
    farsi = start_translation(
        event, locale("fa"), get_user_model().objects.get(username="ministry")
    )
    live_revision = farsi.live_revision_id
    response = client_for("translator-fa-1").post(
        reverse("wagtailadmin_pages:edit", args=[farsi.pk]), {"action": "publish"}
    )
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    farsi.refresh_from_db()
    assert farsi.live_revision_id == live_revision
