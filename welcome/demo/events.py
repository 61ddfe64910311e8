"""Demo events: the events page ("Termine") and a handful of sample events and language
courses, in German, flagged as sample content.

The course types are the BAMF courses whose dates the providers of Ludwigslust-Parchim
agree on together (seed 001); the places are sample course providers and counselling
services of the directory demo. No person is named. Dates are set relative to the day of
the set-up, so that the demo always has upcoming dates; like every demo page, an event
that exists already is left as it is.
"""

import datetime

from django.utils import timezone

from directory.models import Category, Location
from home import event_kinds, recurrence
from home.models import DistrictPage, EventIndexPage, EventPage
from welcome.demo.page_tree import get_or_create_child

EVENTS_PAGE = {
    "slug": "termine",
    "title": "Termine und Kurse",
    "intro": (
        "Sprachkurse, Beratungstage und Treffen in Ihrer Nähe. Wählen Sie Ihren Landkreis "
        "oder Ihre Stadt, die Kursart oder die Sprache."
    ),
}

# slug, parent (a district's slug, or None for the events page), place (district,
# category, town), first date (weekday, hour, minute, hours long, weeks from now), series,
# and the page's fields.
EVENTS = [
    {
        "slug": "integrationskurs-a1-parchim",
        "district": "ludwigslust-parchim",
        "place": ("ludwigslust-parchim", "sprachkurse", "Parchim"),
        "when": (0, 8, 30, 4, 1),
        "series": (recurrence.WEEKLY, None, 40),
        "fields": {
            "title": "Integrationskurs A1 am Vormittag",
            "intro": (
                "Allgemeiner Integrationskurs: Sprachkurs von A1 bis B1 und Orientierungskurs "
                "über Leben und Recht in Deutschland. Der Einstieg ist zu Beginn jedes Moduls "
                "möglich."
            ),
            "course_type": event_kinds.INTEGRATION_COURSE,
            "level": "A1",
            "category": "sprachkurse",
            "registration": event_kinds.REGISTRATION_REQUIRED,
            "registration_how": (
                "Bringen Sie Ihre Berechtigung oder Verpflichtung vom BAMF, vom Jobcenter oder "
                "von der Ausländerbehörde mit und melden Sie sich beim Kursträger an."
            ),
            "is_free": False,
            "price": (
                "Mit Berechtigung ein Kostenbeitrag je Unterrichtsstunde; für Menschen mit "
                "Bürgergeld oder einer Verpflichtung kostenlos. Der Kursträger berät Sie."
            ),
            "wheelchair_access": "yes",
        },
    },
    {
        "slug": "alphabetisierungskurs-parchim",
        "district": "ludwigslust-parchim",
        "place": ("ludwigslust-parchim", "sprachkurse", "Parchim"),
        "when": (2, 13, 0, 3, 2),
        "series": (recurrence.WEEKLY, None, 30),
        "fields": {
            "title": "Integrationskurs mit Alphabetisierung",
            "intro": (
                "Für Menschen, die noch nicht oder nicht in lateinischer Schrift lesen und "
                "schreiben können: Deutsch lernen und dabei lesen und schreiben lernen."
            ),
            "course_type": event_kinds.LITERACY_COURSE,
            "level": "alpha",
            "category": "sprachkurse",
            "registration": event_kinds.REGISTRATION_REQUIRED,
            "registration_how": "Persönlich beim Kursträger, zu den Öffnungszeiten.",
            "is_free": False,
            "price": "Wie beim Integrationskurs; der Kursträger berät Sie.",
            "interpreter": True,
            "accessibility_note": "Zur Anmeldung kann eine Sprachmittlerin dazukommen.",
        },
    },
    {
        "slug": "frauenkurs-parchim",
        "district": "ludwigslust-parchim",
        "place": ("ludwigslust-parchim", "sprachkurse", "Parchim"),
        "when": (1, 9, 0, 3, 1),
        "series": (recurrence.WEEKLY, 20, None),
        "fields": {
            "title": "Frauenintegrationskurs mit Kinderbetreuung",
            "intro": (
                "Integrationskurs nur für Frauen, mit Themen aus Familie, Schule und Gesundheit. "
                "Kleine Kinder werden während des Unterrichts betreut."
            ),
            "course_type": event_kinds.WOMENS_COURSE,
            "level": "A1",
            "category": "sprachkurse",
            "registration": event_kinds.REGISTRATION_REQUIRED,
            "registration_how": "Telefonisch oder persönlich beim Kursträger.",
            "is_free": False,
            "price": "Wie beim Integrationskurs; die Kinderbetreuung ist kostenlos.",
            "childcare": True,
        },
    },
    {
        "slug": "berufssprachkurs-b2-parchim",
        "district": "ludwigslust-parchim",
        "place": ("ludwigslust-parchim", "sprachkurse", "Parchim"),
        "when": (3, 16, 30, 3, 3),
        "series": (recurrence.WEEKLY, 24, None),
        "fields": {
            "title": "Berufssprachkurs B2 am Abend",
            "intro": (
                "Deutsch für den Beruf nach dem Integrationskurs, neben der Arbeit am Abend. "
                "Mit Prüfung am Ende."
            ),
            "course_type": event_kinds.JOB_LANGUAGE_COURSE,
            "level": "B2",
            "category": "sprachkurse",
            "registration": event_kinds.REGISTRATION_REQUIRED,
            "registration_how": (
                "Mit einer Berechtigung des BAMF; die Agentur für Arbeit oder das Jobcenter "
                "helfen beim Antrag."
            ),
            "registration_url": "https://example.org/anmeldung",
            "is_free": True,
        },
    },
    {
        "slug": "elternkurs-parchim",
        "district": "ludwigslust-parchim",
        "place": ("ludwigslust-parchim", "kinder-familie-schule", "Parchim"),
        "when": (4, 9, 0, 2, 1),
        "series": (recurrence.FORTNIGHTLY, None, 12),
        "fields": {
            "title": "Elternintegrationskurs: Deutsch für Kita und Schule",
            "intro": "Deutsch lernen mit Themen rund um Kita, Schule und Erziehung.",
            "course_type": event_kinds.PARENTS_COURSE,
            "level": "A2",
            "category": "sprachkurse",
            "registration": event_kinds.REGISTRATION_RECOMMENDED,
            "is_free": True,
            "childcare": True,
        },
    },
    {
        "slug": "sprachcafe-rostock",
        "district": "rostock",
        "place": ("rostock", "vereine-verbaende", "Rostock"),
        "when": (2, 17, 0, 2, 0),
        "series": (recurrence.FORTNIGHTLY, None, 10),
        "fields": {
            "title": "Sprachcafé: Deutsch sprechen üben",
            "intro": (
                "Ehrenamtliche und Zugewanderte treffen sich, trinken Tee und sprechen Deutsch. "
                "Jedes Niveau ist willkommen."
            ),
            "category": "vereine-verbaende",
            "is_free": True,
            "wheelchair_access": "yes",
        },
    },
    {
        "slug": "sprechstunde-arabisch-greifswald",
        "district": "vorpommern-greifswald",
        "place": ("vorpommern-greifswald", "migrationsberatung", None),
        "when": (0, 14, 0, 2, 1),
        "series": (recurrence.MONTHLY, None, 6),
        "fields": {
            "title": "Migrationsberatung auf Arabisch",
            "intro": (
                "Offene Sprechstunde der Migrationsberatung für Erwachsene in arabischer "
                "Sprache: Fragen zu Aufenthalt, Arbeit, Wohnen und Familie."
            ),
            "category": "migrationsberatung",
            "language": "ar",
            "is_free": True,
        },
    },
    {
        "slug": "infoabend-anerkennung",
        "district": None,
        "place": ("schwerin", "berufsberatung", None),
        "when": (1, 18, 0, 2, 2),
        "series": (recurrence.NONE, None, None),
        "fields": {
            "title": "Informationsabend: ausländische Berufsabschlüsse anerkennen lassen",
            "intro": (
                "Wie die Anerkennung funktioniert, welche Stelle zuständig ist und was sie "
                "kostet. Mit Zeit für Ihre Fragen."
            ),
            "category": "berufsberatung",
            "registration": event_kinds.REGISTRATION_RECOMMENDED,
            "registration_how": "Per E-Mail an die Beratungsstelle.",
            "is_free": True,
            "interpreter": True,
            "accessibility_note": "Eine Sprachmittlung für Arabisch und Ukrainisch ist da.",
        },
    },
]


