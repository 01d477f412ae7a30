// Start-up's font warm-up: fontconfig loaded on a thread, then the same configuration used by Qt.

#include "fontwarmup.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>

#include <cstdio>

using namespace starling;

class TestFontWarmUp : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadTheFontConfiguration()
    {
        FontWarmUp fonts;
        fonts.wait();
        QVERIFY(fonts.loaded());
        // AND Qt's font database, built on it, finds the system's fonts
        QVERIFY(!QFontDatabase::families().isEmpty());
    }

    void shouldWaitMoreThanOnceAndOnDestruction()
    {
        {
            FontWarmUp fonts;
            fonts.wait();
            fonts.wait();
            QVERIFY(fonts.loaded()); // already loaded: returns at once, and says so
        }
        {
            FontWarmUp unwaited; // joined by its destructor
        }
    }
};

int main(int argc, char *argv[])
{
    // As in app/main.cpp, the warm-up starts before the application object exists.
    FontWarmUp early;
    QGuiApplication app(argc, argv);
    early.wait();
    if (!early.loaded()) {
        std::fprintf(stderr, "the warm-up before QGuiApplication did not load fontconfig\n");
        return 1;
    }
    TestFontWarmUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fontwarmup.moc"
