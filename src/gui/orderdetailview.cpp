#include "gui/orderdetailview.h"

#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "core/validators.h"
#include "gui/evendiactiondialog.h"
#include "gui/formatting.h"
#include "gui/imageloader.h"
#include "gui/messagebar.h"
#include "gui/transactionpanel.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "ui_orderdetailview.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

OrderDetailView::OrderDetailView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderDetailView>())
{
    m_ui->setupUi(this);
    m_ui->rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont title = m_ui->detailTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->detailTitle->setFont(title);
    m_prodMarker = new QLabel(evendiProdMarkerText(), this);
    m_prodMarker->setObjectName(u"prodMarker"_s);
    m_prodMarker->setStyleSheet(evendiProdMarkerStyle());
    m_prodMarker->hide();
    m_sentByDespacho = new QLabel(this);
    m_sentByDespacho->setObjectName(u"sentByDespacho"_s);
    m_sentByDespacho->setWordWrap(true);
    m_sentByDespacho->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentByDespacho->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->detailTitle->parentWidget()->layout())) {
        const int at = box->indexOf(m_ui->detailTitle);
        box->insertWidget(at + 1, m_prodMarker, 0, Qt::AlignLeft);
        box->insertWidget(at + 2, m_sentByDespacho);
    }
    connect(m_ui->packagesTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { fillTrackingEvents(row); });
    // On a 600 px screen the detail shares the height with the list and the outbox dock: the
    // tabs scroll (forms in scroll areas, tables) rather than claim their full height.
    m_ui->detailTabs->setMinimumHeight(kMinimumTabsHeight);
    m_images = new ImageLoader(nullptr, this);
    connect(m_images, &ImageLoader::finished, this, &OrderDetailView::onImageFinished);
    clear();
}

OrderDetailView::~OrderDetailView() = default;

QTabWidget *OrderDetailView::tabs() const
{
    return m_ui->detailTabs;
}

TransactionPanel *OrderDetailView::transactionPanel() const
{
    return m_ui->transactionPanel;
}

MessageBar *OrderDetailView::messageBar() const
{
    return m_ui->detailMessageBar;
}

void OrderDetailView::setServices(sync::AppServices *services)
{
    m_services = services;
    m_images->setNetwork(services ? services->network() : nullptr);
    m_ui->transactionPanel->setServices(services);
}

void OrderDetailView::showOrder(const QString &account, const QString &orderId)
{
    if (orderId.isEmpty()) {
        clear();
        return;
    }
    m_account = account;
    m_orderId = orderId;
    m_readError.clear();
    m_raw = m_services && m_services->orders()
                ? m_services->orders()->rawJson(account, orderId, &m_readError)
                : QByteArray();
    m_channel = Channel::Vtex;
    if (m_services && m_services->orders() && m_readError.isEmpty()) {
        if (const auto summary = m_services->orders()->summary(account, orderId, &m_readError))
            m_channel = summary->channel;
    }
    render();
}

void OrderDetailView::reloadIfChanged()
{
    if (m_orderId.isEmpty() || !m_services || !m_services->orders())
        return;
    QString readError;
    const QByteArray raw = m_services->orders()->rawJson(m_account, m_orderId, &readError);
    if (!readError.isEmpty()) {
        // Keep showing what was read before, and say the fresh read failed.
        m_ui->detailMessageBar->showMessage(storageErrorText(readError));
        return;
    }
    if (raw == m_raw) {
        refreshCommands();
        return;
    }
    m_raw = raw;
    render();
}

void OrderDetailView::refreshCommands()
{
    QTableWidget *table = m_ui->commandsTable;
    if (m_orderId.isEmpty() || !m_services || !m_services->outbox()) {
        table->setRowCount(0);
        return;
    }
    QString readError;
    const QList<Command> commands = m_services->outbox()->list(
        {.account = m_account, .orderId = m_orderId, .limit = 200}, &readError);
    if (!readError.isEmpty())
        m_ui->detailMessageBar->showMessage(storageErrorText(readError));
    table->setRowCount(int(commands.size()));
    for (int row = 0; row < commands.size(); ++row) {
        const Command &c = commands.at(row);
        const QString outcome = c.state == CommandState::Sent ? c.receipt : c.lastError;
        QString operatorText = c.operatorName;
        if (!c.supervisor.isEmpty())
            operatorText = tr("%1 (authorised by %2)").arg(c.operatorName, c.supervisor);
        const QStringList cells{QString::number(c.id),
                                formatDateTime(c.createdAt),
                                commandKindDisplayName(c.kind),
                                operatorText,
                                commandStateDisplayName(c.state),
                                QString::number(c.attempts),
                                outcome};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
        table->item(row, 0)->setData(Qt::UserRole, c.id);
    }
    showSentByDespacho(commands);
    m_ui->detailTabs->setTabText(CommandsTab, commands.isEmpty()
                                                  ? tr("Commands")
                                                  : tr("Commands (%1)").arg(commands.size()));
}