def build_events(home):
    """The events page below `home` and the sample events below it and below the
    district pages."""
    events_page, _ = get_or_create_child(
        home,
        EventIndexPage,
        EVENTS_PAGE["slug"],
        title=EVENTS_PAGE["title"],
        intro=EVENTS_PAGE["intro"],
        is_sample_content=True,
    )
    districts = {
        page.district.slug: page
        for page in DistrictPage.objects.child_of(home).select_related("district")
        if page.district
    }
    today = timezone.localdate()
    for event in EVENTS:
        parent = districts[event["district"]] if event["district"] else events_page
        starts_at, ends_at = first_date(today, *event["when"])
        frequency, weeks, count = event["series"]
        fields = dict(event["fields"])
        category = fields.pop("category", None)
        place = sample_place(home.locale, *event["place"])
        get_or_create_child(
            parent,
            EventPage,
            event["slug"],
            starts_at=starts_at,
            ends_at=ends_at,
            frequency=frequency,
            repeat_until=starts_at.date() + datetime.timedelta(weeks=weeks) if weeks else None,
            repeat_count=count,
            place=place,
            district=parent.district if parent is not events_page else place.district,
            category=Category.objects.filter(locale=home.locale, slug=category).first(),
            is_sample_content=True,
            **fields,
        )
    return events_page


def first_date(today, weekday, hour, minute, hours, weeks):
    """The weekday `weeks` weeks after the next one, at the given local time."""
    day = today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7, weeks=weeks)
    starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
    return starts_at, starts_at + datetime.timedelta(hours=hours)


def sample_place(locale, district, category, town):
    places = Location.objects.filter(
        locale=locale, district__slug=district, category_links__category__slug=category
    ).order_by("external_id")
    if town:
        places = places.filter(city=town)
    return places.first()
