"""The page tree: a home page per language, topic sections with their articles, and one
section per district. German is the source tree; the other languages are translations
or aliases made by wagtail-localize."""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import SIMPLE_RICH_TEXT, ArticleBodyBlock
from welcome.edit_conflicts import PageEditConflictForm
from welcome.icons import TOPIC_ICONS
from welcome.languages import locale_language, pending_translation
from welcome.site_chrome import in_private_section

# Cards per page of a section or district: enough for a phone screen or two, and the
# page costs the same few queries however many articles the section holds.
ARTICLES_PER_PAGE = 12


class WelcomePage(Page):
    """Fields every public page shares: when it was last checked, and a sample-content flag."""

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The day an editor last checked that this page is correct and current."),
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
        FieldPanel("is_sample_content"),
        *Page.settings_panels,
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.breadcrumbs()
        return context

    def breadcrumbs(self):
        """The ancestors below the tree's root, annotated so that marking a crumb's German
        text costs no query of its own: those that routing read when it began at the home
        page, else one query."""
        ancestors = getattr(self, "_routed_ancestors", None)
        if ancestors and ancestors[0].depth == 2:
            return ancestors
        return self.get_ancestors().filter(depth__gt=1).annotate(pending=pending_translation())

    def route(self, request, path_components):
        """Wagtail's routing in two queries however deep the page, instead of two per
        level: every page on the path is read at once by its url_path (which Wagtail keeps
        up to date for every page), then the deepest as its specific type, which goes on
        routing what is left of the path (a place under the map page) or serves itself."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(1, len(path_components) + 1)
        ]
        found = list(
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .exclude(pk=self.pk)
            .annotate(pending=pending_translation())
            .order_by("depth")
        )
        if not found:
            raise Http404
        deepest = found[-1].specific
        deepest._cached_parent_obj = found[-2] if len(found) > 1 else self
        deepest._routed_ancestors = [self, *found[:-1]]
        return deepest.route(request, path_components[deepest.depth - self.depth :])

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
        """Wagtail's restrictions of this page and its ancestors in one query where
        routing has read the ancestors and none of them is an alias (an alias takes its
        restrictions from the page it shows: Wagtail's own method follows those)."""
        ancestors = getattr(self, "_routed_ancestors", None)
        if (
            not ancestors
            or ancestors[0].depth != 2
            or any(page.alias_of_id for page in [*ancestors, self])
        ):
            return super().get_view_restrictions()
        paths = [self.path[: Page.steplen * depth] for depth in range(1, self.depth + 1)]
        return PageViewRestriction.objects.filter(page__path__in=paths)

    def paginated_articles(self, request):
        """This page's articles, one page of cards at a time (`?page=`; a number that is
        not a page shows the nearest page rather than an error)."""
        articles = self.listed_children(ArticlePage).defer_streamfields()
        return Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))


class HomePage(WelcomePage):
    intro = models.TextField(_("introduction"))
    map_teaser = models.TextField(
        _("map teaser"), blank=True, help_text=_("One sentence that invites readers to the map.")
    )
    contact_heading = models.CharField(_("contact heading"), max_length=120, blank=True)
    contact_text = RichTextField(_("contact text"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("map_teaser"),
        FieldPanel("contact_heading"),
        FieldPanel("contact_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.DistrictPage",
        "home.ArticlePage",
        "directory.MapPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from directory.models import ContactPerson, MapPage

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.listed_children(SectionPage)
        context["districts"] = self.listed_children(DistrictPage).defer_streamfields()
        context["map_page"] = self.listed_children(MapPage).first()
        context["contact_persons"] = ContactPerson.in_language(
            locale_language(self.locale_id), None
        )
        return context


class SectionPage(WelcomePage):
    intro = models.TextField(_("introduction"))
    icon = models.CharField(_("icon"), max_length=20, choices=TOPIC_ICONS, default="help")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("icon")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]

    class Meta:
        verbose_name = _("topic section")
        verbose_name_plural = _("topic sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.paginated_articles(request)
        return context


class ArticlePage(WelcomePage):
    intro = models.TextField(_("introduction"), help_text=_("A short summary for the reader."))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.SectionPage", "home.DistrictPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class DistrictPage(WelcomePage):
    intro = models.TextField(_("introduction"))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    district = models.ForeignKey(
        "directory.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shows this district's contact persons and links to its places on the map."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("district"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    # The district is a fact, the same in every language, not text to translate.
    override_translatable_fields = [SynchronizedField("district", overridable=False)]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]

    class Meta:
        verbose_name = _("district section")
        verbose_name_plural = _("district sections")

    def get_context(self, request, *args, **kwargs):
        from directory.models import ContactPerson, MapPage
        from directory.search import district_slugs

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.paginated_articles(request)
        if self.district_id:
            language = locale_language(self.locale_id)
            context["contact_persons"] = ContactPerson.in_language(language, self.district_id)
            map_page = MapPage.for_language(language)
            slug = district_slugs().get(self.district_id)
            if map_page and slug:
                context["district_map_url"] = map_page.directory_url(district=slug)
        return context
