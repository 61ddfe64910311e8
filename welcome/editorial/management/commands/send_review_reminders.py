from django.core.management.base import BaseCommand

from welcome.editorial.review_reminders import send_review_reminders


class Command(BaseCommand):
    help = (
        "E-mail the editors of every German page whose review has fallen due, once per "
        "page and due date. Run it daily (cron)."
    )

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(f"Review reminders sent: {sent}.")
