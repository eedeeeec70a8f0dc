// libFuzzer target for the spreadsheet readers: any bytes, as a CSV or an XLSX (told apart by
// content as the import does), every sheet offered, and the CSV path with both encodings. It
// must never crash, hang or grow without bound; ASan and UBSan watch it.
//   cmake --build build-fuzz --target fuzz   (see CMakeLists.txt)
#include "importer/csvreader.h"
#include "importer/spreadsheet.h"
#include "importer/xlsxreader.h"

#include <QByteArray>

using namespace despacho::importer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Smaller limits than the import's, so that a run explores instead of unpacking 512 MB.
    ReadLimits limits;
    limits.maxFileBytes = 8 * 1024 * 1024;
    limits.maxRows = 5000;
    limits.maxPartBytes = 16 * 1024 * 1024;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReadError error;
    if (bytes.startsWith("PK")) {
        XlsxReader reader(limits);
        if (reader.openData(bytes, &error)) {
            for (const SheetInfo &sheet : reader.sheets())
                (void)reader.readSheet(sheet.name, &error);
        }
    } else {
        (void)readCsv(bytes, {QStringLiteral("windows-1252"), QChar(u';')}, limits, &error);
    }
    (void)readSpreadsheetData(bytes, QStringLiteral("fuzz"), {}, limits, &error);
    return 0;
}
