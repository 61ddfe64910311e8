"""The demo's integration monitoring: four indicators the districts' programme asks for
(seed 003: monitoring with indicators and a status report), translated where the demo
catalogues have their texts, and invented figures for every district and the state over
three years, marked as invented in their source. The same figures every time, so the
set-up stays idempotent."""

import datetime
import random
from decimal import Decimal

from directory.models import District
from welcome.demo.translation import translate
from welcome.monitoring.models import Indicator, IndicatorValue

SAMPLE_SOURCE = "Beispielwerte für die Demonstration (erfunden)"
YEARS = (2023, 2024, 2025)
SOURCE_DATE = datetime.date(2026, 3, 31)

# slug, name, unit, explanation, decimal places, typical value per district, and whether
# the state's figure is the districts' sum (counts) or their mean (a waiting time).
INDICATORS = [
    (
        "teilnehmende-integrationskurse",
        "Teilnehmende an Integrationskursen",
        "Personen",
        "Personen, die im Jahr einen Integrationskurs begonnen haben.",
        0,
        420,
        "sum",
    ),
    (
        "wartezeit-kursplatz",
        "Wartezeit auf einen Kursplatz",
        "Wochen",
        "Durchschnittliche Zeit von der Anmeldung bis zum Beginn eines Integrationskurses.",
        1,
        9,
        "mean",
    ),
    (
        "beratungsfaelle",
        "Beratungsfälle der Migrationsberatung",
        "Fälle",
        "Beratungen in der Migrationsberatung für Erwachsene und im Jugendmigrationsdienst.",
        0,
        650,
        "sum",
    ),
    (
        "arbeit-oder-ausbildung",
        "Menschen in Arbeit oder Ausbildung",
        "Personen",
        "Zugewanderte in sozialversicherungspflichtiger Beschäftigung oder Ausbildung "
        "zum Jahresende.",
        0,
        1800,
        "sum",
    ),
]


def texts():
    """The German texts of the indicators, for the demo catalogues."""
    for _slug, name, unit, explanation, *_rest in INDICATORS:
        yield from (name, unit, explanation)


def build_monitoring(german, catalogues, gaps):
    chance = random.Random(20263)  # noqa: S311 - demo data, not security
    districts = list(District.objects.filter(locale=german).order_by("slug"))
    for order, (slug, name, unit, explanation, places, typical, state_is) in enumerate(INDICATORS):
        indicator = Indicator.objects.filter(locale=german, slug=slug).first()
        if indicator is None:
            indicator = Indicator.objects.create(
                locale=german,
                slug=slug,
                name=name,
                unit=unit,
                description=explanation,
                decimal_places=places,
                sort_order=order,
            )
        translate(
            indicator,
            {
                locale: catalogue
                for locale, catalogue in catalogues.items()
                if not indicator.has_translation(locale)
            },
            gaps=gaps,
        )
        size = {district: chance.uniform(0.45, 1.6) for district in districts}
        for year in YEARS:
            figures = {
                district: _figure(chance, typical * size[district], places, year)
                for district in districts
            }
            for district, figure in figures.items():
                _value(indicator, district, year, figure)
            total = sum(figures.values())
            state = total if state_is == "sum" else total / len(figures)
            _value(indicator, None, year, round(state, places))


def _figure(chance, typical, places, year):
    trend = 1 + 0.08 * (year - YEARS[0])
    return round(Decimal(typical * trend * chance.uniform(0.9, 1.1)), places)


def _value(indicator, district, year, figure):
    IndicatorValue.objects.get_or_create(
        indicator=indicator,
        district=district,
        period_start=datetime.date(year, 1, 1),
        period_end=datetime.date(year, 12, 31),
        defaults={"value": figure, "source": SAMPLE_SOURCE, "source_date": SOURCE_DATE},
    )
