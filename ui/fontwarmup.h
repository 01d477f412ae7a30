#pragma once

#include <thread>

namespace starling {

// Loads the system's font configuration on a thread of its own while the GUI thread starts up.
//
// The first text a window lays out makes Qt's font database initialise fontconfig, which parses
// every file under /etc/fonts and maps the font caches: 7–9 ms on the benchmark machine, the
// largest single cost before the main window's first paint. Nothing about it needs the GUI
// thread or a QGuiApplication, so main() starts it before anything else and waits for it just
// before building the first window; by then QApplication and the translations have usually
// hidden it. Once the configuration is loaded, fontconfig hands the same one to Qt.
//
// Where Qt does not use fontconfig (Windows, macOS, a build without it) this does nothing.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp(); // waits
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // Returns once the configuration is loaded (at once if it already was, or after a wait()).
    void wait();
    // After wait(): whether fontconfig loaded its configuration; false where there is none to
    // load. Qt then loads it itself, as it would have without this.
    bool loaded() const { return m_loaded; }

private:
    std::thread m_thread;
    bool m_loaded = false; // written by the thread, read after the join
};

} // namespace starling
