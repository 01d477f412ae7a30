#pragma once

// Skeleton: the spell-checking helper replaces this file (Hunspell engine, dictionaries found
// under /usr/share/hunspell, personal word list beside the settings).

#include <QObject>
#include <QString>
#include <QStringList>

namespace starling {

struct SpellDictionary {
    QString code; // "en_US", "de_DE"
    QString name; // "English (United States)", in the interface language
};

class SpellChecker : public QObject
{
    Q_OBJECT
public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    static QList<SpellDictionary> availableDictionaries();
};

} // namespace starling
