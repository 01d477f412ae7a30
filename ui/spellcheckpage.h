#pragma once

// Skeleton: the spell-checking helper fills this page in. The Preferences dialog shows it as its
// "Spelling" tab and reads and writes it only through this interface.

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace starling {

class SpellCheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit SpellCheckPage(QWidget *parent = nullptr);

    void setValues(bool enabled, const QString &dictionary);
    bool spellCheckEnabled() const;
    QString dictionary() const; // empty: automatic

private:
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_dictionary = nullptr;
};

} // namespace starling
