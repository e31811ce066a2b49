// Benchmark: how responsive the real window stays while it trains — the GUI event-loop stall
// (p50/p99/max ms of a 5 ms timer's lateness) and the truncation-preview rate (grids re-rendered
// per second while the slider moves continuously) — and how much of the headless throughput the
// window's training keeps (the same run settings and threads, stepped without a window first).
// Prints figures; passes or fails nothing.
// Usage: bench_gui [--data PATH] [--preset NAME] [--seconds S] [--threads N]
// Targets (issues 3, 14): p99 ≤ 16 ms, preview ≥ 20 fps, window ≥ 90% of headless steps/s.
#include "main_window.h"
#include "sample_explorer.h"
#include "truncation_slider.h"

#include "api/presets.h"
#include "api/runtime.h"
#include "api/training_run.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * (v.size() - 1) + 0.5))];
}

// step_ms of the run's metrics.csv rows logged for steps in (from, to].
std::vector<double> loggedStepMs(const QString& runDir, qint64 from, qint64 to) {
    QFile file(runDir + "/metrics.csv");
    std::vector<double> out;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(',');
    const auto stepColumn = header.indexOf("step"), msColumn = header.indexOf("step_ms");
    while (!file.atEnd()) {
        const QStringList row = QString::fromUtf8(file.readLine()).trimmed().split(',');
        if (row.size() <= std::max(stepColumn, msColumn))
            continue;
        const qint64 step = row[stepColumn].toLongLong();
        if (step > from && step <= to)
            out.push_back(row[msColumn].toDouble());
    }
    return out;
}

// The window's own event loop for `ms` (it sleeps between events, as QApplication::exec does;
// processEvents(flags, maxtime) would poll without sleeping and take a core from training).
void runEventLoopFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QString data = "fashion-mnist", preset = "cpu-quick";
    int seconds = 15;
    int threads = ganlab::hardwareThreads(); // what the window uses
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

    // Headless reference: the same preset stepped on this thread, as ganlab-cli train does.
    double headlessStepsPerSec = 0;
    std::vector<double> headlessStepMs;
    {
        std::thread reference([&] { // a fresh thread: its own OpenMP team, normal priority
            ganlab::setComputeThreads(threads);
            auto config = ganlab::presetConfig(preset.toStdString());
            config.dataPath = data.toStdString();
            config.steps =
                1'000'000; // as the window's run below: samples, checkpoints, evaluations
            auto run = ganlab::TrainingRun::create(config, out.filePath("headless").toStdString());
            run.dataset();
            for (int i = 0; i < 3; ++i)
                run.trainStep();
            QElapsedTimer t;
            t.start();
            int steps = 0;
            while (t.elapsed() < seconds * 1000) {
                headlessStepMs.push_back(run.trainStep().stepMs);
                ++steps;
            }
            headlessStepsPerSec = steps / (t.nsecsElapsed() / 1e9);
        });
        reference.join();
    }
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
        runEventLoopFor(50);
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
    runEventLoopFor(seconds * 1000);
    tick.stop();
    const double stepsPerSec = (window.lastStep() - stepsBefore) / double(seconds);
    std::printf("GUI stall while training: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks), "
                "training %.1f steps/s\n",
                percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                lateness.size(), stepsPerSec);
    const auto windowStepMs = loggedStepMs(options.runDir, stepsBefore, window.lastStep());
    std::printf("training in the window: %.1f steps/s against %.1f steps/s headless (the same "
                "run settings, threads and schedule, no window; both include their sample grids, "
                "checkpoints and evaluations)\n",
                stepsPerSec, headlessStepsPerSec);
    std::printf("training step in the window: median %.1f ms (%zu logged steps) against %.1f ms "
                "headless: the window keeps %.0f%% of the headless speed\n",
                percentile(windowStepMs, 0.5), windowStepMs.size(), percentile(headlessStepMs, 0.5),
                100.0 * percentile(headlessStepMs, 0.5) / percentile(windowStepMs, 0.5));

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
    runEventLoopFor(seconds * 1000);
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