void OrderDetailView::showSentByDespacho(const QList<Command> &commands)
{
    m_prodMarker->setVisible(false);
    m_sentByDespacho->setVisible(false);
    if (m_channel != Channel::Evendi || m_orderId.isEmpty() || !m_services)
        return;
    const auto account = m_services->accounts()->find(m_account);
    m_prodMarker->setVisible(account && account->settings.value("env"_L1).toString() == u"prod");
    // Newest first: the first sent command of a kind is what e-vendi holds now.
    QString tracking, fiscalNote, closed, canceled, refunded;
    for (const Command &c : commands) {
        if (c.state != CommandState::Sent)
            continue;
        const QString when = formatDateTime(c.updatedAt);
        if (c.kind == CommandKind::Tracking && tracking.isEmpty())
            tracking = tr("tracking code %1 (%2)")
                           .arg(c.payload.value("trackingCode"_L1).toString(), when);
        else if (c.kind == CommandKind::Invoice && fiscalNote.isEmpty())
            fiscalNote =
                tr("fiscal note %1 (%2)").arg(c.payload.value("fiscalNoteUrl"_L1).toString(), when);
        else if (c.kind == CommandKind::Close && closed.isEmpty())
            closed = tr("closed (%1)").arg(when);
        else if (c.kind == CommandKind::Cancel && canceled.isEmpty())
            canceled = tr("canceled (%1)").arg(when);
        else if (c.kind == CommandKind::Refund && refunded.isEmpty())
            refunded = tr("refunded (%1)").arg(when);
    }
    QStringList parts;
    for (const QString &p : {tracking, fiscalNote, closed, canceled, refunded}) {
        if (!p.isEmpty())
            parts << p;
    }
    // e-vendi does not give these back: what Despacho sent is the only record of them.
    m_sentByDespacho->setText(
        parts.isEmpty() ? tr("Sent to e-vendi by Despacho: nothing yet")
                        : tr("Sent to e-vendi by Despacho: %1").arg(parts.join(u" · "_s)));
    m_sentByDespacho->setVisible(true);
}

void OrderDetailView::clear()
{
    m_readError.clear();
    m_account.clear();
    m_orderId.clear();
    m_raw.clear();
    m_order.reset();
    render();
}

void OrderDetailView::render()
{
    m_ui->detailMessageBar->clearMessage();
    clearFields();
    m_order.reset();
    m_ui->detailTabs->setEnabled(!m_orderId.isEmpty());
    refreshCommands();
    if (m_orderId.isEmpty()) {
        m_ui->detailTitle->setText(tr("Select an order to see its details."));
        m_ui->transactionPanel->setTransaction({}, {});
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw);
    m_ui->rawJson->setPlainText(
        m_raw.isEmpty() ? QString() : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    const OrderParseResult parsed =
        doc.isObject() ? decodeOrder(m_channel, doc.object()) : OrderParseResult{{}, u"-"_s};
    if (m_raw.isEmpty() || !parsed.ok()) {
        // A list row only (details not fetched yet) or a document the mapping refuses.
        const auto summary = m_services && m_readError.isEmpty()
                                 ? m_services->orders()->summary(m_account, m_orderId, &m_readError)
                                 : std::nullopt;
        if (summary)
            fillSummaryOnly(*summary);
        m_ui->detailTitle->setText(tr("Order %1").arg(m_orderId));
        if (!m_readError.isEmpty()) // not "not downloaded yet": the cache could not be read
            m_ui->detailMessageBar->showMessage(storageErrorText(m_readError));
        else
            m_ui->detailMessageBar->showMessage(
                m_raw.isEmpty()
                    ? tr("The details of this order have not been downloaded yet. "
                         "Sync (F5) to fetch them.")
                    : tr("The stored details of this order cannot be read: %1").arg(parsed.error),
                m_raw.isEmpty() ? MessageBar::Level::Information : MessageBar::Level::Warning);
        m_ui->transactionPanel->setTransaction({}, {});
        return;
    }
    m_order = parsed.order;
    const Order &o = *m_order;
    m_ui->detailTitle->setText(
        tr("Order %1 · %2 · %3")
            .arg(o.orderId, orderStatusDisplayName(o.status), o.customer.fullName()));
    fillSummary(o);
    fillItems(o);
    fillCustomer(o);
    fillShipping(o);
    fillPayment(o);
    fillPackages(o);
}

void OrderDetailView::clearFields()
{
    const auto labels = m_ui->detailTabs->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        // Captions keep their text; the transaction panel manages its own fields.
        if (!label->objectName().endsWith(u"Caption"_s) &&
            !m_ui->transactionPanel->isAncestorOf(label))
            label->clear();
    }
    for (QTableWidget *table : {m_ui->itemsTable, m_ui->logisticsTable, m_ui->paymentTable,
                                m_ui->packagesTable, m_ui->trackingEventsTable})
        table->setRowCount(0);
    m_ui->rawJson->clear();
}

