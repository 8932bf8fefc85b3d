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

# ND4J keeps its arrays off the Java heap: its budget is set next to the heap's.
memory="-Xmx3g -Dorg.bytedeco.javacpp.maxbytes=4g -Dorg.bytedeco.javacpp.maxphysicalbytes=10g"
# The class-data-sharing archive (class-data-archive.sh), made after the image, for both launchers
class_data='-XX:SharedArchiveFile=$APPDIR/../app-classes.jsa'
# The window compiles with C1 only: its start to "Model ready" went from 4.8 s to 4.0 s (median of 7 starts each,
# back to back, 2 cores); the network's work is native code either way (training 5% slower, within noise), the
# canvas path's Java a millisecond slower. The command line keeps both compilers for long trainings and benches.
window_only="-XX:TieredStopAtLevel=1"
{ cat "$dist_dir/cli-launcher.properties"; echo "java-options=$class_data $memory"; } > "$work/cli-launcher.properties"
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
    --java-options "$class_data $memory $window_only" \
    --add-launcher digit-workbench-cli="$work/cli-launcher.properties" \
    --dest "$out"

# Class-data sharing: the classes the window loads up to "Model ready" (JDK, JavaFX, libraries, application),
# about 8000, are archived once, parsed and verified, and mapped at each start. The list was taken from a start
# of the window, up to "Model ready" (close it then):
#   lib/runtime/bin/java -XX:DumpLoadedClassList=all.lst -cp <the class path of lib/app/digit-workbench.cfg> \
#       org.digitworkbench.Launcher
#   grep -v -e '^#' -e ^jdk/internal/event/ -e Proxy all.lst > src/dist/app-classes.lst
# (JFR's event classes and generated proxies cannot be archived.) The archive fits one place only (it holds the
# jars' absolute paths): the image's is made here, after the .deb is built without it; the .deb's postinst
# makes the installed one.
cp "$dist_dir/app-classes.lst" "$dist_dir/class-data-archive.sh" "$out/digit-workbench/lib/"

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
"$out/digit-workbench/lib/class-data-archive.sh" "$out/digit-workbench" > "$work/class-data-sharing.log" 2>&1
du -sh "$out"/* >&2
