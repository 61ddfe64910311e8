from django.core.management.base import BaseCommand, CommandError

from welcome.foundation.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restores a backup made by `backup` into an empty database (DATABASE_URL) and the "
        "media storage. See welcome/foundation/backups.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive that `backup` wrote")

    def handle(self, *args, archive, **options):
        try:
            count = restore(archive)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Site restored from {archive} ({count} files)."))
