#!/usr/bin/python3
"""Writes the .xlsx fixtures of tst_xlsxreader into this folder.

Run with Debian's python (apt-get install python3-openpyxl; LibreOffice for libreoffice.xlsx):
    /usr/bin/python3 tests/importer/data/make_xlsx_fixtures.py

Workbooks a real tool can produce are made with openpyxl (and one converted by LibreOffice, which
writes shared strings and its own styles layout); the odd packages that other writers produce
(no xl/ folder, x: prefixes, strict namespaces, inline strings with a stray <v>...) are written
by hand with zipfile, since no tool here makes them. Output is deterministic (fixed seed, fixed
zip timestamps) so rerunning the script only changes files whose recipe changed.
"""

import datetime
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import quoteattr

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = REL_NS + "/officeDocument"
WORKSHEET = REL_NS + "/worksheet"
SHARED = REL_NS + "/sharedStrings"
STYLES = REL_NS + "/styles"

NFE_KEY = 35240112345678000190550010000012341000012340  # 44 digits


def out(name):
    return os.path.join(HERE, name)


def s10(prefix, number, suffix="BR"):
    """A Correios S10 code with its check digit (weights 8 6 4 2 3 5 9 7)."""
    digits = "%08d" % number
    total = sum(int(d) * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7)))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return "%s%s%d%s" % (prefix, digits, check, suffix)


def fix_timestamps(path):
    """Rewrites a zip with fixed entry and document dates so reruns give identical bytes."""
    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    entries = [(info, re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2024-01-01T00:00:00Z",
                             data) if info.filename == "docProps/core.xml" else data)
               for info, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


def save(wb, name):
    wb.save(out(name))
    fix_timestamps(out(name))


# --- openpyxl workbooks -------------------------------------------------------------------------


def ids():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pedidos"
    ws.append(["Pedido", "Nota fiscal", "Chave NF-e", "Valor", "Pago"])
    # The order id and invoice typed into cells formatted General become numbers: 0012 is 12.
    ws.append([2710393603, 12, NFE_KEY, 12.5, True])
    ws.append([2710393603.0, 7, str(NFE_KEY), 0.1, False])
    ws.append(["0012", "2710393603", "AA123456785BR", -3, "=1/0"])
    save(wb, "ids.xlsx")


def dates():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Envios"
    ws.append(["Padrão", "dd/mm/yyyy", "Data e hora", "Embutido 14", "Hora"])
    ws.append([
        datetime.date(2024, 3, 5),
        datetime.date(2024, 12, 31),
        datetime.datetime(2024, 3, 5, 14, 30, 15),
        datetime.date(2023, 1, 2),
        datetime.time(8, 15),
    ])
    ws["B2"].number_format = "dd/mm/yyyy"
    ws["D2"].number_format = "mm-dd-yy"  # built-in id 14
    ws["E2"].number_format = "hh:mm"
    save(wb, "dates.xlsx")


def date1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["Data"])
    ws.append([datetime.date(2024, 3, 5)])
    ws.append([datetime.date(1904, 1, 1)])
    save(wb, "date1904.xlsx")


def hidden():
    wb = openpyxl.Workbook()
    secret = wb.active
    secret.title = "Oculta"
    secret.sheet_state = "hidden"
    secret.append(["segredo", 1])
    very = wb.create_sheet("Muito oculta")
    very.sheet_state = "veryHidden"
    very.append(["segredo", 2])
    empty = wb.create_sheet("Vazia")
    chart = wb.create_chartsheet("Gráfico")
    bar = BarChart()
    bar.add_data(Reference(secret, min_col=2, min_row=1, max_row=1))
    chart.add_chart(bar)
    data = wb.create_sheet("Dados")
    data.append(["Pedido", "Rastreio"])
    data.append(["1234567890123-01", s10("AA", 12345678)])
    assert empty.max_row == 1
    wb.active = 4
    save(wb, "hidden.xlsx")


