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
    m_level->addItem(tr("Debug and above"), 1);
    m_level->addItem(tr("Info and above"), 2);
    m_level->addItem(tr("Warnings and errors"), 3);
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

void LogPanel::appendLine(int level, const QString& line) {
    if (level < m_level->currentData().toInt())
        return;
    static const char* colours[] = {"#808080", "#808080", "", "#b36b00", "#b00020", "#b00020"};
    const char* colour = colours[std::clamp(level, 0, 5)];
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
