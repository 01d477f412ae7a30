// Renders the screenshots in docs/images headlessly, from the example vault, so they can be
// refreshed whenever the UI changes:
//   QT_QPA_PLATFORM=offscreen build/bin/starling_docshots docs/images
//   QT_QPA_PLATFORM=offscreen build/bin/starling_docshots docs/images --scale 2
// The second renders the main window at 200 % (light and dark), as on a high-density screen.
// opening.png is the start-up window's first paint, before the vault's check has finished.
#include "answereditor.h"
#include "companiespanel.h"
#include "mainwindow.h"
#include "practicedialog.h"
#include "storyvaultpanel.h"
#include "translations.h"
#include "vaultsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace starling;

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x88));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x88));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x88));
    return p;
}

enum class Shot { Story, Welcome, Answer, Practice, Opening };

static bool shoot(const QString &file, bool dark, Shot shot, const QSize &size)
{
    const bool welcome = shot == Shot::Welcome;
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    QTemporaryDir dir;
    if (shot == Shot::Opening) {
        // The first paint at start-up: the window as app/main.cpp builds it, grabbed before the
        // event loop runs, so the worker's verdict and the panels are still to come.
        const QString vault = dir.filePath(QStringLiteral("Interviews 2026.starling"));
        {
            VaultSession earlier;
            if (!earlier.open(vault))
                return false;
        }
        VaultSession session;
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.resize(size);
        window.show();
        window.beginOpenVault(vault);
        // Lay the window out as its first paint does, without running the event loop further.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool ok = window.grab().save(file);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
        return ok;
    }
    VaultSession session;
    MainWindow window(session);
    window.setExampleVaultPath(dir.filePath(QStringLiteral("Example vault.starling")));
    window.resize(size);
    window.show();
    if (welcome) {
        if (!window.openVault(dir.filePath(QStringLiteral("empty.starling"))))
            return false;
    } else {
        if (!window.openExampleVault())
            return false;
        // Show the failure story: the balance and the editor both have something to say.
        const QList<Story> stories = session.store().stories().value();
        window.storyVault()->selectStory(stories.at(1).id);
    }
    QWidget *target = &window;
    if (shot == Shot::Answer) {
        // The draft answer: the coach has something to say about most of its sections.
        const QList<Answer> answers = session.store().answers().value();
        window.companies()->selectCompany(answers.last().companyId);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("answerEditorDock"));
        dock->show();
        dock->raise();
        window.resizeDocks({dock}, {760}, Qt::Horizontal);
        window.answerEditor()->openAnswer(answers.last().id);
        target = dock;
    }
    if (shot == Shot::Practice) {
        const QList<Answer> answers = session.store().answers().value();
        window.companies()->selectCompany(answers.first().companyId);
        window.answerEditor()->openAnswer(answers.first().id);
        window.findChild<QAction *>(QStringLiteral("practiseAction"))->trigger();
        PracticeDialog *dialog = window.practiceDialog();
        dialog->resize(900, 760);
        dialog->setRevealed(true);
        target = dialog;
    }
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(50);
    }
    const bool ok = target->grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

int main(int argc, char *argv[])
{
    // The scale must be in place before the application object exists.
    int scale = 1;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--scale") == 0)
            scale = std::max(1, std::atoi(argv[i + 1]));
    }
    if (scale > 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    QApplication app(argc, argv);
    installTranslations(app);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or vaults
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    if (scale > 1) {
        // Same logical size as a 1280 × 800 window; the picture has scale × as many pixels.
        const QSize logical(1280, 800);
        const QString suffix = QStringLiteral("-%1.png").arg(scale * 100);
        bool ok = shoot(out + QStringLiteral("/main-window") + suffix, false, Shot::Story, logical);
        ok &= shoot(out + QStringLiteral("/main-window-dark") + suffix, true, Shot::Story, logical);
        return ok ? 0 : 1;
    }
    const QSize size(1600, 1000);
    bool ok = shoot(out + QStringLiteral("/main-window.png"), false, Shot::Story, size);
    ok &= shoot(out + QStringLiteral("/main-window-dark.png"), true, Shot::Story, size);
    ok &= shoot(out + QStringLiteral("/welcome.png"), false, Shot::Welcome, size);
    ok &= shoot(out + QStringLiteral("/answer-editor.png"), false, Shot::Answer, QSize(1600, 1400));
    ok &= shoot(out + QStringLiteral("/answer-editor-dark.png"), true, Shot::Answer, QSize(1600, 1400));
    ok &= shoot(out + QStringLiteral("/practice.png"), false, Shot::Practice, size);
    ok &= shoot(out + QStringLiteral("/opening.png"), false, Shot::Opening, QSize(1280, 800));
    ok &= shoot(out + QStringLiteral("/opening-dark.png"), true, Shot::Opening, QSize(1280, 800));
    return ok ? 0 : 1;
}
