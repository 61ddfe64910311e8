"""The monitoring page for readers: the state's figures and the districts compared, each
district's figures over time, and both as CSV.

Indicator names, units and explanations are read in the page's language where the
indicator is translated, else in German (marked as such); district names come from the
district records' translations. Every chart is followed by its data table."""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from directory.models import District
from directory.search import districts_in
from welcome.foundation.languages import everywhere_versions, in_reader_language, text_direction
from welcome.foundation.spreadsheets import spreadsheet_safe
from welcome.monitoring.charts import Bar, bar_chart
from welcome.monitoring.records import Indicator, IndicatorValue


@dataclass
class IndicatorFigures:
    """One indicator on the page: its text in the reader's language (or German) and its
    charts with their data tables."""

    text: Indicator
    charts: list = field(default_factory=list)


@dataclass
class Chart:
    """A chart and its data table, whose rows are (label, value as shown, IndicatorValue);
    `label_heading` names the label column (the period, or the place)."""

    heading: str
    svg: str
    label_heading: str
    rows: list


def indicators_in(language):
    """{German indicator id: the indicator in `language`, or German}, in their order."""
    return in_reader_language(Indicator.objects.all(), language)


def _values(district=None):
    """Every figure, or a district's, oldest period first."""
    values = IndicatorValue.objects.select_related("district")
    if district is not None:
        values = values.filter(district=district)
    return values.order_by("period_start", "period_end")


def _place_name(value, districts):
    if value.district_id is None:
        return _("Mecklenburg-Vorpommern")
    return districts.get(value.district_id, value.district).short_name


def _series_chart(heading, text, values, districts, right_to_left):
    """An indicator's values over time, one bar per period."""
    bars = [Bar(value.period_label, value.value, text.format(value.value)) for value in values]
    return Chart(
        heading,
        bar_chart(bars, name=f"{text.name}: {heading}", right_to_left=right_to_left),
        _("Period"),
        [(bar.label, bar.figure, value) for bar, value in zip(bars, values, strict=True)],
    )


def _comparison_chart(text, values, districts, right_to_left):
    """The districts side by side for one period: the period most districts reported,
    the latest of those, so that a district that reports early does not leave the others
    out of the comparison."""
    periods = defaultdict(list)
    for value in values:
        periods[value.period_start, value.period_end].append(value)
    if not periods:
        return None
    (_start, _end), reported = max(
        periods.items(), key=lambda item: (len(item[1]), item[0][1], item[0][0])
    )
    shown = sorted(reported, key=lambda value: (-value.value, _place_name(value, districts)))
    period = shown[0].period_label
    heading = _("Districts compared, %(period)s") % {"period": period}
    bars = [
        Bar(_place_name(value, districts), value.value, text.format(value.value)) for value in shown
    ]
    return Chart(
        heading,
        bar_chart(bars, name=f"{text.name}: {heading}", right_to_left=right_to_left),
        _("Where"),
        [(bar.label, bar.figure, value) for bar, value in zip(bars, shown, strict=True)],
    )


def _figures(language, values, build):
    by_indicator = defaultdict(list)
    for value in values:
        by_indicator[value.indicator_id].append(value)
    return [
        IndicatorFigures(text, build(text, by_indicator[german_id]))
        for german_id, text in indicators_in(language).items()
    ]


def state_figures(request, page):
    language = page.locale.language_code
    districts = districts_in(language)
    right_to_left = text_direction(language) == "rtl"

    def charts(text, values):
        state = [value for value in values if value.district_id is None]
        local = [value for value in values if value.district_id is not None]
        made = []
        if state:
            made.append(
                _series_chart(_("The state over time"), text, state, districts, right_to_left)
            )
        comparison = _comparison_chart(text, local, districts, right_to_left)
        if comparison:
            made.append(comparison)
        return made

    context = page.get_context(request)
    context.update(
        {
            "figures": _figures(language, _values(), charts),
            "districts": sorted(
                (districts.get(district.pk, district) for district in _german_districts()),
                key=lambda district: district.short_name,
            ),
            "csv_url": page.url + page.reverse_subpage("state_csv"),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def district_figures(request, page, slug):
    district = _german_district(slug)
    language = page.locale.language_code
    districts = districts_in(language)
    right_to_left = text_direction(language) == "rtl"

    def charts(text, values):
        if not values:
            return []
        return [_series_chart(_("Over time"), text, values, districts, right_to_left)]

    context = page.get_context(request)
    context.update(
        {
            "district": districts.get(district.pk, district),
            "figures": _figures(language, _values(district=district), charts),
            "csv_url": page.url + page.reverse_subpage("district_csv", args=[slug]),
            "state_url": page.url,
            "language_versions": everywhere_versions(request, page, f"{slug}/"),
            "canonical_url": request.build_absolute_uri(page.district_url(slug)),
        }
    )
    return TemplateResponse(request, "monitoring/district_figures.html", context)


def _german_districts():
    return District.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def _german_district(slug):
    district = _german_districts().filter(slug=slug).first()
    if district is None:
        raise Http404(_("There is no such district."))
    return district


CSV_COLUMNS = [
    "indicator",
    "unit",
    "district",
    "period_start",
    "period_end",
    "value",
    "source",
    "source_date",
]


def figures_csv(request, page, slug):
    """Every value the page shows, one row each, for spreadsheets (formula cells escaped)."""
    language = page.locale.language_code
    if slug is None:
        values, name = _values(), "mecklenburg-vorpommern"
    else:
        district = _german_district(slug)
        values, name = _values(district=district), district.slug
    texts = indicators_in(language)
    districts = districts_in(language)
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for value in values:
        text = texts[value.indicator_id]
        writer.writerow(
            spreadsheet_safe(cell)
            for cell in (
                text.name,
                text.unit,
                _place_name(value, districts),
                value.period_start.isoformat(),
                value.period_end.isoformat(),
                str(value.value),
                value.source,
                value.source_date.isoformat(),
            )
        )
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="integration-{name}.csv"'
    return response
