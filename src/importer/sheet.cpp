#include "importer/sheet.h"

#include <algorithm>

namespace despacho::importer {

int Sheet::columnCount() const
{
    qsizetype widest = 0;
    for (const Row &row : rows)
        widest = std::max(widest, row.size());
    return int(widest);
}

const Cell &Sheet::cell(int row, int column) const
{
    static const Cell empty;
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return empty;
    return rows[row][column];
}

} // namespace despacho::importer
