from django.core.management.base import BaseCommand, CommandError

from welcome.demo.catalogue import REPOSITORY_DIR, TEMPLATE_NAME, template


class Command(BaseCommand):
    help = (
        "Writes welcome/demo/translations/demo.pot, the template of the demo content's "
        "translations, from the German texts of welcome.demo.content and "
        "welcome.demo.directory. With --check, only says whether the committed one is current."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; fail if the committed template is not what would be written.",
        )

    def handle(self, *args, **options):
        path = REPOSITORY_DIR / TEMPLATE_NAME
        text = template()
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if options["check"]:
            if current != text:
                raise CommandError(f"{path} is out of date: run `manage.py demo_catalogue`.")
            self.stdout.write(f"{path} is current.")
            return
        if current == text:
            self.stdout.write(f"{path} is current.")
            return
        path.write_text(text, encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Wrote {path}."))