void OrderDetailView::fillSummaryOnly(const OrderSummary &s)
{
    m_ui->summaryOrderId->setText(s.orderId);
    m_ui->summarySequence->setText(orDash(s.sequence));
    m_ui->summaryAccount->setText(s.account);
    m_ui->summaryStatus->setText(orderStatusDisplayName(s.status));
    m_ui->summaryCreated->setText(orDash(formatDateTime(s.creationDate)));
    m_ui->summaryTotal->setText(formatMoney(s.totalValue));
    m_ui->customerName->setText(orDash(s.clientName));
}

void OrderDetailView::fillSummary(const Order &o)
{
    m_ui->summaryOrderId->setText(o.orderId);
    m_ui->summarySequence->setText(orDash(o.sequence));
    m_ui->summaryAccount->setText(m_account);
    // e-vendi: the payment's own status beside the order's (paid, refunded...).
    m_ui->summaryStatus->setText(
        o.channel == Channel::Evendi && !o.statusDescription.isEmpty()
            ? tr("%1 · payment %2").arg(orderStatusDisplayName(o.status), o.statusDescription)
            : orderStatusDisplayName(o.status));
    QStringList origin;
    if (!o.origin.isEmpty())
        origin << o.origin;
    if (!o.salesChannel.isEmpty())
        origin << tr("sales channel %1").arg(o.salesChannel);
    if (!o.affiliateId.isEmpty())
        origin << tr("affiliate %1").arg(o.affiliateId);
    m_ui->summaryOrigin->setText(orDash(origin.join(u" · "_s)));
    m_ui->summaryCreated->setText(orDash(formatDateTime(o.creationDate)));
    m_ui->summaryAuthorized->setText(orDash(formatDateTime(o.authorizedDate)));
    m_ui->summaryInvoiced->setText(orDash(formatDateTime(o.invoicedDate)));
    m_ui->summaryLastChange->setText(orDash(formatDateTime(o.lastChange)));
    m_ui->summaryCancelReason->setText(orDash(o.cancelReason));
    m_ui->summaryItems->setText(formatMoney(o.totals.items));
    m_ui->summaryDiscounts->setText(formatMoney(o.totals.discounts));
    m_ui->summaryShipping->setText(formatMoney(o.totals.shipping));
    m_ui->summaryTax->setText(formatMoney(o.totals.tax));
    m_ui->summaryTotal->setText(formatMoney(o.value));
    m_ui->summaryUnits->setText(QLocale().toString(o.totalQuantity()));
}

void OrderDetailView::fillCustomer(const Order &o)
{
    const Customer &c = o.customer;
    m_ui->customerName->setText(orDash(c.fullName()));
    m_ui->customerEmail->setText(orDash(c.email));
    QString document = c.document;
    if (c.documentType.compare(u"cpf"_s, Qt::CaseInsensitive) == 0 ||
        digitsOnly(document).size() == 11)
        document = formatCpf(document);
    if (!document.isEmpty() && !c.documentType.isEmpty())
        document += u" ("_s + c.documentType.toUpper() + u')';
    m_ui->customerDocument->setText(orDash(document));
    m_ui->customerPhone->setText(orDash(formatPhone(c.phone)));
    m_ui->customerCorporateName->setText(c.isCorporate ? orDash(c.corporateName)
                                                       : tr("Not a company"));
    m_ui->customerCorporateDocument->setText(c.isCorporate ? orDash(c.corporateDocument)
                                                           : QStringLiteral("—"));
}

void OrderDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace despacho::gui
