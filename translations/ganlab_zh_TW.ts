<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ganlab::app</name>
    <message>
        <source>System language</source>
        <translation>跟隨系統</translation>
    </message>
</context>
<context>
    <name>ganlab::app::CompareDialog</name>
    <message>
        <source>An arm from scratch</source>
        <translation>一組從零開始訓練</translation>
    </message>
    <message>
        <source>The four G/D combinations of the first source</source>
        <translation>第一個來源的四種 G/D 組合</translation>
    </message>
    <message>
        <source>Compare pretrained sources</source>
        <translation>比較預訓練來源</translation>
    </message>
    <message>
        <source>Adds G-only and D-only arms (Transferring GANs found the pretrained critic matters more than the pretrained generator)</source>
        <translation>增加僅 G 與僅 D 的組（Transferring GANs 發現預訓練判別器比預訓練生成器更重要）</translation>
    </message>
    <message>
        <source>Steps each arm trains before the next arm&apos;s turn</source>
        <translation>每組在輪到下一組之前訓練的步數</translation>
    </message>
    <message>
        <source>Add run folder…</source>
        <translation>新增訓練資料夾…</translation>
    </message>
    <message>
        <source>Add checkpoint…</source>
        <translation>新增檢查點…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>A source run folder</source>
        <translation>來源訓練資料夾</translation>
    </message>
    <message>
        <source>A source checkpoint</source>
        <translation>來源檢查點</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt)</source>
        <translation>檢查點 (*.pt)</translation>
    </message>
    <message>
        <source>Where the comparison goes</source>
        <translation>比較結果的存放位置</translation>
    </message>
    <message>
        <source>Steps per arm</source>
        <translation>每組步數</translation>
    </message>
    <message>
        <source>Chunk</source>
        <translation>輪替步數</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Target: %1 on %2 (the configuration and dataset of the main window). Every arm trains with the same seed, budget and evaluation schedule.</source>
        <translation>目標：%1，資料集 %2（主視窗的設定與資料集）。每組使用相同的隨機種子、訓練預算與評估排程。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>來源：</translation>
    </message>
