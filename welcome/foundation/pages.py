"""The base of every public page type, whichever app defines it."""

import datetime
from functools import cached_property

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction

from welcome.foundation import page_cache, routing, site_chrome
from welcome.foundation.edit_conflicts import PageEditConflictForm
from welcome.foundation.languages import pending_translation
from welcome.foundation.site_chrome import in_private_section

# What a card or link of a listed page shows: its title, address and text language
# (welcome_tags.lang_attrs). Lists read only these, and what their cards add.
CARD_FIELDS = ("id", "path", "depth", "url_path", "title", "locale_id", "alias_of_id")

# How many months a page stays current after its last review where its section sets no
# interval of its own (home.SectionPage.review_interval).
REVIEW_INTERVAL_MONTHS = 12


class WelcomePage(Page):
    """Fields every public page shares: when it was last checked, and a sample-content flag."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The day an editor last checked that this page is correct and current."),
    )
    translate_first = models.BooleanField(
        _("translate first"),
        default=False,
        help_text=_(
            "Emergency information that readers of every language need first: the "
            "translators' queues put it before everything but the legal pages."
        ),
    )
    is_sample_content = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Shows readers a notice that this page is an example, not official information."
        ),
    )

    base_form_class = PageEditConflictForm
    settings_panels = [
        FieldPanel("last_reviewed"),
        FieldPanel("translate_first"),
        FieldPanel("is_sample_content"),
        *Page.settings_panels,
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.breadcrumbs()
        return context

    # Page types that show readers when they were last reviewed (and, once the review is
    # due, a notice): components/last_reviewed.html. Their editors are reminded.
    shows_review_date = False

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.shows_review_date and not self.review_overdue:
            # From the day the review falls due, readers see a notice (last_reviewed.html).
            due = datetime.datetime.combine(self.review_due, datetime.time())
            page_cache.expire_at(response, timezone.make_aware(due))
        return response

    def review_interval_months(self):
        """Months after its last review that this page falls due for the next: the
        portal's default here, its section's where the page type has one."""
        return REVIEW_INTERVAL_MONTHS

    @cached_property
    def review_due(self):
        """The day this page should be checked again."""
        return self.last_reviewed + relativedelta(months=self.review_interval_months())

    @property
    def review_overdue(self):
        return self.review_due <= timezone.localdate()

    def share_rendition(self):
        """The picture of this page's share preview, where it has one of its own."""
        return None

    def breadcrumbs(self):
        """The ancestors below the tree's root, annotated so that marking a crumb's German
        text costs no query of its own: those that routing read, else one query."""
        ancestors = self._ancestors_from_routing()
        if ancestors is not None:
            return ancestors
        return self.get_ancestors().filter(depth__gt=1).annotate(pending=pending_translation())

    def _ancestors_from_routing(self):
        """The ancestors from the home page down that welcome.foundation.routing read on
        its way here, or None where routing began below the home page (or did not run)."""
        ancestors = getattr(self, "_routed_ancestors", None)
        if ancestors is None:
            return None
        first_depth = ancestors[0].depth if ancestors else self.depth
        return ancestors if first_depth == 2 else None

    def route(self, request, path_components):
        """What is left of the path below this page, in one query for all its levels
        (welcome.foundation.routing)."""
        if not path_components:
            return super().route(request, path_components)
        return routing.route_from(request, self.path, self.url_path, path_components)

    @classmethod
    def for_language(cls, language_code):
        """The live page of this type in a language tree, else the German one: for page
        types a site has once per language (the map page, the news page). Kept with the
        site chrome, which every change to a page renews."""
        return site_chrome.cached(
            f"{cls._meta.label_lower}:{language_code}",
            lambda: cls._read_for_language(language_code),
        )

    @classmethod
    def _read_for_language(cls, language_code):
        pages = cls.objects.live().filter(
            locale__language_code__in={language_code, settings.LANGUAGE_CODE}
        )
        by_language = {page.locale.language_code: page for page in pages.select_related("locale")}
        return by_language.get(language_code) or by_language.get(settings.LANGUAGE_CODE)

    def listed_children(self, model):
        """The live, public children of one page type in tree order, each annotated with
        whether it shows the German text: a list of cards costs one query, not one per
        card."""
        return (
            model.objects.child_of(self)
            .live()
            .exclude(in_private_section())
            .annotate(pending=pending_translation())
            .order_by("path")
        )

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors where routing has read
        the ancestors and none of them is an alias (an alias takes its restrictions from
        the page it shows: Wagtail's own method follows those): none, without a query,
        where no restricted section (site_chrome.private_section_paths) holds the page,
        else one query."""
        ancestors = self._ancestors_from_routing()
        if ancestors is None or any(page.alias_of_id for page in [*ancestors, self]):
            return super().get_view_restrictions()
        paths = [self.path[: Page.steplen * depth] for depth in range(1, self.depth + 1)]
        if not set(paths) & set(site_chrome.private_section_paths()):
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page__path__in=paths)
