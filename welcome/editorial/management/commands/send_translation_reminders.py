from django.core.management.base import BaseCommand

from welcome.editorial.translation_queue import send_translation_reminders


class Command(BaseCommand):
    help = (
        "E-mail the translators of each language once when a translation deadline is "
        "TRANSLATION_REMINDER_DAYS away or less and the page still needs work. Run it daily (cron)."
    )

    def handle(self, *args, **options):
        sent = send_translation_reminders()
        self.stdout.write(f"Translation reminders sent: {sent}.")
