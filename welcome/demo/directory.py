"""Demo data of the directory: the eleven categories of the seeds (named in all eight
languages), the eight districts, the two real contact persons of seed 000, and about 360
sample locations at real towns of Mecklenburg-Vorpommern.

The sample locations are invented and say so in their name and description: their
streets ("Beispielstraße"), e-mail addresses (example.org) and postcodes are not real.
Their positions are the towns' coordinates from the gazetteer, spread by up to about a
kilometre so that markers do not sit on top of each other.
"""

import datetime
import random

from django.utils import timezone
from django.utils.text import slugify

from directory import gazetteer, importexport
from directory.models import Category, ContactPerson, District, Location
from welcome.demo.translation import translate

CATEGORIES = [
    # slug, icon, colour, German name (translated in the demo catalogues)
    ("sprachkurse", "language", "#0b4f8a", "Sprachkurse"),
    ("berufsberatung", "work", "#7a4b00", "Berufliche Beratung"),
    ("migrationsberatung", "help", "#1d6b3a", "Migrationsberatung"),
    ("vereine-verbaende", "family", "#6b2e8a", "Vereine und Verbände"),
    ("arbeitsvermittlung", "work", "#8a3b12", "Arbeitsvermittlung"),
    ("konfliktberatung", "help", "#a3123a", "Beratung in Konfliktsituationen"),
    ("behoerden", "law", "#3d4a57", "Behörden (Ausländerbehörde, Jobcenter)"),
    ("gesundheit", "health", "#b3261e", "Gesundheit"),
    ("psychosoziale-beratung", "health", "#5b3fa0", "Psychosoziale Beratung"),
    ("kinder-familie-schule", "family", "#0f6b73", "Kinder, Familie und Schule"),
    ("wohnen", "housing", "#5e5a00", "Wohnen"),
]

# What a sample location of each category is called, in German (translated with the
# category name where a location is translated).
LOCATION_KINDS = {
    "sprachkurse": "Sprachkursträger",
    "berufsberatung": "Berufsberatung",
    "migrationsberatung": "Migrationsberatung",
    "vereine-verbaende": "Begegnungsverein",
    "arbeitsvermittlung": "Arbeitsvermittlung",
    "konfliktberatung": "Konfliktberatung",
    "behoerden": "Bürgerbüro",
    "gesundheit": "Gesundheitsberatung",
    "psychosoziale-beratung": "Psychosoziale Beratungsstelle",
    "kinder-familie-schule": "Familienzentrum",
    "wohnen": "Wohnberatung",
}

DISTRICT_KINDS = {"rostock": "city", "schwerin": "city"}
POSTCODE_PREFIX = {
    "ludwigslust-parchim": "193",
    "nordwestmecklenburg": "239",
    "landkreis-rostock": "182",
    "mecklenburgische-seenplatte": "170",
    "vorpommern-greifswald": "174",
    "vorpommern-ruegen": "184",
    "rostock": "180",
    "schwerin": "190",
}

# Real towns of each district; the first is where most places are.
TOWNS = {
    "ludwigslust-parchim": [
        "Parchim",
        "Ludwigslust",
        "Hagenow",
        "Boizenburg",
        "Lübz",
        "Crivitz",
        "Sternberg",
        "Grabow",
        "Plau am See",
        "Zarrentin",
        "Wittenburg",
        "Neustadt-Glewe",
        "Dömitz",
        "Goldberg",
    ],
    "nordwestmecklenburg": [
        "Wismar",
        "Grevesmühlen",
        "Gadebusch",
        "Rehna",
        "Klütz",
        "Dassow",
        "Schönberg",
        "Neukloster",
        "Warin",
    ],
    "landkreis-rostock": [
        "Güstrow",
        "Bad Doberan",
        "Teterow",
        "Bützow",
        "Kühlungsborn",
        "Sanitz",
        "Tessin",
        "Laage",
        "Krakow am See",
        "Schwaan",
        "Kröpelin",
        "Gnoien",
    ],
    "mecklenburgische-seenplatte": [
        "Neubrandenburg",
        "Waren",
        "Neustrelitz",
        "Demmin",
        "Malchin",
        "Röbel",
        "Friedland",
        "Altentreptow",
        "Stavenhagen",
        "Penzlin",
        "Mirow",
        "Woldegk",
        "Malchow",
    ],
    "vorpommern-greifswald": [
        "Greifswald",
        "Anklam",
        "Pasewalk",
        "Wolgast",
        "Ueckermünde",
        "Torgelow",
        "Strasburg",
        "Eggesin",
        "Loitz",
        "Jarmen",
        "Gützkow",
        "Zinnowitz",
    ],
    "vorpommern-ruegen": [
        "Stralsund",
        "Bergen auf Rügen",
        "Sassnitz",
        "Ribnitz-Damgarten",
        "Grimmen",
        "Barth",
        "Putbus",
        "Franzburg",
        "Tribsees",
        "Marlow",
        "Richtenberg",
    ],
    "rostock": ["Rostock"],
    "schwerin": ["Schwerin"],
}
# Places per district: the district-free cities and district seats are where most are.
PLACES_PER_DISTRICT = {
    "ludwigslust-parchim": 60,
    "nordwestmecklenburg": 40,
    "landkreis-rostock": 44,
    "mecklenburgische-seenplatte": 56,
    "vorpommern-greifswald": 48,
    "vorpommern-ruegen": 44,
    "rostock": 40,
    "schwerin": 32,
}
OPENING_PATTERNS = [
    "Mo 09:00-12:00; Tu 09:00-12:00; Tu 13:00-17:00; Th 09:00-12:00; Th 13:00-18:00",
    "Mo 08:00-16:00; Tu 08:00-16:00; We 08:00-16:00; Th 08:00-16:00; Fr 08:00-13:00",
    "Tu 10:00-14:00; Th 14:00-18:00",
    "Mo 09:00-15:00; We 09:00-15:00; Fr 09:00-12:00",
    "",
]
EXTRA_LANGUAGES = ["en", "ar", "fa", "uk", "ru", "fr", "tr", "ku", "prs", "ti", "pl"]

