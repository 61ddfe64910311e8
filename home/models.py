"""The page tree: a home page per language, topic sections with their articles, and one
section per district. German is the source tree; the other languages are translations
or aliases made by wagtail-localize."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import ContactPerson, MapPage
from home.blocks import SIMPLE_RICH_TEXT, ArticleBodyBlock
from welcome.foundation.icons import TOPIC_ICONS
from welcome.foundation.pages import WelcomePage


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
        children = self.get_children().live().public()
        context["sections"] = children.type(SectionPage).specific()
        context["districts"] = children.type(DistrictPage).specific()
        context["map_page"] = children.type(MapPage).first()
        context["contact_persons"] = ContactPerson.in_language(self.locale.language_code, None)
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
        context["articles"] = self.get_children().live().public().type(ArticlePage).specific()
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
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.get_children().live().public().type(ArticlePage).specific()
        if self.district_id:
            language = self.locale.language_code
            context["contact_persons"] = ContactPerson.in_language(language, self.district_id)
            map_page = MapPage.for_language(language)
            if map_page:
                context["district_map_url"] = f"{map_page.url}?district={self.district.slug}"
        return context
