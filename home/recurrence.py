"""When an event takes place: its first date and, for a series, the rule that repeats it.

A series is stored as fields (frequency, then an end date or a number of dates), the way
RFC 5545's RRULE describes it, so that the iCalendar feeds can hand the rule itself to
calendar apps, and its dates are worked out here with dateutil's implementation of that
RFC. Dates repeat on the local wall clock of Europe/Berlin: a course at 18:00 stays at
18:00 when the clocks change, as its participants expect.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.utils.translation import gettext_lazy as _

NONE = ""
WEEKLY = "weekly"
FORTNIGHTLY = "fortnightly"
MONTHLY = "monthly"
FREQUENCIES = [
    (NONE, _("Once")),
    (WEEKLY, _("Every week")),
    (FORTNIGHTLY, _("Every two weeks")),
    (MONTHLY, _("Every month")),
]
# frequency -> (RRULE FREQ, INTERVAL)
RULES = {WEEKLY: (rrule.WEEKLY, 1), FORTNIGHTLY: (rrule.WEEKLY, 2), MONTHLY: (rrule.MONTHLY, 1)}
RULE_NAMES = {rrule.WEEKLY: "WEEKLY", rrule.MONTHLY: "MONTHLY"}

# A series ends by a date or a count: never open-ended, so its dates can always be listed.
MAX_COUNT = 200
MAX_YEARS = 3


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Occurrence:
    """One date of an event: aware start and end in the site's time zone."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime


@dataclass(frozen=True)
class Schedule:
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    frequency: str = NONE
    until: datetime.date | None = None
    count: int | None = None

    def _local(self):
        zone = local_zone()
        start = self.starts_at.astimezone(zone).replace(tzinfo=None)
        end = self.ends_at.astimezone(zone).replace(tzinfo=None)
        return zone, start, end - start

    def rule(self):
        """The dateutil rule of a series on naive local times, or None for a single date."""
        if self.frequency not in RULES:
            return None
        _zone, start, _length = self._local()
        freq, interval = RULES[self.frequency]
        until = None
        if self.until is not None:
            until = datetime.datetime.combine(self.until, datetime.time.max)
        return rrule.rrule(
            freq, dtstart=start, interval=interval, until=until, count=self.count or None
        )

    def rrule_fields(self):
        """The RRULE of a series as icalendar wants it ({"FREQ": ..., ...}), or None."""
        if self.frequency not in RULES:
            return None
        freq, interval = RULES[self.frequency]
        fields = {"FREQ": RULE_NAMES[freq]}
        if interval != 1:
            fields["INTERVAL"] = interval
        if self.count:
            fields["COUNT"] = self.count
        elif self.until is not None:
            # UNTIL in UTC, as RFC 5545 requires when DTSTART carries a time zone: the end
            # of the last day, local time.
            last = datetime.datetime.combine(self.until, datetime.time(23, 59, 59))
            fields["UNTIL"] = last.replace(tzinfo=local_zone()).astimezone(datetime.UTC)
        return fields

    def occurrences(self, after=None, limit=None):
        """The dates in order, those that end after `after` (aware) only, at most `limit`."""
        zone, start, length = self._local()
        rule = self.rule()
        starts = [start] if rule is None else rule
        found = []
        for local_start in starts:
            occurrence = Occurrence(
                local_start.replace(tzinfo=zone), (local_start + length).replace(tzinfo=zone)
            )
            if after is not None and occurrence.ends_at <= after:
                continue
            found.append(occurrence)
            if limit is not None and len(found) >= limit:
                break
        return found

    def last_end(self):
        """When the last date ends (aware)."""
        zone, start, length = self._local()
        rule = self.rule()
        last = start if rule is None else rule[-1]
        return (last + length).replace(tzinfo=zone)
