#!/usr/bin/env python3
"""Refreshes translations/*.ts from the sources, keeping existing translations.

    python3 translations/update_translations.py [BUILD_DIR]          # rewrite translations/*.ts
    python3 translations/update_translations.py --check [BUILD_DIR]  # exit 1 if that would change them

Runs lupdate's own C++ parser with the sources' include path (-I src), which resolves every
class to its real context ("despacho::gui::QueuePane", not "QueuePane") in well under a second;
the clang parser gives the same result in many minutes. Any lupdate warning (a tr() it could not
place, a class it could not resolve) is an error here, so a message never lands in a wrong
context. BUILD_DIR is accepted for the CMake target and not needed. Code outside a QObject translates through a class with
Q_DECLARE_TR_FUNCTIONS(context) (for example `struct Tr { Q_DECLARE_TR_FUNCTIONS(despacho::cli) };`
and `Tr::tr("...")`) or QCoreApplication::translate("context", "..."), both of which lupdate
reads; never through a helper taking a variable, which it cannot follow.

New messages arrive unfinished: translate them in Linguist (or by editing the XML); lrelease and
tests/gui/tst_translations check that nothing is left unfinished. CI runs --check
(tests/run-all.sh), so a source string without its entry in the .ts files fails the build.
"""
import difflib
import os
import re
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ["src/core", "src/api", "src/storage", "src/security", "src/sync", "src/importer", "src/demo",
           "src/gui", "src/cli", "src/app/despacho", "src/app/cli", "ui"]
TS_FILES = [ROOT / "translations" / "despacho_pt_BR.ts", ROOT / "translations" / "despacho_en.ts"]
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")


# lupdate's progress lines; anything else it prints is a warning about the sources.
PROGRESS = re.compile(r"^(Scanning directory|Updating|\s+Found \d+|\s+Removed \d+|"
                      r"\s+Same-text heuristic|\s+Kept \d+)")


def run_lupdate(ts_files, quiet=False):
    result = subprocess.run([LUPDATE, "-I", str(ROOT / "src"), "-locations", "none",
                             "-no-obsolete", *SOURCES, "-ts", *map(str, ts_files)], cwd=ROOT,
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).splitlines()
    warnings = [line for line in output if line.strip() and not PROGRESS.match(line)]
    if not quiet:
        print("\n".join(line for line in output if PROGRESS.match(line)))
    if result.returncode != 0 or warnings:
        sys.stderr.write("update_translations: lupdate could not read every message:\n"
                         + "\n".join(warnings) + "\n")
        sys.exit(1)


def check():
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in TS_FILES:
            copy = pathlib.Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run_lupdate(copies, quiet=True)
        changed = False
        for ts, copy in zip(TS_FILES, copies):
            before = ts.read_text(encoding="utf-8").splitlines()
            after = copy.read_text(encoding="utf-8").splitlines()
            if before != after:
                changed = True
                rel = ts.relative_to(ROOT)
                sys.stderr.write(f"update_translations: {rel} is not up to date with the sources:\n")
                diff = list(difflib.unified_diff(before, after, str(rel), str(rel) + " (sources)",
                                                 lineterm="", n=1))
                sys.stderr.write("\n".join(diff[:80]) + "\n")
                if len(diff) > 80:
                    sys.stderr.write(f"... and {len(diff) - 80} more diff lines\n")
        if changed:
            sys.stderr.write("Run `cmake --build BUILD --target update_translations`, translate "
                             "the new messages and commit translations/.\n")
            return 1
    return 0


def main():
    args = sys.argv[1:]
    if args and args[0] == "--check" and len(args) <= 2:
        sys.exit(check())
    if len(args) > 1:
        sys.exit(__doc__)
    run_lupdate(TS_FILES)


if __name__ == "__main__":
    main()
