// StudyWindow: the toolbar, the live views and the worker's values.
#include "study_window.h"

#include "figure_view.h"
#include "sample_grid_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ganlab::app {
namespace {

const QColor kCollapsedRow(255, 183, 77); // orange: an arm flagged for mode collapse

QWidget* boxed(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

} // namespace

StudyWindow::StudyWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_worker(new StudyWorker) {
    registerValueTypes();
    setWindowTitle(tr("Study"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setCentralWidget(buildCentral());
    resize(1200, 860);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("ganlab-study"));
    m_thread.start();

    auto* toolbar = addToolBar(tr("Study"));
    m_start = toolbar->addAction(tr("Start"), this, &StudyWindow::startStudy);
    m_start->setToolTip(tr("Train the arms (continuing where they stopped), analyse the result "
                           "and write the report"));
    m_stopAction = toolbar->addAction(tr("Stop"), this, &StudyWindow::stopStudy);
    m_stopAction->setToolTip(tr("Save every arm where it is (Start continues later)"));
    toolbar->addSeparator();
    m_openReport = toolbar->addAction(tr("Open report"), this, &StudyWindow::openReport);
    m_openReport->setToolTip(tr("Open report.md (written when the study has finished)"));
    m_openFolder = toolbar->addAction(
        tr("Show folder"), this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dir)); });
    m_openFolder->setToolTip(tr("The study's folder: its runs, figure, table and report"));
    updateActions();
    connectWorker();
}

QWidget* StudyWindow::buildCentral() {
    auto* central = new QWidget(this);
    m_errorLabel = new QLabel(central);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #ffebee; "
                                               "border: 1px solid #e57373; padding: 6px; }"));
    m_errorLabel->hide();
    m_phase = new QLabel(tr("Planning the study and timing its arms…"), central);
    m_progress = new QProgressBar(central);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_figure = new widgets::FigureView(central);
    m_figure->setPlaceholderText(tr("The figure is drawn after the arms' first evaluation"));
    m_samples = new widgets::SampleGridView(central);
    m_samples->setPlaceholderText(tr("The samples appear once there are some"));
    m_table = new QTableWidget(central);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_collapse = new QLabel(central);
    m_collapse->setWordWrap(true);
    m_collapse->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: #c62828; font-weight: bold; padding: 4px; }"));
    m_collapse->hide();
    m_findings = new QTextBrowser(central);
    m_command = new QLineEdit(central);
    m_command->setReadOnly(true);
    m_command->setToolTip(tr("The command that reproduces this study"));

    auto* pictures = new QSplitter(Qt::Horizontal, central);
    pictures->addWidget(boxed(tr("Figure"), m_figure, pictures));
    pictures->addWidget(boxed(tr("Samples"), m_samples, pictures));
    pictures->setStretchFactor(0, 3);
    pictures->setStretchFactor(1, 2);
    auto* tableBox = new QWidget(central);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_collapse);
    tableLayout->addWidget(m_table, 1);
    auto* text = new QSplitter(Qt::Horizontal, central);
    text->addWidget(boxed(tr("Results"), tableBox, text));
    text->addWidget(boxed(tr("What it shows"), m_findings, text));
    auto* split = new QSplitter(Qt::Vertical, central);
    split->addWidget(pictures);
    split->addWidget(text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_phase, 1);
    progressRow->addWidget(m_progress, 1);
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(new QLabel(tr("Command:"), central));
    commandRow->addWidget(m_command, 1);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_errorLabel);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);
    layout->addLayout(commandRow);
    return central;
}

void StudyWindow::connectWorker() {
    connect(m_worker, &StudyWorker::ready, this, &StudyWindow::onReady);
    connect(m_worker, &StudyWorker::progressed, this, &StudyWindow::showProgress);
    connect(m_worker, &StudyWorker::resultsReady, this, &StudyWindow::showSnapshot);
    connect(m_worker, &StudyWorker::failed, this, &StudyWindow::showError);
    connect(m_worker, &StudyWorker::runEnded, this, [this](bool finished) {
        m_running = false;
        m_finished = finished || m_snapshot.finished;
        statusBar()->showMessage(m_finished ? tr("Finished: the report is written")
                                            : tr("Stopped: every arm is saved (Start continues)"));
        updateActions();
        emit runEnded(m_finished);
    });
}

StudyWindow::StudyWindow(const StudySpec& spec, const QString& dir, QWidget* parent)
    : StudyWindow(parent) {
    setWindowTitle(tr("Study: %1 — %2").arg(QString::fromStdString(spec.study), dir));
    statusBar()->showMessage(tr("Planning the study and timing its arms…"));
    m_running = true; // busy until ready
    m_autoStart = true;
    updateActions();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, spec, dir, t = m_stop.get_token()] { w->create(spec, dir, t); },
        Qt::QueuedConnection);
}

StudyWindow::StudyWindow(const QString& dir, QWidget* parent)
    : StudyWindow(parent) {
    m_phase->setText(tr("Opening %1…").arg(dir));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, dir] { w->open(dir); }, Qt::QueuedConnection);
}

StudyWindow::~StudyWindow() {
    shutDown();
}

