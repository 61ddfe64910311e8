"""Finding the page a reader asked for: Wagtail's routing, in two queries however deep the
page.

Wagtail routes a request with a query for the site, one for the locale, one for the home
page in the reader's language and one for its specific type, then two for each level of
the path (the child by slug, then its specific type). Here the site of each host and the
home page of each language are kept with the site chrome (renewed by any change to a page
or a site); every page on the path, the home page included, is read in one query by its
url_path (which Wagtail keeps up to date for every page), then the deepest as its
specific type, which goes on routing what is left of the path (a place under the map
page) or serves itself.

The serve view that starts here is in welcome.foundation.page_views.
"""

from django.conf import settings
from django.http import Http404
from wagtail.models import Page

from welcome.foundation.languages import PENDING_SQL, locale_id_of


def route_from(request, start_path, start_url_path, path_components):
    """Route `path_components` below the page at `start_path`: every page on the way is
    read in one query, annotated whether it shows the German text (for the breadcrumbs),
    and the deepest, as its specific type, routes the rest."""
    path_components = [component for component in path_components if component]
    prefixes = [start_url_path] + [
        f"{start_url_path}{'/'.join(path_components[:length])}/"
        for length in range(1, len(path_components) + 1)
    ]
    found = _pages_on_the_way(start_path, prefixes)
    if not found or (len(found) == 1 and path_components):
        # Nothing below the start matches the path: the start's own route() would only
        # come back here.
        raise Http404
    deepest = found[-1].specific
    if len(found) > 1:
        deepest._cached_parent_obj = found[-2]
    deepest._routed_ancestors = found[:-1]
    return deepest.route(request, path_components[deepest.depth - found[0].depth :])


def _pages_on_the_way(start_path, url_paths):
    """The pages at `url_paths` at or below `start_path`, shallowest first, each with
    `pending` (languages.pending_translation). Written as SQL, as page_versions is, for
    the same reason: every reader page runs it, and the ORM took 1.4 ms per request to
    compile it, twice what the query itself takes."""
    placeholders = ", ".join(f"%(url_path_{index})s" for index in range(len(url_paths)))
    sql = f"""
        SELECT page.*, {PENDING_SQL} AS pending
        FROM {Page._meta.db_table} page
        WHERE page.url_path IN ({placeholders}) AND page.path LIKE %(below)s
        ORDER BY page.depth
    """  # noqa: S608 - the table name comes from the model; values are parameters
    parameters = {f"url_path_{index}": url_path for index, url_path in enumerate(url_paths)}
    # Tree paths are made of digits and capital letters only: nothing to escape for LIKE.
    parameters |= {"below": f"{start_path}%", "german": locale_id_of(settings.LANGUAGE_CODE)}
    return list(Page.objects.raw(sql, parameters))
