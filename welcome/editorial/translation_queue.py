"""The translators' queue of one language: what waits, what comes first, how many words
it is, by when, and what it costs.

Order: legal pages first (the footer's imprint, privacy and accessibility statements,
which the law wants readable), then pages an editor marked "translate first" (emergency
information), then by deadline (the earliest first, pages without one after), then in
the site's tree order. The portal does not count readers' visits (it keeps no analytics
and sets no cookies for readers), so visits do not weigh in.

Words are counted in the German segments still waiting: all of a page never translated
("untranslated"), and for a translation whose German page changed since, the new and
changed segments ("changed"); the slug is not counted. The cost is the words times
TRANSLATION_PRICE_PER_WORD. The ministry (those with an unrestricted scope) sets a
deadline per page and language; `send_translation_reminders` (daily, by cron) e-mails the
language's translators once when a deadline is TRANSLATION_REMINDER_DAYS away or less and
the page still needs work.
"""

import datetime
import html
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.extract import extract_segments

from welcome.editorial.mail import mail_user, portal_url
from welcome.editorial.models import GroupScope, TranslationDeadline
from welcome.editorial.translation_workflow import (
    MISSING,
    SLUG_PATH,
    page_translations,
    text_segments,
)
from welcome.foundation.models import LegalPages

LEGAL = 0
URGENT = 1
ORDINARY = 2


@dataclass
class QueueEntry:
    translation: object  # translation_workflow.PageTranslation
    priority: int
    untranslated_words: int
    changed_words: int
    deadline: object  # TranslationDeadline or None

    @property
    def page(self):
        return self.translation.source_page

    @property
    def words(self):
        return self.untranslated_words + self.changed_words

    @property
    def cost(self):
        price = Decimal(settings.TRANSLATION_PRICE_PER_WORD)
        return (price * self.words).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def priority_label(self):
        return {LEGAL: _("legal page"), URGENT: _("translate first"), ORDINARY: ""}[self.priority]

    @property
    def overdue(self):
        return self.deadline is not None and self.deadline.due < timezone.localdate()


def word_count(text):
    return len(strip_tags(html.unescape(text)).split())


def waiting_words(source_ids, locale_id):
    """{source id: words of its segments without a translation into the locale}."""
    rows = (
        text_segments(source_ids, locale_id)
        .filter(is_translated=False)
        .values_list("source_id", "string__data")
    )
    words = {}
    for source_id, data in rows:
        words[source_id] = words.get(source_id, 0) + word_count(data)
    return words


def _all_words(page):
    """The words of a German page that has no translation source yet, read from the page
    as wagtail-localize would segment it."""
    return sum(
        word_count(segment.string.data)
        for segment in extract_segments(page.specific)
        if hasattr(segment, "string") and segment.path != SLUG_PATH
    )


def legal_page_ids():
    ids = set()
    for setting in LegalPages.objects.all():
        ids |= {setting.imprint_id, setting.privacy_id, setting.accessibility_id}
    return ids - {None}


def queue(locale, include_current=False):
    """The German pages that need work in `locale`, first things first (with
    `include_current`, the current translations too, after them)."""
    states = [state for state in page_translations(locale) if include_current or state.needs_work]
    pages = [state.source_page for state in states]
    sources = dict(
        TranslationSource.objects.filter(
            object_id__in=[page.translation_key for page in pages],
            locale__language_code=settings.LANGUAGE_CODE,
        ).values_list("object_id", "id")
    )
    waiting = waiting_words(list(sources.values()), locale.pk)
    legal = legal_page_ids()
    urgent = {
        page.pk
        for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()
        if getattr(page, "translate_first", False)
    }
    deadlines = {
        deadline.page_id: deadline
        for deadline in TranslationDeadline.objects.filter(locale=locale, page__in=pages)
    }
    entries = []
    for state in states:
        page = state.source_page
        source_id = sources.get(page.translation_key)
        words = _all_words(page) if source_id is None else waiting.get(source_id, 0)
        # A page never translated waits with all its words; a translation with those of
        # the segments changed since.
        untranslated = source_id is None or state.state == MISSING
        priority = LEGAL if page.pk in legal else URGENT if page.pk in urgent else ORDINARY
        entries.append(
            QueueEntry(
                translation=state,
                priority=priority,
                untranslated_words=words if untranslated else 0,
                changed_words=0 if untranslated else words,
                deadline=deadlines.get(page.pk),
            )
        )
    entries.sort(
        key=lambda entry: (
            not entry.translation.needs_work,
            entry.priority,
            entry.deadline is None,
            entry.deadline.due if entry.deadline else None,
            entry.page.path,
        )
    )
    return entries


def set_deadline(page, locale, due, user):
    """Set (or, with `due` None, remove) the deadline of a page in a language. A new date
    brings a new reminder."""
    if due is None:
        TranslationDeadline.objects.filter(page=page, locale=locale).delete()
        return None
    deadline, _created = TranslationDeadline.objects.update_or_create(
        page=page, locale=locale, defaults={"due": due, "set_by": user, "reminded_at": None}
    )
    return deadline


def translators_of_locale(locale):
    groups = GroupScope.objects.filter(locale=locale).values("group_id")
    return list(
        get_user_model()
        .objects.filter(groups__in=groups, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def send_translation_reminders(today=None):
    """Remind translators of deadlines coming up; returns how many e-mails were sent."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=settings.TRANSLATION_REMINDER_DAYS)
    sent = 0
    with transaction.atomic():
        deadlines = (
            TranslationDeadline.objects.select_for_update()
            .filter(reminded_at__isnull=True, due__lte=horizon)
            .select_related("locale", "page")
        )
        by_locale = {}
        for deadline in deadlines:
            by_locale.setdefault(deadline.locale, []).append(deadline)
        connection = get_connection()
        for locale, due in by_locale.items():
            needing = {entry.page.pk: entry for entry in queue(locale)}
            waiting = [deadline for deadline in due if deadline.page_id in needing]
            TranslationDeadline.objects.filter(pk__in=[d.pk for d in due]).update(
                reminded_at=timezone.now()
            )
            if not waiting:
                continue
            for translator in translators_of_locale(locale):
                _remind(connection, translator, locale, waiting, needing)
                sent += 1
    return sent


def _remind(connection, translator, locale, deadlines, entries):
    queue_url = portal_url(f"{reverse('welcome_translations')}?language={locale.language_code}")
    mail_user(
        translator,
        "welcome/email/translation_deadlines.txt",
        {
            "language": locale.get_display_name(),
            "rows": [(deadline, entries[deadline.page_id]) for deadline in deadlines],
            "queue_url": queue_url,
        },
        gettext_lazy("Translations due soon: %(count)s"),
        {"count": len(deadlines)},
        connection=connection,
    )