void StudyWindow::shutDown() {
    m_stop.request_stop(); // the worker saves every arm before it ends
    m_thread.quit();
    m_thread.wait();
}

void StudyWindow::onReady(const QString& dir, const StudySnapshot& snapshot) {
    m_dir = dir;
    m_ready = true;
    m_running = false;
    setWindowTitle(tr("Study: %1 — %2").arg(snapshot.study, dir));
    showSnapshot(snapshot);
    statusBar()->showMessage(m_finished ? tr("Finished: the report is written")
                                        : tr("Ready: %1").arg(dir));
    updateActions();
    if (m_autoStart && !m_stop.get_token().stop_requested())
        startStudy();
}

void StudyWindow::startStudy() {
    if (m_running || !m_ready || m_finished)
        return;
    m_stop = std::stop_source();
    m_running = true;
    m_error.clear();
    m_errorLabel->hide();
    updateActions();
    statusBar()->showMessage(tr("Running the study…"));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, t = m_stop.get_token()] { w->run(t); }, Qt::QueuedConnection);
}

void StudyWindow::stopStudy() {
    if (!m_running)
        return;
    m_stop.request_stop();
    statusBar()->showMessage(tr("Stopping: saving every arm…"));
}

void StudyWindow::openReport() {
    if (m_finished)
        QDesktopServices::openUrl(QUrl::fromLocalFile(reportPath()));
}

QImage StudyWindow::figure() const {
    return m_figure->image();
}

QImage StudyWindow::samples() const {
    return m_samples->image();
}

int StudyWindow::tableRowCount() const {
    return m_table->rowCount();
}

QString StudyWindow::collapseText() const {
    return m_collapse->isHidden() ? QString() : m_collapse->text();
}

QString StudyWindow::phaseText() const {
    return m_phase->text();
}

int StudyWindow::progressPercent() const {
    return m_progress->value();
}

void StudyWindow::showSnapshot(const StudySnapshot& s) {
    m_snapshot = s;
    ++m_updates;
    m_finished = m_finished || s.finished;
    m_figure->setImage(s.figure);
    m_samples->setImage(s.samples);
    showTable(s);
    m_collapse->setText(
        tr("Mode collapse flagged: %1").arg(s.collapsed.join(QStringLiteral(", "))));
    m_collapse->setVisible(!s.collapsed.isEmpty());

    QString html;
    for (const QString& f : s.findings)
        html += QStringLiteral("<p>%1</p>").arg(f.toHtmlEscaped());
    if (s.findings.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The findings are written when the study has been analysed."));
    if (!s.trust.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("How far to trust it"), s.trust.toHtmlEscaped());
    if (!s.features.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Feature network behind FD, KID, precision and recall: %1")
                             .arg(s.features.toHtmlEscaped()));
    m_findings->setHtml(html);
    m_command->setText(s.command);
    m_command->setCursorPosition(0);
    if (m_finished)
        m_progress->setValue(100);
    showProgress(m_finished ? 1.0 : m_progress->value() / 100.0, m_progressMessage);
    updateActions();
}

void StudyWindow::showTable(const StudySnapshot& s) {
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(s.columns.size()));
    m_table->setHorizontalHeaderLabels(s.columns);
    m_table->setRowCount(static_cast<int>(s.rows.size()));
    for (int r = 0; r < s.rows.size(); ++r) {
        const QStringList& row = s.rows[r];
        const bool collapsed = !row.isEmpty() && s.collapsed.contains(row.front());
        for (int c = 0; c < row.size() && c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(row[c]);
            if (collapsed) {
                item->setBackground(kCollapsedRow);
                item->setForeground(Qt::black);
                item->setToolTip(tr("Flagged for mode collapse"));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void StudyWindow::showProgress(double fraction, const QString& message) {
    if (!message.isEmpty())
        m_progressMessage = message;
    m_progress->setValue(std::clamp(static_cast<int>(std::lround(fraction * 100)), 0, 100));
    // The last update may still say "reporting" though the report is written.
    QString phase = m_finished ? QStringLiteral("done") : m_snapshot.phase;
    if (phase == QLatin1String("training"))
        phase = tr("Training the arms");
    else if (phase == QLatin1String("analysing"))
        phase = tr("Analysing");
    else if (phase == QLatin1String("reporting"))
        phase = tr("Writing the report");
    else if (phase == QLatin1String("done"))
        phase = tr("Done");
    else if (phase.isEmpty())
        phase = tr("Planning");
    m_phase->setText(m_progressMessage.isEmpty() || m_finished
                         ? phase
                         : tr("%1 — %2").arg(phase, m_progressMessage));
}

void StudyWindow::showError(const QString& message) {
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    statusBar()->showMessage(message);
    if (!m_ready) { // the study was refused (or could not be opened): nothing to run
        m_running = false;
        m_phase->setText(tr("No study: see the message above"));
        updateActions();
    }
}

void StudyWindow::updateActions() {
    m_start->setEnabled(!m_running && m_ready && !m_finished);
    m_stopAction->setEnabled(m_running);
    m_openReport->setEnabled(m_finished);
    m_openFolder->setEnabled(m_ready);
}

void StudyWindow::closeEvent(QCloseEvent* event) {
    shutDown();
    event->accept();
}

} // namespace ganlab::app
