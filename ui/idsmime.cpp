#include "idsmime.h"

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
