// LogPanel: the engine's log lines (fed by a spdlog sink in app/), filterable by level, bounded.
#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace ganlab::widgets {

// How serious a log line is (the engine's spdlog levels, in order).
enum class LogLevel { Trace, Debug, Info, Warning, Error, Critical };

class LogPanel : public QWidget {
    Q_OBJECT

public:
    explicit LogPanel(QWidget* parent = nullptr);

    int lineCount() const;
    QString text() const;
    static constexpr int kMaxLines = 5000;

public slots:
    void appendLine(ganlab::widgets::LogLevel level, const QString& line);
    void clear();

private:
    QComboBox* m_level;
    QPlainTextEdit* m_view;
};

} // namespace ganlab::widgets

Q_DECLARE_METATYPE(ganlab::widgets::LogLevel)
