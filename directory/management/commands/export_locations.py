from pathlib import Path

from django.core.management.base import BaseCommand

from directory import importexport


class Command(BaseCommand):
    help = "Export the German location records as CSV or GeoJSON, in the format import_locations reads."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "geojson"], default="csv")
        parser.add_argument("--output", "-o", type=Path, help="default: standard output")

    def handle(self, *args, format, output=None, **options):
        text = importexport.export_geojson() if format == "geojson" else importexport.export_csv()
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
