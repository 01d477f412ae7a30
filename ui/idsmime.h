#pragma once

#include <QList>
#include <QString>

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
} // namespace starling
