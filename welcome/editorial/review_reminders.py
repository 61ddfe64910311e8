"""Reminding editors of pages whose review has fallen due.

A page falls due `review_interval_months()` after its `last_reviewed` date (its section's
interval, e.g. 6 months for law and residence, else 12). `send_review_reminders` (run
daily by cron: `manage.py send_review_reminders`) e-mails everyone who may edit such a
German page (Wagtail's page permissions: the ministry editors, and a district's editors
for their district's pages; administrators and translators are not asked), one e-mail per person listing
their pages, in the language they use the admin in. A ReviewReminder row per page and due
date makes each reminder go out once. The rows and the e-mails are one step: when the
mail server refuses, nothing is recorded and the next run tries again (so a person whose
e-mail did go out before the failure may get that reminder twice: rather twice than
never).
"""

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from welcome.editorial.mail import mail_user, portal_url
from welcome.editorial.models import ReviewReminder
from welcome.foundation.pages import WelcomePage


def due_pages(today=None):
    """(page, due date) of the live German pages that show readers their review date
    (WelcomePage.shows_review_date) and whose review is due by `today`."""
    today = today or timezone.localdate()
    pages = (
        Page.objects.live()
        .filter(locale=Locale.get_default(), depth__gt=1)
        .specific()
        .order_by("path")
    )
    return [
        (page, page.review_due)
        for page in pages
        if isinstance(page, WelcomePage) and page.shows_review_date and page.review_due <= today
    ]


def editors_of(page):
    """The active people, with an e-mail address, who may change `page`."""
    users = PagePermissionPolicy().users_with_permission_for_instance(
        "change", page, include_superusers=False
    )
    return list(users.filter(is_active=True).exclude(email="").order_by("pk"))


def send_review_reminders(today=None):
    """Remind the editors of every page newly due; returns how many e-mails were sent."""
    due = due_pages(today)
    already = set(
        ReviewReminder.objects.filter(
            page__in=[page for page, _day in due], due__in={day for _page, day in due}
        ).values_list("page_id", "due")
    )
    sent = 0
    with transaction.atomic():
        by_person = {}
        for page, day in due:
            if (page.pk, day) in already:
                continue
            editors = editors_of(page)
            try:
                with transaction.atomic():
                    ReviewReminder.objects.create(page=page, due=day, recipients=len(editors))
            except IntegrityError:
                continue  # another run took this reminder at the same moment
            for editor in editors:
                by_person.setdefault(editor.pk, (editor, []))[1].append((page, day))
        connection = get_connection()
        for editor, pages in by_person.values():
            _remind(connection, editor, pages)
            sent += 1
    return sent


def _remind(connection, editor, pages):
    mail_user(
        editor,
        "welcome/email/review_due.txt",
        {
            "pages": [
                (page, day, portal_url(reverse("wagtailadmin_pages:edit", args=[page.pk])))
                for page, day in pages
            ]
        },
        gettext_lazy("Pages to check again: %(count)s"),
        {"count": len(pages)},
        connection=connection,
    )
