import math

import pytest

from directory import gazetteer, geo


def reference_distance(lat1, lng1, lat2, lng2):
    """Spherical law of cosines: independent of the haversine code under test."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_lambda = math.radians(lng2 - lng1)
    cosine = math.sin(phi1) * math.sin(phi2) + math.cos(phi1) * math.cos(phi2) * math.cos(d_lambda)
    return geo.EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, cosine)))


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((53.6355, 11.4012), (54.0887, 12.1405), 70.2),  # Schwerin - Rostock, about 70 km
        ((53.42631, 11.84875), (53.42631, 11.84875), 0.0),
    ],
)
def test_distance_matches_known_values(a, b, km):
    assert geo.distance_km(*a, *b) == pytest.approx(km, abs=0.5)
    assert geo.distance_km(*a, *b) == pytest.approx(reference_distance(*a, *b), abs=1e-6)


@pytest.mark.parametrize("latitude", [0.0, 53.4, 70.0, 85.0])
@pytest.mark.parametrize("radius", [1, 10, 50, 300])
def test_bounding_box_contains_every_point_of_the_circle(latitude, radius):
    min_lat, max_lat, min_lng, max_lng = geo.bounding_box(latitude, 11.0, radius)
    for step in range(360):
        bearing = math.radians(step)
        angle = radius / geo.EARTH_RADIUS_KM
        phi1, lambda1 = math.radians(latitude), math.radians(11.0)
        phi2 = math.asin(
            math.sin(phi1) * math.cos(angle) + math.cos(phi1) * math.sin(angle) * math.cos(bearing)
        )
        lambda2 = lambda1 + math.atan2(
            math.sin(bearing) * math.sin(angle) * math.cos(phi1),
            math.cos(angle) - math.sin(phi1) * math.sin(phi2),
        )
        lat, lng = math.degrees(phi2), math.degrees(lambda2)
        assert min_lat - 1e-9 <= lat <= max_lat + 1e-9
        assert min_lng - 1e-9 <= lng <= max_lng + 1e-9


def test_points_round_trip_in_wagtailgeowidget_format():
    assert geo.format_point(53.42631, 11.84875) == "SRID=4326;POINT(11.84875 53.42631)"
    assert geo.parse_point("SRID=4326;POINT(11.84875 53.42631)") == (53.42631, 11.84875)
    assert geo.parse_point("") is None
    for bad in ("POINT(200 10)", "SRID=4326;POINT(11.8)", "Parchim"):
        with pytest.raises(ValueError):
            geo.parse_point(bad)


@pytest.mark.parametrize("value", ["", "53.4", "a,b", "91,10", "10,181", "nan,1", "inf,2", "1,2,3"])
def test_bad_centres_are_refused(value):
    with pytest.raises(ValueError):
        geo.parse_lat_lng(value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Parchim", "Parchim"),
        ("parchim", "Parchim"),
        ("Grevesmühlen", "Grevesmühlen"),
        ("Grevesmuehlen", "Grevesmühlen"),
        ("  HAGENOW ", "Hagenow"),
    ],
)
def test_gazetteer_finds_places_however_they_are_typed(name, expected):
    place = gazetteer.resolve(name)
    assert place.name == expected
    assert place.in_home_state
    assert 53 < place.latitude < 55 and 10 < place.longitude < 15


@pytest.mark.parametrize("name", ["Wildberg", "Steinhagen", "Preetz"])
def test_gazetteer_prefers_the_place_in_mecklenburg_vorpommern(name):
    # Each name exists in another state too, where that place is larger.
    place = gazetteer.resolve(name)
    assert place.in_home_state
    assert 53 < place.latitude < 55


def test_unknown_place_offers_close_spellings():
    with pytest.raises(gazetteer.UnknownPlace) as raised:
        gazetteer.resolve("Parchimm")
    assert "Parchim" in raised.value.suggestions
    with pytest.raises(gazetteer.UnknownPlace) as raised:
        gazetteer.resolve("Xqzzyv")
    assert raised.value.suggestions == []


@pytest.mark.parametrize("typed", ["بارشيم", "پارشیم", "Пархим", "Parchim", "parchim "])
def test_a_town_typed_in_the_readers_script_is_found(typed):
    assert gazetteer.resolve(typed).name == "Parchim"


@pytest.mark.parametrize("code", ["SZW", "barshym", "de"])
def test_codes_and_lower_case_romanisations_are_no_places(code):
    with pytest.raises(gazetteer.UnknownPlace):
        gazetteer.resolve(code)
