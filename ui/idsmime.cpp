#include "idsmime.h"

#include "textlimits.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace starling::IdsMime {

namespace {
constexpr quint32 kMagic = 0x53544C47; // "STLG"
constexpr quint16 kVersion = 1;
constexpr qint32 kMaxIds = 100'000;
} // namespace

QByteArray encode(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << qint32(ids.size());
    for (qint64 id : ids)
        out << id;
    return bytes;
}

std::optional<QList<qint64>> decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count <= 0
        || count > kMaxIds) {
        return std::nullopt;
    }
    // Each id is 8 bytes: refuse a count the payload cannot hold before allocating for it.
    if (bytes.size() - in.device()->pos() != qint64(count) * 8)
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        in >> id;
        if (id <= 0)
            return std::nullopt;
        ids.append(id);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return ids;
}

QMimeData *create(const QString &mimeType, const QList<qint64> &ids)
{
    auto *data = new QMimeData;
    data->setData(mimeType, encode(ids));
    return data;
}

std::optional<QList<qint64>> read(const QMimeData *data, const QString &mimeType)
{
    if (!data || !data->hasFormat(mimeType))
        return std::nullopt;
    return decode(data->data(mimeType));
}

} // namespace starling::IdsMime

namespace starling::QuestionMime {

namespace {
constexpr quint32 kMagic = 0x53544C51; // "STLQ"
constexpr quint16 kVersion = 1;
// The largest payload a valid reference can have: header, the longest text and the most themes
// at their longest, all in UTF-16 with a 4-byte length each. Anything bigger is refused before
// a string is read.
constexpr qint64 kMaxBytes = 4 + 2 + 8 + (4 + 2 * qint64(limits::MaxTextLength)) + 4
    + qint64(limits::MaxListLength) * (4 + 2 * qint64(limits::MaxNameLength));
} // namespace

QByteArray encode(const QuestionRef &ref)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << ref.id << ref.text << qint32(ref.themes.size());
    for (const QString &theme : ref.themes)
        out << theme;
    return bytes;
}

std::optional<QuestionRef> decode(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return std::nullopt;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    QuestionRef ref;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion)
        return std::nullopt;
    qint32 count = 0;
    in >> ref.id >> ref.text >> count;
    if (in.status() != QDataStream::Ok || ref.id < 0 || ref.text.size() > limits::MaxTextLength
        || (ref.id == 0 && ref.text.trimmed().isEmpty()) || count < 0
        || count > limits::MaxListLength) {
        return std::nullopt;
    }
    for (qint32 i = 0; i < count; ++i) {
        QString theme;
        in >> theme;
        if (in.status() != QDataStream::Ok || theme.trimmed().isEmpty()
            || theme.size() > limits::MaxNameLength) {
            return std::nullopt;
        }
        ref.themes.append(theme);
    }
    // Trailing bytes mean the payload is not what this version writes.
    if (!in.atEnd())
        return std::nullopt;
    return ref;
}

QMimeData *create(const QuestionRef &ref)
{
    auto *data = new QMimeData;
    data->setData(Type, encode(ref));
    data->setText(ref.text);
    return data;
}

std::optional<QuestionRef> read(const QMimeData *data)
{
    if (!data || !data->hasFormat(Type))
        return std::nullopt;
    return decode(data->data(Type));
}

} // namespace starling::QuestionMime