def titleblock():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Relatório"
    ws["A1"] = "Relatório de envios — março"
    ws["A2"] = "Gerado pelo ERP"
    rows = [
        ["Pedido", "Rastreio", "Envio"],
        ["1234567890123-01", s10("AA", 12345678), datetime.date(2024, 3, 5)],
        ["1234567890123-02", s10("QB", 87654321), datetime.date(2024, 3, 6)],
        ["1234567890123-03", s10("LX", 555), datetime.date(2024, 3, 7)],
    ]
    for r, values in enumerate(rows, start=4):
        for c, value in enumerate(values, start=2):
            ws.cell(row=r, column=c, value=value)
    for r in range(5, 8):
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
    table = Table(displayName="Envios", ref="B4:D7")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    save(wb, "titleblock.xlsx")


def crlf():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notas"
    ws.append(["Observação"])
    ws.append(["linha 1\r\nlinha 2"])
    ws.append(["só LF\naqui"])
    save(wb, "crlf.xlsx")


def empty():
    wb = openpyxl.Workbook()
    wb.active.title = "Vazia"
    wb.create_sheet("Também vazia")
    save(wb, "empty.xlsx")


def tracking10k():
    rng = random.Random(20240305)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rastreios"
    ws.append(["Pedido", "Nota fiscal", "Transportadora", "Código de rastreio", "URL de rastreio",
               "Data de envio"])
    carriers = ["Correios", "Jadlog", "Loggi", "Total Express"]
    prefixes = ["AA", "QB", "LX", "OS", "PM", "NX"]
    start = datetime.date(2024, 1, 2)
    for i in range(10000):
        code = s10(rng.choice(prefixes), rng.randrange(0, 100000000))
        ws.append([
            "%013d-%02d" % (1234567890123 + i, rng.randrange(1, 4)),
            100000 + i,
            rng.choice(carriers),
            code,
            "https://rastreamento.correios.com.br/app/index.php?objeto=" + code,
            start + datetime.timedelta(days=i // 120),
        ])
        ws.cell(row=i + 2, column=6).number_format = "dd/mm/yyyy"
    save(wb, "tracking10k.xlsx")


def libreoffice():
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: libreoffice.xlsx left as it is", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        # LibreOffice reads the CSV with its own type detection: the id and the invoice become
        # numbers, the date a real date, and it writes a shared-strings table.
        src = os.path.join(tmp, "libreoffice.csv")
        with open(src, "w", encoding="utf-8", newline="") as f:
            f.write("Pedido,Nota fiscal,Rastreio,Cliente,Envio\n")
            f.write("2710393603,0012,%s,José Conceição,2024-03-05\n" % s10("AA", 12345678))
            f.write("2710393604,13,%s,Ana,2024-03-06\n" % s10("QB", 87654321))
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copy(os.path.join(tmp, "libreoffice.xlsx"), out("libreoffice.xlsx"))
    fix_timestamps(out("libreoffice.xlsx"))


# --- hand-written packages ----------------------------------------------------------------------


def content_types(overrides):
    parts = "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + parts + "</Types>")


def rels(entries, ns=PKG_REL_NS):
    body = "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % e for e in entries)
    return '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%s">%s</Relationships>' % (
        ns, body)


def write_zip(name, parts, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(out(name), "w", compression) as z:
        for path, text in parts:
            info = zipfile.ZipInfo(path, (2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


def simple_workbook(sheets, ns=MAIN_NS, rel_ns=REL_NS, pr=""):
    body = "".join('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (n, i + 1, rid)
                   for i, (n, rid) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">%s'
            "<sheets>%s</sheets></workbook>" % (ns, rel_ns, pr, body))


def worksheet(rows_xml, ns=MAIN_NS):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s">\n<sheetData>\n%s\n'
            "</sheetData>\n</worksheet>" % (ns, rows_xml))


def no_xl_folder():
    # Workbook at the package root, a sheet reached through "../", one through an absolute
    # target whose case differs from the zip entry, and a relative target with %20.
    write_zip("noxl.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "workbook.xml")])),
        ("workbook.xml", simple_workbook([("Primeira", "rId1"), ("Segunda", "rId2"),
                                          ("Terceira", "rId3")])),
        ("_rels/workbook.xml.rels", rels([
            ("rId1", WORKSHEET, "sheets/../data/one.xml"),
            ("rId2", WORKSHEET, "/Data/TWO.XML"),
            ("rId3", WORKSHEET, "data/sheet%20three.xml"),
            ("rId4", SHARED, "strings.xml"),
        ])),
        ("strings.xml", '<sst xmlns="%s"><si><t>compartilhada</t></si></sst>' % MAIN_NS),
        ("data/one.xml", worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
        ("data/two.xml", worksheet('<row r="1"><c r="A1"><v>2</v></c></row>')),
        ("data/sheet three.xml", worksheet('<row r="1"><c r="A1"><v>3</v></c></row>')),
    ])


def prefixed():
    # Every part with an x: prefix, as some .NET writers do, and the workbook one folder down.
    ws = ('<x:worksheet xmlns:x="%s"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v>'
          '</x:c><x:c r="C2" s="1"><x:v>45356</x:v></x:c></x:row></x:sheetData></x:worksheet>'
          % MAIN_NS)
    write_zip("prefixed.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("R1", OFFICE_DOC, "/book/wb.xml")])),
        ("book/wb.xml", '<x:workbook xmlns:x="%s" xmlns:rel="%s"><x:sheets><x:sheet name="Plan" '
         'sheetId="1" rel:id="S1"/></x:sheets></x:workbook>' % (MAIN_NS, REL_NS)),
        ("book/_rels/wb.xml.rels", '<p:Relationships xmlns:p="%s"><p:Relationship Id="S1" '
         'Type="%s" Target="../sheets/s.xml"/><p:Relationship Id="S2" Type="%s" '
         'Target="sst.xml"/><p:Relationship Id="S3" Type="%s" Target="st.xml"/>'
         "</p:Relationships>" % (PKG_REL_NS, WORKSHEET, SHARED, STYLES)),
        ("sheets/s.xml", ws),
        ("book/sst.xml", '<x:sst xmlns:x="%s"><x:si><x:t>zero</x:t></x:si><x:si><x:r><x:t>pre'
         '</x:t></x:r><x:r><x:t>fixo</x:t></x:r></x:si></x:sst>' % MAIN_NS),
        ("book/st.xml", '<x:styleSheet xmlns:x="%s"><x:cellXfs><x:xf numFmtId="0"/>'
         '<x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>' % MAIN_NS),
    ])


def strict():
    # Strict OOXML: other namespaces and relationship types, dates as ISO t="d" cells.
    sns = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    rns = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    write_zip("strict.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", rns + "/officeDocument", "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Estrito", "rId1")], ns=sns, rel_ns=rns)),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", rns + "/worksheet", "worksheets/a.xml")])),
        ("xl/worksheets/a.xml", worksheet(
            '<row r="1"><c r="A1" t="d"><v>2024-03-05T00:00:00</v></c>'
            '<c r="B1" t="d"><v>2024-03-05T14:30:15</v></c><c r="C1" t="d"><v>2024-03-05</v></c>'
            '<c r="D1" t="d"><v>não é data</v></c></row>', ns=sns)),
    ])


