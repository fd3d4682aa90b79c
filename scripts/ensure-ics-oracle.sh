#!/usr/bin/env bash
# The reference calendar implementation of the ICS oracle test: Debian's python3-icalendar and
# python3-recurring-ical-events, run by /usr/bin/python3. Installs them when missing (as root;
# otherwise says what to install). Used by `npm run test:oracle-ics` and by .ci/run.
set -euo pipefail
if /usr/bin/python3 -c 'import icalendar, recurring_ical_events' 2>/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-ics-oracle: run as root, or: apt-get install -y python3-icalendar python3-recurring-ical-events" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends python3-icalendar python3-recurring-ical-events >/dev/null ||
  { apt-get update >/dev/null && apt-get install -y --no-install-recommends python3-icalendar python3-recurring-ical-events >/dev/null; }
