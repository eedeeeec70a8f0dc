#include "importer/columnmapping.h"

#include "importer/spreadsheet.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::ColumnMapping)
};

constexpr auto kMappingsKey = "import/mappings";
constexpr int kHeaderSearchRows = 50;

struct Synonyms
{
    Field field;
    QStringList exact;    // normalized headers that name the field
    QStringList contains; // words that, inside a longer header, name it (checked in this order)
};

// Order matters for "contains": the tracking URL before the tracking number, the dispatch date
// before anything with "pedido" in it ("Data de envio do pedido").
const QList<Synonyms> &synonyms()
{
    static const QList<Synonyms> list{
        {Field::TrackingUrl,
         {u"url de rastreio"_s, u"url rastreio"_s, u"url de rastreamento"_s, u"link de rastreio"_s,
          u"link rastreio"_s, u"link de rastreamento"_s, u"tracking url"_s, u"trackingurl"_s,
          u"tracking link"_s, u"url"_s, u"link"_s},
         {u"url"_s, u"link"_s}},
        {Field::Dispatched,
         {u"data de envio"_s, u"data envio"_s, u"enviado em"_s, u"data de postagem"_s,
          u"data postagem"_s, u"postagem"_s, u"dispatched"_s, u"dispatched date"_s,
          u"dispatcheddate"_s, u"dispatch date"_s, u"ship date"_s, u"shipped"_s, u"shipped at"_s,
          u"shipping date"_s},
         {u"data de envio"_s, u"postagem"_s, u"dispatch"_s, u"ship date"_s}},
        {Field::TrackingNumber,
         {u"rastreio"_s, u"codigo de rastreio"_s, u"cod rastreio"_s, u"codigo rastreio"_s,
          u"codigo de rastreamento"_s, u"rastreamento"_s, u"objeto"_s, u"codigo do objeto"_s,
          u"tracking"_s, u"tracking number"_s, u"trackingnumber"_s, u"tracking code"_s,
          u"trackingcode"_s, u"tracking no"_s},
         {u"rastreio"_s, u"rastreamento"_s, u"tracking"_s, u"objeto"_s}},
        {Field::Invoice,
         {u"nota fiscal"_s, u"nf"_s, u"nfe"_s, u"nf e"_s, u"nota"_s, u"numero da nota"_s,
          u"numero da nota fiscal"_s, u"numero da nf"_s, u"numero nf"_s, u"no nf"_s, u"n nf"_s,
          u"invoice"_s, u"invoice number"_s, u"invoicenumber"_s, u"invoice no"_s},
         {u"nota fiscal"_s, u"invoice"_s}},
        {Field::Courier,
         {u"transportadora"_s, u"transportador"_s, u"courier"_s, u"carrier"_s,
          u"shipping company"_s},
         {u"transportadora"_s, u"courier"_s, u"carrier"_s}},
        {Field::Order,
         {u"pedido"_s, u"numero do pedido"_s, u"no do pedido"_s, u"n do pedido"_s, u"no pedido"_s,
          u"n pedido"_s, u"num pedido"_s, u"id do pedido"_s, u"id pedido"_s, u"codigo do pedido"_s,
          u"pedido vtex"_s, u"order"_s, u"order id"_s, u"orderid"_s, u"order number"_s,
          u"order no"_s},
         {u"pedido"_s, u"order"_s}},
        {Field::Account,
         {u"conta"_s, u"account"_s, u"loja"_s, u"store"_s, u"account name"_s, u"accountname"_s},
         {}},
    };
    return list;
}

Field exactField(const QString &normalized)
{
    for (const Synonyms &s : synonyms()) {
        if (s.exact.contains(normalized))
            return s.field;
    }
    return Field::None;
}

Field containedField(const QString &normalized)
{
    const QString padded = u' ' + normalized + u' ';
    for (const Synonyms &s : synonyms()) {
        for (const QString &w : s.contains) {
            if (padded.contains(u' ' + w + u' '))
                return s.field;
        }
    }
    return Field::None;
}

// Each field goes to one column: exact names first, then names that contain a field's word.
QHash<int, Field> fieldsOfRow(const Row &row)
{
    QHash<int, Field> fields;
    QList<Field> taken;
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 0; c < row.size(); ++c) {
            if (fields.contains(c) || row[c].kind != CellKind::Text)
                continue;
            const QString n = normalizeHeader(row[c].text);
            if (n.isEmpty())
                continue;
            const Field f = pass == 0 ? exactField(n) : containedField(n);
            if (f != Field::None && !taken.contains(f)) {
                fields.insert(c, f);
                taken.append(f);
            }
        }
    }
    return fields;
}

int columnFromLetters(const QString &text)
{
    static const QRegularExpression letters(u"^[A-Z]{1,3}$"_s);
    if (!letters.match(text).hasMatch())
        return -1;
    int n = 0;
    for (const QChar c : text)
        n = n * 26 + (c.unicode() - u'A' + 1);
    return n - 1;
}

} // namespace

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Order:
        return u"order"_s;
    case Field::Invoice:
        return u"invoice"_s;
    case Field::Courier:
        return u"courier"_s;
    case Field::TrackingNumber:
        return u"tracking_number"_s;
    case Field::TrackingUrl:
        return u"tracking_url"_s;
    case Field::Dispatched:
        return u"dispatched"_s;
    case Field::Account:
        return u"account"_s;
    case Field::None:
        break;
    }
    return u"none"_s;
}

