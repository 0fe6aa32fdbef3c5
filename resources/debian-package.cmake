# SPDX-License-Identifier: MIT
# `cpack -G DEB` in the build folder: one package per install component that was configured,
#  coroscope      the app (component app): binary, launcher, icons, metainfo
#  coroscope-dev  the engine as a library (component dev): headers, static libraries, CMake package
set(CPACK_PACKAGE_NAME coroscope)
set(CPACK_PACKAGE_VENDOR "The Coroscope authors")
set(CPACK_PACKAGE_CONTACT "The Coroscope authors <coroscope@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "asyncio's event loop, tasks and awaits, visible on a timeline")
set(CPACK_PACKAGE_DESCRIPTION "Coroscope runs the examples of an asyncio tutorial on a C++20 \
coroutine engine built on the Qt event loop and animates every task's states on a timeline, next \
to the code and the console. The same program runs them from the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/coroscope/coroscope")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)

set(CPACK_DEBIAN_APP_PACKAGE_NAME coroscope)
# dpkg-shlibdeps finds the Qt libraries the binary links ...
set(CPACK_DEBIAN_APP_PACKAGE_SHLIBDEPS ON)
# ... but not what the window loads at run time: the QML modules it imports (and the ones
# FileDialog's own QML imports) and the SVG image plugins for the icon (libqt6svg6). X11's platform
# plugin comes with libqt6gui6; Wayland's is recommended.
# scripts/package-check.sh compares this list with what qmlimportscanner finds.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-workerscript, qml6-module-qtquick, \
qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-shapes, qml6-module-qtquick-dialogs, \
qml6-module-qt-labs-folderlistmodel, libqt6svg6")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "fonts-nanum, qt6-wayland")
# `coroscope trace-python` runs scripts under the system's CPython (its tracer is pure Python).
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "python3 (>= 3.8), python3-aiohttp")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME coroscope-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "qt6-base-dev (>= 6.4)")
set(CPACK_COMPONENT_DEV_DESCRIPTION "The Coroscope engine as a library: asyncio's model (lazy \
coroutines, tasks, gather, executors, cancellation, a trace of every task) on the Qt event loop, \
for find_package(Coroscope).")

include(CPack)
