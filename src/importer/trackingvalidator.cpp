#include "importer/trackingvalidator.h"

#include "core/actionforms.h"
#include "core/evendiforms.h"
#include "core/validators.h"
#include "storage/outbox.h"
#include "sync/carrierlist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::TrackingValidator)
};

QString stripZeros(const QString &s)
{
    qsizetype i = 0;
    while (i + 1 < s.size() && s.at(i) == u'0')
        ++i;
    return s.mid(i);
}

// Correios' services as couriers' spreadsheets name them.
bool isCorreiosService(const QString &folded)
{
    static const QStringList services{u"sedex"_s,       u"pac"_s,        u"sedex 10"_s,
                                      u"sedex 12"_s,    u"sedex hoje"_s, u"carta registrada"_s,
                                      u"mini envios"_s, u"impresso"_s};
    return services.contains(folded) || folded.startsWith(u"sedex"_s) ||
           folded.startsWith(u"pac "_s) || folded.contains(u"correios"_s);
}

// A local date and time as it was written, without asking the time zone.
std::pair<qint64, int> dateKey(const QDateTime &d)
{
    return {d.date().toJulianDay(), d.time().msecsSinceStartOfDay()};
}

QString errorsOf(const FieldIssues &issues, bool warningsToo)
{
    QStringList lines;
    for (const FieldIssue &i : issues) {
        if (!i.warning || warningsToo)
            lines << i.message;
    }
    return lines.join(u"; "_s);
}

} // namespace

TrackingValidator::TrackingValidator(storage::OrderCache *orders, storage::Outbox *outbox,
                                     ValidateOptions options)
    : m_orderCache(orders)
    , m_outbox(outbox)
    , m_options(std::move(options))
{
    if (m_options.carriers.isEmpty())
        m_options.carriers = defaultCarriers();
}

QString TrackingValidator::resolveCourier(ImportRow &row) const
{
    const QString written = row.courier.trimmed();
    if (written.isEmpty()) {
        if (checkS10(row.trackingNumber).wellFormed) {
            if (const auto c = findCarrier(m_options.carriers, u"Correios"_s)) {
                row.notes << Tr::tr("no courier given: Correios, from the code's shape");
                return c->name;
            }
        }
        row.fail(Tr::tr("the courier is missing"));
        return {};
    }
    if (const auto c = findCarrier(m_options.carriers, written))
        return c->name;
    const QString folded = foldForSearch(written);
    for (const Carrier &c : std::as_const(m_options.carriers)) {
        const QString name = foldForSearch(c.name);
        if ((isCorreios(c.name) && isCorreiosService(folded)) ||
            (!name.isEmpty() && (folded.startsWith(name + u' ') || folded == name))) {
            row.notes << Tr::tr("courier \"%1\" read as %2").arg(written, c.name);
            return c.name;
        }
    }
    row.fail(Tr::tr("courier \"%1\" is not in the carrier list (File > Carriers)").arg(written));
    return {};
}

void TrackingValidator::checkVtex(ImportRow &row, const Order &order) const
{
    if (const QString b = trackingBlocker(order); !b.isEmpty()) {
        row.fail(b);
        return;
    }
    // The invoice.
    QList<const Package *> invoices;
    for (const Package &p : order.packages) {
        if (p.type != u"Input"_s)
            invoices << &p;
    }
    const Package *target = nullptr;
    if (row.invoice.isEmpty()) {
        if (invoices.size() == 1) {
            target = invoices.first();
        } else {
            QStringList numbers;
            for (const Package *p : std::as_const(invoices))
                numbers << p->invoiceNumber;
            row.fail(Tr::tr("order %1 has %2 invoices (%3): add an invoice column")
                         .arg(order.orderId)
                         .arg(invoices.size())
                         .arg(numbers.join(u", "_s)));
            return;
        }
    } else {
        const QString digits = digitsOnly(row.invoice);
        for (const Package *p : std::as_const(invoices)) {
            if (p->invoiceNumber == row.invoice ||
                (digits.size() == 44 && digitsOnly(p->invoiceKey) == digits))
                target = p;
        }
        if (!target) {
            for (const Package *p : std::as_const(invoices)) {
                if (stripZeros(p->invoiceNumber) == stripZeros(row.invoice)) {
                    target = p;
                    row.notes << Tr::tr("invoice %1 is %2 on the order: the spreadsheet dropped "
                                        "its leading zeros")
                                     .arg(row.invoice, p->invoiceNumber);
                }
            }
        }
        if (!target) {
            row.fail(Tr::tr("order %1 has no invoice %2").arg(order.orderId, row.invoice));
            return;
        }
    }
    row.invoiceNumber = target->invoiceNumber;
    const QString courier = resolveCourier(row);
    if (row.status == RowStatus::Error)
        return;
    if (row.trackingUrl.isEmpty()) {
        row.trackingUrl =
            sync::templateTrackingUrl(m_options.carriers, courier, row.trackingNumber);
        row.urlFromTemplate = !row.trackingUrl.isEmpty();
    }
    TrackingForm form{row.invoiceNumber, courier, row.trackingNumber.trimmed(), row.trackingUrl,
                      row.dispatched.timeSpec() == Qt::LocalTime
                          ? m_fixedDates.value(dateKey(row.dispatched), row.dispatched)
                          : row.dispatched};
    const FieldIssues issues = validateTracking(form, order);
    // No one looks at each row before it goes: an S10 warning is an error here.
    if (const QString e = errorsOf(issues, isCorreios(courier)); !e.isEmpty()) {
        row.fail(e);
        return;
    }
    if (target->trackingNumber.compare(form.number, Qt::CaseInsensitive) == 0) {
        row.status = RowStatus::AlreadyApplied;
        row.message =
            Tr::tr("invoice %1 already has tracking number %2").arg(row.invoiceNumber, form.number);
        return;
    }
    if (!target->trackingNumber.isEmpty())
        row.notes << Tr::tr("replaces tracking number %1").arg(target->trackingNumber);
    row.courier = courier;
    row.payload = trackingPayload(form);
}

