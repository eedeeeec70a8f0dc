#include "gui/formdraft.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
constexpr int kSaveDelayMs = 200;

// A line edit that belongs to a combo or spin box is saved through its owner.
bool isInnerEdit(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w->parentWidget()) ||
           qobject_cast<const QAbstractSpinBox *>(w->parentWidget());
}
} // namespace

FormDraft::FormDraft(QDialog *dialog, const QString &key, EnsureRows ensureRows)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_key(key)
    , m_ensureRows(std::move(ensureRows))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kSaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &FormDraft::saveNow);
    const auto fieldList = fields();
    for (QWidget *w : fieldList)
        watch(w);
    const auto tables = dialog->findChildren<QTableWidget *>();
    for (QTableWidget *t : tables) {
        connect(t, &QTableWidget::itemChanged, this, &FormDraft::scheduleSave);
        // Rows added later bring new widgets: watch them too.
        connect(t->model(), &QAbstractItemModel::rowsInserted, this, [this] {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    const auto now = fields();
                    for (QWidget *w : now)
                        watch(w);
                    scheduleSave();
                },
                Qt::QueuedConnection);
        });
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, &FormDraft::scheduleSave);
    }
    // Cancel means the person gave up; after OK the owner discards once the command is queued.
    connect(dialog, &QDialog::rejected, this, &FormDraft::discard);
}

FormDraft::~FormDraft()
{
    // Closing the window any other way (a crash does not get here at all) keeps the draft.
    if (!m_discarded && m_timer.isActive())
        saveNow();
}

QString FormDraft::settingsKey(const QString &key)
{
    return u"drafts/"_s + QString(key).replace(u'/', u'_');
}

bool FormDraft::exists(const QString &key)
{
    return QSettings().contains(settingsKey(key));
}

QList<QWidget *> FormDraft::fields() const
{
    QList<QWidget *> result;
    const auto all = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(u"qt_"_s) || isInnerEdit(w) ||
            w->property(kNoDraftProperty).toBool())
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (line->echoMode() != QLineEdit::Normal || line->isReadOnly())
                continue; // a PIN is never written anywhere
            result << w;
        } else if (qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                   qobject_cast<QSpinBox *>(w) || qobject_cast<QDateTimeEdit *>(w) ||
                   qobject_cast<QCheckBox *>(w)) {
            result << w;
        }
    }
    return result;
}

void FormDraft::watch(QWidget *w)
{
    if (w->property("despachoDraftWatched").toBool())
        return;
    w->setProperty("despachoDraftWatched", true);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        connect(e, &QLineEdit::textChanged, this, &FormDraft::scheduleSave);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        connect(p, &QPlainTextEdit::textChanged, this, &FormDraft::scheduleSave);
    else if (auto *c = qobject_cast<QComboBox *>(w))
        connect(c, &QComboBox::currentTextChanged, this, &FormDraft::scheduleSave);
    else if (auto *s = qobject_cast<QSpinBox *>(w))
        connect(s, &QSpinBox::valueChanged, this, &FormDraft::scheduleSave);
    else if (auto *d = qobject_cast<QDateTimeEdit *>(w))
        connect(d, &QDateTimeEdit::dateTimeChanged, this, &FormDraft::scheduleSave);
    else if (auto *b = qobject_cast<QCheckBox *>(w))
        connect(b, &QCheckBox::toggled, this, &FormDraft::scheduleSave);
}

void FormDraft::scheduleSave()
{
    if (!m_restoring && !m_discarded)
        m_timer.start();
}

