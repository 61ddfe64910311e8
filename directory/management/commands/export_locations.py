from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from directory import importexport


class Command(BaseCommand):
    help = "Export the German location records as CSV or GeoJSON, in the format import_locations reads."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "geojson"], default="csv")
        parser.add_argument("--output", "-o", type=Path, help="default: standard output")

    def handle(self, *args, format, output=None, **options):
        text = importexport.export_geojson() if format == "geojson" else importexport.export_csv()
        if output:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from None
        else:
            self.stdout.write(text, ending="")
