"""Site-wide middleware."""

from django.middleware.gzip import GZipMiddleware

ADMIN_PREFIX = "/admin/"


class PublicGZipMiddleware(GZipMiddleware):
    """Compresses what readers download (HTML is most of a page's weight on a phone).

    The admin is left out: its pages carry CSRF tokens next to text that others typed,
    the combination that compression side channels (BREACH) need. Public pages carry
    no secret: every public form is a GET form.
    """

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIX):
            return response
        return super().process_response(request, response)
