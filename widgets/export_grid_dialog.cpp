// ExportGridDialog implementation.
#include "export_grid_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace ganlab::widgets {

ExportGridDialog::ExportGridDialog(const SampleRequest& current, const QStringList& classNames,
                                   const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_rows(new QSpinBox(this))
    , m_cols(new QSpinBox(this))
    , m_truncation(new QDoubleSpinBox(this))
    , m_seed(new QLineEdit(QString::number(current.seed), this))
    , m_padding(new QSpinBox(this))
    , m_ema(new QCheckBox(tr("EMA generator"), this))
    , m_classes(new QListWidget(this))
    , m_path(new QLineEdit(suggestedPath, this)) {
    setWindowTitle(tr("Export sample grid"));
    m_rows->setRange(1, 64);
    m_rows->setValue(current.rows);
    m_cols->setRange(1, 64);
    m_cols->setValue(current.cols);
    m_truncation->setRange(0, 3);
    m_truncation->setSingleStep(0.05);
    m_truncation->setSpecialValueText(tr("off"));
    m_truncation->setValue(current.truncation);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_padding->setRange(0, 32);
    m_padding->setValue(current.padding);
    m_ema->setChecked(current.useEma);
    for (int i = 0; i < classNames.size(); ++i) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  %2").arg(i).arg(classNames[i]), m_classes);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        const bool on =
            std::find(current.classes.begin(), current.classes.end(), i) != current.classes.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Rows"), m_rows);
    form->addRow(tr("Columns"), m_cols);
    if (!classNames.isEmpty())
        form->addRow(tr("Classes (one row each;\nnone: rows cycle classes)"), m_classes);
    else
        m_classes->hide();
    form->addRow(tr("Truncation"), m_truncation);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Padding (px)"), m_padding);
    form->addRow(QString(), m_ema);
    form->addRow(tr("File"), pathRow);
    form->addRow(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Export sample grid"),
                                                       m_path->text(), tr("PNG image (*.png)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(m_seed, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(m_seed->hasAcceptableInput());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SampleRequest ExportGridDialog::request() const {
    SampleRequest r;
    r.rows = m_rows->value();
    r.cols = m_cols->value();
    r.truncation = m_truncation->value();
    r.seed = m_seed->text().trimmed().toULongLong();
    r.padding = m_padding->value();
    r.useEma = m_ema->isChecked();
    for (int i = 0; i < m_classes->count(); ++i)
        if (m_classes->item(i)->checkState() == Qt::Checked)
            r.classes.push_back(i);
    return r;
}

QString ExportGridDialog::path() const {
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        p += QLatin1String(".png");
    return p;
}

} // namespace ganlab::widgets
