#include "gui/carriersdialog.h"

#include "gui/messagebar.h"
#include "ui_carriersdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace despacho::gui {

CarriersDialog::CarriersDialog(const QList<Carrier> &carriers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CarriersDialog>())
{
    m_ui->setupUi(this);
    m_ui->carriersTable->horizontalHeader()->resizeSection(0, 180);
    m_ui->carriersMessageBar->hide();
    setRows(carriers);
    connect(m_ui->addCarrierButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->carriersTable->rowCount();
        m_ui->carriersTable->insertRow(row);
        m_ui->carriersTable->setItem(row, 0, new QTableWidgetItem);
        m_ui->carriersTable->setItem(row, 1, new QTableWidgetItem(u"https://"_s));
        m_ui->carriersTable->setCurrentCell(row, 0);
        m_ui->carriersTable->editItem(m_ui->carriersTable->item(row, 0));
    });
    connect(m_ui->removeCarrierButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->carriersTable->currentRow();
        if (row >= 0)
            m_ui->carriersTable->removeRow(row);
    });
    connect(m_ui->restoreCarriersButton, &QPushButton::clicked, this,
            [this] { setRows(defaultCarriers()); });
    connect(m_ui->carriersButtonBox, &QDialogButtonBox::accepted, this, &CarriersDialog::accept);
    connect(m_ui->carriersButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CarriersDialog::~CarriersDialog() = default;

void CarriersDialog::setRows(const QList<Carrier> &carriers)
{
    m_ui->carriersTable->setRowCount(int(carriers.size()));
    for (int row = 0; row < carriers.size(); ++row) {
        m_ui->carriersTable->setItem(row, 0, new QTableWidgetItem(carriers.at(row).name));
        m_ui->carriersTable->setItem(row, 1, new QTableWidgetItem(carriers.at(row).urlTemplate));
    }
}

QList<Carrier> CarriersDialog::carriers() const
{
    QList<Carrier> result;
    for (int row = 0; row < m_ui->carriersTable->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_ui->carriersTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        QString url = text(1);
        if (url == u"https://"_s || url == u"http://"_s)
            url.clear();
        result.append({text(0), url});
    }
    return result;
}

QString CarriersDialog::problem() const
{
    const QList<Carrier> list = carriers();
    QSet<QString> seen;
    for (int row = 0; row < list.size(); ++row) {
        const Carrier &c = list.at(row);
        if (c.name.isEmpty())
            return tr("Row %1: the courier needs a name.").arg(row + 1);
        if (seen.contains(c.name.toCaseFolded()))
            return tr("Row %1: %2 is listed twice.").arg(QString::number(row + 1), c.name);
        seen.insert(c.name.toCaseFolded());
        if (!c.urlTemplate.isEmpty()) {
            const QUrl url(QString(c.urlTemplate).replace(u"{code}"_s, u"X"_s));
            if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) ||
                url.host().isEmpty())
                return tr("Row %1 (%2): the tracking URL template must be an http(s) address.")
                    .arg(QString::number(row + 1), c.name);
            if (!c.urlTemplate.contains(u"{code}"_s))
                return tr("Row %1 (%2): the tracking URL template needs {code} where the "
                          "tracking number goes.")
                    .arg(QString::number(row + 1), c.name);
        }
    }
    return {};
}

void CarriersDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_ui->carriersMessageBar->showMessage(why, MessageBar::Level::Error);
        m_ui->carriersMessageBar->show();
        return;
    }
    QDialog::accept();
}

void CarriersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
