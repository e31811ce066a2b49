<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Message</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>評估已取消</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (registered: %3)</source>
        <translation>未知的 %1 &quot;%2&quot;（已註冊：%3）</translation>
    </message>
    <message>
        <source>invalid configuration</source>
        <translation>組態無效</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>無法建立</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>無法列出資料夾內容：%1</translation>
    </message>
    <message>
        <source>write failed (disk full?)</source>
        <translation>寫入失敗（磁碟已滿？）</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>未寫入：%1</translation>
    </message>
    <message>
        <source>cannot open for fsync</source>
        <translation>無法開啟以執行 fsync</translation>
    </message>
    <message>
        <source>fsync failed (disk full or I/O error?)</source>
        <translation>fsync 失敗（磁碟已滿或 I/O 錯誤？）</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 編碼失敗</translation>
    </message>
    <message>
        <source>nothing to write (empty image)</source>
        <translation>沒有可寫入的內容（空白影像）</translation>
    </message>
    <message>
        <source>cannot read as an image</source>
        <translation>無法當作影像讀取</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 無效：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 物件</translation>
    </message>
    <message>
        <source>is a single image; give the folder that holds it</source>
        <translation>是單一影像；請指定包含它的資料夾</translation>
    </message>
    <message>
        <source>unknown dataset format (expected %1)</source>
        <translation>未知的資料集格式（應為 %1）</translation>
    </message>
    <message>
        <source>no usable image found</source>
        <translation>找不到可用的影像</translation>
    </message>
    <message>
        <source>no usable image found (%1 skipped, first: %2)</source>
        <translation>找不到可用的影像（略過了 %1 個，第一個：%2）</translation>
    </message>
    <message>
        <source>some images have no class label</source>
        <translation>部分影像沒有類別標籤</translation>
    </message>
    <message>
        <source>no CIFAR batches (data_batch_*.bin or train.bin) here</source>
        <translation>此處沒有 CIFAR 批檔案（data_batch_*.bin 或 train.bin）</translation>
    </message>
    <message>
        <source>size %1 is not a whole number of %2-byte %3 records</source>
        <translation>大小 %1 不是 %2 位元組 %3 記錄的整數倍</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1</source>
        <translation>gzip 資料流已損毀：%1</translation>
    </message>
    <message>
        <source>not an IDX file (bad magic number)</source>
        <translation>不是 IDX 檔案（魔術數字錯誤）</translation>
    </message>
    <message>
        <source>IDX element type must be unsigned byte (0x08)</source>
        <translation>IDX 元素型別必須是無號位元組（0x08）</translation>
    </message>
    <message>
        <source>IDX header is truncated or has a bad rank</source>
        <translation>IDX 標頭被截斷或維數錯誤</translation>
    </message>
    <message>
        <source>IDX dimensions are implausibly large</source>
        <translation>IDX 維度大得不合理</translation>
    </message>
    <message>
        <source>IDX data is truncated: header promises %1 bytes, file holds %2</source>
        <translation>IDX 資料被截斷：標頭宣告 %1 位元組，檔案只有 %2</translation>
    </message>
    <message>
        <source>no *-images-idx3-ubyte file in this folder</source>
        <translation>此資料夾中沒有 *-images-idx3-ubyte 檔案</translation>
    </message>
    <message>
        <source>IDX images need rank 3 (N,H,W) or 4 (N,H,W,C)</source>
        <translation>IDX 影像的維數必須為 3 (N,H,W) 或 4 (N,H,W,C)</translation>
    </message>
    <message>
        <source>IDX image shape is not usable</source>
        <translation>IDX 影像形狀無法使用</translation>
    </message>
    <message>
        <source>labels do not match the images (%1 labels for %2 images)</source>
        <translation>標籤與影像不符（%1 個標籤，%2 張影像）</translation>
    </message>
    <message>
        <source>not a readable zip archive: %1</source>
        <translation>不是可讀取的 zip 壓縮檔：%1</translation>
    </message>
    <message>
        <source>a class selection needs labelled images (class subfolders, IDX labels or CIFAR)</source>
        <translation>選擇類別需要有標籤的影像（類別子資料夾、IDX 標籤或 CIFAR）</translation>
    </message>
    <message>
        <source>no class &quot;%1&quot; in this dataset (it has %2)</source>
        <translation>此資料集中沒有類別 &quot;%1&quot;（現有：%2）</translation>
    </message>
    <message>
        <source>a class-conditional run needs labelled images (class subfolders, IDX labels or CIFAR)</source>
        <translation>類別條件訓練需要有標籤的影像（類別子資料夾、IDX 標籤或 CIFAR）</translation>
    </message>
    <message>
        <source>the dataset no longer matches this run (channels, resolution or classes changed)</source>
        <translation>資料集與本次訓練不再相符（通道數、解析度或類別已變更）</translation>
    </message>
    <message>
        <source>invalid dataset description: %1</source>
        <translation>資料集描述無效：%1</translation>
    </message>
    <message>
        <source>not a ganlab run folder (no config.json)</source>
        <translation>不是 ganlab 訓練資料夾（沒有 config.json）</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是資料夾</translation>
    </message>
    <message>
        <source>already holds a run (use `resume` to continue it)</source>
        <translation>已包含一次訓練（請用 `resume` 繼續）</translation>
    </message>
    <message>
        <source>folder is not empty</source>
        <translation>資料夾不是空的</translation>
    </message>
    <message>
        <source>cannot create run folder: %1</source>
        <translation>無法建立訓練資料夾：%1</translation>
    </message>
    <message>
        <source>the run is already at step %1; cannot end it at %2</source>
        <translation>訓練已到第 %1 步；無法在第 %2 步結束</translation>
    </message>
    <message>
        <source>the run collapsed at step %1 (%2); roll back or continue anyway first</source>
        <translation>訓練在第 %1 步崩潰（%2）；請先回溯或選擇仍然繼續</translation>
    </message>
    <message>
        <source>not writing a checkpoint of a collapsed run (step %1: %2)</source>
        <translation>不為已崩潰的訓練寫入檢查點（第 %1 步：%2）</translation>
    </message>
    <message>
        <source>has no checkpoint to sample from yet</source>
        <translation>還沒有可用於取樣的檢查點</translation>
    </message>
    <message>
        <source>training images do not match the model&apos;s shape</source>
        <translation>訓練影像與模型的形狀不符</translation>
    </message>
    <message>
        <source>a class-conditional model needs labelled images</source>
        <translation>類別條件模型需要有標籤的影像</translation>
    </message>
    <message>
        <source>the dataset&apos;s size changed since this checkpoint was written</source>
        <translation>自寫入此檢查點以來，資料集的大小已變更</translation>
    </message>
    <message>
        <source>no training data attached</source>
        <translation>未附加訓練資料</translation>
    </message>
    <message>
        <source>the AC-GAN term needs a discriminator with a class head</source>
        <translation>AC-GAN 項需要帶有類別頭的判別器</translation>
    </message>
    <message>
        <source>non-finite loss (loss_d %1, loss_g %2)</source>
        <translation>損失不是有限值（loss_d %1，loss_g %2）</translation>
    </message>
    <message>
        <source>non-finite weights in %1 (%2)</source>
        <translation>%1 的權重含有非有限值（%2）</translation>
    </message>
    <message>
        <source>σ0 of G&apos;s first layer (%1) jumped to %2× its running level (collapse factor %3)</source>
        <translation>G 第一層（%1）的 σ0 躍升到其滑動水準的 %2×（崩潰倍數 %3）</translation>
    </message>
    <message>
        <source>%1 collapsed at step %2: %3</source>
        <translation>%1 在第 %2 步崩潰：%3</translation>
    </message>
    <message>
        <source>tensor shapes differ (%1 tensors; different family, width, resolution, channels or classes?): %2</source>
        <translation>張量形狀不同（%1 個張量；模型家族、寬度、解析度、通道數或類別不同？）：%2</translation>
    </message>
    <message>
        <source>refusing to write a checkpoint: the model has non-finite weights (training diverged)</source>
        <translation>拒絕寫入檢查點：模型的權重含有非有限值（訓練已發散）</translation>
    </message>
    <message>
        <source>verification of the written checkpoint failed</source>
        <translation>已寫入的檢查點驗證失敗</translation>
    </message>
    <message>
        <source>checkpoint format %1 is not supported (this build reads 1 to %2)</source>
        <translation>不支援檢查點格式 %1（此版本可讀取 1 到 %2）</translation>
    </message>
    <message>
        <source>not a readable ganlab checkpoint of this model: %1</source>
        <translation>不是此模型可讀取的 ganlab 檢查點：%1</translation>
    </message>
    <message>
        <source>a grid must have 1–4096 cells</source>
        <translation>網格必須有 1–4096 個格子</translation>
    </message>
    <message>
        <source>class %1 is out of range 0–%2</source>
        <translation>類別 %1 超出範圍 0–%2</translation>
    </message>
    <message>
        <source>interpolation cells must lie inside the grid</source>
        <translation>內插的格子必須位於網格內</translation>
    </message>
    <message>
        <source>an interpolation needs 2–64 frames</source>
        <translation>內插需要 2–64 個影格</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>必須是 %1 之一，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a file: %1:FILE</source>
        <translation>&quot;%1&quot; 需要一個檔案：%1:FILE</translation>
    </message>
    <message>
        <source>%1 features cannot serve here (use %2)</source>
        <translation>%1 特徵無法用於此處（請使用 %2）</translation>
    </message>
    <message>
        <source>not a loadable TorchScript file: %1</source>
        <translation>不是可載入的 TorchScript 檔案：%1</translation>
    </message>
    <message>
        <source>the module does not map [N,3,299,299] to features: %1</source>
        <translation>該模組無法將 [N,3,299,299] 對應為特徵：%1</translation>
    </message>
    <message>
        <source>the module must return [N, D] features, not %1-d output</source>
        <translation>該模組必須傳回 [N, D] 特徵，而不是 %1 維輸出</translation>
    </message>
    <message>
        <source>no such Inception file</source>
        <translation>Inception 檔案不存在</translation>
    </message>
    <message>
        <source>no such classifier file</source>
        <translation>分類器檔案不存在</translation>
    </message>
    <message>
        <source>not a ganlab classifier (or a newer version)</source>
        <translation>不是 ganlab 分類器（或版本較新）</translation>
    </message>
    <message>
        <source>unreadable classifier file: %1</source>
        <translation>無法讀取分類器檔案：%1</translation>
    </message>
    <message>
        <source>a classifier needs a labelled dataset with at least two classes</source>
        <translation>分類器需要至少有兩個類別的有標籤資料集</translation>
    </message>
    <message>
        <source>classifier training cancelled</source>
        <translation>分類器訓練已取消</translation>
    </message>
    <message>
        <source>the classifier feature network needs a labelled dataset (or use classifier:FILE from ganlab-cli train-classifier)</source>
        <translation>classifier 特徵網路需要有標籤的資料集（或使用由 ganlab-cli train-classifier 產生的 classifier:FILE）</translation>
    </message>
    <message>
        <source>class accuracy needs a classifier</source>
        <translation>類別準確率需要分類器</translation>
    </message>
    <message>
        <source>the classifier knows %1 classes but the run has %2</source>
        <translation>分類器辨識 %1 個類別，但本次訓練有 %2 個</translation>
    </message>
    <message>
        <source>IW needs a held-out split (validation fraction &gt; 0)</source>
        <translation>IW 需要預留部分資料（驗證比例 &gt; 0）</translation>
    </message>
    <message>
        <source>100 subsets of %1</source>
        <translation>100 個子集，每個 %1 張</translation>
    </message>
    <message>
        <source>%1 critic steps (batch 64, DCGAN critic ×0.5, WGAN-GP λ 10); scored on %2 held-out reals vs fresh samples</source>
        <translation>%1 步判別器訓練（批次大小 64，DCGAN 判別器 ×0.5，WGAN-GP λ 10）；以 %2 張預留的真實影像與新產生的樣本評分</translation>
    </message>
    <message>
        <source>%1 random pairs; %2; higher = less diverse</source>
        <translation>%1 個隨機樣本對；%2；越高 = 多樣性越低</translation>
    </message>
    <message>
        <source>mean over %1 classes of %2 same-class pairs; %3</source>
        <translation>%1 個類別的平均值，每類 %2 個同類樣本對；%3</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>the classifier scores %1 on held-out real images</source>
        <translation>分類器在預留的真實影像上得分 %1</translation>
    </message>
    <message>
        <source>skipped: needs a class-conditional run</source>
        <translation>已略過：需要類別條件訓練</translation>
    </message>
    <message>
        <source>the projected discriminator needs a feature network of at least 16 px</source>
        <translation>投影判別器要求特徵網路的輸入至少為 16 px</translation>
    </message>
    <message>
        <source>the feature network failed on a probe: %1</source>
        <translation>特徵網路在試探輸入上出錯：%1</translation>
    </message>
    <message>
        <source>every output of the feature network must be a [N, C, H, W] map</source>
        <translation>特徵網路的每個輸出都必須是 [N, C, H, W] 特徵圖</translation>
    </message>
    <message>
        <source>the feature network must return a list or tuple of at least 4 feature maps (it returned %1)</source>
        <translation>特徵網路必須傳回至少包含 4 個特徵圖的串列或元組（它傳回了 %1）</translation>
    </message>
    <message>
        <source>this older checkpoint does not say its image channels or classes, and has no run folder (dataset.json) around it</source>
        <translation>這個舊版檢查點沒有記錄影像通道數或類別，旁邊也沒有訓練資料夾（dataset.json）</translation>
    </message>
    <message>
        <source>not a readable ganlab checkpoint: %1</source>
        <translation>不是可讀取的 ganlab 檢查點：%1</translation>
    </message>
    <message>
        <source>cannot start this run from it: it is a %1 model and this run is %2; weights map only within one model family</source>
        <translation>無法從它開始本次訓練：它是 %1 模型，而本次訓練是 %2；權重只能在同一模型家族內對應</translation>
    </message>
    <message>
        <source>cannot start this run from it: its width is %1 and this run&apos;s is %2, so every layer&apos;s channel count differs</source>
        <translation>無法從它開始本次訓練：它的寬度是 %1，本次訓練是 %2，因此每一層的通道數都不同</translation>
    </message>
    <message>
        <source>cannot start this run from it: its latent size is %1 and this run&apos;s %2, so G&apos;s first layer cannot be copied</source>
        <translation>無法從它開始本次訓練：它的隱變數維度是 %1，本次訓練是 %2，因此無法複製 G 的第一層</translation>
    </message>
    <message>
        <source>cannot start this run from it: its discriminator is %1 and this run&apos;s is %2</source>
        <translation>無法從它開始本次訓練：它的判別器是 %1，本次訓練是 %2</translation>
    </message>
    <message>
        <source>cannot start this run from it: it was trained at %1 px and this run is %2 px; %3&apos;s layers depend on the resolution (number of stages and their widths), so only a progressive family (pggan) can grow from a smaller source</source>
        <translation>無法從它開始本次訓練：它以 %1 px 訓練，而本次訓練是 %2 px；%3 的各層取決於解析度（階段數及其寬度），因此只有漸進式模型家族（pggan）才能從較小的來源成長</translation>
    </message>
    <message>
        <source>cannot start this run from it: it was trained at %1 px, above this run&apos;s %2 px; a progressive model grows levels but does not drop them</source>
        <translation>無法從它開始本次訓練：它以 %1 px 訓練，高於本次訓練的 %2 px；漸進式模型只會增加層級，不會移除層級</translation>
    </message>
    <message>
        <source>cannot start this run from it: its G has Cond BN for %1 classes and this run&apos;s G for %2</source>
        <translation>無法從它開始本次訓練：它的 G 的 Cond BN 對應 %1 個類別，而本次訓練的 G 對應 %2 個</translation>
    </message>
    <message>
        <source>cannot start this run from it: %1 tensors fit no transfer rule (source: %2; this run: %3): %4</source>
        <translation>無法從它開始本次訓練：%1 個張量不符合任何遷移規則（來源：%2；本次訓練：%3）：%4</translation>
    </message>
    <message>
        <source>no transfer source given</source>
        <translation>未指定遷移來源</translation>
    </message>
    <message>
        <source>not a ganlab run folder (no config.json) nor a checkpoint file</source>
        <translation>既不是 ganlab 訓練資料夾（沒有 config.json），也不是檢查點檔案</translation>
    </message>
    <message>
        <source>this run has no checkpoint yet to transfer from</source>
        <translation>此訓練還沒有可供遷移的檢查點</translation>
    </message>
    <message>
        <source>no such run folder or checkpoint file</source>
        <translation>訓練資料夾或檢查點檔案不存在</translation>
    </message>
    <message>
        <source>its generator does not match its own config at %1</source>
        <translation>它的生成器在 %1 處與其自身的組態不符</translation>
    </message>
    <message>
        <source>source ranking needs a feature network file: classifier:FILE (from ganlab-cli train-classifier), inception:FILE, or random</source>
        <translation>來源排名需要特徵網路檔案：classifier:FILE（由 ganlab-cli train-classifier 產生）、inception:FILE 或 random</translation>
    </message>
    <message>
        <source>source ranking cancelled</source>
        <translation>來源排名已取消</translation>
    </message>
    <message>
        <source>Wang et al. (Transferring GANs, 2018) found the distance between a source and the target an imperfect predictor of the best source: treat this ranking as a hint, not a result.</source>
        <translation>Wang 等人（Transferring GANs，2018）發現，來源與目標之間的距離並不能準確預測最佳的來源：請將此排名視為參考，而非結論。</translation>
    </message>
    <message>
        <source>the source&apos;s training images are not readable here: %1</source>
        <translation>在此處無法讀取來源的訓練影像：%1</translation>
    </message>
    <message>
        <source>a comparison needs at least one source or scratch</source>
        <translation>比較至少需要一個來源或一組從零開始的訓練</translation>
    </message>
    <message>
        <source>the comparison folder exists and is not empty</source>
        <translation>比較資料夾已存在且不是空的</translation>
    </message>
    <message>
        <source>not a source comparison (no compare.json)</source>
        <translation>不是來源比較（沒有 compare.json）</translation>
    </message>
    <message>
        <source>training the comparison&apos;s classifier</source>
        <translation>正在訓練比較用的分類器</translation>
    </message>
    <message>
        <source>ranking the sources before training</source>
        <translation>正在訓練前為來源排名</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>正在建立 %1</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>必須介於 %1 到 %2 之間，而不是 %3</translation>
    </message>
    <message>
        <source>must be above %1, not %2</source>
        <translation>必須大於 %1，而不是 %2</translation>
    </message>
    <message>
        <source>must be above %1 and below %2, not %3</source>
        <translation>必須大於 %1 且小於 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be above %1 and at most %2, not %3</source>
        <translation>必須大於 %1 且不超過 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be from %1 and below %2, not %3</source>
        <translation>必須不小於 %1 且小於 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>必須至少為 %1，而不是 %2</translation>
    </message>
    <message>
        <source>must be 0 (%1) or from %2 to %3, not %4</source>
        <translation>必須為 0（%1）或介於 %2 到 %3 之間，而不是 %4</translation>
    </message>
    <message>
        <source>expects a number, not &quot;%1&quot;</source>
        <translation>應為數字，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expects a whole number, not &quot;%1&quot;</source>
        <translation>應為整數，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expects true or false, not &quot;%1&quot;</source>
        <translation>應為 true 或 false，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs exactly %1 values, not %2</source>
        <translation>需要剛好 %1 個值，而不是 %2 個</translation>
    </message>
    <message>
        <source>has the wrong type in the JSON file (%1 expected)</source>
        <translation>在 JSON 檔案中的型別錯誤（應為 %1）</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; twice</source>
        <translation>重複列出了 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has no item &quot;%1&quot; (use %2)</source>
        <translation>沒有 &quot;%1&quot; 這一項（請使用 %2）</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>must be a power of two from 8 to 256 (32, 64 and 128 are the usual), not %1</source>
        <translation>必須是 8 到 256 之間的 2 的冪次（常用 32、64 和 128），而不是 %1</translation>
    </message>
    <message>
        <source>must be above 1 (or 0 to test only for non-finite values), not %1</source>
        <translation>必須大於 1（或為 0，表示只偵測非有限值），而不是 %1</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no class-conditional variant</source>
        <translation>模型 &quot;%1&quot; 沒有類別條件變體</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no Cond BN variant (%2 have)</source>
        <translation>模型 &quot;%1&quot; 沒有 Cond BN 變體（%2 有）</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no AC-GAN head (%2 have)</source>
        <translation>模型 &quot;%1&quot; 沒有 AC-GAN 類別頭（%2 有）</translation>
    </message>
    <message>
        <source>the AC-GAN classifier head needs a class-conditional run (conditional: true)</source>
        <translation>AC-GAN 分類頭需要類別條件訓練（conditional: true）</translation>
    </message>
    <message>
        <source>the projected discriminator needs a resolution of at least 16</source>
        <translation>投影判別器需要至少 16 的解析度</translation>
    </message>
    <message>
        <source>the projected discriminator has BatchNorm in its heads: use the hinge or non-saturating loss, not wgan-gp</source>
        <translation>投影判別器的頭部含有 BatchNorm：請使用 hinge 或非飽和損失，而不是 wgan-gp</translation>
    </message>
    <message>
        <source>the projected discriminator has no AC-GAN head</source>
        <translation>投影判別器沒有 AC-GAN 類別頭</translation>
    </message>
    <message>
        <source>the growth must start at a power of two from 4 to %1, not %2</source>
        <translation>成長必須從 4 到 %1 之間的某個 2 的冪次開始，而不是 %2</translation>
    </message>
    <message>
        <source>give one batch size per resolution from %1 to %2 px (%3), not %4</source>
        <translation>請為 %1 到 %2 px 的每個解析度各指定一個批次大小（%3），而不是 %4</translation>
    </message>
    <message>
        <source>growth batch sizes must be 2–4096</source>
        <translation>成長階段的批次大小必須為 2–4096</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (try %2)</source>
        <translation>未知的預設 &quot;%1&quot;（可試試 %2）</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>無法寫入：%1</translation>
    </message>
    <message>
        <source>is neither a folder nor a regular file (a pipe or a device?)</source>
        <translation>既不是資料夾也不是一般檔案（管道或裝置？）</translation>
    </message>
    <message>
        <source>the image limit keeps %1 of %2 images, too few to train on (give at least %3: the same share of every class is kept)</source>
        <translation>影像上限只保留了 %2 張中的 %1 張，不足以訓練（至少給 %3：每個類別保留相同比例）</translation>
    </message>
    <message>
        <source>no run folder given (the path is empty)</source>
        <translation>未指定執行資料夾（路徑為空）</translation>
    </message>
    <message>
        <source>the run was opened to read, not to train or write</source>
        <translation>此執行以唯讀方式開啟，不能訓練或寫入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a whole checkpoint file (%1)</source>
        <translation>不是完整的檢查點檔案（%1）</translation>
    </message>
    <message>
        <source>damaged: its part &quot;%1&quot; does not read back whole (%2)</source>
        <translation>已損壞：其部分「%1」無法完整讀回（%2）</translation>
    </message>
    <message>
        <source>damaged: its weights do not match the checksum written with them</source>
        <translation>已損壞：權重與寫入時的校驗和不符</translation>
    </message>
    <message>
        <source>none of its %1 checkpoints can be loaded, so it cannot continue (nothing was changed)</source>
        <translation>其 %1 個檢查點都無法載入，因此無法繼續（未做任何變更）</translation>
    </message>
    <message>
        <source>%1 needs at least %2 real and %2 generated images (it has %3 real and %4 generated)</source>
        <translation>%1 至少需要 %2 張真實影像和 %2 張生成影像（現有 %3 張真實、%4 張生成）</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (a run&apos;s config.json holds UTF-8; rename the file or folder)</source>
        <translation>不是有效的 UTF-8 文字（執行的 config.json 使用 UTF-8；請重新命名該檔案或資料夾）</translation>
    </message>
    <message>
        <source>names a file that does not exist: %1</source>
        <translation>指定的檔案不存在：%1</translation>
    </message>
    <message>
        <source>must be auto, cpu, cuda or cuda:N, not &quot;%1&quot;</source>
        <translation>必須是 auto、cpu、cuda 或 cuda:N，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>device %1 asked for, but this LibTorch has no CUDA (build against a CUDA LibTorch: see &quot;Training on a GPU&quot; in the README)</source>
        <translation>要求了裝置 %1，但此 LibTorch 不含 CUDA（請以含 CUDA 的 LibTorch 建置：見 README 的 &quot;Training on a GPU&quot;）</translation>
    </message>
    <message>
        <source>device %1 asked for, but CUDA sees %2 device(s)</source>
        <translation>要求了裝置 %1，但 CUDA 只偵測到 %2 個裝置</translation>
    </message>
    <message>
        <source>fp16 training needs a CUDA device (this run computes on %1); on CPUs use bf16</source>
        <translation>fp16 訓練需要 CUDA 裝置（此次執行在 %1 上計算）；在 CPU 上請使用 bf16</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not %3</source>
        <translation>%1=&quot;%2&quot; 不是%3</translation>
    </message>
    <message>
        <source>rank %1 is outside a world of %2 process(es) (check RANK and WORLD_SIZE)</source>
        <translation>rank %1 超出了 %2 個行程的範圍（請檢查 RANK 與 WORLD_SIZE）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for the other ranks: %3 (is another run using the port? set MASTER_PORT)</source>
        <translation>無法在 %1:%2 上為其他 rank 監聽：%3（是否有其他執行占用了該連接埠？請設定 MASTER_PORT）</translation>
    </message>
    <message>
        <source>cannot reach rank 0 at %1:%2 within %3 s: %4</source>
        <translation>%3 秒內無法連線至位於 %1:%2 的 rank 0：%4</translation>
    </message>
    <message>
        <source>only %1 of %2 processes joined within %3 s (is WORLD_SIZE right, and did every rank start?)</source>
        <translation>%3 秒內只有 %1/%2 個行程加入（WORLD_SIZE 是否正確？每個 rank 都啟動了嗎？）</translation>
    </message>
    <message>
        <source>rank %1 stopped answering at step %2 (it died, or hung past the %3 s timeout): %4</source>
        <translation>rank %1 在第 %2 步停止回應（行程已結束，或卡住超過 %3 秒逾時）：%4</translation>
    </message>
    <message>
        <source>rank 0 (at %1:%2) is gone: %3</source>
        <translation>rank 0（位於 %1:%2）已不存在：%3</translation>
    </message>
    <message>
        <source>rank %1 was started with other settings than rank 0: %2</source>
        <translation>rank %1 的啟動設定與 rank 0 不同：%2</translation>
    </message>
    <message>
        <source>rank %1 reads another dataset than rank 0: %2</source>
        <translation>rank %1 讀取的資料集與 rank 0 不同：%2</translation>
    </message>
    <message>
        <source>rank %1 could not start: %2</source>
        <translation>rank %1 無法啟動：%2</translation>
    </message>
    <message>
        <source>a batch of %1 cannot be shared by %2 processes (each needs at least one image)</source>
        <translation>%1 張影像的批次無法分給 %2 個行程（每個行程至少需要一張影像）</translation>
    </message>
    <message>
        <source>mode collapse at step %1: the samples&apos; diversity is %2 of the real images&apos; (below %3)</source>
        <translation>第 %1 步出現模式崩潰：樣本多樣性為真實影像的 %2（低於 %3）</translation>
    </message>
    <message>
        <source>%1 shows mode collapse: its samples&apos; diversity is %2 of the real images&apos; at step %3</source>
        <translation>%1 出現模式崩潰：第 %3 步時其樣本多樣性為真實影像的 %2</translation>
    </message>
    <message>
        <source>a process of this run failed during a step: this state may hold half of it, so it is neither trained on nor saved (resume from the newest checkpoint)</source>
        <translation>此次執行的某個行程在一步中途失敗：目前狀態可能只完成了半步，因此既不繼續訓練也不儲存（請從最新的檢查點繼續）</translation>
    </message>
    <message>
        <source>has no checkpoint at step %1 (its checkpoints: %2)</source>
        <translation>沒有第 %1 步的檢查點（現有檢查點：%2）</translation>
    </message>
    <message>
        <source>the traced generator does not reproduce the model (largest difference %1 at a batch of %2); nothing was written</source>
        <translation>追蹤得到的生成器無法重現模型（批次大小為 %2 時最大差異 %1）；未寫入任何內容</translation>
    </message>
    <message>
        <source>the traced generator fails at a batch of %1 (does the model name the batch size in a shape?): %2; nothing was written</source>
        <translation>追蹤得到的生成器在批次大小為 %1 時出錯（模型是否在形狀中寫死了批次大小？）：%2；未寫入任何內容</translation>
    </message>
    <message>
        <source>not a generator ganlab can sample: %1</source>
        <translation>不是 ganlab 可以取樣的生成器：%1</translation>
    </message>
    <message>
        <source>not a readable TorchScript file: %1</source>
        <translation>不是可讀取的 TorchScript 檔案：%1</translation>
    </message>
    <message>
        <source>%1 real (%3) vs %2 generated</source>
        <translation>%1 張真實影像（%3）對 %2 張生成影像</translation>
    </message>
    <message>
        <source>must be none, diffaugment:LIST or ada (ada:LIST picks its operations), not &quot;%1&quot;</source>
        <translation>必須是 none、diffaugment:清單 或 ada（ada:清單 選擇其操作），而不是「%1」</translation>
    </message>
    <message>
        <source>diffaugment needs its operations, e.g. diffaugment:color,translation,cutout</source>
        <translation>diffaugment 需要指定操作，例如 diffaugment:color,translation,cutout</translation>
    </message>
    <message>
        <source>has no sample grids between steps %1 and %2 (samples/ holds %3)</source>
        <translation>在第 %1 步與第 %2 步之間沒有樣本網格（samples/ 中有 %3 個）</translation>
    </message>
    <message>
        <source>unknown timelapse format &quot;%1&quot;: use .gif or .mp4</source>
        <translation>未知的縮時動畫格式「%1」：請使用 .gif 或 .mp4</translation>
    </message>
    <message>
        <source>OpenCV cannot write an MP4 video here (no %1 encoder)</source>
        <translation>OpenCV 無法在此寫入 MP4 影片（沒有 %1 編碼器）</translation>
    </message>
    <message>
        <source>GIF encoding failed: %1</source>
        <translation>GIF 編碼失敗：%1</translation>
    </message>
    <message>
        <source>%1 sample grid(s) could not be read and were left out (first: %2)</source>
        <translation>%1 個樣本網格無法讀取，已略過（第一個：%2）</translation>
    </message>
    <message>
        <source>unknown study &quot;%1&quot; (try %2)</source>
        <translation>未知的研究“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>the %1 study needs class labels, and this dataset has none</source>
        <translation>%1 研究需要類別標籤，而此數據集没有</translation>
    </message>
    <message>
        <source>the %1 study needs a trained run (--run RUN)</source>
        <translation>%1 研究需要一次已訓練的運行（--run RUN）</translation>
    </message>
    <message>
        <source>the transfer study needs a source: --source RUN, or --source-data DATA to train one first</source>
        <translation>迁移研究需要一個源：--source RUN，或用 --source-data DATA 先訓練一個</translation>
    </message>
    <message>
        <source>is not a study folder (it has no study.json)</source>
        <translation>不是研究文件夾（没有 study.json）</translation>
    </message>
    <message>
        <source>holds a %1 study, not a %2 study</source>
        <translation>包含的是 %1 研究，而不是 %2 研究</translation>
    </message>
    <message>
        <source>is not empty and holds no study: choose a new folder</source>
        <translation>不為空且不包含研究：请選擇一個新文件夾</translation>
    </message>
    <message>
        <source>unknown transfer setting &quot;%1&quot; (use dcgan or paper)</source>
        <translation>未知的迁移設置“%1”（请使用 dcgan 或 paper）</translation>
    </message>
    <message>
        <source>the budget must be above 0 minutes, not %1</source>
        <translation>預算必須大於 0 分鐘，而不是 %1</translation>
    </message>
    <message>
        <source>timing each arm to fit the budget…</source>
        <translation>正在為每個分支計時以適配預算…</translation>
    </message>
    <message>
        <source>training %1 (%2 steps)…</source>
        <translation>正在訓練 %1（%2 步）…</translation>
    </message>
    <message>
        <source>training the arms: %1 of %2 steps</source>
        <translation>正在訓練各分支：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>analysing: %1</source>
        <translation>正在分析：%1</translation>
    </message>
    <message>
        <source>study finished: %1</source>
        <translation>研究完成：%1</translation>
    </message>
    <message>
        <source>device %1 asked for: this LibTorch has CUDA (runtime %2), but it sees no CUDA device (no GPU, no driver or one older than CUDA %2, or CUDA_VISIBLE_DEVICES hides them)</source>
        <translation>要求了裝置 %1：此 LibTorch 含 CUDA（執行階段 %2），但看不到任何 CUDA 裝置（沒有 GPU、沒有驅動程式或驅動程式早於 CUDA %2，或 CUDA_VISIBLE_DEVICES 將其隱藏）</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>small DCGAN, non-saturating loss, 32 px: recognisable Fashion-MNIST in minutes on a CPU</source>
        <translation>小型 DCGAN，非飽和損失，32 px：在 CPU 上幾分鐘即可產生可辨識的 Fashion-MNIST</translation>
    </message>
    <message>
        <source>ResNet WGAN-GP of Transferring GANs (LayerNorm critic, 5 critic steps), 64 px, full width</source>
        <translation>Transferring GANs 的 ResNet WGAN-GP（LayerNorm 判別器，每步 5 次判別器更新），64 px，完整寬度</translation>
    </message>
    <message>
        <source>PG-GAN: grows 8→16→32 px with fade-ins (20k images each phase), WGAN-GP with drift, 1 D step, Adam reset per level</source>
        <translation>PG-GAN：以淡入方式依 8→16→32 px 成長（每階段 2 萬張影像），帶漂移項的 WGAN-GP，1 個 D 步，每個層級重設 Adam</translation>
    </message>
    <message>
        <source>BigGAN-style class-conditional GAN: CBN, self-attention, projection D, spectral norm, hinge, 2 D steps, orthogonal regularisation (needs class labels)</source>
        <translation>BigGAN 風格的類別條件 GAN：CBN、自注意力、projection 判別器、頻譜正規化、hinge、2 個 D 步、正交正則化（需要類別標籤）</translation>
    </message>
    <message>
        <source>AC-GAN: conditional DCGAN G, D with an auxiliary classifier head (needs class labels)</source>
        <translation>AC-GAN：條件 DCGAN G，帶輔助分類頭的 D（需要類別標籤）</translation>
    </message>
    <message>
        <source>Projected GAN: DCGAN G, frozen classifier features with random CCM/CSM projections, four SN discriminators, hinge, DiffAugment</source>
        <translation>Projected GAN：DCGAN G，凍結的分類器特徵加隨機 CCM/CSM 投影，四個 SN 判別器，hinge，DiffAugment</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on every Fashion-MNIST class (broad), 3000 steps</source>
        <translation>遷移來源：在 Fashion-MNIST 全部類別上訓練的 cpu-quick（範圍廣），3000 步</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on T-shirt/top, Pullover, Coat and Shirt (narrow), 3000 steps</source>
        <translation>遷移來源：在 T-shirt/top、Pullover、Coat 和 Shirt 上訓練的 cpu-quick（範圍窄），3000 步</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on Sandal, Sneaker and Ankle boot (narrow), 3000 steps</source>
        <translation>遷移來源：在 Sandal、Sneaker 和 Ankle boot 上訓練的 cpu-quick（範圍窄），3000 步</translation>
    </message>
    <message>
        <source>small transfer target: 1000 Fashion-MNIST dresses, cpu-quick model, 600 steps evaluated every 100 (start it from a source)</source>
        <translation>小型遷移目標：1000 張 Fashion-MNIST 洋裝影像，cpu-quick 模型，共 600 步，每 100 步評估一次（請從某個來源開始）</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>; 0: %1</source>
        <translation>；0：%1</translation>
    </message>
    <message>
        <source> (for %1)</source>
        <translation>（適用於 %1）</translation>
    </message>
    <message>
        <source>a fixed-seed, untrained CNN: always available, reproducible, comparable only with itself</source>
        <translation>固定種子、未經訓練的 CNN：隨時可用、可重現，但只能與自身比較</translation>
    </message>
    <message>
        <source>the run&apos;s own classifier (classifier.pt), trained on first use from its labelled dataset</source>
        <translation>本次訓練自己的分類器（classifier.pt），首次使用時以其有標籤的資料集訓練</translation>
    </message>
    <message>
        <source>a classifier file from ganlab-cli train-classifier</source>
        <translation>由 ganlab-cli train-classifier 產生的分類器檔案</translation>
    </message>
    <message>
        <source>a TorchScript Inception-v3 returning [N, 2048] pool3 features (see the README)</source>
        <translation>傳回 [N, 2048] pool3 特徵的 TorchScript Inception-v3（見 README）</translation>
    </message>
    <message>
        <source>a TorchScript network returning at least four feature maps</source>
        <translation>傳回至少四個特徵圖的 TorchScript 網路</translation>
    </message>
    <message>
        <source>what to load from the transfer source: g,d (default), g, d or none (sets transfer_g and transfer_d)</source>
        <translation>從遷移來源載入哪些部分：g,d（預設值）、g、d 或 none（設定 transfer_g 和 transfer_d）</translation>
    </message>
    <message>
        <source>pggan: real images per stabilise and per fade phase (sets both)</source>
        <translation>pggan：每個穩定階段和每個淡入階段的真實影像數（同時設定兩者）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>遷移</translation>
    </message>
    <message>
        <source>Seed papers</source>
        <translation>論文方法</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>最佳化</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>an image folder (class subfolders become labels), a .zip of one, an IDX file or folder, CIFAR .bin batches, or &quot;fashion-mnist&quot;</source>
        <translation>影像資料夾（子資料夾即類別標籤）、其 .zip 壓縮檔、IDX 檔案或資料夾、CIFAR .bin 批檔案，或 &quot;fashion-mnist&quot;</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>image size in pixels, a power of two (32, 64, 128 usual)</source>
        <translation>影像尺寸（像素），須為 2 的冪次（常用 32、64、128）</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道數</translation>
    </message>
    <message>
        <source>1 (gray) or 3 (colour): images are converted on import</source>
        <translation>1（灰階）或 3（彩色）：匯入時轉換影像</translation>
    </message>
    <message>
        <source>from the dataset</source>
        <translation>取自資料集</translation>
    </message>
    <message>
        <source>centre crop</source>
        <translation>置中裁切</translation>
    </message>
    <message>
        <source>crop non-square images to their centre square</source>
        <translation>將非正方形影像裁切為中央的正方形</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>補邊</translation>
    </message>
    <message>
        <source>pad non-square images with the background colour</source>
        <translation>以背景色將非正方形影像補邊為正方形</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>調整方式</translation>
    </message>
    <message>
        <source>how non-square images become square</source>
        <translation>非正方形影像如何變成正方形</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>the colour transparent images are composited on</source>
        <translation>透明影像合成時使用的底色</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>預留比例</translation>
    </message>
    <message>
        <source>share of the images held out for evaluation (IW, classifier)</source>
        <translation>預留給評估使用的影像比例（IW、分類器）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>train on these classes only, by name or index, e.g. &quot;Sandal,Sneaker&quot; (relabelled in the order given)</source>
        <translation>只在這些類別上訓練，依名稱或索引指定，例如 &quot;Sandal,Sneaker&quot;（依指定順序重新編號）</translation>
    </message>
    <message>
        <source>Max images</source>
        <translation>最多影像數</translation>
    </message>
    <message>
        <source>at most this many training images, the same share of every class</source>
        <translation>最多使用這麼多張訓練影像，每個類別取相同比例</translation>
    </message>
    <message>
        <source>from scratch</source>
        <translation>從零開始</translation>
    </message>
    <message>
        <source>Transfer from</source>
        <translation>遷移自</translation>
    </message>
    <message>
        <source>start from a source run folder or checkpoint (Transferring GANs): weights are copied by name, adapted where sound (unconditional → conditional, gray ↔ colour, pggan growing a level), refused otherwise</source>
        <translation>從來源訓練資料夾或檢查點開始（Transferring GANs）：依名稱複製權重，在合理時加以調整（無條件 → 條件、灰階 ↔ 彩色、pggan 增加一個層級），否則拒絕</translation>
    </message>
    <message>
        <source>Load G</source>
        <translation>載入 G</translation>
    </message>
    <message>
        <source>start G from the source&apos;s (EMA) generator</source>
        <translation>以來源的（EMA）生成器初始化 G</translation>
    </message>
    <message>
        <source>a transfer source</source>
        <translation>遷移來源</translation>
    </message>
    <message>
        <source>Load D</source>
        <translation>載入 D</translation>
    </message>
    <message>
        <source>start D from the source&apos;s discriminator</source>
        <translation>以來源的判別器初始化 D</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>無擴增</translation>
    </message>
    <message>
        <source>AC-GAN class head on D</source>
        <translation>判別器上的 AC-GAN 類別頭</translation>
    </message>
    <message>
        <source>AC-GAN: D predicts the class instead of being shown it (dcgan, resnet; implies class-conditional)</source>
        <translation>AC-GAN：D 預測類別，而不是被告知類別（dcgan、resnet；隱含類別條件）</translation>
    </message>
    <message>
        <source>dcgan and resnet</source>
        <translation>dcgan 和 resnet</translation>
    </message>
    <message>
        <source>AC-GAN weight</source>
        <translation>AC-GAN 權重</translation>
    </message>
    <message>
        <source>weight of the class loss in D and G</source>
        <translation>D 和 G 中類別損失的權重</translation>
    </message>
    <message>
        <source>the AC-GAN head</source>
        <translation>AC-GAN 類別頭</translation>
    </message>
    <message>
        <source>Class loss on fakes in D</source>
        <translation>D 對生成影像的類別損失</translation>
    </message>
    <message>
        <source>D&apos;s class loss on generated images too (off: real images only, as Transferring GANs)</source>
        <translation>D 的類別損失也計入生成影像（關閉：只計入真實影像，同 Transferring GANs）</translation>
    </message>
    <message>
        <source>Orthogonal reg. β</source>
        <translation>正交正則 β</translation>
    </message>
    <message>
        <source>BigGAN&apos;s orthogonal regularisation of G (1e-4 in the paper; default with biggan)</source>
        <translation>BigGAN 對 G 的正交正則化（論文中為 1e-4；biggan 的預設值）</translation>
    </message>
    <message>
        <source>Drift ε</source>
        <translation>漂移 ε</translation>
    </message>
    <message>
        <source>PG-GAN&apos;s drift ε·E[D(x)²] (0.001 in the paper; default with pggan)</source>
        <translation>PG-GAN 的漂移項 ε·E[D(x)²]（論文中為 0.001；pggan 的預設值）</translation>
    </message>
    <message>
        <source>wgan-gp</source>
        <translation>wgan-gp</translation>
    </message>
    <message>
        <source>Grow from</source>
        <translation>成長起點</translation>
    </message>
    <message>
        <source>the resolution growth starts at</source>
        <translation>解析度成長的起點</translation>
    </message>
    <message>
        <source>progressive models (pggan)</source>
        <translation>漸進式模型（pggan）</translation>
    </message>
    <message>
        <source>Stabilise phase</source>
        <translation>穩定階段</translation>
    </message>
    <message>
        <source>images</source>
        <translation>張影像</translation>
    </message>
    <message>
        <source>real images shown per stabilisation at a resolution</source>
        <translation>每個解析度的穩定階段展示的真實影像數</translation>
    </message>
    <message>
        <source>Fade phase</source>
        <translation>淡入階段</translation>
    </message>
    <message>
        <source>real images shown while a new resolution fades in</source>
        <translation>新解析度淡入期間展示的真實影像數</translation>
    </message>
    <message>
        <source>the run&apos;s batch size</source>
        <translation>本次訓練的批次大小</translation>
    </message>
    <message>
        <source>Batch per level</source>
        <translation>各層級批次大小</translation>
    </message>
    <message>
        <source>batch size per resolution from the start, e.g. 64,48,32</source>
        <translation>從起始解析度開始每個解析度的批次大小，例如 64,48,32</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>starting settings; the other options change them</source>
        <translation>初始設定；其他選項會修改它們</translation>
    </message>
    <message>
        <source>model family (brings its own loss and regularisers)</source>
        <translation>模型家族（自帶損失和正則項）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>objective (default: the model&apos;s own)</source>
        <translation>目標函數（預設值：模型自帶）</translation>
    </message>
    <message>
        <source>Class-conditional</source>
        <translation>類別條件</translation>
    </message>
    <message>
        <source>G and D see the class (needs labelled data)</source>
        <translation>G 和 D 都能看到類別（需要有標籤的資料）</translation>
    </message>
    <message>
        <source>models with a class-conditional variant</source>
        <translation>有類別條件變體的模型</translation>
    </message>
    <message>
        <source>Cond Concat (one-hot planes)</source>
        <translation>Cond Concat（獨熱平面）</translation>
    </message>
    <message>
        <source>one-hot columns in G&apos;s input and planes on D&apos;s input</source>
        <translation>在 G 的輸入中加入獨熱欄，在 D 的輸入上加入獨熱平面</translation>
    </message>
    <message>
        <source>Cond BN (per-class γ, β)</source>
        <translation>Cond BN（每類 γ、β）</translation>
    </message>
    <message>
        <source>a batch-norm scale and offset per class in G</source>
        <translation>G 中每個類別各有一組批次正規化縮放與偏移</translation>
    </message>
    <message>
        <source>Conditioning</source>
        <translation>條件方式</translation>
    </message>
    <message>
        <source>how dcgan and resnet see the class (Transferring GANs §4)</source>
        <translation>dcgan 和 resnet 取得類別資訊的方式（Transferring GANs §4）</translation>
    </message>
    <message>
        <source>class-conditional runs</source>
        <translation>類別條件訓練</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>隱變數維度</translation>
    </message>
    <message>
        <source>size of z</source>
        <translation>z 的維度</translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation>寬度 ×</translation>
    </message>
    <message>
        <source>channel multiplier of the family&apos;s reference widths</source>
        <translation>模型家族參考寬度的通道倍數</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>模型自帶</translation>
    </message>
    <message>
        <source>the model family&apos;s discriminator</source>
        <translation>模型家族自帶的判別器</translation>
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
        <source>Discriminator</source>
        <translation>判別器</translation>
    </message>
    <message>
        <source>the family&apos;s own, or Projected GAN&apos;s with any generator</source>
        <translation>模型家族自帶的判別器，或可搭配任意生成器的 Projected GAN 判別器</translation>
    </message>
    <message>
        <source>Projected features</source>
        <translation>投影特徵</translation>
    </message>
    <message>
        <source>the frozen network: classifier (the run&apos;s own, trained first), classifier:FILE, torchscript:FILE or random</source>
        <translation>凍結的網路：classifier（本次訓練自己的，先行訓練）、classifier:FILE、torchscript:FILE 或 random</translation>
    </message>
    <message>
        <source>the projected discriminator</source>
        <translation>投影判別器</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>images per D and per G step</source>
        <translation>每個 D 步和每個 G 步的影像數</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每步 G 的 D 步數</translation>
    </message>
    <message>
        <source>discriminator updates per generator update</source>
        <translation>生成器每更新一次，判別器的更新次數</translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation>學習率 G</translation>
    </message>
    <message>
        <source>G&apos;s Adam learning rate</source>
        <translation>G 的 Adam 學習率</translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation>學習率 D</translation>
    </message>
    <message>
        <source>D&apos;s Adam learning rate</source>
        <translation>D 的 Adam 學習率</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam&apos;s first-moment decay</source>
        <translation>Adam 的一階動差衰減率</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Adam&apos;s second-moment decay</source>
        <translation>Adam 的二階動差衰減率</translation>
    </message>
    <message>
        <source>Gradient penalty λ</source>
        <translation>梯度懲罰 λ</translation>
    </message>
    <message>
        <source>weight of WGAN-GP&apos;s gradient penalty</source>
        <translation>WGAN-GP 梯度懲罰的權重</translation>
    </message>
    <message>
        <source>EMA β (G)</source>
        <translation>EMA β (G)</translation>
    </message>
    <message>
        <source>decay of the generator&apos;s moving average</source>
        <translation>生成器移動平均的衰減率</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>generator steps</source>
        <translation>生成器步數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>random seed of weights, data order and samples</source>
        <translation>用於權重、資料順序和樣本的隨機種子</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>樣本間隔</translation>
    </message>
    <message>
        <source>steps between the fixed-latent sample grids</source>
        <translation>兩次產生固定隱變數樣本網格之間的步數</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>檢查點間隔</translation>
    </message>
    <message>
        <source>steps between checkpoints</source>
        <translation>兩次檢查點之間的步數</translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation>僅在結束時</translation>
    </message>
    <message>
        <source>Checkpoints kept</source>
        <translation>保留檢查點數</translation>
    </message>
    <message>
        <source>the newest checkpoints kept</source>
        <translation>保留的最新檢查點數量</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>日誌間隔</translation>
    </message>
    <message>
        <source>steps between rows of metrics.jsonl</source>
        <translation>metrics.jsonl 中兩筆記錄之間的步數</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>評估間隔</translation>
    </message>
    <message>
        <source>steps between evaluations, and one at the end</source>
        <translation>兩次評估之間的步數，結束時另評估一次</translation>
    </message>
    <message>
        <source>… or every</source>
        <translation>… 或每隔</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>minutes of training between evaluations</source>
        <translation>兩次評估之間的訓練分鐘數</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>comma-separated metric names, e.g. fd,kid</source>
        <translation>以逗號分隔的指標名稱，例如 fd,kid</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特徵網路</translation>
    </message>
    <message>
        <source>random, classifier (the run&apos;s own), classifier:FILE or inception:FILE; every number is named with it</source>
        <translation>random、classifier（本次訓練自己的）、classifier:FILE 或 inception:FILE；每個數值都會註明所用的特徵網路</translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation>評估樣本數</translation>
    </message>
    <message>
        <source>generated samples (and real images) per metric</source>
        <translation>每個指標使用的生成樣本數（及真實影像數）</translation>
    </message>
    <message>
        <source>IW critic steps</source>
        <translation>IW 判別器步數</translation>
    </message>
    <message>
        <source>the independent critic&apos;s fixed budget</source>
        <translation>獨立判別器的固定訓練步數</translation>
    </message>
    <message>
        <source>Evaluation seed</source>
        <translation>評估隨機種子</translation>
    </message>
    <message>
        <source>sampling seed of evaluations</source>
        <translation>評估時取樣用的隨機種子</translation>
    </message>
    <message>
        <source>from the run&apos;s seed and step</source>
        <translation>由訓練的隨機種子和步數決定</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>評估預算</translation>
    </message>
    <message>
        <source>the share of training time scheduled evaluations may take (over it they are skipped, the last one never)</source>
        <translation>定期評估可佔用的訓練時間比例（超出時略過評估，但最後一次絕不略過）</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>健康檢查間隔</translation>
    </message>
    <message>
        <source>steps between singular values of G&apos;s and D&apos;s first and last layers</source>
        <translation>兩次計算 G 和 D 第一層與最後一層奇異值之間的步數</translation>
    </message>
    <message>
        <source>Collapse factor</source>
        <translation>崩潰倍數</translation>
    </message>
    <message>
        <source>trip the guard when σ0 of G&apos;s first layer jumps this many times above its running level</source>
        <translation>當 G 第一層的 σ0 躍升到其滑動水準的這麼多倍時觸發保護</translation>
    </message>
    <message>
        <source>NaN/Inf only</source>
        <translation>僅 NaN/Inf</translation>
    </message>
    <message>
        <source>Mode collapse below</source>
        <translation>模式崩潰閾值</translation>
    </message>
    <message>
        <source>flag mode collapse when the samples&apos; diversity (mean pairwise distance of a fixed batch&apos;s features) falls below this share of the real images&apos; (a warning: training goes on)</source>
        <translation>當樣本的多樣性（一批固定樣本特徵的平均兩兩距離）低於真實影像多樣性的這一比例時標記模式崩潰（僅為警告：訓練繼續）</translation>
    </message>
    <message>
        <source>never flagged</source>
        <translation>從不標記</translation>
    </message>
    <message>
        <source>Clip gradients at</source>
        <translation>梯度裁剪上限</translation>
    </message>
    <message>
        <source>the largest L2 norm of D&apos;s and of G&apos;s gradients before each Adam step (the plots show the norm before clipping)</source>
        <translation>每次 Adam 更新前 D 與 G 梯度的最大 L2 範數（曲線顯示裁剪前的範數）</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>不裁剪</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>運算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>auto (the first CUDA GPU, else the CPU), cpu, cuda or cuda:N; a run may resume on another device</source>
        <translation>auto（有 CUDA GPU 時用第一個，否則用 CPU）、cpu、cuda 或 cuda:N；執行可在另一裝置上繼續</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>32-bit floats throughout</source>
        <translation>全程使用 32 位元浮點數</translation>
    </message>
    <message>
        <source>bf16 (mixed)</source>
        <translation>bf16（混合精度）</translation>
    </message>
    <message>
        <source>forward passes in bfloat16 (CPUs with AVX-512 BF16 or AMX, recent GPUs); weights, optimiser, losses and metrics in fp32</source>
        <translation>前向運算使用 bfloat16（支援 AVX-512 BF16 或 AMX 的 CPU、較新的 GPU）；權重、最佳化器、損失與指標維持 fp32</translation>
    </message>
    <message>
        <source>fp16 (mixed, CUDA)</source>
        <translation>fp16（混合精度，CUDA）</translation>
    </message>
    <message>
        <source>forward passes in float16 with dynamic loss scaling; CUDA only</source>
        <translation>前向運算使用 float16 並動態縮放損失；僅限 CUDA</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>the arithmetic of the training step&apos;s forward passes</source>
        <translation>訓練步驟前向運算所用的數值精度</translation>
    </message>
    <message>
        <source>Minibatch-stddev group</source>
        <translation>小批次標準差分組</translation>
    </message>
    <message>
        <source>images per group of D&apos;s minibatch-stddev feature (4 in PG-GAN; 1: each image alone, no batch statistic)</source>
        <translation>D 的小批次標準差特徵每組的影像數（PG-GAN 中為 4；1：每張影像單獨成組，不使用批次統計量）</translation>
    </message>
    <message>
        <source>Sync BatchNorm</source>
        <translation>同步 BatchNorm</translation>
    </message>
    <message>
        <source>in several processes, BatchNorm statistics over the whole batch rather than each process&apos;s share</source>
        <translation>多行程訓練時，BatchNorm 統計量以整個批次計算，而非每個行程各自的部分</translation>
    </message>
    <message>
        <source>--augment ada</source>
        <translation>--augment ada</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>資料增強</translation>
    </message>
    <message>
        <source>what D sees of every image, real and fake, in both phases and the gradient penalty: none; diffaugment:color,translation,cutout (or a subset); ada: StyleGAN2-ADA&apos;s pipeline, p tuned from D&apos;s overfitting (ada:LIST picks blit, geom, color or single operations)</source>
        <translation>D 看到的每張影像（真實與生成，兩個階段及梯度懲罰中）：none；diffaugment:color,translation,cutout（或其子集）；ada：StyleGAN2-ADA 的增強流程，p 依 D 的過擬合程度調整（ada:清單 選擇 blit、geom、color 或單一操作）</translation>
    </message>
    <message>
        <source>ADA target r_t</source>
        <translation>ADA 目標 r_t</translation>
    </message>
    <message>
        <source>the overfitting reading E[sign(D(real))] that p is tuned toward (0.6 in StyleGAN2-ADA)</source>
        <translation>p 所趨向的過擬合讀數 E[sign(D(real))]（StyleGAN2-ADA 中為 0.6）</translation>
    </message>
    <message>
        <source>ADA fixed p</source>
        <translation>ADA 固定 p</translation>
    </message>
    <message>
        <source>augment with this fixed probability instead of tuning it</source>
        <translation>以此固定機率增強，而不自動調整</translation>
    </message>
    <message>
        <source>adaptive (tuned toward the target)</source>
        <translation>自適應（向目標調整）</translation>
    </message>
    <message>
        <source>ADA adjustment speed</source>
        <translation>ADA 調整速度</translation>
    </message>
    <message>
        <source>real images over which p may move from 0 to 1 (500k in StyleGAN2-ADA; less suits short runs)</source>
        <translation>p 從 0 變到 1 所需的真實影像數（StyleGAN2-ADA 中為 50 萬；較短的訓練宜用更少）</translation>
    </message>
    <message>
        <source>ADA interval</source>
        <translation>ADA 間隔</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>G steps between measurements of r_t (and adjustments of p)</source>
        <translation>兩次測量 r_t（及調整 p）之間的 G 步數</translation>
    </message>
    <message>
        <source>the run&apos;s training images</source>
        <translation>本次執行的訓練影像</translation>
    </message>
    <message>
        <source>Evaluation reals</source>
        <translation>評估用真實影像</translation>
    </message>
    <message>
        <source>the real images evaluations compare with: a dataset, used whole (the run&apos;s classes, at its size), e.g. the full set behind a run limited by max_images</source>
        <translation>評估所比較的真實影像：整個資料集（本次執行的類別與尺寸），例如受 max_images 限制的執行背後的完整資料集</translation>
    </message>
    <message>
        <source>Evaluation truncation</source>
        <translation>評估截斷</translation>
    </message>
    <message>
        <source>evaluate samples whose latent entries beyond ±T are redrawn (BigGAN&apos;s truncation trick); results are named with it, e.g. FD[random]@t0.5</source>
        <translation>評估隱變量分量超出 ±T 時被重新抽取的樣本（BigGAN 的截斷技巧）；結果以此命名，例如 FD[random]@t0.5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>per class: sample accuracy, and MS-SSIM of samples beside the real class&apos;s — the share of classes at least as diverse as the real ones</source>
        <translation>逐類別：樣本準確率，以及樣本與真實類別的 MS-SSIM 對比——樣本多樣性不低於真實圖像的類別所占比例</translation>
    </message>
    <message>
        <source>the same PG-GAN with and without progressive growing, for the same images shown: FD against images shown and wall time, and the samples</source>
        <translation>同一 PG-GAN 在有無渐進式生長下、展示相同圖像數：FD 隨展示圖像數與實際耗時的變化，以及樣本</translation>
    </message>
    <message>
        <source>the same generator with its own discriminator and with the projected one: FD against images shown and wall time, and the images each needs to reach a common FD</source>
        <translation>同一生成器分別配合其自身判別器與投影判別器：FD 隨展示圖像數與實際耗時的變化，以及各自達到共同 FD 所需的圖像數</translation>
    </message>
    <message>
        <source>a target trained from scratch and from a source&apos;s G and D, G only and D only, in the paper&apos;s setting or with the DCGAN presets: which half carries more</source>
        <translation>目標分別從零開始、從源的 G 和 D、僅 G、僅 D 訓練（論文設置或 DCGAN 預設）：哪一半更有用</translation>
    </message>
    <message>
        <source>a trained run&apos;s samples with truncated latents: FD, precision and recall (and class accuracy) from threshold 2 to 0.04, the trade-off curve and the same z at every threshold</source>
        <translation>已訓練運行在截斷隱變量下的樣本：閾值從 2 到 0.04 的 FD、精確率與召回率（及類別準確率）、權衡曲線，以及每個閾值下相同的 z</translation>
    </message>
