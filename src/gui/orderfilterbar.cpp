#include "gui/orderfilterbar.h"

#include "gui/formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
constexpr auto kCarrierKey = "orderFilters/carrier"_L1;
constexpr auto kChannelKey = "orderFilters/salesChannel"_L1;
constexpr auto kShipByKey = "orderFilters/shipBy"_L1;
constexpr auto kShipByDateKey = "orderFilters/shipByDate"_L1;
constexpr auto kOverdueKey = "orderFilters/overdueOnly"_L1;
// A choice of the sales channel combo that names a whole channel ("channel:evendi").
constexpr auto kChannelPrefix = "channel:"_L1;

QString channelChoiceLabel(const QString &value)
{
    if (value.startsWith(kChannelPrefix))
        return channelDisplayName(channelFromString(value.mid(kChannelPrefix.size())));
    return formatSalesChannel(value);
}

// The start of the day after `date` in the station's zone: "up to <date>" includes that day.
QDateTime endOfDay(QDate date)
{
    return QDateTime(date.addDays(1), QTime(0, 0)).toUTC();
}
} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_carrierLabel(new QLabel(this))
    , m_carrier(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_shipByLabel(new QLabel(this))
    , m_shipBy(new QComboBox(this))
    , m_shipByDate(new QDateEdit(this))
    , m_overdue(new QCheckBox(this))
    , m_clear(new QToolButton(this))
{
    m_carrier->setObjectName(u"carrierFilter"_s);
    m_channel->setObjectName(u"salesChannelFilter"_s);
    m_shipBy->setObjectName(u"shipByFilter"_s);
    m_shipByDate->setObjectName(u"shipByDateFilter"_s);
    m_overdue->setObjectName(u"overdueFilter"_s);
    m_clear->setObjectName(u"clearFilters"_s);
    m_carrierLabel->setBuddy(m_carrier);
    m_channelLabel->setBuddy(m_channel);
    m_shipByLabel->setBuddy(m_shipBy);
    // Narrow enough for a 1024-pixel screen in Portuguese: the combos shrink to a few letters and
    // show the rest in their lists.
    for (QComboBox *combo : {m_carrier, m_channel, m_shipBy}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    for (int i = 0; i <= UpToDate; ++i)
        m_shipBy->addItem(QString(), i);
    m_shipByDate->setCalendarPopup(true);
    m_shipByDate->setDate(QDate::currentDate());
    m_carrier->addItem(QString(), QString());
    m_channel->addItem(QString(), QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_carrierLabel);
    layout->addWidget(m_carrier);
    layout->addSpacing(8);
    layout->addWidget(m_channelLabel);
    layout->addWidget(m_channel);
    layout->addSpacing(8);
    layout->addWidget(m_shipByLabel);
    layout->addWidget(m_shipBy);
    layout->addWidget(m_shipByDate);
    layout->addSpacing(8);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    layout->addWidget(m_clear);

    for (QComboBox *combo : {m_carrier, m_channel, m_shipBy})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateDateEdit();
            Q_EMIT changed();
        });
    connect(m_shipByDate, &QDateEdit::dateChanged, this, [this] { Q_EMIT changed(); });
    connect(m_overdue, &QCheckBox::toggled, this, [this] { Q_EMIT changed(); });
    connect(m_clear, &QToolButton::clicked, this, &OrderFilterBar::clear);
    updateDateEdit();
    retranslateUi();
}

void OrderFilterBar::applyTo(storage::OrderQuery *q) const
{
    q->carrier = m_carrier->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    q->channel =
        channel.startsWith(kChannelPrefix) ? channel.mid(kChannelPrefix.size()) : QString();
    q->salesChannel = channel.startsWith(kChannelPrefix) ? QString() : channel;
    const QDate today = QDate::currentDate();
    switch (m_shipBy->currentData().toInt()) {
    case Today:
        q->shipByBefore = endOfDay(today);
        break;
    case Tomorrow:
        q->shipByBefore = endOfDay(today.addDays(1));
        break;
    case UpToDate:
        q->shipByBefore = endOfDay(m_shipByDate->date());
        break;
    default:
        q->shipByBefore = QDateTime();
    }
    q->overdueOnly = m_overdue->isChecked();
}

bool OrderFilterBar::isActive() const
{
    storage::OrderQuery q;
    applyTo(&q);
    return q.hasListFilters();
}

