<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ganlab::app</name>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>ganlab::app::CompareDialog</name>
    <message>
        <source>An arm from scratch</source>
        <translation>一组从零开始训练</translation>
    </message>
    <message>
        <source>The four G/D combinations of the first source</source>
        <translation>第一个源的四种 G/D 组合</translation>
    </message>
    <message>
        <source>Compare pretrained sources</source>
        <translation>比较预训练源</translation>
    </message>
    <message>
        <source>Adds G-only and D-only arms (Transferring GANs found the pretrained critic matters more than the pretrained generator)</source>
        <translation>增加仅 G 和仅 D 的组（Transferring GANs 发现预训练判别器比预训练生成器更重要）</translation>
    </message>
    <message>
        <source>Steps each arm trains before the next arm&apos;s turn</source>
        <translation>每组在轮到下一组之前训练的步数</translation>
    </message>
    <message>
        <source>Add run folder…</source>
        <translation>添加训练文件夹…</translation>
    </message>
    <message>
        <source>Add checkpoint…</source>
        <translation>添加检查点…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A source run folder</source>
        <translation>源训练文件夹</translation>
    </message>
    <message>
        <source>A source checkpoint</source>
        <translation>源检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt)</source>
        <translation>检查点 (*.pt)</translation>
    </message>
    <message>
        <source>Where the comparison goes</source>
        <translation>比较结果的存放位置</translation>
    </message>
    <message>
        <source>Steps per arm</source>
        <translation>每组步数</translation>
    </message>
    <message>
        <source>Chunk</source>
        <translation>轮换步数</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Target: %1 on %2 (the configuration and dataset of the main window). Every arm trains with the same seed, budget and evaluation schedule.</source>
        <translation>目标：%1，数据集 %2（主窗口的配置和数据集）。每组使用相同的随机种子、训练预算和评估计划。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>源：</translation>
    </message>
</context>
<context>
    <name>ganlab::app::CompareWindow</name>
    <message>
        <source>Compare sources</source>
        <translation>比较源</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train every arm, interleaved, until the budget is spent</source>
        <translation>交替训练每一组，直到用完预算</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save every arm where it is (Train continues later)</source>
        <translation>保存每组的当前进度（之后可继续训练）</translation>
    </message>
    <message>
        <source>Every arm finished</source>
        <translation>所有组均已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Export side-by-side grids</source>
        <translation>导出并排样本网格</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export all curves</source>
        <translation>导出全部曲线</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Ranking the sources and creating the arms…</source>
        <translation>正在为源排名并创建各组…</translation>
    </message>
    <message>
        <source>Compare sources — %1</source>
        <translation>比较源 — %1</translation>
    </message>
    <message>
        <source>Ready: %1 arms</source>
        <translation>就绪：%1 组</translation>
    </message>
    <message>
        <source>Training every arm, interleaved…</source>
        <translation>正在交替训练每一组…</translation>
    </message>