std::optional<Field> fieldFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"none"_s || k == u"ignore"_s)
        return Field::None;
    for (Field f : kAllFields) {
        if (fieldKey(f) == k)
            return f;
    }
    return std::nullopt;
}

QString fieldDisplayName(Field field)
{
    switch (field) {
    case Field::Order:
        return Tr::tr("Order");
    case Field::Invoice:
        return Tr::tr("Invoice");
    case Field::Courier:
        return Tr::tr("Courier");
    case Field::TrackingNumber:
        return Tr::tr("Tracking number");
    case Field::TrackingUrl:
        return Tr::tr("Tracking URL");
    case Field::Dispatched:
        return Tr::tr("Dispatched");
    case Field::Account:
        return Tr::tr("Account");
    case Field::None:
        break;
    }
    return Tr::tr("(ignore)");
}

QString normalizeHeader(const QString &text)
{
    // camelCase headers (orderId, trackingNumber) are matched as one lower-case word.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

Field fieldForHeader(const QString &header)
{
    const QString n = normalizeHeader(header);
    if (n.isEmpty())
        return Field::None;
    const Field exact = exactField(n);
    return exact != Field::None ? exact : containedField(n);
}

int ColumnMapping::columnOf(Field field) const
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return -1;
}

QString ColumnMapping::layoutKey() const
{
    QStringList parts;
    for (const QString &h : headers)
        parts << normalizeHeader(h);
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    const QByteArray joined = parts.join(u'|').toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<ColumnMapping> detectColumns(const Sheet &sheet)
{
    int bestRow = -1;
    QHash<int, Field> best;
    const int last = std::min(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < last; ++r) {
        const QHash<int, Field> fields = fieldsOfRow(sheet.rows[r]);
        const QList<Field> found = fields.values();
        if (!found.contains(Field::Order) && !found.contains(Field::TrackingNumber))
            continue;
        if (fields.size() > best.size()) {
            best = fields;
            bestRow = r;
        }
    }
    if (bestRow < 0)
        return std::nullopt;
    ColumnMapping mapping;
    mapping.headerRow = bestRow;
    mapping.fields = best;
    for (const Cell &c : sheet.rows[bestRow])
        mapping.headers << c.text;
    return mapping;
}

bool applyOverrides(ColumnMapping *mapping, const QStringList &overrides, QString *error)
{
    for (const QString &o : overrides) {
        const qsizetype eq = o.lastIndexOf(u'=');
        if (eq <= 0) {
            *error = Tr::tr("--map %1: write COLUMN=FIELD (for example \"Objeto=tracking_number\" "
                            "or \"C=order\")")
                         .arg(o);
            return false;
        }
        const QString column = o.left(eq).trimmed();
        const auto field = fieldFromKey(o.mid(eq + 1));
        if (!field) {
            *error = Tr::tr("--map %1: unknown field \"%2\" (fields: order, invoice, courier, "
                            "tracking_number, tracking_url, dispatched, account, none)")
                         .arg(o, o.mid(eq + 1).trimmed());
            return false;
        }
        int index = -1;
        const QString wanted = normalizeHeader(column);
        for (int c = 0; c < mapping->headers.size() && index < 0; ++c) {
            if (!wanted.isEmpty() && normalizeHeader(mapping->headers[c]) == wanted)
                index = c;
        }
        if (index < 0)
            index = columnFromLetters(column);
        if (index < 0) {
            *error = Tr::tr("--map %1: the file has no column \"%2\" (give its header or its "
                            "letter)")
                         .arg(o, column);
            return false;
        }
        if (*field != Field::None) {
            if (const int old = mapping->columnOf(*field); old >= 0)
                mapping->fields.remove(old);
            mapping->fields.insert(index, *field);
        } else {
            mapping->fields.remove(index);
        }
    }
    return true;
}

void rememberMapping(QSettings &settings, const ColumnMapping &mapping)
{
    QJsonObject all =
        QJsonDocument::fromJson(settings.value(QLatin1StringView(kMappingsKey)).toByteArray())
            .object();
    QJsonObject columns;
    for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it)
        columns.insert(QString::number(it.key()), fieldKey(it.value()));
    all.insert(mapping.layoutKey(), columns);
    settings.setValue(QLatin1StringView(kMappingsKey),
                      QJsonDocument(all).toJson(QJsonDocument::Compact));
}

bool applyRememberedMapping(const QSettings &settings, ColumnMapping *mapping)
{
    const QJsonObject all =
        QJsonDocument::fromJson(settings.value(QLatin1StringView(kMappingsKey)).toByteArray())
            .object();
    const QJsonValue entry = all.value(mapping->layoutKey());
    if (!entry.isObject())
        return false;
    QHash<int, Field> fields;
    const QJsonObject columns = entry.toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        const auto field = fieldFromKey(it.value().toString());
        if (!ok || column < 0 || !field || *field == Field::None)
            continue;
        fields.insert(column, *field);
    }
    mapping->fields = fields;
    return true;
}

} // namespace despacho::importer
