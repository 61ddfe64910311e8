"""Records a test needs beyond the demo site, made the way the site makes them."""

import csv

from directory import importexport

# One valid import row (see directory/importexport.py): a place in Lübz.
LOCATION_ROW = {
    "external_id": "test-0001",
    "name": "Sprachcafé Lübz",
    "organisation": "Beispielverein",
    "description": "Deutsch sprechen üben.",
    "categories": "sprachkurse|vereine-verbaende",
    "district": "ludwigslust-parchim",
    "street": "Beispielweg 1",
    "postcode": "19386",
    "city": "Lübz",
    "latitude": "53.4625",
    "longitude": "12.0292",
    "phone": "",
    "email": "cafe@example.org",
    "website": "https://example.org/",
    "opening_hours": "Tu 15:00-18:00; Th 15:00-18:00",
    "opening_hours_note": "",
    "languages": "de|ar|fa",
    "wheelchair_access": "yes",
    "appointment_needed": "no",
    "last_verified": "2026-10-01",
    "slug": "",
}


def location_rows(count, **changes):
    """`count` valid import rows of different places, each with `changes`."""
    return [
        {
            **LOCATION_ROW,
            "external_id": f"test-{number:04d}",
            "name": f"Sprachcafé Lübz {number}",
            **changes,
        }
        for number in range(1, count + 1)
    ]


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=importexport.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path
