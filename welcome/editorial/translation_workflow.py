"""Translation with a review step, German the source, built on wagtail-localize.

How a page travels from German into, say, Farsi:

1. A ministry editor submits the German page for translation (wagtail-localize's
   "Translate" action), or a Farsi translator starts it from their list
   (`start_translation`). `WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`, so
   nothing is published: the Farsi alias becomes a translation whose text is still the
   German one, and readers keep seeing it marked as German ("pending").
2. The translator fills in the segments in wagtail-localize's translation editor. It
   saves every segment as they go; its only button is "Publish", which it shows only to
   users who may publish, and translators may not.
3. The translator submits the translation for review (`submit_for_review`, from their
   list or the notice above the translation editor): the translated page is saved as a
   new revision, without touching what readers see, and the language's review workflow
   starts.
4. Another translator of that language, or a moderator, approves (Wagtail publishes the
   revision) or requests changes with a comment (the translator edits and resubmits).

When the German page is published with changed text (or a German directory record is
saved with changed text), its translation source is updated at once
(`sync_source_on_publish`, `snippet_saved`): new and changed segments appear untranslated in
every language, and each published translation counts as outdated until a reviewed
update is published. Readers of an outdated translation see a notice linking to the
German page (`welcome.foundation.translation_state`), and everyone who translated part of
the page is told by e-mail (`tell_translators`).

The slug is not text readers read: a translation keeps working with the German slug (or
the one made from its title), so an untranslated or changed slug never makes a
translation count as outdated or in progress (`SLUG_PATH`).

Directory records (locations, categories, districts, contact persons) have no drafts: a
translator's segments wait in wagtail-localize until someone publishes the record from
the translation editor, and only someone who wrote none of its current segments may do
so: another translator of the language or a ministry editor (`has_own_segments`).

Known limit: wagtail-localize fills untranslated segments with the German text when it
makes the first draft, and uses translation memory where the same German sentence was
translated before; that reused sentence can show before review. It is the same text
that was reviewed elsewhere.
"""

import logging
from dataclasses import dataclass
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.segments.extract import extract_segments

from directory.models import Category, ContactPerson, District, Location
from welcome.editorial.mail import mail_user, portal_url
from welcome.foundation.languages import SLUG_PATH, pending_translation
from welcome.monitoring.models import Indicator

logger = logging.getLogger(__name__)

MISSING = "missing"
PENDING = "pending"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
OUTDATED = "outdated"
CURRENT = "current"

STATE_LABELS = {
    MISSING: _("Not translated"),
    PENDING: _("Being translated"),
    IN_REVIEW: _("Awaiting review"),
    CHANGES_REQUESTED: _("Changes requested"),
    OUTDATED: _("German page is newer"),
    CURRENT: _("Current"),
}
NEEDS_WORK = {MISSING, PENDING, CHANGES_REQUESTED, OUTDATED}


class TranslationError(Exception):
    """A translation step that cannot be taken, with a message for the editor."""


@dataclass
class PageTranslation:
    """Where one German page stands in one language."""

    source_page: Page
    target: dict | None
    state: str
    published: bool = False
    total_segments: int = 0
    untranslated_segments: int = 0

    @property
    def label(self):
        return STATE_LABELS[self.state]

    @property
    def needs_work(self):
        return self.state in NEEDS_WORK


