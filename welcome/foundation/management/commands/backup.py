from django.core.management.base import BaseCommand, CommandError

from welcome.foundation.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Writes a backup of the whole site (the PostgreSQL database and every uploaded "
        "file) to one tar archive. See welcome/foundation/backups.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Where to write the archive, e.g. site.tar")

    def handle(self, *args, archive, **options):
        try:
            count = backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive} ({count} files)."))
