#!/usr/bin/env bash
# Draws Integra's app icon with ImageMagick and writes the sizes Tauri's
# config lists. The mark: a blue rounded square, a white "i" (information)
# whose base is held by an open arc (welcome, integration).
set -euo pipefail
cd "$(dirname "$0")"
S=1024
convert -size ${S}x${S} xc:none \
  -fill '#0b5fb4' -draw "roundrectangle 40,40 984,984 200,200" \
  -fill white -draw "circle 512,560 512,840" \
  -fill '#0b5fb4' -draw "circle 512,560 512,776" -draw "rectangle 200,200 824,560" \
  -fill white -draw "circle 512,268 512,348" \
  -fill white -draw "roundrectangle 447,410 577,730 65,65" \
  -fill '#2bb673' -draw "circle 264,560 264,592" -draw "circle 760,560 760,592" \
  PNG32:icon.png
for n in 32 128 256; do convert icon.png -resize ${n}x${n} PNG32:${n}x${n}.png; done
convert icon.png -resize 256x256 PNG32:128x128@2x.png
convert icon.png -define icon:auto-resize=256,128,64,48,32,16 icon.ico