def text_segments(source_ids, locale_id):
    """The text segments of these translation sources, the slug left out (see
    SLUG_PATH), each with `is_translated` into the locale."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale_id,
        has_error=False,
    )
    return (
        StringSegment.objects.filter(source_id__in=source_ids)
        .exclude(context__path=SLUG_PATH)
        .annotate(is_translated=Exists(translated))
    )


def segment_progress(source_ids, locale_id):
    """{source id: (segments, segments without a translation into the locale)}."""
    rows = (
        text_segments(source_ids, locale_id)
        .values("source_id")
        .annotate(total=Count("id"), untranslated=Count("id", filter=Q(is_translated=False)))
    )
    return {row["source_id"]: (row["total"], row["untranslated"]) for row in rows}


def _state(target, source, translation, progress, workflow_status):
    if target is None or target["alias_of_id"]:
        return MISSING
    if translation is None:
        # Translated by hand outside wagtail-localize, or a stopped translation:
        # there is no source to compare with.
        return CURRENT
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_REVIEW
    if not target["live"] or target["pending"]:
        return PENDING
    untranslated = progress[1]
    published = target["last_published_at"]
    if untranslated or (published and source["last_updated_at"] > published):
        return OUTDATED
    return CURRENT


def page_translations(locale, german_pages=None):
    """The state of every live German page in `locale`, in tree order.

    A fixed number of queries, whatever the number of pages.
    """
    if german_pages is None:
        german_pages = (
            Page.objects.live()
            .filter(locale=Locale.get_default(), depth__gt=1)
            .order_by("path")
            .only("id", "title", "path", "depth", "translation_key", "locale_id")
        )
    german_pages = list(german_pages)
    keys = [page.translation_key for page in german_pages]
    targets = {
        row["translation_key"]: row
        for row in Page.objects.filter(locale=locale, translation_key__in=keys)
        .annotate(pending=pending_translation())
        .values(
            "id", "translation_key", "title", "alias_of_id", "live", "last_published_at", "pending"
        )
    }
    sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=keys, locale_id__in={page.locale_id for page in german_pages}
        ).values("id", "object_id", "last_updated_at")
    }
    translations = {
        row["source_id"]: row
        for row in Translation.objects.filter(
            source_id__in=[source["id"] for source in sources.values()],
            target_locale=locale,
            enabled=True,
        ).values("id", "source_id")
    }
    progress = segment_progress([source["id"] for source in sources.values()], locale.pk)
    workflow_statuses = dict(
        WorkflowState.objects.active()
        .filter(
            base_content_type__app_label="wagtailcore",
            base_content_type__model="page",
            object_id__in=[str(target["id"]) for target in targets.values()],
        )
        .values_list("object_id", "status")
    )

    result = []
    for page in german_pages:
        target = targets.get(page.translation_key)
        source = sources.get(page.translation_key)
        translation = translations.get(source["id"]) if source else None
        counts = progress.get(source["id"], (0, 0)) if source else (0, 0)
        state = _state(
            target,
            source,
            translation,
            counts,
            workflow_statuses.get(str(target["id"])) if target else None,
        )
        published = bool(
            target
            and not target["alias_of_id"]
            and target["live"]
            and (translation is None or not target["pending"])
        )
        result.append(
            PageTranslation(
                source_page=page,
                target=target,
                state=state,
                published=published,
                total_segments=counts[0],
                untranslated_segments=counts[1] if translation else counts[0],
            )
        )
    return result


@dataclass
class SnippetTranslations:
    """How far one kind of directory record is translated into one language."""

    model: type
    german: int
    translated: int
    outdated: int

    @property
    def missing(self):
        return self.german - self.translated


def snippet_translations(locale):
    """Per translatable directory model: German records, those translated into `locale`,
    and translations with untranslated segments (German text changed since)."""
    german_id = Locale.get_default().pk
    result = []
    for model in (Category, District, Location, ContactPerson, Indicator):
        german_keys = model.objects.filter(locale_id=german_id).values("translation_key")
        translated = model.objects.filter(locale=locale, translation_key__in=german_keys).count()
        source_ids = list(
            Translation.objects.filter(
                target_locale=locale,
                enabled=True,
                source__specific_content_type__app_label=model._meta.app_label,
                source__specific_content_type__model=model._meta.model_name,
            ).values_list("source_id", flat=True)
        )
        progress = segment_progress(source_ids, locale.pk)
        result.append(
            SnippetTranslations(
                model=model,
                german=german_keys.count(),
                translated=translated,
                outdated=sum(1 for _, untranslated in progress.values() if untranslated),
            )
        )
    return result


def page_published(sender, instance, **kwargs):
    """Keep the translation source in step with the published German text."""
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        sync_source_on_publish(instance)


def sync_source_on_publish(page):
    """Update the page's translation source when its published text changed, so that
    every translation shows the new segments as untranslated and counts as outdated;
    tell its translators once the publish is committed."""
    source = _sync_source(page.specific)
    if source is not None:
        transaction.on_commit(lambda: tell_translators(source, page))


def snippet_saved(sender, instance, raw=False, **kwargs):
    """The same for directory records, which have no drafts: on every German save."""
    if not raw and instance.locale_id == Locale.get_default().pk:
        _sync_source(instance)


def _text(segments):
    return [segment for segment in segments if segment.path != SLUG_PATH]


def _sync_source(instance):
    """Bring the translation source up to date; the source if its text changed."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return None
    before, now = extract_segments(source.as_instance()), extract_segments(instance)
    if before == now:
        return None
    previous_update = source.last_updated_at
    source.update_from_db()
    if _text(before) == _text(now):
        # Only the slug changed: the source follows it, but no translation got older.
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=previous_update)
        return None
    return source


