#!/usr/bin/env python3
"""Refreshes translations/*.ts from the sources, keeping existing translations.

    python3 translations/update_translations.py BUILD_DIR

Runs lupdate with the clang parser (BUILD_DIR must hold compile_commands.json, which the
top-level CMakeLists exports), so messages get their real contexts ("despacho::gui::QueuePane",
not "QueuePane"). Some libraries translate through a file-local helper,

    QString tr(const char *text) { return QCoreApplication::translate("ctx", text); }

which lupdate cannot follow; their literals are collected here and kept under "ctx". New
messages arrive unfinished: translate them in Linguist (or by editing the XML), then check with
`lrelease` that nothing is left unfinished (tests/gui/tst_translations does too).
"""
import os
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ["src/core", "src/api", "src/storage", "src/security", "src/sync", "src/demo",
           "src/gui", "src/cli", "src/app/despacho", "src/app/cli", "ui"]
TS_FILES = [ROOT / "translations" / "despacho_pt_BR.ts", ROOT / "translations" / "despacho_en.ts"]
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")

HELPER = re.compile(r'QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
                    r'QCoreApplication::translate\(\s*"([^"]+)"', re.S)
CALL = re.compile(r'(?<![\w:.>])tr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)]', re.S)
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')


def unescape(text):
    return (text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")
            .replace("\\\\", "\\"))


def helper_messages():
    """(context, source) pairs from files that translate through a local tr() helper."""
    found = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.cpp")):
            text = path.read_text(encoding="utf-8")
            helper = HELPER.search(text)
            if not helper:
                continue
            for call in CALL.finditer(text[helper.end():]):
                source = "".join(unescape(m.group(1)) for m in LITERAL.finditer(call.group(1)))
                found.append((helper.group(1), source))
    return found


def merge_helper_messages(ts_path, extra):
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    wanted = set(extra)
    for name, context in contexts.items():
        for message in list(context.findall("message")):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                continue
            if (name, message.findtext("source")) in wanted:
                del translation.attrib["type"]  # still used, through the helper
            else:
                context.remove(message)
    for name, source in extra:
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        if any(m.findtext("source") == source for m in context.findall("message")):
            continue
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", {"type": "unfinished"})
    for context in list(root.findall("context")):
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1]).resolve()
    subprocess.run([LUPDATE, "-clang-parser", str(build), "-project-roots", str(ROOT / "src"),
                    str(ROOT / "ui"), "-locations", "none", *SOURCES, "-ts",
                    *map(str, TS_FILES)], cwd=ROOT, check=True)
    extra = helper_messages()
    for ts in TS_FILES:
        merge_helper_messages(ts, extra)


if __name__ == "__main__":
    main()