</context>
<context>
    <name>ganlab::app::CompareWindow</name>
    <message>
        <source>Compare sources</source>
        <translation>比較來源</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Train every arm, interleaved, until the budget is spent</source>
        <translation>交替訓練每一組，直到用完預算</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save every arm where it is (Train continues later)</source>
        <translation>儲存每組目前的進度（之後可繼續訓練）</translation>
    </message>
    <message>
        <source>Every arm finished</source>
        <translation>所有組皆已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Export side-by-side grids</source>
        <translation>匯出並排樣本網格</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <source>Export all curves</source>
        <translation>匯出全部曲線</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>匯出比較結果</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Ranking the sources and creating the arms…</source>
        <translation>正在為來源排名並建立各組…</translation>
    </message>
    <message>
        <source>Compare sources — %1</source>
        <translation>比較來源 — %1</translation>
    </message>
    <message>
        <source>Ready: %1 arms</source>
        <translation>就緒：%1 組</translation>
    </message>
    <message>
        <source>Training every arm, interleaved…</source>
        <translation>正在交替訓練每一組…</translation>
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
        <translation>資料集</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>組態</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>訓練(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Start a new run with the configuration on the right (Ctrl+T)</source>
        <translation>用右側的組態開始新的訓練 (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
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
        <translation>儲存檢查點並結束訓練（以後可以重新開啟）</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>開啟資料集(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Open an image folder (for a zip, IDX or CIFAR file, drop it on the window)</source>
        <translation>開啟影像資料夾（zip、IDX 或 CIFAR 檔案請拖放到視窗上）</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>開啟訓練記錄(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>開啟訓練記錄資料夾</translation>
    </message>
    <message>
        <source>&amp;Export sample grid…</source>
        <translation>匯出樣本網格(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation>將指標匯出為 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Overlay another run&apos;s curves…</source>
        <translation>疊加另一次訓練的曲線(&amp;O)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New seeds</source>
        <translation>新隨機種子(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation>最近的資料集</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>訓練(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ganlab</source>
        <translation>關於 ganlab(&amp;A)</translation>
    </message>
    <message>
        <source>About ganlab</source>
        <translation>關於 ganlab</translation>
    </message>
    <message>
        <source>&lt;b&gt;ganlab&lt;/b&gt; %1&lt;br&gt;A desktop lab for training and studying GANs.&lt;br&gt;Ideas from Transferring GANs, AC-GAN, PG-GAN, Projected GANs and BigGAN.</source>
        <translation>&lt;b&gt;ganlab&lt;/b&gt; %1&lt;br&gt;用於訓練和研究生成對抗網路的桌面實驗室。&lt;br&gt;思想來自 Transferring GANs、AC-GAN、PG-GAN、Projected GANs 和 BigGAN。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Importing: %1</source>
        <translation>正在匯入：%1</translation>
    </message>
    <message>
        <source>Checkpoint saved: %1</source>
        <translation>檢查點已儲存：%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>Finished at step %1 · explore the samples, or Train a new run</source>
        <translation>已在第 %1 步完成 · 可瀏覽樣本，或開始新的訓練</translation>
    </message>
    <message>
        <source>Stopped at step %1 · %2</source>
        <translation>已在第 %1 步停止 · %2</translation>
    </message>
    <message>
        <source>Sample grid written: %1</source>
        <translation>樣本網格已寫入：%1</translation>
    </message>
    <message>
        <source>Dataset ready: %1 images. Press Train to start.</source>
        <translation>資料集就緒：%1 張影像。按“訓練”開始。</translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation>無法匯入 %1</translation>
    </message>
    <message>
        <source>Overlay a run&apos;s curves</source>
        <translation>疊加一次訓練的曲線</translation>
    </message>
    <message>
        <source>The running run keeps its dataset; %1 is for the next run.</source>
        <translation>正在進行的訓練保留其資料集；%1 將用於下一次訓練。</translation>
    </message>
    <message>
        <source>The configuration is not usable:
%1</source>
        <translation>組態不可用：
%1</translation>
    </message>
    <message>
        <source>Preparing the dataset…</source>
        <translation>正在準備資料集…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation>正在停止：儲存檢查點…</translation>
    </message>
    <message>
        <source>Run %1 at step %2 of %3</source>
        <translation>訓練 %1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>ganlab — %1</source>
        <translation>ganlab — %1</translation>
    </message>
    <message>
        <source>Step %1 / %2 · %3 img/s · elapsed %4 · ETA %5</source>
        <translation>第 %1 / %2 步 · %3 張/秒 · 已用 %4 · 預計剩餘 %5</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>%1: skipped %2 unreadable metrics line(s)</source>
        <translation>%1：跳過了 %2 行無法讀取的指標</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>匯出指標</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>The new language applies when ganlab starts again.</source>
        <translation>新語言將在 ganlab 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation>正在儲存檢查點…</translation>
    </message>
    <message>
        <source>&amp;Evaluate now</source>
        <translation>立即評估(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Compute the run&apos;s metrics now (between training chunks)</source>
        <translation>立即計算本次訓練的指標（在訓練塊之間進行）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成長</translation>
    </message>
    <message>
        <source>Rolling back to the last good checkpoint…</source>
        <translation>正在回溯到最後一個正常的檢查點…</translation>
    </message>
    <message>
        <source>Paused: collapse at step %1 (%2)</source>
        <translation>已暫停：第 %1 步發生崩潰（%2）</translation>
    </message>
    <message>
        <source>Collapse at step %1: %2</source>
        <translation>第 %1 步發生崩潰：%2</translation>
    </message>
    <message>
        <source>Training collapsed</source>
        <translation>訓練崩潰</translation>
    </message>
    <message>
        <source>Training paused at step %1: %2</source>
        <translation>訓練在第 %1 步暫停：%2</translation>
    </message>
    <message>
        <source>No checkpoint was written before it; rolling back restarts the run.</source>
        <translation>此前沒有寫入檢查點；回溯將從頭重新開始執行。</translation>
    </message>
    <message>
        <source>Roll back to the last good checkpoint (step %1)?</source>
        <translation>回溯到最後一個正常的檢查點（第 %1 步）？</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回溯</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然繼續</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>保持暫停</translation>
    </message>
    <message>
        <source>&amp;Compare sources…</source>
        <translation>比較來源(&amp;C)…</translation>
    </message>
    <message>
        <source>Train this configuration from several pretrained sources (and from scratch) side by side, and rank them</source>
        <translation>以此設定從多個預訓練來源（以及從零開始）並排訓練，並為它們排名</translation>
    </message>
    <message>
        <source>Open c&amp;omparison…</source>
        <translation>開啟比較(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a comparison folder</source>
        <translation>開啟比較資料夾</translation>
    </message>
</context>
<context>
    <name>ganlab::app::PreviewWorker</name>
    <message>
        <source>Nothing to interpolate yet: start or open a run first.</source>
        <translation>還沒有可內插的內容：請先開始或開啟一次訓練。</translation>
    </message>
    <message>
        <source>Nothing to export yet: start or open a run first.</source>
        <translation>還沒有可匯出的內容：請先開始或開啟一次訓練。</translation>
    </message>
</context>
<context>
    <name>ganlab::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>A new language takes effect when ganlab starts again.</source>
        <translation>新語言將在 ganlab 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Points kept per plot series</source>
        <translation>每條曲線保留的點數</translation>
    </message>
    <message>
        <source>Beyond this count a series keeps every other point (its whole history, coarser)</source>
        <translation>超過此數量後，每條曲線隔點保留（保留全部歷史，但更稀疏）</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>Classes (one row each)</source>
        <translation>類別（每類一行）</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ConfigPanel</name>
    <message>
        <source>Class-conditional</source>
        <translation>類別條件</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation>僅在結束時</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation>寬度 ×</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>隱變數維度</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每步 G 的 D 步數</translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation>學習率 G</translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation>學習率 D</translation>
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
        <translation>步數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>樣本間隔</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>檢查點間隔</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是數字</translation>
    </message>
    <message>
        <source>EMA β</source>
        <translation>EMA β</translation>
    </message>
    <message>
        <source>Seed: “%1” is not a whole number ≥ 0</source>
        <translation>隨機種子：“%1”不是 ≥ 0 的整數</translation>
    </message>
    <message>
        <source>Comma-separated: %1</source>
        <translation>用逗號分隔：%1</translation>
    </message>
    <message>
        <source>random: fixed untrained CNN (always available); classifier: the run&apos;s own classifier (trained on first use); classifier:FILE or inception:FILE for a file. Every number is named with its network.</source>
        <translation>random：固定的未訓練卷積網路（始終可用）；classifier：本次訓練自己的分類器（首次使用時訓練）；classifier:檔案 或 inception:檔案 使用指定檔案。每個數值都標明所用的網路。</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>評估間隔</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特徵網路</translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation>評估樣本數</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>… or every</source>
        <translation>… 或每隔</translation>
    </message>
    <message>
        <source>AC-GAN class head on D</source>
        <translation>判別器上的 AC-GAN 類別頭</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>模型自帶</translation>
    </message>
    <message>
        <source>projected (frozen features)</source>
        <translation>投影式（凍結特徵）</translation>
    </message>
    <message>
        <source>Projected GANs: a frozen feature network with random projections and four small discriminators, with any G</source>
        <translation>Projected GAN：凍結的特徵網路加隨機投影和四個小判別器，可搭配任意生成器</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>DiffAugment on D&apos;s inputs: color,translation,cutout</source>
        <translation>對判別器輸入做 DiffAugment：color,translation,cutout</translation>
    </message>
    <message>
        <source>AC-GAN: D predicts the class instead of being shown it (dcgan, resnet)</source>
        <translation>AC-GAN：判別器預測類別而不是接收類別（dcgan、resnet）</translation>
    </message>
    <message>
        <source>BigGAN&apos;s orthogonal regularisation β on G (1e-4 in the paper; 0 = off)</source>
        <translation>BigGAN 對生成器的正交正則化 β（論文中為 1e-4；0 = 關閉）</translation>
    </message>
    <message>
        <source>PG-GAN&apos;s drift ε·E[D(x)²] with wgan-gp (0.001 in the paper)</source>
        <translation>PG-GAN 的漂移項 ε·E[D(x)²]，搭配 wgan-gp（論文中為 0.001）</translation>
    </message>
    <message>
        <source>Progressive models: the resolution growth starts at</source>
        <translation>漸進式模型：成長起始的解析度</translation>
    </message>
    <message>
        <source> images</source>
        <translation> 張影像</translation>
    </message>
    <message>
        <source>Progressive models: real images per stabilise and per fade phase</source>
        <translation>漸進式模型：每個穩定階段和每個淡入階段的真實影像數</translation>
    </message>
    <message>
        <source>Singular values of G&apos;s and D&apos;s first and last layers</source>
        <translation>生成器和判別器第一層與最後一層的奇異值</translation>
    </message>
    <message>
        <source>NaN/Inf only</source>
        <translation>僅 NaN/Inf</translation>
    </message>
    <message>
        <source>Pause when σ0 of G&apos;s first layer jumps this many times above its running level</source>
        <translation>當生成器第一層的 σ0 躍升到其滑動水準的這麼多倍時暫停</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>判別器</translation>
    </message>
    <message>
        <source>Projected features</source>
        <translation>投影特徵</translation>
    </message>
    <message>
        <source>DiffAugment</source>
        <translation>DiffAugment</translation>
    </message>
    <message>
        <source>Orthogonal reg. β</source>
        <translation>正交正則 β</translation>
    </message>
    <message>
        <source>Drift ε</source>
        <translation>漂移 ε</translation>
    </message>
    <message>
        <source>Grow from</source>
        <translation>成長起點</translation>
    </message>
    <message>
        <source>Phase length</source>
        <translation>階段長度</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>健康檢查間隔</translation>
    </message>
    <message>
        <source>Collapse factor</source>
        <translation>崩潰倍數</translation>
    </message>
    <message>
        <source>classifier: the run&apos;s own classifier (trained first); classifier:FILE; torchscript:FILE (a network returning feature maps); random: an untrained network (ablation)</source>
        <translation>classifier：本次執行自己的分類器（先訓練）；classifier:檔案；torchscript:檔案（回傳特徵圖的網路）；random：未訓練的網路（消融實驗）</translation>
    </message>
    <message>
        <source>Load G</source>
        <translation>載入 G</translation>
    </message>
    <message>
        <source>Load D</source>
        <translation>載入 D</translation>
    </message>
    <message>
        <source>Cond Concat (one-hot planes)</source>
        <translation>Cond Concat（獨熱平面）</translation>
    </message>
    <message>
        <source>Cond BN (per-class γ, β)</source>
        <translation>Cond BN（每類 γ、β）</translation>
    </message>
    <message>
        <source>How dcgan and resnet see the class: one-hot columns in G&apos;s input and planes on D&apos;s input, or class-conditional batch norm in G (Transferring GANs, section 4)</source>
        <translation>dcgan 與 resnet 如何接收類別：生成器輸入中的獨熱欄與判別器輸入上的平面，或生成器中的類別條件批次正規化（Transferring GANs 第 4 節）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Train on these classes only: comma-separated names or indices</source>
        <translation>只在這些類別上訓練：以逗號分隔的名稱或序號</translation>
    </message>
    <message>
        <source>At most this many training images, the same share of each class</source>
        <translation>最多使用這麼多訓練影像，各類別比例相同</translation>
    </message>
    <message>
        <source>none (from scratch)</source>
        <translation>無（從零開始）</translation>
    </message>
    <message>
        <source>A run folder or checkpoint file to start from. Weights are matched by name and shape; conditioning, gray↔colour and PG-GAN growth are adapted, and anything else that differs is refused with the reason. transfer.json lists what was copied.</source>
        <translation>作為起點的訓練資料夾或檢查點檔案。權重依名稱與形狀比對；條件方式、灰階↔彩色與 PG-GAN 成長會被調適，其他不一致之處會被拒絕並說明原因。transfer.json 列出複製的內容。</translation>
    </message>
    <message>
        <source>Start G from the source&apos;s (EMA) generator</source>
        <translation>從來源的（EMA）生成器開始訓練 G</translation>
    </message>
    <message>
        <source>Start D from the source&apos;s discriminator</source>
        <translation>從來源的判別器開始訓練 D</translation>
    </message>
    <message>
        <source>Conditioning</source>
        <translation>條件方式</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Max images</source>
        <translation>最多影像數</translation>
    </message>
    <message>
        <source>Transfer from</source>
        <translation>遷移自</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetDropZone</name>
    <message>
        <source>Drop a dataset here: a folder of images (class subfolders become labels), a .zip, IDX files or a CIFAR batch</source>
        <translation>將資料集拖放到這裡：影像資料夾（子資料夾即類別標籤）、.zip、IDX 檔案或 CIFAR 批檔案</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>資料夾…</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>檔案…</translation>
    </message>
    <message>
        <source>Open an image folder</source>
        <translation>開啟影像資料夾</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>開啟資料集檔案</translation>
    </message>
    <message>
        <source>Datasets (*.zip *.gz *-ubyte *.idx *.bin);;All files (*)</source>
        <translation>資料集 (*.zip *.gz *-ubyte *.idx *.bin);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetPanel</name>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像數</translation>
    </message>
    <message>
        <source>No dataset loaded</source>
        <translation>未載入資料集</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 images · %4×%4 px · %5 · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 張影像 · %4×%4 像素 · %5 · %6</translation>
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
        <translation>無標籤</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 個類別</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation>
            <numerusform>%n 個檔案無法使用：</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and %1 more (see the log)</source>
        <translation>  … 另有 %1 個（見日誌）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without an image extension were ignored.</source>
        <translation>
            <numerusform>忽略了 %n 個沒有影像副檔名的檔案。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not import %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;無法匯入 %1&lt;/b&gt;</translation>
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
        <translation>匯出樣本網格</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列數</translation>
    </message>
    <message>
        <source>Classes (one row each;
none: rows cycle classes)</source>
        <translation>類別（每類一行；
不選：各行輪流使用類別）</translation>
    </message>
    <message>
        <source>Truncation</source>
        <translation>截斷</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Padding (px)</source>
        <translation>間距（像素）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::FadeInView</name>
    <message>
        <source>Follow training</source>
        <translation>跟隨訓練</translation>
    </message>
    <message>
        <source>Pause training to preview any blend of the two levels</source>
        <translation>暫停訓練後可預覽兩個層級的任意混合</translation>
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
        <translation>正在 %1×%1 穩定</translation>
    </message>
    <message>
        <source>Lower level %1×%1, upsampled</source>
        <translation>低層級 %1×%1，已上取樣</translation>
    </message>
    <message>
        <source>New level %1×%1</source>
        <translation>新層級 %1×%1</translation>
    </message>
    <message>
        <source>Blend at α = %1</source>
        <translation>α = %1 時的混合</translation>
    </message>
    <message>
        <source>Progressive models (pggan) show their growth here.</source>
        <translation>漸進式模型（pggan）在此顯示其成長過程。</translation>
    </message>
    <message>
        <source>Lower level, upsampled</source>
        <translation>低層級，已上取樣</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新層級</translation>
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
        <translation>已展示 %1 張影像</translation>
    </message>
    <message>
        <source>No growth schedule</source>
        <translation>沒有成長計畫</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::HealthPanel</name>
    <message>
        <source>Roll back to last good checkpoint</source>
        <translation>回溯到最後一個正常的檢查點</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>仍然繼續</translation>
    </message>
    <message>
        <source>Top singular values σ0–σ2 of the watched layers. A σ0 that explodes in G&apos;s first layer precedes collapse (BigGAN §4.1).</source>
        <translation>被監視層的最大奇異值 σ0–σ2。生成器第一層的 σ0 爆炸預示著崩潰（BigGAN §4.1）。</translation>
    </message>
    <message>
        <source>Global gradient norms of G and D</source>
        <translation>生成器和判別器的全域梯度範數</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>σ0 of G&apos;s first layer: %1× its running level</source>
        <translation>生成器第一層的 σ0：其滑動水準的 %1 倍</translation>
    </message>
    <message>
        <source>No checkpoint was written before it: rolling back restarts the run.</source>
        <translation>此前沒有寫入檢查點：回溯將從頭重新開始執行。</translation>
    </message>
    <message>
        <source>Last good checkpoint: step %1 (%2).</source>
        <translation>最後一個正常的檢查點：第 %1 步（%2）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training paused: collapse at step %1.&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Nothing from this step on was saved.</source>
        <translation>&lt;b&gt;訓練已暫停：第 %1 步發生崩潰。&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;從這一步起沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已崩潰</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation>偵錯及以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>資訊及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和錯誤</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::MetricPlot</name>
    <message>
        <source>step</source>
        <translation>步數</translation>
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
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特徵網路</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Evaluation at step %1</source>
        <translation>第 %1 步的評估</translation>
    </message>
    <message>
        <source>No evaluation yet: set “Evaluate every” or use Training ▸ Evaluate now.</source>
        <translation>尚無評估：設定「評估間隔」或使用 訓練 ▸ 立即評估。</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::PlotPanel</name>
    <message>
        <source>Log scale</source>
        <translation>對數座標</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Logarithmic value axis (only positive values are drawn)</source>
        <translation>對數縱軸（只繪製正值）</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重設檢視</translation>
    </message>
    <message>
        <source>Fit all data and follow new points (or double-click the plot)</source>
        <translation>顯示全部資料並跟隨新資料點（或雙擊曲線圖）</translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation>儲存曲線圖…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Overlay run…</source>
        <translation>疊加訓練…</translation>
    </message>
    <message>
        <source>Draw another run&apos;s curves over these, dashed</source>
        <translation>以虛線疊加另一次訓練的曲線</translation>
    </message>
    <message>
        <source>Clear overlays</source>
        <translation>清除疊加</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>儲存曲線圖</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>匯出指標</translation>
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
        <translation>內插 A → B</translation>
    </message>
    <message>
        <source>Press Train to start on the dataset shown on the left.
Samples from a fixed latent batch (EMA generator) appear here while training runs.</source>
        <translation>按“訓練”在左側的資料集上開始。
訓練時，這裡顯示來自固定隱變數批次（EMA 生成器）的樣本。</translation>
    </message>
    <message>
        <source>Click a sample to enlarge it; Ctrl+click two samples to interpolate</source>
        <translation>單擊樣本可放大；按住 Ctrl 單擊兩個樣本可內插</translation>
    </message>
    <message>
        <source>Ctrl+click two samples (A and B) first</source>
        <translation>請先按住 Ctrl 單擊兩個樣本（A 和 B）</translation>
    </message>
    <message>
        <source>New seeds</source>
        <translation>新隨機種子</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Draw a different latent batch (Ctrl+R)</source>
        <translation>抽取另一批隱變數 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Step %1 · seed %2 · %3 · %4</source>
        <translation>第 %1 步 · 種子 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>truncation %1</source>
        <translation>截斷 %1</translation>
    </message>
    <message>
        <source>no truncation</source>
        <translation>不截斷</translation>
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
        <translation>樣本：第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source> · class %1</source>
        <translation> · 類別 %1</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SourceCompareView</name>
    <message>
        <source>Achieved</source>
        <translation>實際名次</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>預測名次</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>組</translation>
    </message>
    <message>
        <source>All final values</source>
        <translation>所有最終數值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>FD samples</source>
        <translation>FD（樣本）</translation>
    </message>
    <message>
        <source>KID samples</source>
        <translation>KID（樣本）</translation>
    </message>
    <message>
        <source>FD data</source>
        <translation>FD（資料）</translation>
    </message>
    <message>
        <source>KID data</source>
        <translation>KID（資料）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Export grids PNG…</source>
        <translation>匯出網格 PNG…</translation>
    </message>
    <message>
        <source>Export curves CSV…</source>
        <translation>匯出曲線 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>匯出 JSON…</translation>
    </message>
    <message>
        <source>The metric whose curves are overlaid, one per arm</source>
        <translation>要疊加曲線的指標，每組一條</translation>
    </message>
    <message>
        <source>Step of the side-by-side samples (the same z in every arm)</source>
        <translation>並排樣本所在的步數（每組使用相同的 z）</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <source>Samples at</source>
        <translation>樣本步數</translation>
    </message>
    <message>
        <source>Final ranking</source>
        <translation>最終排名</translation>
    </message>
    <message>
        <source>Predicted before training</source>
        <translation>訓練前的預測</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Distances to the target&apos;s real images in %1 features, %2 images each</source>
        <translation>在 %1 特徵空間中與目標真實影像的距離，每項 %2 張影像</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>沒有比較</translation>
    </message>
    <message>
        <source>%1 arms at step %2 of %3</source>
        <translation>%1 組，第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>尚無樣本</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::TruncationSlider</name>
    <message>
        <source>Truncation</source>
        <translation>截斷</translation>
    </message>
    <message>
        <source>Redraw every latent component beyond the threshold (BigGAN): lower means cleaner but less varied samples</source>
        <translation>重新抽取超出閾值的每個隱變數分量（BigGAN）：閾值越低，樣本越乾淨但多樣性越低</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop lab for training and studying GANs</source>
        <translation>用於訓練和研究生成對抗網路的桌面實驗室</translation>
    </message>
    <message>
        <source>Dataset to train on.</source>
        <translation>要訓練的資料集。</translation>
    </message>
    <message>
        <source>Training preset.</source>
        <translation>訓練預設。</translation>
    </message>
    <message>
        <source>Folder for the new run.</source>
        <translation>新訓練的資料夾。</translation>
    </message>
    <message>
        <source>Open an existing run and continue it.</source>
        <translation>開啟已有的訓練並繼續。</translation>
    </message>
    <message>
        <source>Start training at once.</source>
        <translation>立即開始訓練。</translation>
    </message>
    <message>
        <source>Train, save a picture of the window at --screenshot-step, quit.</source>
        <translation>訓練，在 --screenshot-step 步時儲存視窗截圖，然後結束。</translation>
    </message>
    <message>
        <source>Step of the picture.</source>
        <translation>截圖所在的步數。</translation>
    </message>
    <message>
        <source>Testing aid: NaN into G at step n (trips the guard).</source>
        <translation>測試輔助：在第 n 步向生成器注入 NaN（觸發保護）。</translation>
    </message>
</context>
</TS>
