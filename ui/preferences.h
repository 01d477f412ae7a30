#pragma once

#include "speakingpace.h"

#include <QObject>

namespace starling {

// The user's preferences, stored with QSettings. One instance per process: every widget that
// depends on a preference listens to changed().
class Preferences : public QObject
{
    Q_OBJECT
public:
    static Preferences &instance();

    SpeakingPace speakingPace() const;
    void setSpeakingPace(const SpeakingPace &pace);

signals:
    void changed();
};

} // namespace starling
