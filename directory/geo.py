"""Geo maths for the directory: points as wagtailgeowidget stores them, great-circle
distances and the bounding box that lets the database pre-select candidates.

Distances are computed here rather than in SQL so that the same code runs on SQLite
(local) and PostgreSQL (production) without PostGIS; the bounding box keeps the
number of candidates small.
"""

import math
import re

EARTH_RADIUS_KM = 6371.0088
POINT_PATTERN = re.compile(
    r"^\s*(?:SRID=4326;)?\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$",
    re.IGNORECASE,
)


def parse_point(value):
    """(latitude, longitude) from 'SRID=4326;POINT(lng lat)', or None for an empty value."""
    if not value:
        return None
    match = POINT_PATTERN.match(value)
    if not match:
        raise ValueError(f"not a point: {value!r}")
    longitude, latitude = float(match.group(1)), float(match.group(2))
    validate_coordinates(latitude, longitude)
    return latitude, longitude


def format_point(latitude, longitude):
    return f"SRID=4326;POINT({longitude} {latitude})"


def validate_coordinates(latitude, longitude):
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError("latitude must lie within ±90 and longitude within ±180")


def parse_lat_lng(value):
    """(latitude, longitude) from the text 'lat,lng'."""
    parts = value.split(",")
    if len(parts) != 2:
        raise ValueError("expected latitude,longitude")
    latitude, longitude = (float(part) for part in parts)
    if not all(math.isfinite(number) for number in (latitude, longitude)):
        raise ValueError("expected finite numbers")
    validate_coordinates(latitude, longitude)
    return latitude, longitude


def distance_km(lat1, lng1, lat2, lng2):
    """Great-circle distance by the haversine formula."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lng2 - lng1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(latitude, longitude, radius_km):
    """(min_lat, max_lat, min_lng, max_lng) enclosing the circle; never misses a point."""
    angle = radius_km / EARTH_RADIUS_KM
    d_lat = math.degrees(angle)
    ratio = math.sin(angle) / max(math.cos(math.radians(latitude)), 1e-12)
    d_lng = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
    return latitude - d_lat, latitude + d_lat, longitude - d_lng, longitude + d_lng
