#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QMimeData;

namespace starling {

// Drag payloads carry ids, never pointers, under vendor MIME types. The bytes are a QDataStream
// (Qt 6.4 format) holding a magic number, a format version and the list of ids, so a foreign
// or garbled payload is recognised and ignored.
namespace IdsMime {

inline const QString StoryIds = QStringLiteral("application/x-starling-story-ids");
inline const QString ValueIds = QStringLiteral("application/x-starling-value-ids");

QByteArray encode(const QList<qint64> &ids);
// nullopt for anything that is not a well-formed, non-empty list of positive ids.
std::optional<QList<qint64>> decode(const QByteArray &bytes);

// A new QMimeData with the ids under mimeType; the caller owns it.
QMimeData *create(const QString &mimeType, const QList<qint64> &ids);
std::optional<QList<qint64>> read(const QMimeData *data, const QString &mimeType);

} // namespace IdsMime

// A question dragged out of the Questions dock, onto an answer or the practice list. A vault
// question travels as its id; a bank question is not in the vault yet, so it travels as its text
// and themes and the receiver adopts it. The bytes are a QDataStream (Qt 6.4 format): magic
// number, format version, id, text, themes.
namespace QuestionMime {

inline const QString Type = QStringLiteral("application/x-starling-question");

struct QuestionRef {
    qint64 id = 0; // > 0: a vault question
    QString text;
    QStringList themes; // for a bank question (id 0)

    bool operator==(const QuestionRef &) const = default;
};

QByteArray encode(const QuestionRef &ref);
// nullopt for anything but a well-formed reference: a positive id, or id 0 with non-empty text;
// text, themes and the whole payload within the vault's limits.
std::optional<QuestionRef> decode(const QByteArray &bytes);

// A new QMimeData with the reference under Type and the text as plain text (so dropping it in a
// text field pastes the question); the caller owns it.
QMimeData *create(const QuestionRef &ref);
std::optional<QuestionRef> read(const QMimeData *data);

} // namespace QuestionMime
} // namespace starling
