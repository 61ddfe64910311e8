from django.urls import path
from wagtail import hooks

from directory import admin_views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("directory/places/", admin_views.place_search, name="directory_place_search")]
