#!/bin/sh
# Writes Parley's AppCDS archive (parley.jsa) beside this script, in the app's lib/app folder,
# from the class list (parley.classlist) of the training run made at package time.
# Run where the app is installed: the archive records the paths of the jars and is used only
# with those very files (Java 17). The .deb's postinst runs it after unpacking; bin/package runs
# it for the app image in target/. No display is needed. When it fails, the app starts without
# an archive (the launcher passes -Xshare:auto), only slower. See docs/decisions/0028-packaging.md.
set -eu
appdir="$(cd "$(dirname "$0")" && pwd)"
java="$appdir/../runtime/bin/java"
cfg="$appdir/parley.cfg"
list="$appdir/parley.classlist"
[ -x "$java" ] && [ -f "$cfg" ] && [ -f "$list" ] || { echo "make-cds-archive: $appdir is not a Parley app folder with a class list" >&2; exit 1; }
classpath="$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\\\$APPDIR#$appdir#" | paste -sd: -)"
tmp="$appdir/parley.jsa.new"
rm -f "$tmp"
"$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$classpath" > "$appdir/../make-cds-archive.log" 2>&1 || { rm -f "$tmp"; echo "make-cds-archive: the dump failed (see $appdir/../make-cds-archive.log)" >&2; exit 1; }
chmod 0644 "$tmp"
mv -f "$tmp" "$appdir/parley.jsa"
