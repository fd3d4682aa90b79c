#!/usr/bin/env sh
# The reference reader of `npm run test:oracle-feeds`: Debian's python3-feedparser, run by
# /usr/bin/python3. Installed only when missing (CI runs as root on Debian).
set -eu
/usr/bin/python3 -c 'import feedparser' 2>/dev/null && exit 0
apt-get install -y python3-feedparser || { apt-get update && apt-get install -y python3-feedparser; }
