from django.core.management.base import BaseCommand

from welcome.editorial.provider_confirmation import send_confirmation_requests


class Command(BaseCommand):
    help = (
        "E-mail the providers of locations not verified for CONFIRMATION_INTERVAL_MONTHS a "
        "personal link to confirm or correct their entry. Run it daily (cron)."
    )

    def handle(self, *args, **options):
        sent = send_confirmation_requests()
        self.stdout.write(f"Confirmation requests sent: {sent}.")
