#pragma once

#include "storage/ordercache.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSettings;
class QToolButton;

namespace despacho::gui {

// The filters over the order list a packer works with: carrier, channel or sales channel, ship-by
// (today, up to tomorrow, up to a date) and overdue only. Each control has a mnemonic (Alt+letter);
// the choices are remembered in QSettings. It only edits the filter fields of an OrderQuery; the
// list applies them in SQL.
class OrderFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum ShipByChoice
    {
        AnyDay,
        Today, // due by the end of today, overdue ones included
        Tomorrow,
        UpToDate,
    };

    explicit OrderFilterBar(QWidget *parent = nullptr);

    // Fills the filter fields of `query` (carrier, sales channel, ship-by, overdue only).
    void applyTo(storage::OrderQuery *query) const;
    bool isActive() const;
    // The carriers and channels to choose from (what the cache holds), keeping the choice.
    // With orders of more than one channel (`orderChannels`), the sales channel filter offers
    // each channel's orders first ("e-vendi", "VTEX").
    void setChoices(const QList<storage::FilterValue> &carriers,
                    const QList<storage::FilterValue> &channels,
                    const QList<storage::FilterValue> &orderChannels = {});
    void clear();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombo(QComboBox *combo, const QList<storage::FilterValue> &values, const QString &keep,
                   bool channel);
    void updateDateEdit();

    QLabel *m_carrierLabel;
    QComboBox *m_carrier;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_shipByLabel;
    QComboBox *m_shipBy;
    QDateEdit *m_shipByDate;
    QCheckBox *m_overdue;
    QToolButton *m_clear;
    QList<storage::FilterValue> m_carriers;
    QList<storage::FilterValue> m_channels;
    QList<storage::FilterValue> m_orderChannels;
    QList<storage::FilterValue> channelChoices() const;
};

} // namespace despacho::gui
