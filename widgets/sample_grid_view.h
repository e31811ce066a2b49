// SampleGridView: shows a sample grid image scaled to fit, pixel-sharp, with a placeholder text.
#pragma once

#include <QImage>
#include <QWidget>

namespace ganlab::widgets {

class SampleGridView : public QWidget {
    Q_OBJECT

public:
    explicit SampleGridView(QWidget* parent = nullptr);

    const QImage& image() const { return m_image; }
    void setPlaceholderText(const QString& text);
    QSize sizeHint() const override { return {512, 512}; }

public slots:
    void setImage(const QImage& image);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace ganlab::widgets