def cells():
    # What tools other than Excel write: inline strings (one with a stray <v>), rich and phonetic
    # runs, empty shared strings, s="", cells and rows without r, escapes, all cell types.
    sst = ('<sst xmlns="%s" count="99999999" uniqueCount="99999999">'
           "<si><t>zero</t></si>"
           "<si/>"
           "<si><t/></si>"
           '<si><r><rPr><b/></rPr><t xml:space="preserve">rico </t></r><r><t>texto</t></r>'
           "<rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh></si>"
           "<si><t>linha 1_x000D_\nlinha 2</t></si>"
           "<si><t>_x005F_x000D_ literal e _x0041_</t></si>"
           "<si><t>a&#13;\nb</t></si>"
           "</sst>" % MAIN_NS)
    styles = ('<styleSheet xmlns="%s"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/>'
              "</cellXfs></styleSheet>" % MAIN_NS)
    rows = "\n".join([
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>'
        '<c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>999</v></c>'
        '<c r="I1" t="s"><v>-1</v></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><v>ignorado</v><is><t>em linha</t></is></c>'
        '<c r="B2" t="inlineStr"><is><r><t>ri</t></r><r><t>co</t></r></is></c>'
        '<c r="C2" t="str"><f>A1</f><v>fórmula</v></c><c r="D2" t="b"><v>1</v></c>'
        '<c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#N/A</v></c>'
        '<c r="G2"><f>1+1</f></c><c r="H2" s="1"/><c r="I2" t="inlineStr"><is><t>x</t></is>'
        '</c></row>',
        # No r on the cells: A, B, then C after an explicit B.
        '<row r="3"><c s=""><v>45356</v></c><c><v>2</v></c><c r="D3"><v>4</v></c><c><v>5</v></c>'
        "</row>",
        # No r on the rows: they follow row 3.
        "<row><c><v>10</v></c></row>",
        '<row><c r="B5" s="1"><v>45356</v></c><c r="C5" s="7"><v>1</v></c></row>',
        '<row r="7"><c r="A7"><v>2710393603</v></c><c r="B7"><v>2.710393603E9</v></c>'
        '<c r="C7"><v>2710393603.0</v></c><c r="D7"><v>%d</v></c><c r="E7"><v>4.4E+43</v></c>'
        '<c r="F7"><v>12.5</v></c><c r="G7"><v>0.1</v></c><c r="H7"><v>1234567890123456</v></c>'
        '<c r="I7"><v>-7</v></c><c r="J7"><v> 3 </v></c><c r="K7"><v>1e15</v></c>'
        '<c r="L7"><v>999999999999999</v></c></row>' % NFE_KEY,
        '<row r="8"><c r="XFD8"><v>1</v></c><c r="XFE8"><v>2</v></c></row>',
    ])
    write_zip("cells.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Células", "rId1")])),
        ("xl/_rels/workbook.xml.rels", rels([
            ("rId1", WORKSHEET, "worksheets/sheet1.xml"),
            ("rId2", SHARED, "sharedStrings.xml"),
            ("rId3", STYLES, "styles.xml"),
        ])),
        ("xl/worksheets/sheet1.xml", worksheet(rows)),
        ("xl/sharedStrings.xml", sst),
        ("xl/styles.xml", styles),
    ])


