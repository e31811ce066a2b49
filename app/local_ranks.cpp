// LocalRanks implementation: QProcess ranks from the ganlab-cli beside the window.
#include "local_ranks.h"

#include "api/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace ganlab::app {
namespace {

constexpr int kEndWaitMs = 15000;

} // namespace

LocalRanks::LocalRanks(int processes, const QString& runDir, int threadsPerRank) {
    DistributedLaunch launch;
    launch.worldSize = processes;
    launch.masterPort = freeLocalPort();
    launch.launcher = "the window";
    // The ganlab-cli installed or built beside the window (GANLAB_CLI names another).
    const QString cli = qEnvironmentVariable(
        "GANLAB_CLI", QDir(QCoreApplication::applicationDirPath()).filePath("ganlab-cli"));
    for (int r = 1; r < processes; ++r) {
        launch.rank = launch.localRank = r;
        auto rank = std::make_unique<QProcess>();
        auto env = QProcessEnvironment::systemEnvironment();
        for (const auto& entry : launchEnvironment(launch)) {
            const auto text = QString::fromStdString(entry);
            env.insert(text.section('=', 0, 0), text.section('=', 1));
        }
        rank->setProcessEnvironment(env);
        rank->setStandardOutputFile(QProcess::nullDevice());
        rank->setProcessChannelMode(QProcess::ForwardedErrorChannel); // its errors, in the terminal
        rank->start(cli, {"resume", runDir, "--threads", QString::number(threadsPerRank)});
        if (!rank->waitForStarted(10000))
            throw Error(ErrorKind::Training, cli.toStdString(),
                        message(MessageCode::DistRankFailed, r, rank->errorString().toStdString()));
        m_ranks.push_back(std::move(rank));
    }
    launch.rank = launch.localRank = 0;
    m_session = DistributedSession::join(launch); // on failure the QProcesses kill their ranks
}

LocalRanks::~LocalRanks() {
    m_session.reset();
    for (auto& rank : m_ranks)
        if (!rank->waitForFinished(kEndWaitMs)) {
            rank->kill();
            rank->waitForFinished(1000);
        }
}

} // namespace ganlab::app
