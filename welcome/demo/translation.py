"""Translating German demo content (pages and snippets) through wagtail-localize, exactly
as a translator's work lands: a TranslationSource, a Translation, one StringTranslation
per segment, then `save_target`; pages are then left as a reviewer's approval leaves
them (`record_review`). The result is a linked translation of its German source, not a
copy, that readers, the translators' list and the content health report count as
translated and current."""

import html
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowPage, WorkflowState, WorkflowTask
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from welcome.foundation.languages import SLUG_PATH


class Gaps:
    """What the catalogues lack: per language, the German texts without a translation and
    how many pages and records stayed German because of them."""

    def __init__(self):
        self.texts = defaultdict(set)
        self.objects = defaultdict(set)

    def note(self, language_code, german_texts, instance):
        self.texts[language_code] |= set(german_texts)
        self.objects[language_code].add((instance._meta.label, instance.pk))

    def __bool__(self):
        return bool(self.texts)


def translate(instance, strings, slugs=None, gaps=None):
    """Translate a page or snippet into each locale of `strings`, {locale: {German text:
    translation}}, whose texts cover every text segment of it; a locale whose texts lack
    one is left out and the lack noted in `gaps`, so nothing half-German is made.

    The slug segment takes `slugs[locale]`, else stays the German slug. One translation
    source serves every locale, and the StringTranslations of all locales are written in
    one batch. Returns {locale: translated page} for pages, published.
    """
    if not strings:
        return {}
    slugs = slugs or {}
    with transaction.atomic():
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        segments = list(
            StringSegment.objects.filter(source=source).select_related("string", "context")
        )
        wanted = {}
        for locale, texts in strings.items():
            values, lacking = {}, set()
            for segment in segments:
                german = html.unescape(segment.string.data)
                if segment.context.path == SLUG_PATH:
                    text = slugs.get(locale, german)
                else:
                    text = texts.get(german)
                if text is None:
                    lacking.add(german)
                    continue
                values[segment.string_id, segment.context_id] = StringValue.from_plaintext(
                    text
                ).data
            if lacking:
                if gaps is not None:
                    gaps.note(locale.language_code, lacking, instance)
                continue
            wanted[locale] = values
        if not wanted:
            return {}
        _write_string_translations(wanted)
        translated = {}
        for translation in _translations(source, wanted):
            if not isinstance(instance, Page):
                translation.save_target()
                continue
            # wagtail-localize publishes on commit, from the page object it holds; by then
            # the set-up has added children, whose count that stale object would overwrite.
            # Saving a draft and publishing it here, from a fresh object, keeps the tree
            # intact.
            translation.save_target(publish=False)
            page = instance.get_translation(translation.target_locale)
            page.get_latest_revision().publish()
            translated[translation.target_locale] = page
    return translated


def _translations(source, locales):
    """The enabled Translation of `source` into each locale, made where missing."""
    existing = {
        translation.target_locale_id: translation
        for translation in Translation.objects.filter(source=source, target_locale__in=locales)
    }
    Translation.objects.filter(pk__in=[t.pk for t in existing.values() if not t.enabled]).update(
        enabled=True
    )
    made = Translation.objects.bulk_create(
        [
            Translation(source=source, target_locale=locale, enabled=True)
            for locale in locales
            if locale.pk not in existing
        ]
    )
    by_locale = {**existing, **{translation.target_locale_id: translation for translation in made}}
    return [by_locale[locale.pk] for locale in locales]


def _write_string_translations(wanted):
    """One StringTranslation per segment and locale: read in one query, the missing ones
    written in one batch, changed ones updated."""
    string_ids = {string_id for values in wanted.values() for string_id, _ in values}
    context_ids = {context_id for values in wanted.values() for _, context_id in values}
    existing = {
        (row.locale_id, row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale__in=wanted, translation_of_id__in=string_ids, context_id__in=context_ids
        )
    }
    manual = StringTranslation.TRANSLATION_TYPE_MANUAL
    missing, changed = [], []
    for locale, values in wanted.items():
        for (string_id, context_id), data in values.items():
            row = existing.get((locale.pk, string_id, context_id))
            if row is None:
                missing.append(
                    StringTranslation(
                        translation_of_id=string_id,
                        context_id=context_id,
                        locale=locale,
                        data=data,
                        translation_type=manual,
                    )
                )
            elif (row.data, row.translation_type, row.has_error) != (data, manual, False):
                row.data, row.translation_type, row.has_error = data, manual, False
                changed.append(row)
    StringTranslation.objects.bulk_create(missing)
    StringTranslation.objects.bulk_update(changed, ["data", "translation_type", "has_error"])


def record_review(page_ids):
    """Leave translated pages as a reviewer's approval in their language's translation
    review leaves them (welcome.editorial.translation_workflow): an approved workflow
    state of that language's review workflow, with its approved task on the published
    revision. Nothing shows them as waiting for review or being translated.

    The workflow is the one welcome.editorial.roles puts on each language's home page.
    Written in bulk: a few queries however many pages.
    """
    pages = list(
        Page.objects.filter(pk__in=page_ids, live=True).values(
            "pk", "content_type_id", "locale_id", "live_revision_id"
        )
    )
    if not pages:
        return
    homes = Page.objects.filter(depth=2, locale__in={page["locale_id"] for page in pages})
    workflows = {
        row.page.locale_id: row.workflow_id
        for row in WorkflowPage.objects.filter(page__in=homes).select_related("page")
    }
    # The last task of each workflow is the approval that publishes.
    final_tasks = {
        row.workflow_id: row.task_id
        for row in WorkflowTask.objects.filter(workflow__in=workflows.values()).order_by(
            "sort_order"
        )
    }
    reviewed = [page for page in pages if page["locale_id"] in workflows]
    base_type = ContentType.objects.get_for_model(Page)
    states = WorkflowState.objects.bulk_create(
        [
            WorkflowState(
                content_type_id=page["content_type_id"],
                base_content_type=base_type,
                object_id=str(page["pk"]),
                workflow_id=workflows[page["locale_id"]],
                status=WorkflowState.STATUS_APPROVED,
            )
            for page in reviewed
        ]
    )
    now = timezone.now()
    task_type = ContentType.objects.get_for_model(TaskState)
    task_states = TaskState.objects.bulk_create(
        [
            TaskState(
                workflow_state=state,
                revision_id=page["live_revision_id"],
                task_id=final_tasks[state.workflow_id],
                status=TaskState.STATUS_APPROVED,
                finished_at=now,
                content_type=task_type,
            )
            for page, state in zip(reviewed, states, strict=True)
        ]
    )
    for state, task_state in zip(states, task_states, strict=True):
        state.current_task_state = task_state
    WorkflowState.objects.bulk_update(states, ["current_task_state"])
