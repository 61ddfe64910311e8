from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations

from directory import importexport


class Command(BaseCommand):
    help = (
        "Import German location records from CSV or GeoJSON, matched by external_id. "
        "All or nothing: a bad row stops the import with its line number and writes nothing. "
        "The columns are described in directory/importexport.py and the README."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--format", choices=["csv", "geojson"], help="default: from the file name"
        )
        parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")

    # Operators read this command's messages in English, the validators' ones included.
    @no_translations
    def handle(self, *args, file, format=None, dry_run=False, **options):
        kind = format or ("geojson" if file.suffix.lower() in {".geojson", ".json"} else "csv")
        try:
            rows = importexport.read_file(file, kind)
            records = importexport.check(rows)
            result = importexport.import_records(records, dry_run=dry_run)
        except importexport.ImportFailed as failure:
            raise CommandError(f"Nothing was imported. {failure.where}: {failure.reason}") from None
        counts = f"{result.created} new, {result.updated} changed, {result.unchanged} unchanged"
        if dry_run:
            self.stdout.write(f"Dry run, nothing written. The file holds {counts}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported: {counts}."))
