#!/bin/sh
# usage: chk.sh URL...  -> prints USED/CLAIMED/free
for u in "$@"; do
  p=$(echo "$u" | sed -E 's#^https?://(www\.)?##; s#[?].*$##')
  if grep -qiF "$p" /work/notes/s39/used_urls.txt /work/notes/s39/claims.txt; then echo "TAKEN $u"; else echo "free  $u"; fi
done
