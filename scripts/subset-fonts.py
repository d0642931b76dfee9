#!/usr/bin/env python3
"""Builds the fonts bundled under assets/fonts/ from Debian's Noto fonts.

Run through scripts/subset-fonts.sh (it pins fontTools and brotli in a
virtual environment). The output is deterministic: the same sources, the
same character lists and the same fontTools give byte-identical files.

- Noto Sans (Regular, Bold): Latin, Latin-1, Latin Extended-A/B, Cyrillic,
  punctuation and currency, plus any other character of the app's texts
  that the font has.
- Noto Sans Arabic, Noto Sans Gurmukhi (Regular, Bold): the whole script.
- Noto Sans CJK SC (Regular): the common Simplified Chinese characters of
  assets/fonts/zh-common.txt (GB 2312 level 1, the 3,755 most used), CJK
  punctuation and full-width forms, plus every Han character of the app's
  texts (locales/ and the catalog's sample data in catalog/data/).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
NOTO = pathlib.Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# Index of "Noto Sans CJK SC" inside Debian's collection (JP, KR, SC, TC, HK).
CJK_SC_INDEX = 2


def ranges(*pairs):
    return {cp for lo, hi in pairs for cp in range(lo, hi + 1)}


def app_text_chars():
    """Every character of the locale files and of the catalog's texts."""
    chars = set()
    sources = sorted(ROOT.glob("locales/*/*.ftl")) + sorted(ROOT.glob("catalog/data/*.json"))
    for path in sources:
        chars.update(ord(c) for c in path.read_text(encoding="utf-8"))
    return chars


def zh_common():
    path = OUT / "zh-common.txt"
    text = "".join(
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    return {ord(c) for c in text if not c.isspace()}


def write_zh_common():
    """assets/fonts/zh-common.txt: GB 2312 level 1, in its own (pinyin) order."""
    chars = []
    for row in range(16, 56):
        for cell in range(1, 95):
            try:
                chars.append(bytes([0xA0 + row, 0xA0 + cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    lines = [
        "# The 3,755 level-1 characters of GB 2312 (the most used Simplified Chinese",
        "# characters), derived with: python3 scripts/subset-fonts.py --write-zh-common",
    ]
    lines += ["".join(chars[i : i + 50]) for i in range(0, len(chars), 50)]
    (OUT / "zh-common.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cmap_of(font):
    return set(font.getBestCmap() or {})


def build(source, out_name, wanted, font_number=0):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Arabic joining, Gurmukhi marks, kerning
    options.name_IDs = ["*"]  # keeps the copyright and licence notices
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False  # smaller; screens of phones and kiosks do not need it
    font = TTFont(source, fontNumber=font_number, recalcTimestamp=False, lazy=False)
    have = cmap_of(font)
    unicodes = sorted(wanted & have)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.flavor = "woff2"
    out = OUT / out_name
    font.save(out, reorderTables=True)
    return out, len(unicodes)


def main():
    if "--write-zh-common" in sys.argv:
        write_zh_common()
    OUT.mkdir(parents=True, exist_ok=True)
    text = app_text_chars()
    latin = ranges(
        (0x20, 0x7E), (0xA0, 0x24F), (0x2B0, 0x36F), (0x400, 0x52F), (0x1E00, 0x1EFF),
        (0x2000, 0x206F), (0x20A0, 0x20C0), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2212, 0x2212),
        (0x25A0, 0x25FF), (0xFEFF, 0xFEFF),
    ) | text
    arabic = ranges(
        (0x20, 0x7E), (0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF), (0x200B, 0x200F), (0x2066, 0x2069),
    )
    gurmukhi = ranges((0x20, 0x7E), (0xA00, 0xA7F), (0x964, 0x965), (0x200B, 0x200D), (0x25CC, 0x25CC))
    han = {cp for cp in text if 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF}
    cjk = zh_common() | han | ranges((0x3000, 0x303F), (0xFF00, 0xFFEF))
    jobs = [
        (NOTO / "NotoSans-Regular.ttf", "NotoSans-Regular.woff2", latin, 0),
        (NOTO / "NotoSans-Bold.ttf", "NotoSans-Bold.woff2", latin, 0),
        (NOTO / "NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.woff2", arabic, 0),
        (NOTO / "NotoSansArabic-Bold.ttf", "NotoSansArabic-Bold.woff2", arabic, 0),
        (NOTO / "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Regular.woff2", gurmukhi, 0),
        (NOTO / "NotoSansGurmukhi-Bold.ttf", "NotoSansGurmukhi-Bold.woff2", gurmukhi, 0),
        (NOTO_CJK, "NotoSansCJKsc-Regular.woff2", cjk, CJK_SC_INDEX),
    ]
    for source, name, wanted, number in jobs:
        out, count = build(source, name, wanted, number)
        print(f"{out.relative_to(ROOT)}: {count} characters, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
