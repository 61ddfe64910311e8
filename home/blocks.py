"""StreamField blocks of the article body, each rendered by its own template in
templates/components/streamfield/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from directory.blocks import NearbyPlacesBlock
from home.leaflets import leaflet_in_tree

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/streamfield/blocks/heading.html"


class InfoBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "info-circle"
        label = _("Info box")
        template = "components/streamfield/blocks/info_box.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": blocks.BlockValidationError(
                        _("Choose either a page or an external address.")
                    )
                }
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Link list")
        template = "components/streamfield/blocks/link_list.html"


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "components/streamfield/blocks/document_list.html"


class LeafletBlock(blocks.PageChooserBlock):
    """A leaflet (home.leaflets.LeafletPage) in an article, its file in the reader's
    language offered first. The leaflet shown is the one of the article's language tree
    where the chosen one is of another (a translation made before the leaflet's)."""

    def __init__(self, **kwargs):
        super().__init__(page_type="home.LeafletPage", **kwargs)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Leaflet")
        template = "components/streamfield/blocks/leaflet.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = (parent_context or {}).get("page")
        if value is not None and page is not None:
            context["value"], context["files"] = leaflet_in_tree(value, page.locale_id)
        return context


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "help"
        label = _("Question")


class QuestionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "components/streamfield/blocks/questions.html"


class ImageBlock(blocks.StructBlock):
    # The larger of the two renditions the template shows (image.html): a share preview
    # of the page uses it too, so that it is made once.
    WIDE_RENDITION = "fill-800x450-c100|format-webp"

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(label=_("Credit"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/blocks/image.html"


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h3", *SIMPLE_RICH_TEXT],
        template="components/streamfield/blocks/text.html",
    )
    info_box = InfoBoxBlock()
    link_list = LinkListBlock()
    documents = DocumentListBlock()
    leaflet = LeafletBlock()
    questions = QuestionsBlock()
    image = ImageBlock()
    nearby_places = NearbyPlacesBlock()
