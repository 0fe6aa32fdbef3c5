#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks what a user gets from the Debian package, from a configured and built build folder
# (default build/): builds the .deb files with cpack, unpacks them into a temporary root with
# dpkg-deb -x (nothing is installed on this machine) and checks
#  - the files are in their FHS places (binary, launcher, hicolor icons, metainfo);
#  - the unpacked `coroscope list`, `coroscope run hello --virtual-time` and `coroscope
#    trace-python` (which finds its tracer in the unpacked share/coroscope/python) work;
#  - desktop-file-validate and appstreamcli validate pass on the unpacked files;
#  - Depends has the Qt libraries (dpkg-shlibdeps) and the package of every QML module the
#    window imports (qmlimportscanner), which shlibdeps cannot see;
#  - the engine as a library: `cmake --install` into a temporary prefix gives the public headers
#    (and no private *_p.h) and a CMake package, and examples/engine-tour, configured with
#    find_package(Coroscope) against that prefix and against the unpacked coroscope-dev package
#    (which holds the same headers), builds, runs and writes a valid trace.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package-check: $*" >&2; exit 1; }

# --- Build and unpack -------------------------------------------------------------------------
(cd "$build" && cpack -G DEB -B "$work/debs" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
app_deb=$(ls "$work"/debs/coroscope_*.deb)
echo "package-check: built $(cd "$work/debs" && ls ./*.deb | tr '\n' ' ')"
root="$work/root"
dpkg-deb -x "$app_deb" "$root"

# --- Files in their places --------------------------------------------------------------------
app_id=io.github.coroscope.Coroscope
expected=(
  usr/bin/coroscope
  usr/share/applications/$app_id.desktop
  usr/share/metainfo/$app_id.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/coroscope.svg
  usr/share/coroscope/python/coroscope_tracer/__main__.py
)
for size in 16 24 32 48 64 128 256; do expected+=("usr/share/icons/hicolor/${size}x${size}/apps/coroscope.png"); done
for f in "${expected[@]}"; do [ -f "$root/$f" ] || fail "missing /$f"; done
for size in 16 24 32 48 64 128 256; do
  # A PNG's width and height are the big-endian words at bytes 16 and 20.
  dims=$(od -An -tu4 --endian=big -j16 -N8 "$root/usr/share/icons/hicolor/${size}x${size}/apps/coroscope.png" | xargs)
  [ "$dims" = "$size $size" ] || fail "the ${size}x${size} icon is $dims"
done

# --- The unpacked binary runs -----------------------------------------------------------------
list=$("$root/usr/bin/coroscope" list)
grep -q "^hello"$'\t' <<<"$list" || fail "coroscope list has no hello: $list"
[ "$(wc -l <<<"$list")" -ge 12 ] || fail "coroscope list shows fewer than 12 scenarios"
hello=$("$root/usr/bin/coroscope" run hello --virtual-time)
[ "$hello" = 'hello, world!' ] || fail "coroscope run hello printed: $hello"
printf 'import asyncio\nasync def main():\n    print("traced")\nasyncio.run(main())\n' >"$work/traced.py"
traced=$("$root/usr/bin/coroscope" trace-python --out "$work/traced.json" "$work/traced.py" 2>"$work/traced.log") \
  || { cat "$work/traced.log" >&2; fail "coroscope trace-python failed"; }
[ "$traced" = traced ] || fail "coroscope trace-python printed: $traced"
grep -q '"coroscope":{"format":1' "$work/traced.json" || fail "coroscope trace-python wrote no Coroscope record"

# --- Desktop integration validates -------------------------------------------------------------
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" \
  || { cat "$work/appstream.log" >&2; fail "appstreamcli validate failed"; }

# --- Dependencies --------------------------------------------------------------------------------
depends=$(dpkg-deb -f "$app_deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6quick6 libqt6network6; do
  grep -qw "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done
qml_dir=$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_QML)
scanner="$(/usr/lib/qt6/bin/qtpaths6 --query QT_INSTALL_LIBEXECS)/qmlimportscanner"
# FileDialog loads its own QML at run time; scan it with the window's.
"$scanner" -rootPath qml -rootPath "$qml_dir/QtQuick/Dialogs/quickimpl" -importPath "$qml_dir" >"$work/imports.json"
python3 - "$work/imports.json" >"$work/module-dirs" <<'EOF'
import json, sys
for module in json.load(open(sys.argv[1])):
    if module.get("path"):
        print(module["path"])
EOF
while read -r dir; do
  [ -f "$dir/qmldir" ] || continue
  package=$(dpkg -S "$dir/qmldir" | cut -d: -f1)
  grep -qw "$package" <<<"$depends" || fail "Depends lacks $package (QML module in $dir)"
done <"$work/module-dirs"
echo "package-check: $(wc -l <"$work/module-dirs") QML modules covered by Depends: $depends"

# --- The engine as a library -------------------------------------------------------------------
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" --component dev >/dev/null
libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$build/CMakeCache.txt")
for f in include/coroscope/coroscope.h include/coroscope/impl/task_core.h include/coroscope/net/fetch.h \
         "$libdir"/libcoroscope_engine.a "$libdir"/libcoroscope_net.a \
         "$libdir"/cmake/Coroscope/CoroscopeConfig.cmake "$libdir"/cmake/Coroscope/CoroscopeConfigVersion.cmake; do
  [ -f "$prefix/$f" ] || fail "cmake --install did not install $f"
done
private=$(find "$prefix" -name '*_p.h')
[ -z "$private" ] || fail "private headers installed: $private"
(cd "$prefix/include" && find . -type f | sort) >"$work/installed-headers"
dev_root="$work/dev-root"
dpkg-deb -x "$(ls "$work"/debs/coroscope-dev_*.deb)" "$dev_root"
[ -f "$dev_root/usr/$libdir/libcoroscope_engine.a" ] || fail "coroscope-dev has no /usr/$libdir/libcoroscope_engine.a"
(cd "$dev_root/usr/include" && find . -type f | sort) | diff -u "$work/installed-headers" - \
  || fail "coroscope-dev's headers differ from cmake --install's"

# The example, against cmake --install's prefix and against the unpacked coroscope-dev package.
for installed in "$prefix" "$dev_root/usr"; do
  tour="$work/engine-tour-$(basename "$installed")"
  cmake -S examples/engine-tour -B "$tour" -G Ninja -DCMAKE_PREFIX_PATH="$installed" >"$work/tour.log" 2>&1 \
    || { cat "$work/tour.log" >&2; fail "examples/engine-tour does not configure against $installed"; }
  cmake --build "$tour" >"$work/tour.log" 2>&1 || { cat "$work/tour.log" >&2; fail "examples/engine-tour does not build"; }
  "$tour/engine-tour" "$tour/trace.json" || fail "engine-tour failed"
  python3 -c 'import json, sys; events = json.load(open(sys.argv[1]))["traceEvents"]; assert len(events) > 20, len(events)' \
    "$tour/trace.json" || fail "engine-tour's trace is not a Chrome trace"
done

echo "package-check: OK"
