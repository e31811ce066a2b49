// LogPanel: the engine's log lines (fed by a spdlog sink in app/), filterable by level, bounded.
#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace ganlab::widgets {

class LogPanel : public QWidget {
    Q_OBJECT

public:
    // Levels follow spdlog: 0 trace, 1 debug, 2 info, 3 warn, 4 error, 5 critical.
    explicit LogPanel(QWidget* parent = nullptr);

    int lineCount() const;
    QString text() const;
    static constexpr int kMaxLines = 5000;

public slots:
    void appendLine(int level, const QString& line);
    void clear();

private:
    QComboBox* m_level;
    QPlainTextEdit* m_view;
};

} // namespace ganlab::widgets
