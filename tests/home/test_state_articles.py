"""State content that districts inherit: a ministry article marked "for all districts" is
listed on every district page; a district adds a local section without copying the
ministry's text; a change by the ministry shows at once, is announced to the district's
editors until they publish their section again, and outdates only the ministry's
translations, not the district's own."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from home.models import ArticlePage, DistrictPage, LocalSectionPage
from welcome.demo.translation import translate
from welcome.editorial import state_articles
from welcome.editorial.translation_workflow import CURRENT, OUTDATED, page_translations

pytestmark = pytest.mark.django_db

NEW_INTRO = "Ab Januar gibt es mehr Kursplätze; die Anmeldung geht jetzt auch online."


def user(username):
    return get_user_model().objects.get(username=username)


def state_article():
    return ArticlePage.objects.get(locale__language_code="de", slug="integrationskurs")


def local_section():
    return LocalSectionPage.objects.get(locale__language_code="de", slug="integrationskurs")


def publish_change(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user("ministry")).publish()


def test_every_district_page_lists_the_state_article(client):
    article, section = state_article(), local_section()
    assert article.for_all_districts
    lup = DistrictPage.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    rostock = DistrictPage.objects.get(locale__language_code="de", slug="rostock")
    assert f'href="{section.url}"' in client.get(lup.url).content.decode()
    html = client.get(rostock.url).content.decode()
    assert f'href="{article.url}"' in html, "without a local section: the state article"
    assert "Vom Land, für diesen Landkreis" in html


def test_the_local_section_shows_the_state_text_without_copying_it(client):
    article, section = state_article(), local_section()
    html = client.get(section.url).content.decode()
    assert article.intro in html
    assert "Beispiel: Im Landkreis beraten die Migrationsberatungsstellen" in html
    publish_change(article, intro=NEW_INTRO)
    html = client.get(section.url).content.decode()
    assert NEW_INTRO in html, "the ministry's change shows at once"
    assert "Beispiel: Im Landkreis beraten" in html

    arabic = client.get(section.get_translation(Locale.objects.get(language_code="ar")).url)
    assert arabic.status_code == 200
    arabic_article = article.get_translation(Locale.objects.get(language_code="ar"))
    text = arabic.content.decode()
    assert arabic_article.title in text, "the ministry's Arabic translation"
    assert 'lang="de"' in text, "the district's German section, marked"


def test_the_districts_editors_learn_of_the_ministrys_change():
    article, section = state_article(), local_section()
    section.save_revision(user=user("district-ludwigslust-parchim")).publish()
    editor = user("district-ludwigslust-parchim")
    assert section not in state_articles.changed_state_articles(editor)

    publish_change(article, intro=NEW_INTRO)
    assert list(state_articles.changed_state_articles(editor)) == [section]
    assert not state_articles.changed_state_articles(user("district-rostock"))
    client = Client()
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Landesartikel, die sich seit Ihrem lokalen Abschnitt geändert haben" in dashboard
    assert section.title in dashboard
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[section.pk]), follow=True)
    assert "Das Ministerium hat „Der Integrationskurs“ geändert" in edit.content.decode()

    # Publishing the local section again confirms it.
    LocalSectionPage.objects.get(pk=section.pk).save_revision(user=editor).publish()
    assert not state_articles.changed_state_articles(editor)


def test_a_ministry_change_outdates_its_translations_not_the_districts_own():
    article, section = state_article(), local_section()
    arabic = Locale.objects.get(language_code="ar")
    texts = {"Integrationskurs in Ludwigslust-Parchim": "دورة الاندماج في لودفيغسلوست-بارخيم"}
    for block in section.body:
        if block.block_type == "text":
            for paragraph in block.value.source.split("</p>"):
                german = paragraph.removeprefix("<p>")
                if german:
                    texts[german] = f"ع {german}"
    translate(section, {arabic: texts})
    assert page_translations(arabic, [section])[0].state == CURRENT
    assert page_translations(arabic, [article])[0].state == CURRENT

    publish_change(article, intro=NEW_INTRO)
    assert page_translations(arabic, [article])[0].state == OUTDATED
    assert page_translations(arabic, [section])[0].state == CURRENT


def test_only_state_articles_for_all_districts_can_be_chosen():
    client = Client()
    client.force_login(user("district-ludwigslust-parchim"))
    lup = DistrictPage.objects.get(locale__language_code="de", slug="ludwigslust-parchim")
    url = reverse("wagtailadmin_pages:add", args=["home", "localsectionpage", lup.pk])
    form = client.get(url)
    assert form.status_code == 200
    choices = form.context["form"].fields["state_article"].queryset
    assert list(choices) == [state_article()]
    other = ArticlePage.objects.get(locale__language_code="de", slug="wohnung-finden")
    response = client.post(
        url,
        {
            "title": "Wohnen bei uns",
            "slug": "wohnen-bei-uns",
            "state_article": other.pk,
            "body-count": "0",
            "action-submit": "1",
        },
    )
    assert response.status_code == 200
    assert not LocalSectionPage.objects.filter(slug="wohnen-bei-uns").exists()
