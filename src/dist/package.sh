#!/usr/bin/env bash
# Builds, under target/dist/, the app image (a jlink'd runtime holding JavaFX as modules, the two launchers)
# and the .deb. Run by `mvn -Pdist package` after Maven has copied the libraries into target/dist-work/.
# Linux only: jpackage makes packages for the platform it runs on, and the .deb is Debian's format.
set -euo pipefail

target=$1       # the build directory
main_jar=$2     # the application's own jar (not the fat one) in it
version=${3%-SNAPSHOT}
dist_dir=$(cd "$(dirname "$0")" && pwd)
work=$target/dist-work
out=$target/dist
rm -rf "$work/runtime" "$work/input" "$out"
mkdir -p "$work/input" "$out"
cp "$work/lib/"*.jar "$work/input/"
cp "$target/$main_jar" "$work/input/"

# What the application and its libraries use of the JDK, as `jdeps -summary` lists it over the runtime class
# path, plus TLS's elliptic curves (data set downloads), the Chinese locale data and the extra charsets.
jdk_modules=java.base,java.compiler,java.datatransfer,java.desktop,java.logging,java.management,java.naming
jdk_modules+=,java.net.http,java.rmi,java.sql,java.xml,jdk.management,jdk.unsupported,jdk.crypto.ec
jdk_modules+=,jdk.localedata,jdk.charsets
# JavaFX from its platform jars, as named modules: no "Unsupported JavaFX configuration" warning
javafx_path=$(ls "$work/javafx/"*-linux*.jar | paste -sd:)

jlink --module-path "$javafx_path" \
    --add-modules "$jdk_modules,javafx.controls,javafx.swing" \
    --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --output "$work/runtime"

# Class-data sharing for the JDK and JavaFX classes the window loads before it can read a drawing (about half a
# second less start-up on a 2-core machine). They all live in the runtime image, so the archive does not depend
# on where the app is installed. The list was taken from a start of the window up to "Model ready":
#   java -XX:DumpLoadedClassList=all.lst -cp "lib/app/*" org.digitworkbench.Launcher   (then close it)
#   grep -E '^(java|javax|jdk|sun|com/sun|javafx)/' all.lst | grep -v -e @ -e ^jdk/internal/event/ -e Proxy
"$work/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$dist_dir/runtime-classes.lst" \
    -XX:SharedArchiveFile="$work/runtime/lib/server/classes.jsa" > "$work/class-data-sharing.log" 2>&1

# ND4J keeps its arrays off the Java heap: its budget is set next to the heap's.
memory="-Xmx3g -Dorg.bytedeco.javacpp.maxbytes=4g -Dorg.bytedeco.javacpp.maxphysicalbytes=10g"
jpackage --type app-image \
    --name digit-workbench \
    --app-version "$version" \
    --vendor "Digit Workbench" \
    --description "Draw a digit, train a Deeplearning4j network, browse what it gets wrong." \
    --input "$work/input" \
    --main-jar "$main_jar" \
    --main-class org.digitworkbench.Launcher \
    --runtime-image "$work/runtime" \
    --icon "$dist_dir/../main/resources/org/digitworkbench/gui/icons/icon-256.png" \
    --java-options "$memory" \
    --add-launcher digit-workbench-cli="$dist_dir/cli-launcher.properties" \
    --dest "$out"

# The .deb installs the image under /opt/digit-workbench, adds the menu entry, and links both launchers into
# /usr/bin (linux/postinst, linux/prerm). GTK 3 is named by hand: JavaFX opens it at run time, so the
# library scan jpackage does to find the dependencies cannot see it.
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    jpackage --type deb \
        --app-image "$out/digit-workbench" \
        --name digit-workbench \
        --app-version "$version" \
        --vendor "Digit Workbench" \
        --description "Draw a digit, train a Deeplearning4j network, browse what it gets wrong." \
        --license-file "$dist_dir/../../LICENSE" \
        --icon "$dist_dir/../main/resources/org/digitworkbench/gui/icons/icon-256.png" \
        --resource-dir "$dist_dir/linux" \
        --linux-shortcut \
        --linux-menu-group "Education;Science" \
        --linux-app-category science \
        --linux-package-deps libgtk-3-0 \
        --dest "$out"
else
    echo "dpkg-deb or fakeroot missing: the app image is built, the .deb is not (apt-get install fakeroot)" >&2
fi
du -sh "$out"/* >&2
