// LogPanel implementation.
#include "log_panel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ganlab::widgets {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_view(new QPlainTextEdit(this)) {
    m_level->addItem(tr("Debug and above"), static_cast<int>(LogLevel::Debug));
    m_level->addItem(tr("Info and above"), static_cast<int>(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), static_cast<int>(LogLevel::Warning));
    m_level->setCurrentIndex(1);
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* clearButton = new QPushButton(tr("Clear"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_level);
    bar->addStretch(1);
    bar->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(clearButton, &QPushButton::clicked, this, &LogPanel::clear);
}

void LogPanel::appendLine(LogLevel level, const QString& line) {
    if (static_cast<int>(level) < m_level->currentData().toInt())
        return;
    const char* colour = "";
    switch (level) {
    case LogLevel::Trace:
    case LogLevel::Debug:
        colour = "#808080";
        break;
    case LogLevel::Warning:
        colour = "#b36b00";
        break;
    case LogLevel::Error:
    case LogLevel::Critical:
        colour = "#b00020";
        break;
    case LogLevel::Info:
        break;
    }
    if (*colour)
        m_view->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                               .arg(QLatin1String(colour), line.toHtmlEscaped()));
    else
        m_view->appendPlainText(line);
}

void LogPanel::clear() {
    m_view->clear();
}

int LogPanel::lineCount() const {
    return m_view->document()->blockCount() - (m_view->document()->isEmpty() ? 1 : 0);
}

QString LogPanel::text() const {
    return m_view->toPlainText();
}

} // namespace ganlab::widgets
