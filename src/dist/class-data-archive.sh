#!/bin/sh
# Writes the app image's class-data-sharing archive, lib/app-classes.jsa: the JDK, JavaFX, library and
# application classes of lib/app-classes.lst, parsed and verified once, so that a start maps them instead of
# reading them from the jars. The launchers name it (-XX:SharedArchiveFile=$APPDIR/../app-classes.jsa).
# The archive holds the jars' absolute paths, sizes and times, so it only serves the image where it was made:
# `mvn -Pdist package` makes it in target/dist/digit-workbench, the .deb's postinst in /opt/digit-workbench.
# Where it is missing or does not fit (the image moved, a jar changed) Java starts without it, silently.
#   class-data-archive.sh IMAGE_DIR
set -eu
image=$1
app=$image/lib/app
# the class path exactly as the launcher builds it from its configuration, in the same order
classpath=$(sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$app/digit-workbench.cfg" | paste -sd: -)
rm -f "$image/lib/app-classes.jsa"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$image/lib/app-classes.lst" \
    -XX:SharedArchiveFile="$image/lib/app-classes.jsa" -cp "$classpath"
