#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace despacho::importer {

// A one-sheet .xlsx whose cells are all text (ids, invoice numbers and tracking codes stay as
// typed: Excel shows "0012" and never "4,4E+43"), with the first row bold as a header. For the
// import template and the exported failed rows and reports. Empty with the reason in `error` when
// the package cannot be written.
QByteArray xlsxWorkbook(const QString &sheetName, const QList<QStringList> &rows,
                        QString *error = nullptr);
bool writeXlsx(const QString &path, const QString &sheetName, const QList<QStringList> &rows,
               QString *error = nullptr);

} // namespace despacho::importer
