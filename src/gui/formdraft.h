#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

class QDialog;
class QTableWidget;
class QWidget;

namespace despacho::gui {

// Keeps what a person types in an action form on disk while they type, so that a crash or a power
// cut does not lose it: every change is written (within 200 ms) to the settings file under
// drafts/<key>, and opening the same form for the same order again brings it back. Cancelling the
// form (the person gave up) removes the draft; after OK, the owner discards it once the command
// is in the outbox. PIN fields (password echo) are never saved.
//
// Saved: named line edits, plain text edits, combo boxes, spin boxes, date-time edits, check boxes
// and table cell texts, except a widget whose kNoDraftProperty is true (a refund's bank account,
// which is kept nowhere but in the outbox until it is sent). A table whose rows are added by the
// person gets them back through `ensureRows` before the cells and the row widgets are restored.
inline constexpr char kNoDraftProperty[] = "despachoNoDraft";

class FormDraft : public QObject
{
    Q_OBJECT
public:
    using EnsureRows = std::function<void(QTableWidget *table, int rows)>;

    FormDraft(QDialog *dialog, const QString &key, EnsureRows ensureRows = {});
    ~FormDraft() override;

    static QString settingsKey(const QString &key);
    static bool exists(const QString &key);

    // Restores a saved draft into the form; false when there is none.
    bool restore();
    QDateTime savedAt() const { return m_savedAt; }
    void saveNow();
    void discard();

private:
    void watch(QWidget *widget);
    void scheduleSave();
    QList<QWidget *> fields() const;

    QDialog *m_dialog;
    QString m_key;
    EnsureRows m_ensureRows;
    QTimer m_timer;
    QDateTime m_savedAt;
    bool m_restoring = false;
    bool m_discarded = false;
};

} // namespace despacho::gui
