#!/bin/bash
for u in "$@"; do if grep -qiF "$u" /work/notes/s29/used_urls.txt /work/notes/s29/claims.txt; then echo "USED $u"; else echo "free $u"; fi; done
