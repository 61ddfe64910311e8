"""Editors' views of the translation workflow and the content health report."""

import csv
import io
from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from directory.models import Location
from welcome.editorial import content_health, translation_queue
from welcome.editorial.models import TranslationDeadline
from welcome.editorial.roles import user_scope
from welcome.editorial.translation_workflow import (
    MISSING,
    TranslationError,
    segment_progress,
    snippet_translations,
    start_translation,
    submit_for_review,
    translation_of,
)
from welcome.foundation.spreadsheets import spreadsheet_safe


def translatable_locales(user):
    """The languages a user translates: their translator groups' languages, or every
    language but German for ministry editors and administrators."""
    scope = user_scope(user)
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    if not scope.unrestricted:
        locales = locales.filter(pk__in=scope.locale_ids)
    return list(locales.order_by("language_code"))


def translatable_locale(user, language_code):
    """The user's translation language with this code, else None."""
    return next(
        (loc for loc in translatable_locales(user) if loc.language_code == language_code), None
    )


def user_translates(user):
    return bool(translatable_locales(user))


class EditorialView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page with the breadcrumbs Home > its title, as Wagtail's own views have."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class TranslationListView(EditorialView):
    """The German pages that still need work in one of the user's languages."""

    template_name = "welcome/admin/translations.html"
    page_title = gettext_lazy("Translations")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        self.locales = translatable_locales(request.user)
        if not self.locales:
            raise PermissionDenied
        code = request.GET.get("language", self.locales[0].language_code)
        self.locale = next((loc for loc in self.locales if loc.language_code == code), None)
        self.show_all = request.GET.get("show") == "all"
        if (
            self.locale is None
            or request.GET.get("show", "todo") not in ("todo", "all")
            or request.GET.get("export", "csv") != "csv"
        ):
            context = self.get_context_data(error=_("Choose one of your languages."))
            return self.render_to_response(context, status=400)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.locale.get_display_name() if self.locale else ""

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return translation_queue_csv(self.locale)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["locales"] = self.locales
        context["locale"] = self.locale
        context["show_all"] = self.show_all
        if self.locale is None:
            return context
        entries = translation_queue.queue(self.locale, include_current=True)
        waiting = [entry for entry in entries if entry.translation.needs_work]
        context["counts"] = {"total": len(entries), "todo": len(waiting)}
        context["rows"] = entries if self.show_all else waiting
        context["totals"] = {
            "words": sum(entry.words for entry in waiting),
            "cost": sum((entry.cost for entry in waiting), Decimal(0)),
        }
        context["price_per_word"] = Decimal(settings.TRANSLATION_PRICE_PER_WORD)
        context["sets_deadlines"] = user_scope(self.request.user).unrestricted
        context["missing"] = MISSING
        context["snippets"] = [
            (
                summary,
                capfirst(summary.model._meta.verbose_name_plural),
                reverse(summary.model.snippet_viewset.get_url_name("list"))
                + f"?locale={self.locale.language_code}",
            )
            for summary in snippet_translations(self.locale)
        ]
        return context


