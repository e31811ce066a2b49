// Benchmark: how responsive the real window stays while it trains — the GUI event-loop stall
// (p50/p99/max ms of a 5 ms timer's lateness) and the truncation-preview rate (grids re-rendered
// per second while the slider moves continuously). Prints figures; passes or fails nothing.
// Usage: bench_gui [--data PATH] [--preset NAME] [--seconds S] [--threads N]
// Targets (issue 3): p99 ≤ 16 ms, preview ≥ 20 fps at the default preset.
#include "main_window.h"
#include "sample_explorer.h"
#include "truncation_slider.h"

#include "api/presets.h"
#include "api/runtime.h"
#include "api/training_run.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QString data = "fashion-mnist", preset = "cpu-quick";
    int seconds = 15;
    int threads = std::max(1, ganlab::hardwareThreads() - 1);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--data")
            data = args[i + 1];
        else if (args[i] == "--preset")
            preset = args[i + 1];
        else if (args[i] == "--seconds")
            seconds = args[i + 1].toInt();
        else if (args[i] == "--threads")
            threads = args[i + 1].toInt();
    }
    qputenv("GANLAB_NO_DIALOGS", "1");
    QTemporaryDir out;
    ganlab::app::LaunchOptions options;
    options.config = ganlab::presetConfig(preset.toStdString());
    options.config.dataPath = data.toStdString();
    options.config.steps = 1'000'000;
    options.runDir = out.filePath("run");
    options.autoStart = true;
    ganlab::app::MainWindow window(options, threads);
    window.show();
    std::printf("bench_gui: preset %s on %s, %d training thread(s), %d s per phase\n",
                qPrintable(preset), qPrintable(data), threads, seconds);

    // Wait for training to be under way (import and first steps).
    QElapsedTimer wait;
    wait.start();
    while (window.lastStep() < 3 && wait.elapsed() < 300'000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (window.lastStep() < 3) {
        std::printf("training did not start\n");
        return 1;
    }

    // Phase 1: event-loop stall while training (nothing else asked of the window).
    constexpr int kTickMs = 5;
    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    qint64 last = -1;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateness.push_back(std::max(0.0, (now - last) / 1e6 - kTickMs));
        last = now;
    });
    const qint64 stepsBefore = window.lastStep();
    clock.start();
    tick.start(kTickMs);
    while (clock.elapsed() < seconds * 1000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    tick.stop();
    const double stepsPerSec = (window.lastStep() - stepsBefore) / double(seconds);
    std::printf("GUI stall while training: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks), "
                "training %.1f steps/s\n",
                percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                lateness.size(), stepsPerSec);

    // Phase 2: drag the truncation slider continuously; each shown grid asks for the next value.
    auto* explorer = window.explorer();
    auto* slider = explorer->truncationSlider();
    int frames = 0;
    bool measuring = true;
    std::vector<double> frameMs;
    QElapsedTimer frameClock;
    QObject::connect(explorer, &ganlab::widgets::SampleExplorer::gridShown, [&] {
        if (!measuring)
            return;
        ++frames;
        frameMs.push_back(frameClock.nsecsElapsed() / 1e6);
        frameClock.restart();
        slider->setValue(0.4 + (frames % 100) / 100.0);
    });
    lateness.clear();
    last = -1;
    clock.restart();
    tick.start(kTickMs);
    frameClock.start();
    slider->setValue(0.4);
    while (clock.elapsed() < seconds * 1000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    measuring = false;
    tick.stop();
    std::printf("truncation preview while training: %.1f frames/s (frame p50 %.1f ms, p99 "
                "%.1f ms, %d frames); GUI stall meanwhile p99 %.2f ms\n",
                frames / double(seconds), percentile(frameMs, 0.5), percentile(frameMs, 0.99),
                frames, percentile(lateness, 0.99));
    window.pauseAction()->trigger();
    window.close();
    return 0;
}