void TrackingValidator::checkEvendi(ImportRow &row, const Order &order) const
{
    const QString code = row.trackingNumber.trimmed();
    const FieldIssues issues = validateEvendiTracking(code, order);
    if (const QString e = errorsOf(issues, true); !e.isEmpty()) {
        row.fail(e);
        return;
    }
    if (order.trackingNumber().compare(code, Qt::CaseInsensitive) == 0) {
        row.status = RowStatus::AlreadyApplied;
        row.message = Tr::tr("order %1 already has tracking code %2").arg(order.orderId, code);
        return;
    }
    row.payload = QJsonObject{{u"trackingCode"_s, code}};
}

void TrackingValidator::checkOutbox(ImportRow &row, const QList<Command> &commands) const
{
    const QString code = row.trackingNumber.trimmed();
    for (const Command &c : commands) {
        if (c.account != row.account || c.orderId != row.orderId ||
            c.kind != CommandKind::Tracking || c.state == CommandState::Discarded ||
            c.state == CommandState::Failed)
            continue;
        const bool same =
            row.channel == Channel::Evendi
                ? c.payload.value(u"trackingCode"_s)
                          .toString()
                          .compare(code, Qt::CaseInsensitive) == 0
                : c.payload.value(u"invoiceNumber"_s).toString() == row.invoiceNumber &&
                      c.payload.value(u"body"_s)
                              .toObject()
                              .value(u"trackingNumber"_s)
                              .toString()
                              .compare(code, Qt::CaseInsensitive) == 0;
        if (!same)
            continue;
        row.status = RowStatus::AlreadyApplied;
        row.commandId = c.id;
        row.message = c.state == CommandState::Sent
                          ? Tr::tr("already sent (command %1)").arg(c.id)
                          : Tr::tr("already queued (command %1)").arg(c.id);
        row.payload = {};
        return;
    }
}

void TrackingValidator::checkRow(ImportRow &row) const
{
    if (row.status == RowStatus::Error)
        return;
    row.orderMissing = false;
    if (row.orderId.isEmpty()) {
        row.fail(Tr::tr("the order is missing"));
        return;
    }
    if (row.trackingNumber.isEmpty()) {
        row.fail(Tr::tr("the tracking number is missing"));
        return;
    }
    const Resolved *found = resolve(row);
    if (!found)
        return;
    row.account = found->account;
    row.orderId = found->order.orderId;
    row.channel = found->order.channel;
    if (row.channel == Channel::Evendi)
        checkEvendi(row, found->order);
    else
        checkVtex(row, found->order);
}

bool TrackingValidator::validate(QList<ImportRow> *rows, QString *error)
{
    if (!prefetch(*rows, error))
        return false;
    // A sheet's dispatch dates are local times, a few distinct ones in many rows: each becomes a
    // fixed offset once, as the C library's local time reads the zone file on every call.
    m_fixedDates.clear();
    for (const ImportRow &row : std::as_const(*rows)) {
        const QDateTime &d = row.dispatched;
        if (d.isValid() && d.timeSpec() == Qt::LocalTime && !m_fixedDates.contains(dateKey(d)))
            m_fixedDates.insert(dateKey(d), d.toOffsetFromUtc(d.offsetFromUtc()));
    }
    // Each row against its order, on every core (the rows share only what prefetch read).
    QtConcurrent::blockingMap(*rows, [this](ImportRow &row) { checkRow(row); });
    QList<std::pair<QString, QString>> ready;
    for (const ImportRow &row : std::as_const(*rows)) {
        if (row.status == RowStatus::Ready)
            ready.append({row.account, row.orderId});
    }
    QString readError;
    QHash<std::pair<QString, QString>, QList<Command>> commands;
    for (Command &c : m_outbox->listForOrders(CommandKind::Tracking, ready, &readError))
        commands[{c.account, c.orderId}].append(std::move(c));
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    // account \n order \n invoice → index of the first row that gives it a code
    QHash<QString, int> seen;
    for (int i = 0; i < rows->size(); ++i) {
        ImportRow &row = (*rows)[i];
        if (row.status != RowStatus::Ready)
            continue;
        checkOutbox(row, commands.value({row.account, row.orderId}));
        if (row.status != RowStatus::Ready)
            continue;
        const QString key = row.account + u'\n' + row.orderId + u'\n' + row.invoiceNumber;
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            const ImportRow &first = rows->at(it.value());
            row.payload = {};
            if (first.trackingNumber.compare(row.trackingNumber, Qt::CaseInsensitive) == 0) {
                row.status = RowStatus::DuplicateInFile;
                row.message = Tr::tr("same as row %1").arg(first.fileRow);
            } else {
                row.fail(row.invoiceNumber.isEmpty()
                             ? Tr::tr("row %1 already gives order %2 the tracking code %3")
                                   .arg(first.fileRow)
                                   .arg(row.orderId, first.trackingNumber)
                             : Tr::tr("row %1 already gives invoice %2 of order %3 the tracking "
                                      "number %4")
                                   .arg(first.fileRow)
                                   .arg(row.invoiceNumber, row.orderId, first.trackingNumber));
            }
            continue;
        }
        seen.insert(key, i);
    }
    return true;
}

} // namespace despacho::importer