void OrderFilterBar::fillCombo(QComboBox *combo, const QList<storage::FilterValue> &values,
                               const QString &keep, bool channel)
{
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    bool found = keep.isEmpty();
    for (const storage::FilterValue &v : values) {
        const QString label = channel ? channelChoiceLabel(v.value) : v.value;
        combo->addItem(tr("%1 (%2)").arg(label).arg(v.count), v.value);
        found = found || v.value.compare(keep, Qt::CaseInsensitive) == 0;
    }
    // A remembered choice the cache does not hold (yet) stays chosen, with no count.
    if (!found)
        combo->addItem(channel ? channelChoiceLabel(keep) : keep, keep);
    const int index = combo->findData(keep, Qt::UserRole, Qt::MatchFixedString);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QList<storage::FilterValue> OrderFilterBar::channelChoices() const
{
    QList<storage::FilterValue> all;
    if (m_orderChannels.size() > 1) {
        for (const storage::FilterValue &c : m_orderChannels)
            all.append({kChannelPrefix + c.value, c.count});
    }
    return all + m_channels;
}

void OrderFilterBar::setChoices(const QList<storage::FilterValue> &carriers,
                                const QList<storage::FilterValue> &channels,
                                const QList<storage::FilterValue> &orderChannels)
{
    m_carriers = carriers;
    m_channels = channels;
    m_orderChannels = orderChannels;
    fillCombo(m_carrier, carriers, m_carrier->currentData().toString(), false);
    fillCombo(m_channel, channelChoices(), m_channel->currentData().toString(), true);
}

void OrderFilterBar::clear()
{
    {
        const QSignalBlocker b1(m_carrier);
        const QSignalBlocker b2(m_channel);
        const QSignalBlocker b3(m_shipBy);
        const QSignalBlocker b4(m_overdue);
        m_carrier->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_shipBy->setCurrentIndex(AnyDay);
        m_overdue->setChecked(false);
    }
    updateDateEdit();
    Q_EMIT changed();
}

void OrderFilterBar::updateDateEdit()
{
    m_shipByDate->setVisible(m_shipBy->currentData().toInt() == UpToDate);
}

void OrderFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(kCarrierKey, m_carrier->currentData().toString());
    settings.setValue(kChannelKey, m_channel->currentData().toString());
    settings.setValue(kShipByKey, m_shipBy->currentData().toInt());
    settings.setValue(kShipByDateKey, m_shipByDate->date());
    settings.setValue(kOverdueKey, m_overdue->isChecked());
}

void OrderFilterBar::restoreState(const QSettings &settings)
{
    {
        const QSignalBlocker b1(m_carrier);
        const QSignalBlocker b2(m_channel);
        const QSignalBlocker b3(m_shipBy);
        const QSignalBlocker b4(m_overdue);
        const QSignalBlocker b5(m_shipByDate);
        fillCombo(m_carrier, m_carriers, settings.value(kCarrierKey).toString(), false);
        fillCombo(m_channel, channelChoices(), settings.value(kChannelKey).toString(), true);
        const int shipBy = m_shipBy->findData(settings.value(kShipByKey, int(AnyDay)).toInt());
        m_shipBy->setCurrentIndex(shipBy < 0 ? 0 : shipBy);
        const QDate date = settings.value(kShipByDateKey).toDate();
        if (date.isValid())
            m_shipByDate->setDate(date);
        m_overdue->setChecked(settings.value(kOverdueKey, false).toBool());
    }
    updateDateEdit();
    Q_EMIT changed();
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderFilterBar::retranslateUi()
{
    m_carrierLabel->setText(tr("Ca&rrier:"));
    m_carrier->setItemText(0, tr("All carriers"));
    m_channelLabel->setText(tr("Sales cha&nnel:"));
    m_channel->setItemText(0, tr("All channels"));
    m_shipByLabel->setText(tr("Ship &by:"));
    m_shipBy->setItemText(AnyDay, tr("Any day"));
    m_shipBy->setItemText(Today, tr("Today (late ones too)"));
    m_shipBy->setItemText(Tomorrow, tr("Up to tomorrow"));
    m_shipBy->setItemText(UpToDate, tr("Up to the day…"));
    // A widget keeps the locale it was made with; this one follows the language.
    m_shipByDate->setLocale(QLocale());
    m_shipByDate->setDisplayFormat(QLocale().language() == QLocale::Portuguese
                                       ? u"dd/MM/yyyy"_s // as formatDate()
                                       : QLocale().dateFormat(QLocale::ShortFormat));
    m_overdue->setText(tr("Late onl&y"));
    m_overdue->setToolTip(
        tr("Orders whose ship-by time has passed and that are not invoiced or canceled yet"));
    m_clear->setText(tr("C&lear filters"));
    m_clear->setToolTip(tr("Show every order of the queue again"));
    // Channel names ("Channel 1") are translated too.
    setChoices(m_carriers, m_channels, m_orderChannels);
}

} // namespace despacho::gui