def numfmts():
    # Custom formats, one of them taking over built-in id 14. Column n of row 1 uses style n.
    codes = [
        (14, "0.00"),  # redefined: a number now
        (164, "dd/mm/yyyy"),
        (165, "[$-416]d\\ mmmm\\ yyyy;@"),
        (166, "[h]:mm"),
        (167, '0.00 "dias"'),
        (168, "#,##0"),
        (169, "@"),
        (170, "General"),
        (171, "[Red][<0]0.00;0.00"),
        (172, "_-* #,##0.00_-;\\-* #,##0.00_-"),
        (173, "yyyy-mm-dd hh:mm:ss"),
        (174, '"Dia" 0'),
        (175, "0.00E+00"),
    ]
    fmts = "".join('<numFmt numFmtId="%d" formatCode=%s/>' % (i, quoteattr(c)) for i, c in codes)
    xfs = "".join('<xf numFmtId="%d"/>' % i for i, _ in codes) + '<xf numFmtId="22"/>'
    styles = ('<styleSheet xmlns="%s"><numFmts count="%d">%s</numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="%d">%s</cellXfs></styleSheet>'
              % (MAIN_NS, len(codes), fmts, len(codes) + 1, xfs))
    cells_xml = "".join('<c r="%s1" s="%d"><v>45356.5</v></c>' % (chr(ord("A") + i), i)
                        for i in range(len(codes) + 1))
    write_zip("numfmts.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Formatos", "rId1")])),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", WORKSHEET, "worksheets/sheet1.xml"),
                                             ("rId2", STYLES, "styles.xml")])),
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1">%s</row>' % cells_xml)),
        ("xl/styles.xml", styles),
    ])


