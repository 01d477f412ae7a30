#pragma once

#include <QChar>
#include <QStringView>
#include <QtGlobal>

#include <cmath>

namespace starling {

// How fast the candidate speaks and how long an answer should take. Defaults follow the usual
// advice: about 150 words a minute, about two minutes per answer.
struct SpeakingPace {
    static constexpr int DefaultWordsPerMinute = 150;
    static constexpr int MinWordsPerMinute = 60;
    static constexpr int MaxWordsPerMinute = 300;

    int wordsPerMinute = DefaultWordsPerMinute;
    int minSeconds = 90;   // shorter sounds thin
    int maxSeconds = 150;  // longer loses the interviewer

    bool operator==(const SpeakingPace &) const = default;

    // Seconds it takes to say `words` words at this pace, rounded to the nearest second.
    int secondsFor(int words) const
    {
        const int wpm = qBound(MinWordsPerMinute, wordsPerMinute, MaxWordsPerMinute);
        return int(std::lround(double(words) * 60.0 / wpm));
    }
};

// Words as a speaker says them: runs of non-space characters that hold at least one letter or
// digit, so "–" or "•" alone does not count while "10%" and "A/B" count once.
inline int countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    bool hasContent = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (inWord && hasContent)
                ++words;
            inWord = hasContent = false;
            continue;
        }
        inWord = true;
        hasContent = hasContent || c.isLetterOrNumber();
    }
    if (inWord && hasContent)
        ++words;
    return words;
}

} // namespace starling
