#include "mainwindow.h"

#include "vaultsession.h"

#include <QDir>
#include <QLabel>

namespace starling {

MainWindow::MainWindow(VaultSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *label = new QLabel(tr("Starling"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    connect(&m_session, &VaultSession::opened, this, &MainWindow::updateTitle);
    updateTitle();
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::updateTitle()
{
    setWindowFilePath(m_session.path());
    setWindowTitle(m_session.isOpen()
                       ? tr("%1 — Starling").arg(QDir::toNativeSeparators(m_session.path()))
                       : tr("Starling"));
}

} // namespace starling
