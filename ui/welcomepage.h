#pragma once

#include <QWidget>

namespace starling {

// Shown while the vault is empty: the three steps of the method and the two ways to begin.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void addFirstStoryRequested();
    void openExampleRequested();
};

} // namespace starling
