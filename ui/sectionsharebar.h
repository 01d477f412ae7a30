#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace starling {

// A thin stacked bar: how an answer's words split across its sections, left to right in
// speaking order. Each part is labelled in text (its short name and share) where it fits, and
// the whole split is in the accessible description, so colour is never the only cue.
class SectionShareBar : public QWidget
{
    Q_OBJECT
public:
    explicit SectionShareBar(QWidget *parent = nullptr);

    // One entry per section: its display name and its word count. `highlight` is the index of
    // the section that should be the largest (the Action), drawn with the accent colour.
    void setSections(const QStringList &names, const QList<int> &words, int highlight = -1);
    QList<int> words() const { return m_words; }
    // The share of section i in percent, rounded; 0 when there are no words at all.
    int percent(int i) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    QList<int> m_words;
    int m_highlight = -1;
};

} // namespace starling
