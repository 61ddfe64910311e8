"""Property-based: whatever query string and headers a client sends to any public
address, the answer is never a server error. Hypothesis draws the parameters each view
reads (and others), with values from the worst of text (NUL, control characters,
right-to-left marks, very long values, numbers out of range, repeated parameters), and
the request headers the site reads."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.filters import LocationFilterForm
from directory.models import Location, MapPage
from home.event_filters import EventFilterForm
from home.leaflets import LeafletFilterForm
from home.models import (
    ArticlePage,
    DistrictPage,
    DownloadsPage,
    EventIndexPage,
    NewsIndexPage,
    SectionPage,
)

pytestmark = pytest.mark.django_db

PARAMETERS = sorted(
    {
        *LocationFilterForm.base_fields,
        *EventFilterForm.base_fields,
        *LeafletFilterForm.base_fields,
        "page",
        "q",
        "lang",
        "uncached",
        "format",
        "bbox",
        "lat",
        "lng",
        "limit",
    }
)
NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "\u202e\u200f",
            "9" * 400,
            "-1",
            "1e309",
            "nan",
            "inf",
            "0x10",
            "2026-02-30",
            "99999-01-01",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%00",
            "ü" * 3000,
            "53.4,11.8",
            "-91,181",
        ]
    ),
)
QUERIES = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=12)), NASTY_TEXT),
    max_size=6,
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": NASTY_TEXT,
        "HTTP_ACCEPT_ENCODING": st.sampled_from(["gzip", "br", "identity", "gzip;q=0", "\x00"]),
        "HTTP_ACCEPT": st.sampled_from(["*/*", "application/geo+json", "text/html", "\x00"]),
        "HTTP_IF_NONE_MATCH": NASTY_TEXT,
        "HTTP_IF_MODIFIED_SINCE": NASTY_TEXT,
        "HTTP_X_REQUESTED_WITH": st.sampled_from(["XMLHttpRequest", ""]),
    },
)


@pytest.fixture(scope="module")
def addresses(django_db_blocker):
    with django_db_blocker.unblock():
        map_page = MapPage.objects.get(locale__language_code="ar")
        location = Location.objects.filter(locale__language_code="ar").first()
        news = NewsIndexPage.objects.get(locale__language_code="de")
        events = EventIndexPage.objects.get(locale__language_code="ar")
        return [
            "/de/",
            "/ar/",
            SectionPage.objects.filter(locale__language_code="fa").first().url,
            ArticlePage.objects.filter(locale__language_code="ar").first().url,
            DistrictPage.objects.filter(locale__language_code="uk").first().url,
            DownloadsPage.objects.get(locale__language_code="ar").url,
            news.url,
            f"{news.url}rss/",
            events.url,
            f"{events.url}ical/",
            map_page.url,
            map_page.directory_url(),
            map_page.location_url(location.slug),
            "/de/search/",
            "/ar/search/",
            "/api/locations.geojson",
            "/sitemap.xml",
            "/robots.txt",
            "/sw.js",
            "/manifest.webmanifest",
            "/",
        ]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), query=QUERIES, headers=HEADERS)
def test_no_query_string_or_header_makes_a_server_error(addresses, data, query, headers):
    address = data.draw(st.sampled_from(addresses))
    response = Client().get(address, query, **headers)
    assert response.status_code < 500, (address, query, headers, response.status_code)
