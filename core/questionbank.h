#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace starling {

// One behavioural question from the bundled bank. Bank questions are not in the vault: a
// question is copied ("adopted") into the vault the first time the user answers it.
struct BankQuestion {
    QString key;        // stable, kebab-case: "model-failed-in-production"
    QString text;       // English, as Starling wrote it
    QStringList themes; // 1 to 3 keys of the Themes taxonomy, best fit first
    QString category;   // QuestionBank::ClassicCategory or QuestionBank::DataMlCategory

    bool operator==(const BankQuestion &) const = default;
};

// The bundled question bank (resources/library/question-bank.json, format
// "starling-question-bank" version 1): behavioural classics and data / machine-learning
// questions, each tagged with the themes it tests.
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(starling::QuestionBank)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxThemesPerQuestion = 3;
    static QString resourcePath() { return QStringLiteral(":/library/question-bank.json"); }
    static QString classicCategory() { return QStringLiteral("classic"); }
    static QString dataMlCategory() { return QStringLiteral("data-ml"); }

    // The bundled bank in file order, parsed on first use and kept. Empty (with a warning on
    // the log) only if this build's resource is missing or damaged, which the tests rule out.
    static const QList<BankQuestion> &all();
    // The bundled bank, or why it cannot be read.
    static Result<QList<BankQuestion>> load();
    // Errors name the entry: "questions[4] (“tight-deadline”).themes[1] is “speed”, which is
    // not a known theme." Keys must be unique, and so must texts, ignoring case and spacing.
    static Result<QList<BankQuestion>> parse(const QByteArray &json);

    static std::optional<BankQuestion> find(QStringView key);
    // What two question texts are compared by: case-folded, NFC, runs of white space as one
    // space, trimmed. "Tell me  about X" and "tell me about x" have the same key.
    static QString textKey(const QString &text);
    // "Classic" or "Data & ML", translated; the category itself when unknown.
    static QString categoryName(QStringView category);
};

} // namespace starling
