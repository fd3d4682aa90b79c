#!/usr/bin/env bash
# The reference implementations the oracle tests (test/oracle/) compare us with, all Debian
# packages run by /usr/bin/python3: python-dateutil (recurrence rules), icalendar with
# recurring-ical-events (calendars) and feedparser (RSS/Atom). Installs what is missing when run
# as root on Debian (CI, `npm test`'s pretest); elsewhere says what to install.
set -euo pipefail
PACKAGES="python3-dateutil python3-icalendar python3-recurring-ical-events python3-feedparser"
if /usr/bin/python3 -c 'import dateutil.rrule, zoneinfo, icalendar, recurring_ical_events, feedparser' 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || [ ! -f /etc/debian_version ]; then
  echo "The oracle tests need /usr/bin/python3 with: $PACKAGES" >&2
  echo "On Debian: sudo apt-get install -y $PACKAGES" >&2
  exit 1
fi
echo "Installing the oracle tests' reference implementations: $PACKAGES"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null ||
  { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null; }
