"""The monitoring page shows every indicator and value: a change to either is a change
to the cached pages that show them."""

from django.db.models.signals import post_delete, post_save

from welcome.foundation import page_cache
from welcome.monitoring.records import Indicator, IndicatorValue


def connect():
    for model in (Indicator, IndicatorValue):
        for signal in (post_save, post_delete):
            signal.connect(
                page_cache.invalidate, sender=model, dispatch_uid=f"page-cache-{model.__name__}"
            )