CONTACT_PERSONS = [
    {
        "name": "Antje Ihring",
        "role": "Referat Zuwanderung und Integration",
        "office": "Ministerium für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern",
        "postal_address": "Postfach 19048 Schwerin",
        "office_address": "Werderstraße 124, 19055 Schwerin",
        "phone": "+49 385 588-9363",
        "fax": "+49 385 588-9703",
        "email": "antje.ihring@sm.mv-regierung.de",
        "website": "https://www.sozial-mv.de",
        "district": None,
        "sort_order": 1,
    },
    {
        "name": "Cindy Klechowicz",
        "role": "Migration und Integration",
        "office": "Landkreis Ludwigslust-Parchim, Stabsstelle 16 Gleichstellung, Generationen und Vielfalt",
        "postal_address": "Postfach 1263, 19362 Parchim",
        "office_address": "Putlitzer Straße 25, 19370 Parchim",
        "phone": "+49 3871 722-1609",
        "fax": "+49 3871 72277-1609",
        "email": "cindy.klechowicz@kreis-lup.de",
        "website": "",
        "district": "ludwigslust-parchim",
        "sort_order": 2,
    },
]

# The sample locations of this town are translated too.
TRANSLATED_TOWN = "Parchim"
# What marks a sample location as invented, in its name and its description; translated
# in the demo catalogues, with {kind} the category's name in the reader's language.
SAMPLE_WORD = "Beispiel"
SAMPLE_DESCRIPTION = (
    "Beispieldatensatz für die Demonstration des Portals: {kind} in {town}. "
    "Name, Anschrift und Kontaktdaten sind erfunden."
)


def sample_id(number):
    return f"demo-{number:04d}"


def sample_location_rows(today=None):
    """Import rows (see directory.importexport) for the sample locations; the same rows
    every time, so that the set-up stays idempotent."""
    today = today or timezone.localdate()
    chance = random.Random(20161)  # noqa: S311 - demo data, not security
    slugs = [slug for slug, *_rest in CATEGORIES]
    rows, number = [], 0
    for district, towns in TOWNS.items():
        weights = [3] + [1] * (len(towns) - 1) if len(towns) > 1 else [1]
        for index in range(PLACES_PER_DISTRICT[district]):
            town_name = towns[0] if index < len(slugs) else chance.choices(towns, weights)[0]
            place = gazetteer.resolve(town_name)
            categories = [slugs[index % len(slugs)]]
            if chance.random() < 0.3:
                categories.append(chance.choice([slug for slug in slugs if slug != categories[0]]))
            number += 1
            kind = LOCATION_KINDS[categories[0]]
            languages = ["de", *chance.sample(EXTRA_LANGUAGES, chance.randint(0, 3))]
            rows.append(
                {
                    "external_id": sample_id(number),
                    "name": f"{kind} {place.name} {number} ({SAMPLE_WORD})",
                    "organisation": "Beispielträger (Demodaten)",
                    "description": SAMPLE_DESCRIPTION.format(kind=kind, town=place.name),
                    "categories": "|".join(categories),
                    "district": district,
                    "street": f"Beispielstraße {chance.randint(1, 120)}",
                    "postcode": f"{POSTCODE_PREFIX[district]}{chance.randint(0, 99):02d}",
                    "city": place.name,
                    "latitude": f"{place.latitude + chance.uniform(-0.009, 0.009):.6f}",
                    "longitude": f"{place.longitude + chance.uniform(-0.014, 0.014):.6f}",
                    "phone": "",
                    "email": f"kontakt-{number:04d}@example.org",
                    "website": "https://example.org/",
                    "opening_hours": chance.choice(OPENING_PATTERNS),
                    # Closing in the school holidays is data, which "open now" and
                    # the week's table read, not a note.
                    **chance.choice(
                        [
                            {"opening_hours_note": "", "closed_in_school_holidays": "no"},
                            {"opening_hours_note": "", "closed_in_school_holidays": "no"},
                            {
                                "opening_hours_note": "Termine auch nach Vereinbarung.",
                                "closed_in_school_holidays": "no",
                            },
                            {"opening_hours_note": "", "closed_in_school_holidays": "yes"},
                        ]
                    ),
                    "languages": "|".join(dict.fromkeys(languages)),
                    "wheelchair_access": chance.choice(["yes", "no", "unknown"]),
                    "appointment_needed": chance.choice(["yes", "no", "no"]),
                    "last_verified": (
                        today - datetime.timedelta(days=chance.randint(0, 600))
                    ).isoformat(),
                    "slug": "",
                }
            )
    return rows


