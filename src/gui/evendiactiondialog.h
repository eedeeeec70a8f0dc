#pragma once

#include "core/command.h"
#include "core/evendiforms.h"
#include "gui/fieldissuesview.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace despacho::gui {

// The form of one e-vendi intent on one order: the tracking code, the fiscal note's https
// address, closing the order (a confirmation that says what it does), a cancel (refused orders;
// a supervisor's PIN follows) and a refund (reason, and the bank account e-vendi needs for a
// boleto payment; a supervisor's PIN follows). It shows the order, its account and, for an
// account on e-vendi's prod, a marker saying that this is real money. OK validates with the same
// rules as despacho-cli (core/evendiforms.h): errors keep it open, warnings are confirmed by a
// second OK.
//
// objectNames: evendiOrderLabel, evendiProdMarker, evendiExplanation, evendiCode, evendiUrl,
// evendiReason, bank fields bankCode, agency, dvAgency, accountNumber, dvAccount, accountType,
// documentType, documentNumber, holderName (never in a draft), evendiSummary, buttonBox.
class EvendiActionDialog : public QDialog
{
    Q_OBJECT
public:
    EvendiActionDialog(CommandKind kind, const Order &order, const QString &account, bool prod,
                       QWidget *parent = nullptr);

    CommandKind kind() const { return m_kind; }
    FieldIssues issues() const;
    // What goes to the outbox (evendichanneladapter.h).
    QJsonObject payload() const;
    FieldIssues confirmedWarnings() const { return m_issues.confirmedWarnings(); }
    QString reason() const;
    void setTrackingCode(const QString &code); // a scanned label (Tracking only)

private:
    QLineEdit *addLine(const QString &name, const QString &label, const QString &field);
    void tryAccept();
    EvendiRefundForm refundForm() const;

    CommandKind m_kind;
    Order m_order;
    QHash<QString, QLineEdit *> m_edits;
    QFormLayout *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FieldIssuesView m_issues;
};

// The marker an e-vendi prod order carries everywhere (detail view, forms): unmistakable, red.
QString evendiProdMarkerText();
QString evendiProdMarkerStyle();

} // namespace despacho::gui
