#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Coroscope needs to build, run and test.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git python3
  python3-aiohttp  # trace-python: the fetch-async listing and scripts of ones own use aiohttp
  curl openssl  # tests talk to the demo server with curl and make a TLS certificate with openssl
  qt6-base-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
  qcoro-qt6-dev  # coroscope-bench compares QCoro when it is installed
  qt6-declarative-dev-tools  # qmllint, qmltestrunner
  qt6-l10n-tools qt6-tools-dev  # lupdate, lrelease and their CMake package (the Korean translation)
  # qt6-httpserver-dev needs qt6-websockets-dev at configure time (a CMake dependency)
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-shapes
  qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtquick-dialogs
  qml6-module-qt-labs-settings qml6-module-qtcore qml6-module-qtqml
  qml6-module-qt-labs-folderlistmodel  # FileDialog's own QML imports it
  libqt6svg6  # the app icon (SVG)
  fonts-nanum  # the tutorial's Korean section titles
  qt6-qpa-plugins libgl1-mesa-dri libgl-dev xvfb xauth
  librsvg2-bin  # rsvg-convert renders the installed PNG icons
  desktop-file-utils appstream  # the package check validates the launcher and the metainfo
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