void FormDraft::saveNow()
{
    m_timer.stop();
    if (m_discarded)
        return;
    QJsonObject values;
    const auto fieldList = fields();
    for (QWidget *w : fieldList) {
        const QString name = w->objectName();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            values[name] = e->text();
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            values[name] = p->toPlainText();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            values[name] = c->isEditable() ? c->currentText() : QString::number(c->currentIndex());
        else if (auto *s = qobject_cast<QSpinBox *>(w))
            values[name] = s->value();
        else if (auto *d = qobject_cast<QDateTimeEdit *>(w))
            values[name] = d->dateTime().toString(Qt::ISODate);
        else if (auto *b = qobject_cast<QCheckBox *>(w))
            values[name] = b->isChecked();
    }
    QJsonObject tables;
    const auto tableList = m_dialog->findChildren<QTableWidget *>();
    for (QTableWidget *t : tableList) {
        QJsonArray rows;
        for (int r = 0; r < t->rowCount(); ++r) {
            QJsonArray cells;
            for (int c = 0; c < t->columnCount(); ++c) {
                const QTableWidgetItem *item = t->item(r, c);
                const bool editable = item && (item->flags() & Qt::ItemIsEditable);
                cells.append(editable ? QJsonValue(item->text()) : QJsonValue());
            }
            rows.append(cells);
        }
        tables[t->objectName()] = rows;
    }
    m_savedAt = QDateTime::currentDateTime();
    const QJsonObject draft{{u"savedAt"_s, m_savedAt.toString(Qt::ISODate)},
                            {u"fields"_s, values},
                            {u"tables"_s, tables}};
    QSettings settings;
    settings.setValue(settingsKey(m_key),
                      QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
    settings.sync(); // on disk now, not when the application exits
}

bool FormDraft::restore()
{
    const QString text = QSettings().value(settingsKey(m_key)).toString();
    const QJsonObject draft = QJsonDocument::fromJson(text.toUtf8()).object();
    if (draft.isEmpty())
        return false;
    m_restoring = true;
    const QJsonObject tables = draft.value("tables"_L1).toObject();
    const auto tableList = m_dialog->findChildren<QTableWidget *>();
    for (QTableWidget *t : tableList) {
        const QJsonArray rows = tables.value(t->objectName()).toArray();
        if (rows.size() > t->rowCount() && m_ensureRows)
            m_ensureRows(t, int(rows.size()));
        for (int r = 0; r < std::min(int(rows.size()), t->rowCount()); ++r) {
            const QJsonArray cells = rows.at(r).toArray();
            for (int c = 0; c < std::min(int(cells.size()), t->columnCount()); ++c) {
                QTableWidgetItem *item = t->item(r, c);
                if (item && cells.at(c).isString() && (item->flags() & Qt::ItemIsEditable))
                    item->setText(cells.at(c).toString());
            }
        }
    }
    const QJsonObject values = draft.value("fields"_L1).toObject();
    const auto fieldList = fields();
    // Combo boxes and spin boxes first: changing them may refill other fields (a courier's
    // tracking URL, the value that follows the quantities), which the saved text then overrides.
    for (int pass = 0; pass < 2; ++pass) {
        for (QWidget *w : fieldList) {
            const QJsonValue v = values.value(w->objectName());
            if (v.isUndefined())
                continue;
            const bool first = qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w) ||
                               qobject_cast<QCheckBox *>(w);
            if (first != (pass == 0))
                continue;
            if (auto *e = qobject_cast<QLineEdit *>(w))
                e->setText(v.toString());
            else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
                p->setPlainText(v.toString());
            else if (auto *c = qobject_cast<QComboBox *>(w))
                c->isEditable() ? c->setCurrentText(v.toString())
                                : c->setCurrentIndex(v.toString().toInt());
            else if (auto *s = qobject_cast<QSpinBox *>(w))
                s->setValue(v.toInt());
            else if (auto *d = qobject_cast<QDateTimeEdit *>(w))
                d->setDateTime(QDateTime::fromString(v.toString(), Qt::ISODate));
            else if (auto *b = qobject_cast<QCheckBox *>(w))
                b->setChecked(v.toBool());
        }
    }
    m_savedAt = QDateTime::fromString(draft.value("savedAt"_L1).toString(), Qt::ISODate);
    m_restoring = false;
    return true;
}

void FormDraft::discard()
{
    m_discarded = true;
    m_timer.stop();
    QSettings settings;
    settings.remove(settingsKey(m_key));
    settings.sync();
}

} // namespace despacho::gui