def translators_of(source):
    """{user: [target pages]} of everyone who translated a segment of this source into a
    language whose translation is still synchronised with it."""
    written = StringSegment.objects.filter(
        source=source,
        string_id=OuterRef("translation_of_id"),
        context_id=OuterRef("context_id"),
    )
    locales = Translation.objects.filter(source=source, enabled=True).values("target_locale")
    rows = (
        StringTranslation.objects.filter(
            Exists(written),
            locale__in=locales,
            last_translated_by__is_active=True,
        )
        .values_list("last_translated_by", "locale")
        .distinct()
    )
    users = {user.pk: user for user in get_user_model().objects.filter(pk__in={u for u, _ in rows})}
    targets = {
        page.locale_id: page
        for page in Page.objects.filter(translation_key=source.object_id, locale__in=locales)
    }
    result = {}
    for user_id, locale_id in rows:
        if locale_id in targets:
            result.setdefault(users[user_id], []).append(targets[locale_id])
    return result


def tell_translators(source, german_page):
    """E-mail each translator of the page that the German text changed, in the language
    they use the admin in. A mail server that fails is logged, never an editor's error."""
    for user, pages in translators_of(source).items():
        if not user.email:
            continue
        try:
            mail_user(
                user,
                "welcome/email/german_page_changed.txt",
                {
                    "german_page": german_page,
                    "translations": [
                        (
                            page.locale.get_display_name(),
                            page,
                            portal_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
                        )
                        for page in pages
                    ],
                    "list_url": portal_url(reverse("welcome_translations")),
                },
                _("The German page “%(title)s” has changed"),
                {"title": german_page.title},
            )
        except (OSError, SMTPException):
            logger.exception("Could not tell %s that a German page changed", user)


def translation_of(page):
    """The enabled wagtail-localize translation whose target is this page."""
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None:
        raise TranslationError(_("This page is not a translation made in the translation editor."))
    return translation


def has_own_segments(translation, user):
    """Whether `user` wrote any of the current segment translations: for records without
    drafts, publishing is the review, so the author may not do it."""
    own_segment = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        last_translated_by=user,
    )
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .filter(Exists(own_segment))
        .exists()
    )


@transaction.atomic
def start_translation(german_page, locale, user):
    """Start translating a German page into one language, without publishing anything."""
    if locale.language_code == settings.LANGUAGE_CODE:
        raise TranslationError(_("German is the source language."))
    parent = german_page.get_parent()
    if parent.depth > 1 and not parent.get_translations().filter(locale=locale).exists():
        raise TranslationError(_("Translate the page above this one first."))
    TranslationCreator(user, [locale]).create_translations(german_page)
    return german_page.get_translation(locale)


@transaction.atomic
def submit_for_review(page, user):
    """Save the translation as a new revision of the translated page and start (or
    restart) its language's review workflow. What readers see does not change."""
    page = Page.objects.select_for_update().get(pk=page.pk).specific
    translation = translation_of(page)
    workflow = page.get_workflow()
    if workflow is None:
        raise TranslationError(_("No review workflow covers this page."))
    draft = translation.source.get_ephemeral_translated_instance(page.locale, fallback=True)
    draft.slug = find_available_slug(page.get_parent(), slugify(draft.slug), ignore_page_id=page.pk)
    draft.save_revision(user=user, log_action=True)
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    workflow.start(page, user)
    return page
