#pragma once

#include <QWizardPage>

namespace despacho::gui {

// A wizard page whose Next (or Finish) waits until the work on it is done: the import wizard's
// check (while rows are validated) and send (until every row has its outcome) pages.
class GatedWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    bool isComplete() const override { return m_done && QWizardPage::isComplete(); }
    void setDone(bool done)
    {
        if (done == m_done)
            return;
        m_done = done;
        Q_EMIT completeChanged();
    }
    bool isDone() const { return m_done; }

private:
    bool m_done = true;
};

} // namespace despacho::gui
