import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ArticlePage, DistrictPage, HomePage, SectionPage


@pytest.mark.django_db
class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_sections_and_districts_sit_under_the_home_page(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedParentPageTypes(DistrictPage, {HomePage})

    def test_articles_sit_under_sections_districts_or_home(self):
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage, DistrictPage, HomePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_sections_hold_only_articles(self):
        self.assertAllowedSubpageTypes(SectionPage, {ArticlePage})
        self.assertCanNotCreateAt(SectionPage, SectionPage)
        self.assertCanNotCreateAt(SectionPage, DistrictPage)
        self.assertCanNotCreateAt(SectionPage, HomePage)
        self.assertCanNotCreateAt(ArticlePage, ArticlePage)

    def test_an_editor_can_create_an_article_in_a_section(self):
        # Signed in directly: django-axes guards the password path, which needs a request.
        self.client.force_login(self.create_test_user())
        section = SectionPage.objects.get(locale__language_code="de", slug="deutsch-lernen")
        self.assertCanCreate(
            section,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Sprachcafé",
                    "slug": "sprachcafe",
                    "intro": "Deutsch sprechen üben, ohne Anmeldung.",
                    "last_reviewed": "2026-11-01",
                    "body": streamfield(
                        [
                            ("heading", "Wann und wo?"),
                            ("text", rich_text("<p>Jeden Dienstag.</p>")),
                        ]
                    ),
                }
            ),
        )
