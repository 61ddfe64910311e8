from django.core.management.base import BaseCommand

from welcome.search import entries
from welcome.search.models import SearchEntry


class Command(BaseCommand):
    help = (
        "Makes the search entries of every live page and directory record again, with the "
        "words suggested for misspelt queries. Safe to run at any time."
    )

    def handle(self, *args, **options):
        entries.rebuild()
        self.stdout.write(f"{SearchEntry.objects.count()} search entries.")
