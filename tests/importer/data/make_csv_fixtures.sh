#!/bin/sh
# Makes the CSV fixtures with LibreOffice (Debian: libreoffice-calc-nogui), as a Brazilian
# station's LibreOffice or Excel saves them: Windows-1252 with ';', and UTF-8 with ','.
# Run from this folder after make_xlsx_fixtures.py; the outputs are committed.
set -eu
out=$(mktemp -d)
profile="-env:UserInstallation=file://$out/profile"
# 59 = ';', 34 = '"', 1 = Windows-1252 (76 = UTF-8); 1 = from line 1
soffice $profile --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,1,1' \
  --outdir "$out/w1252" tracking10k.xlsx libreoffice.xlsx >/dev/null
soffice $profile --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$out/utf8" libreoffice.xlsx >/dev/null
cp "$out/w1252/tracking10k.csv" tracking10k-win1252.csv
cp "$out/w1252/libreoffice.csv" libreoffice-win1252.csv
cp "$out/utf8/libreoffice.csv" libreoffice-utf8.csv
rm -rf "$out"
