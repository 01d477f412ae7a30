#pragma once

#include <QWidget>

class QBoxLayout;

namespace starling {

// Shown while the vault is empty: the three steps of the method and the two ways to begin. The
// step cards sit side by side when there is room and stack when the centre is narrow (docks on
// both sides), so nothing is ever cut off or scrolled sideways.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Whether the step cards are stacked (the page is too narrow for three side by side).
    bool stepsStacked() const;

signals:
    void addFirstStoryRequested();
    void openExampleRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateStepDirection();

    QBoxLayout *m_steps = nullptr;
};

} // namespace starling
