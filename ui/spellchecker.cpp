#include "spellchecker.h"

namespace starling {

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
{
}

SpellChecker::~SpellChecker() = default;

QList<SpellDictionary> SpellChecker::availableDictionaries()
{
    return {};
}

} // namespace starling