</context>
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
        <source>Browse…</source>
        <translation>瀏覽…</translation>
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
    <message>
        <source>Written: %1</source>
        <translation>已寫入：%1</translation>
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
    <message>
        <source>%1 processes: %2 ms/step each</source>
        <translation>%1 個行程：每步分別 %2 毫秒</translation>
    </message>
    <message>
        <source>Generator written: %1 (torch.jit.load)</source>
        <translation>生成器已寫入：%1（torch.jit.load）</translation>
    </message>
    <message>
        <source>Export &amp;generator…</source>
        <translation>匯出生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Write the EMA generator as a TorchScript file that PyTorch loads without ganlab (torch.jit.load)</source>
        <translation>將 EMA 生成器寫為 TorchScript 檔案，PyTorch 不需 ganlab 即可載入（torch.jit.load）</translation>
    </message>
    <message>
        <source>Export generator</source>
        <translation>匯出生成器</translation>
    </message>
    <message>
        <source>TorchScript module (*.pt)</source>
        <translation>TorchScript 模組 (*.pt)</translation>
    </message>
    <message>
        <source>Open &amp;generator…</source>
        <translation>開啟生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Explore a generator exported as TorchScript, without its run folder</source>
        <translation>瀏覽匯出為 TorchScript 的生成器，不需其執行資料夾</translation>
    </message>
    <message>
        <source>Open a TorchScript generator</source>
        <translation>開啟 TorchScript 生成器</translation>
    </message>
    <message>
        <source>TorchScript module (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript 模組 (*.pt *.pth);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Stop the run before opening a generator: %1</source>
        <translation>請先停止訓練再開啟生成器：%1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>類別 %1</translation>
    </message>
    <message>
        <source>a generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Generator %1: %2, %3 px, %4 channel(s), latent %5%6</source>
        <translation>生成器 %1：%2，%3 像素，%4 個通道，隱變數 %5%6</translation>
    </message>
    <message>
        <source>, trained %1 steps</source>
        <translation>，已訓練 %1 步</translation>
    </message>
    <message>
        <source>Export &amp;timelapse…</source>
        <translation>匯出縮時動畫(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the grids the run saved (samples/) as an animated GIF or an MP4 video, each frame labelled with its step and FD</source>
        <translation>將執行儲存的網格（samples/）寫為 GIF 動畫或 MP4 影片，每格標註其步數和 FD</translation>
    </message>
    <message>
        <source>Open or train a run first: a timelapse shows the grids it saved.</source>
        <translation>請先開啟或訓練一次執行：縮時動畫顯示其儲存的網格。</translation>
    </message>
    <message>
        <source>Export timelapse</source>
        <translation>匯出縮時動畫</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 動畫 (*.gif);;MP4 影片 (*.mp4)</translation>
    </message>
    <message>
        <source>A timelapse is being written already: %1</source>
        <translation>已在寫入一個縮時動畫：%1</translation>
    </message>
    <message>
        <source>Writing the timelapse %1…</source>
        <translation>正在寫入縮時動畫 %1…</translation>
    </message>
    <message>
        <source>Timelapse written: %1 · %2 frame(s), steps %3 to %4, %5 left out</source>
        <translation>縮時動畫已寫入：%1 · %2 格，第 %3 至 %4 步，略過 %5 個</translation>
    </message>
    <message>
        <source>ADA p %1</source>
        <translation>ADA p %1</translation>
    </message>
    <message>
        <source>St&amp;udies…</source>
        <translation>研究(&amp;U)…</translation>
    </message>
    <message>
        <source>Rerun a seed paper&apos;s headline experiment on this dataset (truncation, growing, projected, AC-GAN, transfer) and write its report</source>
        <translation>在此數據集上重做一篇種子論文的核心實驗（截斷、生長、投影、AC-GAN、迁移）並寫出報告</translation>
    </message>
    <message>
        <source>Open stud&amp;y folder…</source>
        <translation>打開研究文件夾(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>打開研究文件夾</translation>
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
    <message>
        <source>Train in this many processes, data-parallel (each takes its share of the batch and of the cores); from the next run opened</source>
        <translation>以這麼多個行程進行資料平行訓練（每個行程分擔一部分批次與 CPU 核心）；自下一次開啟的執行起生效</translation>
    </message>
    <message>
        <source>Training processes</source>
        <translation>訓練行程數</translation>
    </message>
</context>
<context>
    <name>ganlab::app::StudyDialog</name>
    <message>
        <source>Run a study</source>
        <translation>運行研究</translation>
    </message>
    <message>
        <source>all (or a comma-separated subset)</source>
        <translation>全部（或以逗号分隔的子集）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Wall time the arms&apos; training shares: their steps are fitted to it by timing a few steps of each</source>
        <translation>各分支訓練共享的實際時間：通過對每個分支計時几步來確定其步數</translation>
    </message>
    <message>
        <source>a trained run folder</source>
        <translation>已訓練的運行文件夾</translation>
    </message>
    <message>
        <source>without sources: train one on this dataset first</source>
        <translation>無源時：先在此數據集上訓練一個</translation>
    </message>
    <message>
        <source>DCGAN (quick on a CPU)</source>
        <translation>DCGAN（在 CPU 上較快）</translation>
    </message>
    <message>
        <source>The paper&apos;s (ResNet WGAN-GP, at a CPU width)</source>
        <translation>論文設置（ResNet WGAN-GP，CPU 寬度）</translation>
    </message>
    <message>
        <source>a classifier the study trains when labelled, else random</source>
        <translation>有標籤時使用研究訓練的分類器，否則使用隨機網絡</translation>
    </message>
    <message>
        <source>The network behind FD, KID, precision and recall</source>
        <translation>FD、KID、精確率與召回率所用的網絡</translation>
    </message>
    <message>
        <source>the study&apos;s choice</source>
        <translation>由研究決定</translation>
    </message>
    <message>
        <source>KEY=VALUE …, e.g. width=0.25</source>
        <translation>鍵=值 …，例如 width=0.25</translation>
    </message>
    <message>
        <source>Train settings every arm gets, separated by spaces</source>
        <translation>每個分支都使用的訓練設置，以空格分隔</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>A dataset folder</source>
        <translation>數據集文件夾</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>At most images</source>
        <translation>最多圖像數</translation>
    </message>
    <message>
        <source>A trained run folder</source>
        <translation>已訓練的運行文件夾</translation>
    </message>
    <message>
        <source>Trained run</source>
        <translation>已訓練的運行</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>源</translation>
    </message>
    <message>
        <source>The source&apos;s dataset</source>
        <translation>源的數據集</translation>
    </message>
    <message>
        <source>Source dataset</source>
        <translation>源數據集</translation>
    </message>
    <message>
        <source>Source classes</source>
        <translation>源類別</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設置</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Samples per evaluation</source>
        <translation>每次評估的樣本數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Train settings</source>
        <translation>訓練設置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Where the study goes</source>
        <translation>研究存放的位置</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Pretrained runs or checkpoints; without any, the study trains a source on the source dataset first</source>
        <translation>預訓練的運行或檢查點；若没有，研究會先在源數據集上訓練一個源</translation>
    </message>
    <message>
        <source>Trained run (optional)</source>
        <translation>已訓練的運行（可選）</translation>
    </message>
    <message>
        <source>the trained run the study analyses</source>
        <translation>研究所分析的已訓練運行</translation>
    </message>
    <message>
        <source>a trained conditional run instead of training one</source>
        <translation>使用已訓練的條件運行，而不是新訓練一個</translation>
    </message>
    <message>
        <source>Train settings take KEY=VALUE (a train setting), not &quot;%1&quot;</source>
        <translation>訓練設置應為 鍵=值（一個訓練設置），而不是“%1”</translation>
    </message>
    <message>
        <source>Choose the folder the study goes in</source>
        <translation>選擇研究存放的文件夾</translation>
    </message>
</context>
<context>
    <name>ganlab::app::StudyWindow</name>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Train the arms (continuing where they stopped), analyse the result and write the report</source>
        <translation>訓練各分支（從停止處繼續），分析結果並寫出報告</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save every arm where it is (Start continues later)</source>
        <translation>在當前位置保存每個分支（稍後“開始”會繼續）</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打開報告</translation>
    </message>
    <message>
        <source>Open report.md (written when the study has finished)</source>
        <translation>打開 report.md（研究完成時寫出）</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>顯示文件夾</translation>
    </message>
    <message>
        <source>The study&apos;s folder: its runs, figure, table and report</source>
        <translation>研究文件夾：其運行、圖、表和報告</translation>
    </message>
    <message>
        <source>Planning the study and timing its arms…</source>
        <translation>正在規劃研究並為各分支計時…</translation>
    </message>
    <message>
        <source>The figure is drawn after the arms&apos; first evaluation</source>
        <translation>圖在各分支首次評估後繪製</translation>
    </message>
    <message>
        <source>The samples appear once there are some</source>
        <translation>有樣本後即顯示</translation>
    </message>
    <message>
        <source>The command that reproduces this study</source>
        <translation>重現此研究的命令</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>圖</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>結果說明</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Finished: the report is written</source>
        <translation>已完成：報告已寫出</translation>
    </message>
    <message>
        <source>Stopped: every arm is saved (Start continues)</source>
        <translation>已停止：每個分支都已保存（“開始”可繼續）</translation>
    </message>
    <message>
        <source>Study: %1 — %2</source>
        <translation>研究：%1 — %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>Running the study…</source>
        <translation>正在運行研究…</translation>
    </message>
    <message>
        <source>Stopping: saving every arm…</source>
        <translation>正在停止：保存每個分支…</translation>
    </message>
    <message>
        <source>Mode collapse flagged: %1</source>
        <translation>檢測到模式崩潰：%1</translation>
    </message>
    <message>
        <source>The findings are written when the study has been analysed.</source>
        <translation>研究分析完成後寫出結論。</translation>
    </message>
    <message>
        <source>How far to trust it</source>
        <translation>可信程度</translation>
    </message>
    <message>
        <source>Feature network behind FD, KID, precision and recall: %1</source>
        <translation>FD、KID、精確率與召回率所用的特征網絡：%1</translation>
    </message>
    <message>
        <source>Flagged for mode collapse</source>
        <translation>標记為模式崩潰</translation>
    </message>
    <message>
        <source>Training the arms</source>
        <translation>正在訓練各分支</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在寫出報告</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>規劃中</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No study: see the message above</source>
        <translation>没有研究：请參見上方消息</translation>
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
    <message>
        <source>The samples&apos; diversity: mean pairwise feature distance of a fixed batch of samples over the same of fixed real images (1: as varied as the reals; near 0: G draws the same image whatever z is — mode collapse). Dashed: the threshold.</source>
        <translation>樣本多樣性：一批固定樣本的平均兩兩特徵距離，除以固定真實影像的同一距離（1：與真實影像一樣多樣；接近 0：無論 z 為何 G 都畫出同一張影像——模式崩潰）。虛線：閾值。</translation>
    </message>
    <message>
        <source>Mode collapse: samples&apos; diversity %1 of the reals&apos; (below %2) since step %3</source>
        <translation>模式崩潰：樣本多樣性為真實影像的 %1（低於 %2），自第 %3 步起</translation>
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
    <message>
        <source>Overfitting &amp; ADA</source>
        <translation>過擬合與 ADA</translation>
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
    <message>
        <source>%1 cannot be read</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>Saved grid of step %1 (%2) · the run&apos;s fixed latents</source>
        <translation>第 %1 步儲存的網格（%2）· 本次執行的固定隱變數</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SampleHistoryBar</name>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>The grids the run saved from its fixed latents (samples/), oldest on the left; at the right end the view follows training</source>
        <translation>執行從固定隱變數儲存的網格（samples/），最舊的在左側；在最右端時檢視跟隨訓練</translation>
    </message>
    <message>
        <source>Back to the newest samples, following training</source>
        <translation>回到最新樣本，跟隨訓練</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message numerus="yes">
        <source>Latest · %n saved grid(s)</source>
        <translation>
            <numerusform>最新 · 已儲存 %n 個網格</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 · grid %2 of %3</source>
        <translation>第 %1 步 · 第 %2 個網格，共 %3 個</translation>
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
    <message>
        <source>mode collapse (diversity %1)</source>
        <translation>模式崩潰（多樣性 %1）</translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SourceListEditor</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
    <message>
        <source>View raised in the picture: plots, metrics, evaluation, health, growth or log.</source>
        <translation>截圖中顯示的檢視：plots、metrics、evaluation、health、growth 或 log。</translation>
    </message>
    <message>
        <source>Growing models: take the picture while a fade is on.</source>
        <translation>漸進式模型：在淡入進行時截圖。</translation>
    </message>
    <message>
        <source>Open a comparison folder (with --screenshot: the picture is of its window).</source>
        <translation>開啟比較資料夾（搭配 --screenshot：擷取其視窗）。</translation>
    </message>
</context>
</TS>
