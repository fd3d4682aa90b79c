"""Reads feeds with feedparser (the reference feed reader; Debian's python3-feedparser) and prints
what test/oracle/feeds.test.mjs compares, as JSON: per file its entries' title, link and date
(epoch milliseconds, UTC). Usage: /usr/bin/python3 feedparser-read.py BASE_URL FILE..."""
import calendar
import html
import json
import re
import sys

import feedparser


def text(detail, value):
    if value is None:
        return None
    if detail is not None and 'html' in (detail.get('type') or ''):
        value = html.unescape(re.sub(r'<[^>]*>', '', value))
    return value


def read(path, base):
    with open(path, 'rb') as f:
        data = f.read()
    parsed = feedparser.parse(data, response_headers={'content-location': base})
    entries = []
    for e in parsed.entries:
        when = e.get('published_parsed') or e.get('updated_parsed') or e.get('created_parsed')
        entries.append({
            'title': text(e.get('title_detail'), e.get('title')),
            'link': e.get('link'),
            'date': calendar.timegm(when) * 1000 if when else None,
        })
    return {'encoding': parsed.get('encoding'), 'entries': entries}


base = sys.argv[1]
print(json.dumps({path: read(path, base) for path in sys.argv[2:]}))