class SubmitForReviewView(EditorialView):
    """Asks, then submits a translated page for review by the language's reviewers."""

    template_name = "welcome/admin/submit_for_review.html"
    page_title = gettext_lazy("Submit translation for review")
    header_icon = "resubmit"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        try:
            self.translation = translation_of(self.page)
        except TranslationError as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(error=error), status=400)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        context["list_url"] = _list_url(self.page.locale)
        translation = getattr(self, "translation", None)
        if translation:
            total, missing = segment_progress([translation.source_id], self.page.locale_id).get(
                translation.source_id, (0, 0)
            )
            context["progress"] = {"total": total, "done": total - missing, "missing": missing}
        return context

    def post(self, request, page_id):
        try:
            submit_for_review(self.page, request.user)
        except (TranslationError, ValidationError) as error:
            message = "; ".join(getattr(error, "messages", [str(error)]))
            messages.error(request, _("Not submitted: %(reason)s") % {"reason": message})
            return self.render_to_response(self.get_context_data(error=message), status=400)
        messages.success(
            request,
            _("'%(title)s' was submitted for review.")
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect(_list_url(self.page.locale))


QUEUE_COLUMNS = [
    "page",
    "url",
    "state",
    "priority",
    "untranslated_words",
    "changed_words",
    "deadline",
    "cost_eur",
]


def translation_queue_csv(locale):
    """The queue of one language as CSV, in the order of the queue."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(QUEUE_COLUMNS)
    for entry in translation_queue.queue(locale):
        writer.writerow(
            spreadsheet_safe(str(cell))
            for cell in (
                entry.page.title,
                entry.page.url,
                entry.translation.label,
                entry.priority_label,
                entry.untranslated_words,
                entry.changed_words,
                entry.deadline.due.isoformat() if entry.deadline else "",
                entry.cost,
            )
        )
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    filename = f"translation-queue-{locale.language_code}-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class DeadlineForm(forms.Form):
    due = forms.DateField(
        label=gettext_lazy("Deadline"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Empty: no deadline."),
    )


class TranslationDeadlineView(EditorialView):
    """The ministry sets by when a German page should be translated into a language."""

    template_name = "welcome/admin/translation_deadline.html"
    page_title = gettext_lazy("Translation deadline")
    header_icon = "date"

    def dispatch(self, request, page_id, language_code):
        if not user_scope(request.user).unrestricted:
            raise PermissionDenied
        self.page = get_object_or_404(
            Page, pk=page_id, locale__language_code=settings.LANGUAGE_CODE, depth__gt=1
        )
        self.locale = translatable_locale(request.user, language_code)
        if self.locale is None:
            raise Http404(_("There is no such language."))
        return super().dispatch(request, page_id, language_code)

    def get_page_subtitle(self):
        return f"{self.page.title} ({self.locale.get_display_name()})"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        current = TranslationDeadline.objects.filter(page=self.page, locale=self.locale).first()
        context.setdefault("form", DeadlineForm(initial={"due": current.due if current else None}))
        context.update(
            {"page": self.page, "locale": self.locale, "list_url": _list_url(self.locale)}
        )
        return context

    def post(self, request, page_id, language_code):
        form = DeadlineForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        translation_queue.set_deadline(
            self.page, self.locale, form.cleaned_data["due"], request.user
        )
        messages.success(request, _("The deadline was saved."))
        return redirect(_list_url(self.locale))


def start_translation_view(request, page_id, language_code):
    """Start translating a German page into one of the user's languages (POST only)."""
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    german_page = get_object_or_404(
        Page, pk=page_id, locale__language_code=settings.LANGUAGE_CODE
    ).specific
    locale = translatable_locale(request.user, language_code)
    if locale is None:
        raise PermissionDenied
    target = german_page.get_translation_or_none(locale)
    if target is not None and not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        page = start_translation(german_page, locale, request.user)
    except TranslationError as error:
        messages.error(request, str(error))
        return redirect(_list_url(locale))
    messages.success(
        request, _("Translation of '%(title)s' started.") % {"title": german_page.title}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def _list_url(locale):
    return f"{reverse('welcome_translations')}?language={locale.language_code}"


class ContentHealthView(EditorialView):
    """Completeness and age of the content: every table on one page, each one also a
    report of its own (`ContentHealthTableView`) to download as a spreadsheet."""

    template_name = "welcome/admin/content_health.html"
    page_title = gettext_lazy("Content health")
    header_icon = "doc-full-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("welcome.view_content_health"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tables"] = [
            {
                "key": key,
                "title": title,
                "report_url": reverse("welcome_content_health_table", args=[key]),
                "headings": [label for _, label in columns],
                "rows": [
                    ([row[name] for name, _ in columns], _edit_url(key, row)) for row in rows_of()
                ],
            }
            for key, (title, columns, rows_of) in content_health.TABLES.items()
        ]
        context["cutoff"] = content_health.cutoff()
        return context


def _spreadsheet_text(value):
    """Titles are typed by editors: keep a spreadsheet from reading one as a formula
    (Wagtail's XLSX export already stores such cells as text; its CSV does not)."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class ContentHealthTableView(ReportView):
    """One table of the content health report as a Wagtail report, with its XLSX and CSV
    export."""

    header_icon = "doc-full-inverse"
    index_url_name = "welcome_content_health_table"
    paginate_by = 100
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        str: {ReportView.FORMAT_CSV: _spreadsheet_text},
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("welcome.view_content_health"):
            raise PermissionDenied
        self.table = kwargs["table"]
        if self.table not in content_health.TABLES:
            raise Http404(_("There is no such table in the content health report."))
        self.title, self.table_columns, self.rows_of = content_health.TABLES[self.table]
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.title

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.table])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("welcome_content_health"), "label": _("Content health")},
            {"url": "", "label": self.title},
        ]

    @cached_property
    def columns(self):
        first, *others = self.table_columns
        if self.table not in EDITABLE_TABLES:
            return [Column(name, label=label) for name, label in self.table_columns]
        return [
            TitleColumn(first[0], label=first[1], get_url=lambda row: _edit_url(self.table, row)),
            *(Column(name, label=label) for name, label in others),
        ]

    @property
    def list_export(self):
        return [name for name, _label in self.table_columns]

    @property
    def export_headings(self):
        return dict(self.table_columns)

    def get_filename(self):
        return f"content-health-{self.table}-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return self.rows_of()


# The tables whose rows open a page or record to edit.
EDITABLE_TABLES = {"pages", "locations"}


def _edit_url(table, row):
    if table == "pages":
        return reverse("wagtailadmin_pages:edit", args=[row["id"]])
    if table == "locations":
        return reverse(Location.snippet_viewset.get_url_name("edit"), args=[row["id"]])
    return None