def serials():
    # Excel's 1900 system around its phantom 29 February, under a date (14) and a date-time (22)
    # format; serials outside 0..9999-12-31 stay numbers.
    styles = ('<styleSheet xmlns="%s"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/>'
              '<xf numFmtId="22"/></cellXfs></styleSheet>' % MAIN_NS)
    dates = ["1", "59", "60", "61", "0", "45356.75", "-1", "3000000"]
    times = ["45356.75", "60.5", "45356.999999999", "0.5"]
    row1 = "".join('<c r="%s1" s="1"><v>%s</v></c>' % (chr(65 + i), v) for i, v in enumerate(dates))
    row2 = "".join('<c r="%s2" s="2"><v>%s</v></c>' % (chr(65 + i), v) for i, v in enumerate(times))
    write_zip("serials.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Seriais", "rId1")])),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", WORKSHEET, "worksheets/sheet1.xml"),
                                             ("rId2", STYLES, "styles.xml")])),
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1">%s</row><row r="2">%s</row>'
                                               % (row1, row2))),
        ("xl/styles.xml", styles),
    ])


def broken():
    base = [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", WORKSHEET, "worksheets/sheet1.xml")])),
    ]
    # The sheet breaks on line 5, after its first cells.
    write_zip("brokensheet.xlsx", base + [
        ("xl/workbook.xml", simple_workbook([("Quebrada", "rId1")])),
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1"><c r="A1"><v>1</v></c></row>\n'
                                               '<row r="2"><c r="A2"><v>2</v></row>')),
    ])
    write_zip("brokenworkbook.xlsx", base + [
        ("xl/workbook.xml", '<workbook xmlns="%s"><sheets><sheet name="a" r:id="rId1"/>'
         "</sheets>" % MAIN_NS),
        ("xl/worksheets/sheet1.xml", worksheet('<row r="1"><c r="A1"><v>1</v></c></row>')),
    ])
    # The relationship names a sheet the zip does not have.
    write_zip("missingsheet.xlsx", base + [
        ("xl/workbook.xml", simple_workbook([("Sumiu", "rId1")])),
    ])


def bomb():
    # 20 MB of spaces inside the sheet's XML: a 20 KB file, valid XML, and a ratio near 1000:1.
    padding = b" " * (20 * 1024 * 1024)
    sheet = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>').encode()
    sheet = sheet.replace(b"<sheetData>", b"<sheetData>" + padding)
    write_zip("bomb.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Bomba", "rId1")])),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", WORKSHEET, "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def lying_size():
    # The bomb again, its sheet declaring 1000 bytes in both zip headers: what is read must stop
    # at what was declared (and the checksum then fails), not run on to 20 MB.
    with open(out("bomb.xlsx"), "rb") as f:
        data = bytearray(f.read())
    name = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(out("bomb.xlsx")) as z:
        local = z.getinfo(name.decode()).header_offset
    data[local + 22:local + 26] = (1000).to_bytes(4, "little")
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")
    with open(out("lyingsize.xlsx"), "wb") as f:
        f.write(data)


def wide():
    # 200 rows with one cell at XFD: 3 million cells of padding from a 2 KB file.
    rows = "".join('<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (r, r) for r in range(1, 201))
    write_zip("wide.xlsx", [
        ("[Content_Types].xml", content_types([])),
        ("_rels/.rels", rels([("rId1", OFFICE_DOC, "xl/workbook.xml")])),
        ("xl/workbook.xml", simple_workbook([("Larga", "rId1")])),
        ("xl/_rels/workbook.xml.rels", rels([("rId1", WORKSHEET, "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", worksheet(rows)),
    ])


def main():
    ids()
    dates()
    date1904()
    hidden()
    titleblock()
    crlf()
    empty()
    tracking10k()
    libreoffice()
    no_xl_folder()
    prefixed()
    strict()
    cells()
    numfmts()
    serials()
    broken()
    bomb()
    lying_size()
    wide()


if __name__ == "__main__":
    main()
