"""The figures of the content health report: how complete and how current the portal is.

Each table is a list of rows (dicts) with a fixed set of columns, so the admin page and
its CSV downloads show exactly the same numbers.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from directory.models import Category, District, Location
from welcome.editorial.provider_confirmation import confirmation_rates
from welcome.editorial.translation_workflow import CURRENT, page_translations
from welcome.foundation.pages import WelcomePage
from welcome.monitoring.models import IndicatorValue

REVIEW_INTERVAL = datetime.timedelta(days=365)


def cutoff(today=None):
    """Anything last reviewed or verified before this day is overdue."""
    return (today or timezone.localdate()) - REVIEW_INTERVAL


def language_rows(german_pages=None):
    """Per language: how many live German pages have a published translation, and how
    many of those are current."""
    german = Locale.get_default()
    if german_pages is None:
        german_pages = list(
            Page.objects.live()
            .filter(locale=german, depth__gt=1)
            .order_by("path")
            .only("id", "title", "path", "depth", "translation_key", "locale_id")
        )
    rows = []
    for locale in Locale.objects.exclude(pk=german.pk).order_by("language_code"):
        states = page_translations(locale, german_pages)
        total = len(states)
        translated = sum(1 for state in states if state.published)
        current = sum(1 for state in states if state.state == CURRENT)
        rows.append(
            {
                "language": locale.get_display_name(),
                "code": locale.language_code,
                "pages": total,
                "translated": translated,
                "translated_share": _share(translated, total),
                "current": current,
                "current_share": _share(current, total),
            }
        )
    return rows


def _share(part, whole):
    return round(100 * part / whole) if whole else 0


def overdue_page_rows(today=None):
    """Live German pages whose last review is older than the review interval."""
    limit = cutoff(today)
    rows = []
    for model in _concrete_subclasses(WelcomePage):
        pages = model.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE, last_reviewed__lt=limit
        )
        rows += [
            {
                "id": page.pk,
                "title": page.title,
                "type": model._meta.verbose_name,
                "last_reviewed": page.last_reviewed,
            }
            for page in pages.only("id", "title", "last_reviewed")
        ]
    return sorted(rows, key=lambda row: (row["last_reviewed"], row["title"]))


def _concrete_subclasses(model):
    for subclass in model.__subclasses__():
        if not subclass._meta.abstract:
            yield subclass
        yield from _concrete_subclasses(subclass)


def overdue_location_rows(today=None):
    """German locations not verified within the review interval."""
    locations = (
        Location.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, last_verified__lt=cutoff(today)
        )
        .select_related("district")
        .order_by("last_verified", "name")
    )
    return [
        {
            "id": location.pk,
            "name": location.name,
            "district": location.district.short_name,
            "last_verified": location.last_verified,
        }
        for location in locations
    ]


def district_rows(today=None):
    """Per district: locations, of which overdue, of which without anybody to ask for
    confirmation, the providers' confirmation rate over the review interval (requests
    answered, by confirming or proposing changes, of requests sent) and contact persons."""
    limit = cutoff(today)
    german = Locale.get_default()
    since = timezone.make_aware(datetime.datetime.combine(limit, datetime.time()))
    rates = confirmation_rates(since)
    districts = (
        District.objects.filter(locale=german)
        .annotate(
            location_count=Count("locations", filter=Q(locations__locale=german), distinct=True),
            overdue_count=Count(
                "locations",
                filter=Q(locations__locale=german, locations__last_verified__lt=limit),
                distinct=True,
            ),
            contact_count=Count(
                "contact_persons", filter=Q(contact_persons__locale=german), distinct=True
            ),
            uncontactable_count=Count(
                "locations",
                filter=Q(
                    locations__locale=german,
                    locations__email="",
                    locations__confirmation_email="",
                ),
                distinct=True,
            ),
        )
        .order_by("short_name")
    )
    rows = []
    for district in districts:
        asked, answered = rates.get(district.pk, (0, 0))
        rows.append(
            {
                "district": district.short_name,
                "locations": district.location_count,
                "overdue": district.overdue_count,
                "uncontactable": district.uncontactable_count,
                "asked": asked,
                "answered": answered,
                "answered_share": _share(answered, asked),
                "contact_persons": district.contact_count,
            }
        )
    return rows


def category_rows():
    """Per category: German locations in it."""
    german = Locale.get_default()
    categories = (
        Category.objects.filter(locale=german)
        .annotate(
            location_count=Count(
                "location_links", filter=Q(location_links__location__locale=german)
            )
        )
        .order_by("name")
    )
    return [
        {"category": category.name, "locations": category.location_count} for category in categories
    ]


def monitoring_rows():
    """Per indicator and district (and the state): the latest figure, the one before it
    and the change between them, for comparing the districts."""
    rows = []
    values = IndicatorValue.objects.select_related("indicator", "district").order_by(
        "indicator__sort_order", "indicator__name", "district__short_name", "period_end"
    )
    series = {}
    for value in values:
        series.setdefault((value.indicator_id, value.district_id), []).append(value)
    for history in series.values():
        latest = history[-1]
        previous = history[-2] if len(history) > 1 else None
        shown = Decimal(1).scaleb(-latest.indicator.decimal_places)
        change = None
        if previous is not None and previous.value:
            change = round(100 * (latest.value - previous.value) / previous.value, 1)
        rows.append(
            {
                "indicator": latest.indicator.name,
                "district": latest.district.short_name
                if latest.district_id
                else _("Mecklenburg-Vorpommern (state)"),
                "period": latest.period_label,
                "value": latest.value.quantize(shown),
                "unit": latest.indicator.unit,
                "previous": previous.value.quantize(shown) if previous else None,
                "change": change,
                "source": latest.source,
                "source_date": latest.source_date,
            }
        )
    return rows


TABLES = {
    "languages": (
        _("Translations per language"),
        [
            ("language", _("Language")),
            ("pages", _("German pages")),
            ("translated", _("Translated")),
            ("translated_share", _("Translated (%)")),
            ("current", _("Current")),
            ("current_share", _("Current (%)")),
        ],
        language_rows,
    ),
    "pages": (
        _("Pages not reviewed for 12 months"),
        [("title", _("Page")), ("type", _("Type")), ("last_reviewed", _("Last reviewed"))],
        overdue_page_rows,
    ),
    "locations": (
        _("Locations not verified for 12 months"),
        [
            ("name", _("Location")),
            ("district", _("District")),
            ("last_verified", _("Last verified")),
        ],
        overdue_location_rows,
    ),
    "districts": (
        _("Per district"),
        [
            ("district", _("District")),
            ("locations", _("Locations")),
            ("overdue", _("Not verified for 12 months")),
            ("uncontactable", _("Nobody to ask for confirmation")),
            ("asked", _("Providers asked to confirm")),
            ("answered", _("Answered")),
            ("answered_share", _("Confirmation rate (%)")),
            ("contact_persons", _("Contact persons")),
        ],
        district_rows,
    ),
    "monitoring": (
        _("Integration monitoring: districts compared"),
        [
            ("indicator", _("Indicator")),
            ("district", _("District")),
            ("period", _("Period")),
            ("value", _("Value")),
            ("unit", _("Unit")),
            ("previous", _("Period before")),
            ("change", _("Change (%)")),
            ("source", _("Source")),
            ("source_date", _("As of")),
        ],
        monitoring_rows,
    ),
    "categories": (
        _("Per category"),
        [("category", _("Category")), ("locations", _("Locations"))],
        category_rows,
    ),
}
