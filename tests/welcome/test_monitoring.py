"""Integration monitoring: the figures' rules, the public pages of the state and of each
district with their charts, tables and CSV, who may enter which figures, and the
ministry's comparison across districts."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from directory.models import District
from tests.welcome.test_permission_matrix import refused
from welcome.editorial.content_health import monitoring_rows
from welcome.monitoring.models import Indicator, IndicatorValue, MonitoringPage

pytestmark = pytest.mark.django_db

DISTRICT = "ludwigslust-parchim"


def german(model, **filters):
    return model.objects.get(locale__language_code="de", **filters)


def page_url(language="de"):
    return MonitoringPage.objects.get(locale__language_code=language).url


def user(username):
    return get_user_model().objects.get(username=username)


def a_value(**changes):
    fields = {
        "indicator": german(Indicator, slug="wartezeit-kursplatz"),
        "district": german(District, slug=DISTRICT),
        "period_start": datetime.date(2026, 1, 1),
        "period_end": datetime.date(2026, 6, 30),
        "value": Decimal("7.5"),
        "source": "Kreisverwaltung",
        "source_date": datetime.date(2026, 7, 15),
        **changes,
    }
    return IndicatorValue(**fields)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value": Decimal("-1")}, "value"),
        ({"value": Decimal("99999999999")}, "value"),
        ({"period_end": datetime.date(2025, 12, 31)}, "period_end"),
        ({"source_date": datetime.date(2999, 1, 1)}, "source_date"),
        ({"source": "x" * 201}, "source"),
        ({"source": ""}, "source"),
    ],
)
def test_a_figure_that_cannot_be_true_is_refused(changes, field):
    with pytest.raises(ValidationError) as refusal:
        a_value(**changes).full_clean()
    assert field in refusal.value.message_dict


def test_one_figure_per_place_and_period():
    a_value().save()
    with pytest.raises(ValidationError) as refusal:
        a_value(value=Decimal("8")).full_clean()
    assert "period_start" in refusal.value.message_dict
    state = a_value(district=None)
    state.save()
    with pytest.raises(ValidationError):
        a_value(district=None).full_clean()


def test_the_state_page_compares_the_districts_in_every_language(client):
    for language in ("de", "ar"):
        response = client.get(page_url(language))
        assert response.status_code == 200
        html = response.content.decode()
        assert (
            html.count('<svg class="chart"')
            == 2 * Indicator.objects.filter(locale__language_code="de").count()
        ), "the state over time and the districts compared, per indicator"
        assert html.count('role="img"') >= 8
        assert html.count("<caption id=") == html.count('<svg class="chart"')
        assert "Ludwigslust-Parchim" in html
    german_html = client.get(page_url()).content.decode()
    assert "Teilnehmende an Integrationskursen" in german_html
    assert "Landkreise im Vergleich, 2025" in german_html
    assert f'href="{page_url()}{DISTRICT}/"' in german_html


def test_districts_are_compared_for_the_period_most_of_them_reported(client):
    a_value(period_end=datetime.date(2026, 12, 31)).save()
    html = client.get(page_url()).content.decode()
    assert html.count("Landkreise im Vergleich, 2025</h3>") == 4
    assert "Landkreise im Vergleich, 2026" not in html


def test_a_figure_entered_shows_at_once_formatted_for_the_reader(client):
    url = f"{page_url()}{DISTRICT}/"
    client.get(url)  # now in the page cache
    a_value(value=Decimal("12345.5"), period_end=datetime.date(2026, 12, 31)).save()
    html = client.get(url).content.decode()
    assert "2026" in html
    assert "12.345,5" in html, "German grouping and decimal comma, one decimal place"
    english = client.get(f"{page_url('en')}{DISTRICT}/").content.decode()
    assert "12,345.5" in english


def test_district_pages_and_their_csv(client):
    district = german(District, slug=DISTRICT)
    a_value(source='=HYPERLINK("http://evil.example")').save()
    page = client.get(f"{page_url()}{DISTRICT}/")
    assert page.status_code == 200
    assert '<link rel="alternate" hreflang="ar"' in page.content.decode()
    assert f"{page_url('ar')}{DISTRICT}/" in page.content.decode()
    assert client.get(f"{page_url()}gibt-es-nicht/").status_code == 404
    assert client.get(f"{page_url()}gibt-es-nicht/csv/").status_code == 404

    response = client.get(f"{page_url()}{DISTRICT}/csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == IndicatorValue.objects.filter(district=district).count()
    assert {row["district"] for row in rows} == {"Ludwigslust-Parchim"}
    assert any(row["source"] == '\'=HYPERLINK("http://evil.example")' for row in rows)
    state = list(csv.DictReader(io.StringIO(client.get(f"{page_url()}csv/").content.decode())))
    assert len(state) == IndicatorValue.objects.count()


def test_who_may_enter_which_figures(client):
    add_url = reverse(IndicatorValue.snippet_viewset.get_url_name("add"))
    indicator = german(Indicator, slug="wartezeit-kursplatz")
    own = german(District, slug=DISTRICT)
    other = german(District, slug="rostock")
    form = {
        "indicator": indicator.pk,
        "period_start": "2026-01-01",
        "period_end": "2026-06-30",
        "value": "6.5",
        "source": "Kreisverwaltung",
        "source_date": "2026-07-01",
    }
    client.force_login(user(f"district-{DISTRICT}"))
    response = client.post(add_url, {**form, "district": other.pk})
    assert response.status_code == 200, "the form is shown again with an error"
    assert not IndicatorValue.objects.filter(district=other, period_start="2026-01-01").exists()
    response = client.post(add_url, {**form, "district": ""})
    assert not IndicatorValue.objects.filter(district=None, period_start="2026-01-01").exists()
    response = client.post(add_url, {**form, "district": own.pk})
    assert response.status_code == 302
    assert IndicatorValue.objects.filter(district=own, period_start="2026-01-01").exists()

    mine = IndicatorValue.objects.get(district=own, period_start="2026-01-01")
    own_edit = reverse(IndicatorValue.snippet_viewset.get_url_name("edit"), args=[mine.pk])
    assert client.get(own_edit).status_code == 200
    response = client.post(own_edit, {**form, "district": own.pk, "value": "7.25"})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.value == Decimal("7.25")
    for view in ("history", "usage"):
        own_view = reverse(IndicatorValue.snippet_viewset.get_url_name(view), args=[mine.pk])
        assert client.get(own_view).status_code == 200, view

    theirs = IndicatorValue.objects.filter(district=other).first()
    edit_url = reverse(IndicatorValue.snippet_viewset.get_url_name("edit"), args=[theirs.pk])
    delete_url = reverse(IndicatorValue.snippet_viewset.get_url_name("delete"), args=[theirs.pk])
    assert refused(client.get(edit_url))
    assert refused(client.post(delete_url))
    listing = client.get(reverse(IndicatorValue.snippet_viewset.get_url_name("list")))
    listed = {value.district_id for value in listing.context["object_list"]}
    assert listed == {own.pk}
    assert refused(client.get(reverse(Indicator.snippet_viewset.get_url_name("add"))))

    for outsider in ("translator-ar-1", "moderator"):
        client.force_login(user(outsider))
        assert refused(client.get(add_url))
        assert refused(client.get(edit_url))

    client.force_login(user("ministry"))
    response = client.post(add_url, {**form, "district": ""})
    assert response.status_code == 302
    assert IndicatorValue.objects.filter(district=None, period_start="2026-01-01").exists()


def test_the_ministry_compares_the_districts():
    rows = monitoring_rows()
    waiting = [row for row in rows if row["indicator"] == "Wartezeit auf einen Kursplatz"]
    districts = District.objects.filter(locale__language_code="de").count()
    assert len(waiting) == districts + 1, "every district and the state"
    row = next(row for row in waiting if row["district"] == "Ludwigslust-Parchim")
    assert row["period"] == "2025"
    assert row["change"] == round(100 * (row["value"] - row["previous"]) / row["previous"], 1)


def test_the_comparison_downloads_as_a_spreadsheet(client):
    client.force_login(user("ministry"))
    url = reverse("welcome_content_health_table", args=["monitoring"])
    assert client.get(url).status_code == 200
    response = client.get(url + "?export=csv")
    assert response.status_code == 200
    assert "Ludwigslust-Parchim" in b"".join(response.streaming_content).decode()
    client.force_login(user(f"district-{DISTRICT}"))
    assert refused(client.get(url))
