#pragma once

#include <QMainWindow>

namespace starling {

class VaultSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(VaultSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void updateTitle();

    VaultSession &m_session;
};

} // namespace starling
