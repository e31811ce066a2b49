// FigureView: a picture drawn elsewhere (a study's chart) scaled smoothly to fit, keeping its
// aspect ratio, with a placeholder text until there is one.
#pragma once

#include <QImage>
#include <QWidget>

namespace ganlab::widgets {

class FigureView : public QWidget {
    Q_OBJECT

public:
    explicit FigureView(QWidget* parent = nullptr);

    const QImage& image() const { return m_image; }
    void setPlaceholderText(const QString& text);
    QSize sizeHint() const override { return {720, 420}; }

public slots:
    void setImage(const QImage& image);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace ganlab::widgets
