"""Uploaded media on S3-compatible storage, for several app servers (README, "Scale out").

Files live in the bucket, but their addresses stay on the portal's own host, below
MEDIA_URL: the reverse proxy (deploy/nginx.conf) fetches them from the bucket. A reader's
browser therefore never contacts the storage provider (no third party learns who reads
what, and the Content-Security-Policy stays 'self'), and moving the bucket changes no
stored address. Documents are not among those addresses: they are streamed by Wagtail's
document view (WAGTAILDOCS_SERVE_METHOD), which applies their collection's privacy.
"""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class ProxiedS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(self._normalize_name(name)))
