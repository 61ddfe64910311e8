"""Opening hours that are true on the day: the state's public and school holidays and a
place's own special opening hours, in "open now", the week's table and the JSON-LD."""

import csv
import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
from dateutil.easter import easter
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from directory import geo
from directory.jsonld import location_json_ld
from directory.models import District, Holiday, Location, OpeningHours, SpecialOpeningHours
from tests.factories import LOCATION_ROW

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
HOLIDAYS = "directory/holidays/mecklenburg-vorpommern.csv"


def place(**fields):
    """A German place open Monday to Friday, 09:00-16:00."""
    location = Location(
        locale=Locale.objects.get(language_code="de"),
        district=District.objects.get(locale__language_code="de", slug=LOCATION_ROW["district"]),
        name="Beratungsstelle Feiertag",
        slug=f"beratungsstelle-feiertag-{Location.objects.count()}",
        street="Beispielweg 1",
        postcode="19370",
        city="Parchim",
        point=geo.format_point(53.42, 11.85),
        **fields,
    )
    location.opening_hours = [
        OpeningHours(weekday=day, opens=datetime.time(9), closes=datetime.time(16))
        for day in range(5)
    ]
    location.save()
    return location


def at(day, hour=10):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=BERLIN)


ASCENSION = datetime.date(2026, 5, 14)  # Christi Himmelfahrt, a Thursday


def test_a_place_is_closed_on_a_public_holiday_and_open_the_day_before_and_after():
    location = place()
    assert location.is_open_at(at(ASCENSION - datetime.timedelta(days=1))) is True
    assert location.is_open_at(at(ASCENSION)) is False
    # The Friday after is a school-free day, which this place does not close for.
    assert location.is_open_at(at(ASCENSION + datetime.timedelta(days=1))) is True


def test_a_place_may_stay_open_on_public_holidays():
    assert place(closed_on_public_holidays=False).is_open_at(at(ASCENSION)) is True


def test_a_place_closed_in_school_holidays_is_closed_for_the_whole_week():
    location = place(closed_in_school_holidays=True)
    winter = [datetime.date(2026, 2, 9) + datetime.timedelta(days=n) for n in range(5)]
    assert [location.is_open_at(at(day)) for day in winter] == [False] * 5
    assert location.is_open_at(at(datetime.date(2026, 2, 6))) is True  # the Friday before
    assert location.is_open_at(at(datetime.date(2026, 2, 23))) is True  # the Monday after
    assert location.is_open_at(at(ASCENSION + datetime.timedelta(days=1))) is False


def test_special_opening_hours_replace_the_week_and_the_holiday():
    location = place()
    location.special_opening_hours = [
        SpecialOpeningHours(
            first_day=ASCENSION,
            last_day=ASCENSION,
            opens=datetime.time(10),
            closes=datetime.time(12),
        ),
        SpecialOpeningHours(
            first_day=datetime.date(2026, 8, 3), last_day=datetime.date(2026, 8, 14), closed=True
        ),
    ]
    location.save()
    assert location.is_open_at(at(ASCENSION, 11)) is True
    assert location.is_open_at(at(ASCENSION, 13)) is False
    assert location.status_changes_at(at(ASCENSION, 11)) == at(ASCENSION, 12)
    assert location.is_open_at(at(datetime.date(2026, 8, 10))) is False
    assert location.is_open_at(at(datetime.date(2026, 8, 17))) is True


def test_the_week_names_what_changes_a_day():
    location = place()
    week = location.week(ASCENSION)
    assert [date for date, _times, _exception in week][0] == datetime.date(2026, 5, 11)
    assert len(week) == 7
    thursday = week[3]
    assert thursday[1] == []
    assert isinstance(thursday[2], Holiday)
    assert thursday[2].name == "Christi Himmelfahrt"
    assert week[2] == (datetime.date(2026, 5, 13), [(datetime.time(9), datetime.time(16))], None)


def test_json_ld_lists_the_coming_closures():
    location = place()
    exceptions = location.exceptions(datetime.date(2026, 5, 1), datetime.date(2026, 5, 31))
    data = json.loads(
        location_json_ld(location, "https://example.org/p/", [], location, exceptions)
    )
    special = data["specialOpeningHoursSpecification"]
    assert {"@type": "OpeningHoursSpecification", "validFrom": "2026-05-14"} | {
        "validThrough": "2026-05-14",
        "opens": "00:00",
        "closes": "00:00",
    } in special
    # 1 May, Ascension and Whit Monday; school holidays do not close this place.
    assert [entry["validFrom"] for entry in special] == ["2026-05-01", "2026-05-14", "2026-05-25"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"closed": True, "opens": datetime.time(9)}, "opens"),
        ({"closed": False}, "opens"),
        ({"opens": datetime.time(12), "closes": datetime.time(9)}, "closes"),
        ({"closed": True, "last_day": datetime.date(2026, 5, 1)}, "last_day"),
    ],
)
def test_special_opening_hours_that_cannot_be_are_refused(fields, field):
    special = SpecialOpeningHours(
        **{"first_day": datetime.date(2026, 5, 2), "last_day": datetime.date(2026, 5, 2), **fields}
    )
    with pytest.raises(ValidationError) as error:
        special.clean()
    assert field in error.value.message_dict


def test_the_shipped_holidays_are_the_states_and_loaded():
    with open(HOLIDAYS, encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert Holiday.objects.count() == len(rows)
    public = [row for row in rows if row["kind"] == "public"]
    for year in {row["first_day"][:4] for row in public}:
        days = {row["name"]: row["first_day"] for row in public if row["first_day"][:4] == year}
        assert len(days) == 11, year
        sunday = easter(int(year))
        assert days["Karfreitag"] == str(sunday - datetime.timedelta(days=2))
        assert days["Pfingstmontag"] == str(sunday + datetime.timedelta(days=50))
        assert days["Reformationstag"] == f"{year}-10-31"
    for row in rows:
        assert row["first_day"] <= row["last_day"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["last_day"])
    school_years = {row["first_day"][:4] for row in rows if row["name"] == "Sommerferien"}
    assert school_years == {"2026", "2027", "2028"}
