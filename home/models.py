"""The page tree: a home page per language, topic sections with their articles, and one
section per district. German is the source tree; the other languages are translations
or aliases made by wagtail-localize."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import ContactPerson, MapPage
from directory.search import district_slugs
from home.blocks import SIMPLE_RICH_TEXT, ArticleBodyBlock, ImageBlock
from welcome.foundation.icons import TOPIC_ICONS
from welcome.foundation.languages import locale_language
from welcome.foundation.pages import WelcomePage

# Cards per page of a section or district: enough for a phone screen or two, and the
# page costs the same few queries however many articles the section holds.
ARTICLES_PER_PAGE = 12


def paginated_articles(page, request):
    """The articles under `page`, one page of cards at a time (`?page=`; a number that is
    not a page shows the nearest page rather than an error)."""
    articles = page.listed_children(ArticlePage).defer_streamfields()
    return Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))


def first_image_rendition(body):
    """The rendition of the first picture in an article body, for its share preview."""
    for block in body:
        if block.block_type == "image" and block.value.get("image"):
            return block.value["image"].get_rendition(ImageBlock.WIDE_RENDITION)
    return None


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
        context["articles"] = paginated_articles(self, request)
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

    def share_rendition(self):
        return first_image_rendition(self.body)

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

    def share_rendition(self):
        return first_image_rendition(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginated_articles(self, request)
        if self.district_id:
            language = locale_language(self.locale_id)
            context["contact_persons"] = ContactPerson.in_language(language, self.district_id)
            map_page = MapPage.for_language(language)
            slug = district_slugs().get(self.district_id)
            if map_page and slug:
                context["district_map_url"] = map_page.directory_url(district=slug)
        return context