# The other German texts of sample locations (organisation, opening hours note).
SAMPLE_TEXTS = [
    "Beispielträger (Demodaten)",
    "Termine auch nach Vereinbarung.",
]


def build_categories(german, catalogues, gaps):
    """The categories, translated into every language whose catalogue names them."""
    for order, (slug, icon, colour, name) in enumerate(CATEGORIES):
        category = Category.objects.filter(locale=german, slug=slug).first()
        if category is None:
            category = Category.objects.create(
                locale=german, slug=slug, icon=icon, colour=colour, name=name, sort_order=order
            )
        translate(
            category,
            {
                locale: texts
                for locale, texts in catalogues.items()
                if not category.has_translation(locale)
            },
            gaps=gaps,
        )


def build_districts(german, locales, districts):
    """Districts keep their official German names in every language."""
    for district in districts:
        row = District.objects.filter(locale=german, slug=district["slug"]).first()
        if row is None:
            row = District.objects.create(
                locale=german,
                slug=district["slug"],
                name=district["name"],
                short_name=district["short_name"],
                seat=district["seat"],
                kind=DISTRICT_KINDS.get(district["slug"], "district"),
            )
        same = {row.name: row.name, row.short_name: row.short_name}
        translate(row, {locale: same for locale in locales if not row.has_translation(locale)})


def build_contact_persons(german):
    for person in CONTACT_PERSONS:
        if ContactPerson.objects.filter(locale=german, name=person["name"]).exists():
            continue
        district = person["district"] and District.objects.get(
            locale=german, slug=person["district"]
        )
        ContactPerson.objects.create(locale=german, **{**person, "district": district or None})


def build_locations(german, catalogues, gaps):
    """Import the sample locations that are not there yet, then translate those of one
    town into every language whose catalogue has what they are made of."""
    existing = set(Location.objects.filter(locale=german).values_list("external_id", flat=True))
    every_id = {sample_id(number) for number in range(1, sum(PLACES_PER_DISTRICT.values()) + 1)}
    # Making the rows loads the gazetteer (seconds); not needed when all are there.
    if not every_id <= existing:
        rows = [row for row in sample_location_rows() if row["external_id"] not in existing]
        records = importexport.check([(f"demo row {row['external_id']}", row) for row in rows])
        importexport.import_records(records)

    category_names = {slug: name for slug, _icon, _colour, name in CATEGORIES}
    english = next(
        (texts for locale, texts in catalogues.items() if locale.language_code == "en"), {}
    )
    locations = Location.objects.filter(locale=german, city=TRANSLATED_TOWN).prefetch_related(
        "category_links__category"
    )
    for location in locations:
        translated_locales = set(location.get_translations().values_list("locale_id", flat=True))
        german_kind = category_names[location.category_links.all()[0].category.slug]
        number = location.external_id.removeprefix("demo-").lstrip("0")
        strings = {}
        for locale, texts in catalogues.items():
            if locale.pk in translated_locales:
                continue
            # Name and description are made of these catalogue texts.
            lacking = [
                text for text in (german_kind, SAMPLE_WORD, SAMPLE_DESCRIPTION) if text not in texts
            ]
            if lacking:
                gaps.note(locale.language_code, lacking, location)
                continue
            kind = texts[german_kind]
            made = {
                location.name: f"{kind} {TRANSLATED_TOWN} {number} ({texts[SAMPLE_WORD]})",
                location.description: texts[SAMPLE_DESCRIPTION].format(
                    kind=kind, town=TRANSLATED_TOWN
                ),
            }
            strings[locale] = {**texts, **made}
        english_kind = english.get(german_kind, german_kind)
        translate(
            location,
            strings,
            slugs={
                locale: slugify(f"{english_kind} {TRANSLATED_TOWN} {number}") for locale in strings
            },
            gaps=gaps,
        )
