// SampleExplorer implementation.
#include "sample_explorer.h"

#include "class_picker.h"
#include "sample_grid_view.h"
#include "sample_history_bar.h"
#include "truncation_slider.h"

#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

namespace ganlab::widgets {

SampleExplorer::SampleExplorer(QWidget* parent)
    : QWidget(parent)
    , m_grid(new SampleGridView(this))
    , m_strip(new SampleGridView(this))
    , m_truncation(new TruncationSlider(this))
    , m_classes(new ClassPicker(this))
    , m_interpolate(new QPushButton(tr("Interpolate A → B"), this))
    , m_caption(new QLabel(this))
    , m_history(new SampleHistoryBar(this))
    , m_placeholder(tr("Press Train to start on the dataset shown on the left.\n"
                       "Samples from a fixed latent batch (EMA generator) appear here "
                       "while training runs.")) {
    m_grid->setPlaceholderText(m_placeholder);
    m_grid->setToolTip(tr("Click a sample to enlarge it; Ctrl+click two samples to interpolate"));
    m_strip->setVisible(false);
    m_strip->setMinimumHeight(64);
    m_strip->setMaximumHeight(140);
    m_interpolate->setEnabled(false);
    m_interpolate->setToolTip(tr("Ctrl+click two samples (A and B) first"));
    auto* seeds = new QPushButton(tr("New seeds"), this);
    seeds->setShortcut(QKeySequence(tr("Ctrl+R")));
    seeds->setToolTip(tr("Draw a different latent batch (Ctrl+R)"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_truncation, 1);
    controls->addWidget(seeds);
    controls->addWidget(m_interpolate);
    auto* left = new QVBoxLayout;
    left->addWidget(m_grid, 1);
    left->addWidget(m_history);
    left->addWidget(m_strip);
    left->addLayout(controls);
    left->addWidget(m_caption);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(m_classes);

    connect(m_truncation, &TruncationSlider::valueChanged, this, [this](double t) {
        m_request.truncation = t;
        emitRequest();
    });
    connect(m_classes, &ClassPicker::selectionChanged, this, [this](const QList<int>& classes) {
        if (m_classes->classNames().isEmpty())
            return;
        m_request.classes.assign(classes.begin(), classes.end());
        emitRequest();
    });
    connect(seeds, &QPushButton::clicked, this, &SampleExplorer::newSeeds);
    connect(m_history, &SampleHistoryBar::gridChosen, this, &SampleExplorer::showSavedGrid);
    connect(m_history, &SampleHistoryBar::latestChosen, this, &SampleExplorer::showLiveGrid);
    connect(m_grid, &SampleGridView::cellClicked, this, &SampleExplorer::enlarge);
    connect(m_grid, &SampleGridView::selectionChanged, this,
            [this](const QList<int>& cells) { m_interpolate->setEnabled(cells.size() == 2); });
    connect(m_interpolate, &QPushButton::clicked, this, [this] {
        const auto cells = m_grid->selection();
        if (cells.size() == 2)
            emit interpolationRequested(m_request, cells[0], cells[1], kInterpolationFrames);
    });
}

void SampleExplorer::setClasses(const QStringList& names) {
    m_classes->setClasses(names);
    if (names.isEmpty()) {
        m_request.classes.clear();
        m_request.rows = m_unconditionalRows;
    }
    emitRequest();
}

void SampleExplorer::setSeed(std::uint64_t seed) {
    m_request.seed = seed;
    emitRequest();
}

void SampleExplorer::setGridSize(int rows, int cols) {
    m_unconditionalRows = rows;
    m_request.rows = rows;
    m_request.cols = cols;
    emitRequest();
}

void SampleExplorer::newSeeds() {
    setSeed(QRandomGenerator::global()->generate64() >> 1);
}

void SampleExplorer::emitRequest() {
    m_strip->setVisible(false);
    m_history->showLatest(); // a changed request is for the live view
    emit requestChanged(m_request);
}

void SampleExplorer::showGrid(const QImage& grid, const SampleRequest& r, qint64 step) {
    m_live.image = grid;
    m_live.rows = r.classes.empty() ? r.rows : static_cast<int>(r.classes.size());
    m_live.cols = r.cols;
    m_live.padding = r.padding;
    m_live.caption = tr("Step %1 · seed %2 · %3 · %4")
                         .arg(step)
                         .arg(r.seed)
                         .arg(r.truncation > 0 ? tr("truncation %1").arg(r.truncation, 0, 'f', 2)
                                               : tr("no truncation"))
                         .arg(r.useEma ? tr("EMA generator") : tr("raw generator"));
    if (m_savedStep < 0)
        showLiveGrid();
    emit gridShown(step);
}

void SampleExplorer::showLiveGrid() {
    m_savedStep = -1;
    m_grid->setPlaceholderText(m_placeholder);
    m_grid->setGrid(m_live.image, m_live.rows, m_live.cols, m_live.padding);
    m_caption->setText(m_live.caption);
}

// A saved grid is a picture (its cells are not the live request's): clicks do nothing on it.
void SampleExplorer::showSavedGrid(qint64 step, const QString& path) {
    m_savedStep = step;
    m_strip->setVisible(false);
    const QImage saved(path);
    if (saved.isNull())
        m_grid->setPlaceholderText(tr("%1 cannot be read").arg(path));
    m_grid->setImage(saved);
    m_caption->setText(tr("Saved grid of step %1 (%2) · the run's fixed latents")
                           .arg(step)
                           .arg(QFileInfo(path).fileName()));
}

QString SampleExplorer::caption() const {
    return m_caption->text();
}

void SampleExplorer::showInterpolation(const QImage& strip) {
    m_strip->setGrid(strip, 1, kInterpolationFrames, m_request.padding);
    m_strip->setVisible(true);
}

void SampleExplorer::enlarge(int cell) {
    const QImage tile = m_grid->cellImage(cell);
    if (tile.isNull())
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int row = cell / std::max(1, m_grid->cols()), col = cell % std::max(1, m_grid->cols());
    QString title = tr("Sample row %1, column %2").arg(row + 1).arg(col + 1);
    const QStringList names = m_classes->classNames();
    if (!m_request.classes.empty() && row < static_cast<int>(m_request.classes.size()))
        title += tr(" · class %1").arg(names.value(m_request.classes[row]));
    dialog->setWindowTitle(title);
    const int scale = std::max(1, 320 / std::max(1, tile.width()));
    auto* picture = new QLabel(dialog);
    picture->setPixmap(QPixmap::fromImage(
        tile.scaled(tile.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation)));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(picture);
    dialog->show();
}

} // namespace ganlab::widgets
