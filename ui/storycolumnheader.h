#pragma once

#include <QHeaderView>

#include <functional>

class QMimeData;

namespace starling {

// The values matrix's column header. Story sections show the title on up to three lines (elided)
// with a star for backbone stories and a strip of the story's kind colours; section 0 reads
// "Value" on the left and "Coverage" on the right, over the column it heads.
//
// Values dragged from the values tree can be dropped on a story section (valuesDropped()).
//
// Dragging a story section (past the drag distance, not a plain click, which still selects the
// column) drags that story, so it can be dropped on a value in the matrix or elsewhere.
class StoryColumnHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit StoryColumnHeader(QWidget *parent = nullptr);

    // The payload for a section; nullptr means the section cannot be dragged. By default it asks
    // a ValuesMatrixModel for mimeDataForStoryColumn().
    QMimeData *dragPayload(int section) const;
    // Runs the drag; the default is QDrag::exec(). Tests replace it, as QDrag::exec() blocks.
    void setDragRunner(std::function<void(QMimeData *payload, int section)> runner);

    QSize sizeHint() const override;

signals:
    // Values (from the values tree) dropped on a story's section.
    void valuesDropped(int section, const QList<qint64> &valueIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void startSectionDrag(int section);
    // The story section a value drop at pos would land on, or -1.
    int valueDropSection(const QMimeData *data, const QPoint &pos) const;

    std::function<void(QMimeData *, int)> m_runner;
    QPoint m_pressPos;
    int m_pressSection = -1;
};

} // namespace starling
