"""RSS 2.0 and Atom feeds of a news page (home.models.NewsIndexPage): the newest items of
one language tree, all or one district's, so that readers can follow the portal without
giving anyone an e-mail address."""

from django.contrib.syndication.views import Feed

FEED_ITEMS = 30


class NewsFeed(Feed):
    def __init__(self, index_page, district_page, feed_type):
        super().__init__()
        self.index_page = index_page
        self.district_page = district_page
        self.feed_type = feed_type

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        site_name = index_page.get_site().site_name
        if self.district_page:
            return f"{self.district_page.title} – {index_page.title} – {site_name}"
        return f"{index_page.title} – {site_name}"

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def description(self, index_page):
        return index_page.intro

    def items(self, index_page):
        return index_page.items(self.district_page)[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