</context>
<context>
    <name>ganlab::app::MainWindow</name>
    <message>
        <source>ganlab</source>
        <translation>ganlab</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Start a new run with the configuration on the right (Ctrl+T)</source>
        <translation>用右侧的配置开始新的训练 (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Save a checkpoint and end the run (it can be reopened later)</source>
        <translation>保存检查点并结束训练（以后可以重新打开）</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open an image folder (for a zip, IDX or CIFAR file, drop it on the window)</source>
        <translation>打开图像文件夹（zip、IDX 或 CIFAR 文件请拖放到窗口上）</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>打开训练记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开训练记录文件夹</translation>
    </message>
    <message>
        <source>&amp;Export sample grid…</source>
        <translation>导出样本网格(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>将指标导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Overlay another run&apos;s curves…</source>
        <translation>叠加另一次训练的曲线(&amp;O)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New seeds</source>
        <translation>新随机种子(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation>最近的数据集</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ganlab</source>
        <translation>关于 ganlab(&amp;A)</translation>
    </message>
    <message>
        <source>About ganlab</source>
        <translation>关于 ganlab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ganlab&lt;/b&gt; %1&lt;br&gt;A desktop lab for training and studying GANs.&lt;br&gt;Ideas from Transferring GANs, AC-GAN, PG-GAN, Projected GANs and BigGAN.</source>
        <translation>&lt;b&gt;ganlab&lt;/b&gt; %1&lt;br&gt;用于训练和研究生成对抗网络的桌面实验室。&lt;br&gt;思想来自 Transferring GANs、AC-GAN、PG-GAN、Projected GANs 和 BigGAN。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Importing: %1</source>
        <translation>正在导入：%1</translation>
    </message>
    <message>
        <source>Checkpoint saved: %1</source>
        <translation>检查点已保存：%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Finished at step %1 · explore the samples, or Train a new run</source>
        <translation>已在第 %1 步完成 · 可浏览样本，或开始新的训练</translation>
    </message>
    <message>
        <source>Stopped at step %1 · %2</source>
        <translation>已在第 %1 步停止 · %2</translation>
    </message>
    <message>
        <source>Sample grid written: %1</source>
        <translation>样本网格已写入：%1</translation>
    </message>
    <message>
        <source>Dataset ready: %1 images. Press Train to start.</source>
        <translation>数据集就绪：%1 张图像。按“训练”开始。</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <source>Overlay a run&apos;s curves</source>
        <translation>叠加一次训练的曲线</translation>
    </message>
    <message>
        <source>The running run keeps its dataset; %1 is for the next run.</source>
        <translation>正在进行的训练保留其数据集；%1 将用于下一次训练。</translation>
    </message>
    <message>
        <source>The configuration is not usable:
%1</source>
        <translation>配置不可用：
%1</translation>
    </message>
    <message>
        <source>Preparing the dataset…</source>
        <translation>正在准备数据集…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation>正在停止：保存检查点…</translation>
    </message>
    <message>
        <source>Run %1 at step %2 of %3</source>
        <translation>训练 %1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>ganlab — %1</source>
        <translation>ganlab — %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · %3 img/s · elapsed %4 · ETA %5</source>
        <translation>第 %1 / %2 步 · %3 张/秒 · 已用 %4 · 预计剩余 %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1: skipped %2 unreadable metrics line(s)</source>
        <translation>%1：跳过了 %2 行无法读取的指标</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The new language applies when ganlab starts again.</source>
        <translation>新语言将在 ganlab 下次启动时生效。</translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation>正在保存检查点…</translation>
    </message>
    <message>
        <source>&amp;Evaluate now</source>
        <translation>立即评估(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Compute the run&apos;s metrics now (between training chunks)</source>
        <translation>立即计算本次训练的指标（在训练块之间进行）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>生长</translation>
    </message>
    <message>
        <source>Rolling back to the last good checkpoint…</source>
        <translation>正在回滚到最后一个正常的检查点…</translation>
    </message>
    <message>
        <source>Paused: collapse at step %1 (%2)</source>
        <translation>已暂停：第 %1 步发生崩溃（%2）</translation>
    </message>
    <message>
        <source>Collapse at step %1: %2</source>
        <translation>第 %1 步发生崩溃：%2</translation>
    </message>
    <message>
        <source>Training collapsed</source>
        <translation>训练崩溃</translation>
    </message>
    <message>
        <source>Training paused at step %1: %2</source>
        <translation>训练在第 %1 步暂停：%2</translation>
    </message>
    <message>
        <source>No checkpoint was written before it; rolling back restarts the run.</source>
        <translation>此前没有写入检查点；回滚将从头重新开始运行。</translation>
    </message>
    <message>
        <source>Roll back to the last good checkpoint (step %1)?</source>
        <translation>回滚到最后一个正常的检查点（第 %1 步）？</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>保持暂停</translation>
    </message>
    <message>
        <source>&amp;Compare sources…</source>
        <translation>比较源(&amp;C)…</translation>
    </message>
    <message>
        <source>Train this configuration from several pretrained sources (and from scratch) side by side, and rank them</source>
        <translation>用此配置从多个预训练源（以及从零开始）并排训练，并为它们排名</translation>
    </message>
    <message>
        <source>Open c&amp;omparison…</source>
        <translation>打开比较(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a comparison folder</source>
        <translation>打开比较文件夹</translation>
    </message>
</context>
<context>
    <name>ganlab::app::PreviewWorker</name>
    <message>
        <source>Nothing to interpolate yet: start or open a run first.</source>
        <translation>还没有可插值的内容：请先开始或打开一次训练。</translation>
    </message>
    <message>
        <source>Nothing to export yet: start or open a run first.</source>
        <translation>还没有可导出的内容：请先开始或打开一次训练。</translation>
    </message>
</context>
<context>
    <name>ganlab::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language takes effect when ganlab starts again.</source>
        <translation>新语言将在 ganlab 下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Points kept per plot series</source>
        <translation>每条曲线保留的点数</translation>
    </message>
    <message>
        <source>Beyond this count a series keeps every other point (its whole history, coarser)</source>
        <translation>超过此数量后，每条曲线隔点保留（保留全部历史，但更稀疏）</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ClassPicker</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Classes (one row each)</source>
        <translation>类别（每类一行）</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ConfigPanel</name>
    <message>
        <source>Class-conditional</source>
        <translation>类别条件</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation>宽度 ×</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>隐变量维度</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每步 G 的 D 步数</translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation>学习率 G</translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation>学习率 D</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>EMA β (G)</source>
        <translation>EMA β (G)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>样本间隔</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>EMA β</source>
        <translation>EMA β</translation>
    </message>
    <message>
        <source>Seed: “%1” is not a whole number ≥ 0</source>
        <translation>随机种子：“%1”不是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>Comma-separated: %1</source>
        <translation>用逗号分隔：%1</translation>
    </message>
    <message>
        <source>random: fixed untrained CNN (always available); classifier: the run&apos;s own classifier (trained on first use); classifier:FILE or inception:FILE for a file. Every number is named with its network.</source>
        <translation>random：固定的未训练卷积网络（始终可用）；classifier：本次训练自己的分类器（首次使用时训练）；classifier:文件 或 inception:文件 使用指定文件。每个数值都标明所用的网络。</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特征网络</translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation>评估样本数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>… or every</source>
        <translation>… 或每隔</translation>
    </message>
    <message>
        <source>AC-GAN class head on D</source>
        <translation>判别器上的 AC-GAN 类别头</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>模型自带</translation>
    </message>
    <message>
        <source>projected (frozen features)</source>
        <translation>投影式（冻结特征）</translation>
    </message>
    <message>
        <source>Projected GANs: a frozen feature network with random projections and four small discriminators, with any G</source>
        <translation>Projected GAN：冻结的特征网络加随机投影和四个小判别器，可配任意生成器</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>DiffAugment on D&apos;s inputs: color,translation,cutout</source>
        <translation>对判别器输入做 DiffAugment：color,translation,cutout</translation>
    </message>
    <message>
        <source>AC-GAN: D predicts the class instead of being shown it (dcgan, resnet)</source>
        <translation>AC-GAN：判别器预测类别而不是接收类别（dcgan、resnet）</translation>
    </message>
    <message>
        <source>BigGAN&apos;s orthogonal regularisation β on G (1e-4 in the paper; 0 = off)</source>
        <translation>BigGAN 对生成器的正交正则化 β（论文中为 1e-4；0 = 关闭）</translation>
    </message>
    <message>
        <source>PG-GAN&apos;s drift ε·E[D(x)²] with wgan-gp (0.001 in the paper)</source>
        <translation>PG-GAN 的漂移项 ε·E[D(x)²]，配合 wgan-gp（论文中为 0.001）</translation>
    </message>
    <message>
        <source>Progressive models: the resolution growth starts at</source>
        <translation>渐进式模型：生长起始的分辨率</translation>
    </message>
    <message>
        <source> images</source>
        <translation> 张图像</translation>
    </message>
    <message>
        <source>Progressive models: real images per stabilise and per fade phase</source>
        <translation>渐进式模型：每个稳定阶段和每个淡入阶段的真实图像数</translation>
    </message>
    <message>
        <source>Singular values of G&apos;s and D&apos;s first and last layers</source>
        <translation>生成器和判别器第一层与最后一层的奇异值</translation>
    </message>
    <message>
        <source>NaN/Inf only</source>
        <translation>仅 NaN/Inf</translation>
    </message>
    <message>
        <source>Pause when σ0 of G&apos;s first layer jumps this many times above its running level</source>
        <translation>当生成器第一层的 σ0 跃升到其滑动水平的这么多倍时暂停</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <source>Projected features</source>
        <translation>投影特征</translation>
    </message>
    <message>
        <source>DiffAugment</source>
        <translation>DiffAugment</translation>
    </message>
    <message>
        <source>Orthogonal reg. β</source>
        <translation>正交正则 β</translation>
    </message>
    <message>
        <source>Drift ε</source>
        <translation>漂移 ε</translation>
    </message>
    <message>
        <source>Grow from</source>
        <translation>生长起点</translation>
    </message>
    <message>
        <source>Phase length</source>
        <translation>阶段长度</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>健康检查间隔</translation>
    </message>
    <message>
        <source>Collapse factor</source>
        <translation>崩溃倍数</translation>
    </message>
    <message>
        <source>classifier: the run&apos;s own classifier (trained first); classifier:FILE; torchscript:FILE (a network returning feature maps); random: an untrained network (ablation)</source>
        <translation>classifier：本次运行自己的分类器（先训练）；classifier:文件；torchscript:文件（返回特征图的网络）；random：未训练的网络（消融实验）</translation>
    </message>
    <message>
        <source>Load G</source>
        <translation>加载 G</translation>
    </message>
    <message>
        <source>Load D</source>
        <translation>加载 D</translation>
    </message>
    <message>
        <source>Cond Concat (one-hot planes)</source>
        <translation>Cond Concat（独热平面）</translation>
    </message>
    <message>
        <source>Cond BN (per-class γ, β)</source>
        <translation>Cond BN（每类 γ、β）</translation>
    </message>
    <message>
        <source>How dcgan and resnet see the class: one-hot columns in G&apos;s input and planes on D&apos;s input, or class-conditional batch norm in G (Transferring GANs, section 4)</source>
        <translation>dcgan 和 resnet 如何接收类别：生成器输入中的独热列和判别器输入上的平面，或生成器中的类别条件批归一化（Transferring GANs 第 4 节）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Train on these classes only: comma-separated names or indices</source>
        <translation>只在这些类别上训练：用逗号分隔的名称或序号</translation>
    </message>
    <message>
        <source>At most this many training images, the same share of each class</source>
        <translation>最多使用这么多训练图像，各类别比例相同</translation>
    </message>
    <message>
        <source>none (from scratch)</source>
        <translation>无（从零开始）</translation>
    </message>
    <message>
        <source>A run folder or checkpoint file to start from. Weights are matched by name and shape; conditioning, gray↔colour and PG-GAN growth are adapted, and anything else that differs is refused with the reason. transfer.json lists what was copied.</source>
        <translation>作为起点的训练文件夹或检查点文件。权重按名称和形状匹配；条件方式、灰度↔彩色和 PG-GAN 生长会被适配，其他不一致之处会被拒绝并说明原因。transfer.json 列出了复制的内容。</translation>
    </message>
    <message>
        <source>Start G from the source&apos;s (EMA) generator</source>
        <translation>从源的（EMA）生成器开始训练 G</translation>
    </message>
    <message>
        <source>Start D from the source&apos;s discriminator</source>
        <translation>从源的判别器开始训练 D</translation>
    </message>
    <message>
        <source>Conditioning</source>
        <translation>条件方式</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Max images</source>
        <translation>最多图像数</translation>
    </message>
    <message>
        <source>Transfer from</source>
        <translation>迁移自</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetDropZone</name>
    <message>
        <source>Drop a dataset here: a folder of images (class subfolders become labels), a .zip, IDX files or a CIFAR batch</source>
        <translation>将数据集拖放到这里：图像文件夹（子文件夹即类别标签）、.zip、IDX 文件或 CIFAR 批文件</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Open an image folder</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>打开数据集文件</translation>
    </message>
    <message>
        <source>Datasets (*.zip *.gz *-ubyte *.idx *.bin);;All files (*)</source>
        <translation>数据集 (*.zip *.gz *-ubyte *.idx *.bin);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetPanel</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>No dataset loaded</source>
        <translation>未加载数据集</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 images · %4×%4 px · %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 张图像 · %4×%4 像素 · %5 · %6</translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation>
            <numerusform>%n 个文件无法使用：</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and %1 more (see the log)</source>
        <translation>  … 另有 %1 个（见日志）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without an image extension were ignored.</source>
        <translation>
            <numerusform>忽略了 %n 个没有图像扩展名的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not import %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;无法导入 %1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ExportGridDialog</name>
    <message>
        <source>EMA generator</source>
        <translation>EMA 生成器</translation>
    </message>
    <message>
        <source>Export sample grid</source>
        <translation>导出样本网格</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Classes (one row each;
none: rows cycle classes)</source>
        <translation>类别（每类一行；
不选：各行轮流使用类别）</translation>
    </message>
    <message>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Padding (px)</source>
        <translation>间距（像素）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::FadeInView</name>
    <message>
        <source>Follow training</source>
        <translation>跟随训练</translation>
    </message>
    <message>
        <source>Pause training to preview any blend of the two levels</source>
        <translation>暂停训练后可预览两个层级的任意混合</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Fading in %1×%1: α = %2</source>
        <translation>正在淡入 %1×%1：α = %2</translation>
    </message>
    <message>
        <source>Stabilising at %1×%1</source>
        <translation>正在 %1×%1 稳定</translation>
    </message>
    <message>
        <source>Lower level %1×%1, upsampled</source>
        <translation>低层级 %1×%1，已上采样</translation>
    </message>
    <message>
        <source>New level %1×%1</source>
        <translation>新层级 %1×%1</translation>
    </message>
    <message>
        <source>Blend at α = %1</source>
        <translation>α = %1 时的混合</translation>
    </message>
    <message>
        <source>Progressive models (pggan) show their growth here.</source>
        <translation>渐进式模型（pggan）在此显示其生长过程。</translation>
    </message>
    <message>
        <source>Lower level, upsampled</source>
        <translation>低层级，已上采样</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新层级</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::GrowthTimeline</name>
    <message>
        <source>%1 images shown</source>
        <translation>已展示 %1 张图像</translation>
    </message>
    <message>
        <source>No growth schedule</source>
        <translation>没有生长计划</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::HealthPanel</name>
    <message>
        <source>Roll back to last good checkpoint</source>
        <translation>回滚到最后一个正常的检查点</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然继续</translation>
    </message>
    <message>
        <source>Top singular values σ0–σ2 of the watched layers. A σ0 that explodes in G&apos;s first layer precedes collapse (BigGAN §4.1).</source>
        <translation>被监视层的最大奇异值 σ0–σ2。生成器第一层的 σ0 爆炸预示着崩溃（BigGAN §4.1）。</translation>
    </message>
    <message>
        <source>Global gradient norms of G and D</source>
        <translation>生成器和判别器的全局梯度范数</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>σ0 of G&apos;s first layer: %1× its running level</source>
        <translation>生成器第一层的 σ0：其滑动水平的 %1 倍</translation>
    </message>
    <message>
        <source>No checkpoint was written before it: rolling back restarts the run.</source>
        <translation>此前没有写入检查点：回滚将从头重新开始运行。</translation>
    </message>
    <message>
        <source>Last good checkpoint: step %1 (%2).</source>
        <translation>最后一个正常的检查点：第 %1 步（%2）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training paused: collapse at step %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Nothing from this step on was saved.</source>
        <translation>&lt;b&gt;训练已暂停：第 %1 步发生崩溃。&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;从这一步起没有保存任何内容。</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已崩溃</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::MetricPlot</name>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>%1: step %2, %3</source>
        <translation>%1：第 %2 步，%3</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::MetricTable</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特征网络</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evaluation at step %1</source>
        <translation>第 %1 步的评估</translation>
    </message>
    <message>
        <source>No evaluation yet: set “Evaluate every” or use Training ▸ Evaluate now.</source>
        <translation>尚无评估：设置“评估间隔”或使用 训练 ▸ 立即评估。</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::PlotPanel</name>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Logarithmic value axis (only positive values are drawn)</source>
        <translation>对数纵轴（只绘制正值）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>Fit all data and follow new points (or double-click the plot)</source>
        <translation>显示全部数据并跟随新数据点（或双击曲线图）</translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation>保存曲线图…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Overlay run…</source>
        <translation>叠加训练…</translation>
    </message>
    <message>
        <source>Draw another run&apos;s curves over these, dashed</source>
        <translation>以虚线叠加另一次训练的曲线</translation>
    </message>
    <message>
        <source>Clear overlays</source>
        <translation>清除叠加</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>保存曲线图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SampleExplorer</name>
    <message>
        <source>Interpolate A → B</source>
        <translation>插值 A → B</translation>
    </message>
    <message>
        <source>Press Train to start on the dataset shown on the left.
Samples from a fixed latent batch (EMA generator) appear here while training runs.</source>
        <translation>按“训练”在左侧的数据集上开始。
训练时，这里显示来自固定隐变量批次（EMA 生成器）的样本。</translation>
    </message>
    <message>
        <source>Click a sample to enlarge it; Ctrl+click two samples to interpolate</source>
        <translation>单击样本可放大；按住 Ctrl 单击两个样本可插值</translation>
    </message>
    <message>
        <source>Ctrl+click two samples (A and B) first</source>
        <translation>请先按住 Ctrl 单击两个样本（A 和 B）</translation>
    </message>
    <message>
        <source>New seeds</source>
        <translation>新随机种子</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Draw a different latent batch (Ctrl+R)</source>
        <translation>抽取另一批隐变量 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step %1 · seed %2 · %3 · %4</source>
        <translation>第 %1 步 · 种子 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>truncation %1</source>
        <translation>截断 %1</translation>
    </message>
    <message>
        <source>no truncation</source>
        <translation>不截断</translation>
    </message>
    <message>
        <source>EMA generator</source>
        <translation>EMA 生成器</translation>
    </message>
    <message>
        <source>raw generator</source>
        <translation>原始生成器</translation>
    </message>
    <message>
        <source>Sample row %1, column %2</source>
        <translation>样本：第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source> · class %1</source>
        <translation> · 类别 %1</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SourceCompareView</name>
    <message>
        <source>Achieved</source>
        <translation>实际名次</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测名次</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>组</translation>
    </message>
    <message>
        <source>All final values</source>
        <translation>所有最终数值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>FD samples</source>
        <translation>FD（样本）</translation>
    </message>
    <message>
        <source>KID samples</source>
        <translation>KID（样本）</translation>
    </message>
    <message>
        <source>FD data</source>
        <translation>FD（数据）</translation>
    </message>
    <message>
        <source>KID data</source>
        <translation>KID（数据）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Export grids PNG…</source>
        <translation>导出网格 PNG…</translation>
    </message>
    <message>
        <source>Export curves CSV…</source>
        <translation>导出曲线 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>The metric whose curves are overlaid, one per arm</source>
        <translation>要叠加曲线的指标，每组一条</translation>
    </message>
    <message>
        <source>Step of the side-by-side samples (the same z in every arm)</source>
        <translation>并排样本所在的步数（每组使用相同的 z）</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Samples at</source>
        <translation>样本步数</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>最终排名</translation>
    </message>
    <message>
        <source>Predicted before training</source>
        <translation>训练前的预测</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Distances to the target&apos;s real images in %1 features, %2 images each</source>
        <translation>在 %1 特征空间中与目标真实图像的距离，每项 %2 张图像</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>没有比较</translation>
    </message>
    <message>
        <source>%1 arms at step %2 of %3</source>
        <translation>%1 组，第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>尚无样本</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::TruncationSlider</name>
    <message>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Redraw every latent component beyond the threshold (BigGAN): lower means cleaner but less varied samples</source>
        <translation>重新抽取超出阈值的每个隐变量分量（BigGAN）：阈值越低，样本越干净但多样性越低</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop lab for training and studying GANs</source>
        <translation>用于训练和研究生成对抗网络的桌面实验室</translation>
    </message>
    <message>
        <source>Dataset to train on.</source>
        <translation>要训练的数据集。</translation>
    </message>
    <message>
        <source>Training preset.</source>
        <translation>训练预设。</translation>
    </message>
    <message>
        <source>Folder for the new run.</source>
        <translation>新训练的文件夹。</translation>
    </message>
    <message>
        <source>Open an existing run and continue it.</source>
        <translation>打开已有的训练并继续。</translation>
    </message>
    <message>
        <source>Start training at once.</source>
        <translation>立即开始训练。</translation>
    </message>
    <message>
        <source>Train, save a picture of the window at --screenshot-step, quit.</source>
        <translation>训练，在 --screenshot-step 步时保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>Step of the picture.</source>
        <translation>截图所在的步数。</translation>
    </message>
    <message>
        <source>Testing aid: NaN into G at step n (trips the guard).</source>
        <translation>测试辅助：在第 n 步向生成器注入 NaN（触发保护）。</translation>
    </message>
</context>
</TS>
