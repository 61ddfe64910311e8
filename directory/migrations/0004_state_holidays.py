"""The state's public holidays and school holidays shipped with the portal
(directory/holidays/mecklenburg-vorpommern.csv) written into the Holiday table.

Loading adds only what the table lacks, so a later migration that ships more years to the
file loads it the same way. Sources: public holidays by the state's
holiday law (Feiertagsgesetz M-V, with the Internationaler Frauentag since 2023; Easter
dates as computed by dateutil), school holidays as the Kultusministerkonferenz lists them
for Mecklenburg-Vorpommern, school years 2025/26 to 2027/28, first and last day each."""

import csv
import datetime
from pathlib import Path

from django.db import migrations

HOLIDAYS = Path(__file__).resolve().parent.parent / "holidays" / "mecklenburg-vorpommern.csv"


def load(apps, schema_editor):
    holiday = apps.get_model("directory", "Holiday")
    known = set(holiday.objects.values_list("kind", "first_day", "last_day"))
    with HOLIDAYS.open(encoding="utf-8", newline="") as file:
        rows = [
            (
                row["kind"],
                row["name"],
                datetime.date.fromisoformat(row["first_day"]),
                datetime.date.fromisoformat(row["last_day"]),
            )
            for row in csv.DictReader(file)
        ]
    holiday.objects.bulk_create(
        holiday(kind=kind, name=name, first_day=first_day, last_day=last_day)
        for kind, name, first_day, last_day in rows
        if (kind, first_day, last_day) not in known
    )


def unload(apps, schema_editor):
    apps.get_model("directory", "Holiday").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_holidays_and_special_opening_hours")]

    operations = [migrations.RunPython(load, unload)]
