#include "gui/carriersettings.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace despacho::gui {

void fillCourierCombo(QComboBox *combo, const QList<Carrier> &carriers)
{
    const QSignalBlocker blocker(combo);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->clear();
    for (const Carrier &c : carriers)
        combo->addItem(c.name);
    combo->setCurrentIndex(-1);
    combo->setEditText({});
}

TrackingUrlAutoFill::TrackingUrlAutoFill(QList<Carrier> carriers, QComboBox *courier,
                                         QLineEdit *number, QLineEdit *url)
    : QObject(url)
    , m_carriers(std::move(carriers))
    , m_courier(courier)
    , m_number(number)
    , m_url(url)
    , m_typedMark(new QAction(url))
{
    m_typedMark->setObjectName(u"urlTypedMark"_s);
    m_typedMark->setIcon(url->style()->standardIcon(QStyle::SP_DialogResetButton));
    m_typedMark->setToolTip(
        tr("Typed by hand: kept when the number or the courier changes. Click to use the "
           "courier's tracking page instead."));
    url->addAction(m_typedMark, QLineEdit::TrailingPosition);
    connect(m_typedMark, &QAction::triggered, this, [this] {
        setTyped(false);
        update();
    });
    connect(courier, &QComboBox::currentTextChanged, this, &TrackingUrlAutoFill::update);
    connect(number, &QLineEdit::textChanged, this, &TrackingUrlAutoFill::update);
    // Typed: anything but the template's own address. Emptied: follows the template again.
    connect(url, &QLineEdit::textEdited, this, [this](const QString &text) {
        setTyped(!text.trimmed().isEmpty() && text.trimmed() != templateUrl());
    });
    // Set from elsewhere (what VTEX holds, a restored draft): typed unless it has the shape of
    // one of the carriers' addresses.
    connect(url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            setTyped(false); // emptied: the template's again
        else if (!m_filling && !m_url->isModified())
            setTyped(!looksTemplated(text.trimmed()));
    });
    setTyped(!url->text().trimmed().isEmpty() && !looksTemplated(url->text().trimmed()));
    update();
}

QString TrackingUrlAutoFill::templateUrl() const
{
    const auto carrier = findCarrier(m_carriers, m_courier->currentText());
    return carrier ? trackingUrlFor(*carrier, m_number->text()) : QString();
}

bool TrackingUrlAutoFill::looksTemplated(const QString &url) const
{
    for (const Carrier &c : m_carriers) {
        const qsizetype at = c.urlTemplate.indexOf(u"{code}"_s);
        if (at < 0)
            continue;
        const QString prefix = c.urlTemplate.left(at);
        const QString suffix = c.urlTemplate.mid(at + 6);
        if (url.size() > prefix.size() + suffix.size() && url.startsWith(prefix) &&
            url.endsWith(suffix))
            return true;
    }
    return false;
}

void TrackingUrlAutoFill::setTyped(bool typed)
{
    m_typed = typed;
    m_typedMark->setVisible(typed);
    m_url->setToolTip(typed ? m_typedMark->toolTip()
                            : tr("Filled from the courier's tracking page and the number."));
}

void TrackingUrlAutoFill::update()
{
    if (m_typed)
        return;
    const QString url = templateUrl();
    if (m_url->text() == url)
        return;
    m_filling = true;
    m_url->setText(url);
    m_url->setModified(false);
    m_filling = false;
}

} // namespace despacho::gui
