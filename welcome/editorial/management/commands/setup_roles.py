from django.core.management.base import BaseCommand

from welcome.editorial.roles import sync_roles


class Command(BaseCommand):
    help = (
        "Creates or updates the editorial groups (ministry editors, district editors per "
        "district, translators per language, moderators), their page, collection and "
        "snippet permissions, and the approval and translation review workflows. "
        "Idempotent; migrate and the demo set-up run it too."
    )

    def handle(self, *args, **options):
        groups = sync_roles()
        for group in groups:
            self.stdout.write(f"  {group.name}")
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} groups are in step."))
