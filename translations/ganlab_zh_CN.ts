<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>评估已取消</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (registered: %3)</source>
        <translation>未知的 %1 &quot;%2&quot;（已注册：%3）</translation>
    </message>
    <message>
        <source>invalid configuration</source>
        <translation>配置无效</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>无法列出文件夹内容：%1</translation>
    </message>
    <message>
        <source>write failed (disk full?)</source>
        <translation>写入失败（磁盘已满？）</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>未写入：%1</translation>
    </message>
    <message>
        <source>cannot open for fsync</source>
        <translation>无法打开以执行 fsync</translation>
    </message>
    <message>
        <source>fsync failed (disk full or I/O error?)</source>
        <translation>fsync 失败（磁盘已满或 I/O 错误？）</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 编码失败</translation>
    </message>
    <message>
        <source>nothing to write (empty image)</source>
        <translation>没有可写入的内容（空图像）</translation>
    </message>
    <message>
        <source>cannot read as an image</source>
        <translation>无法作为图像读取</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>is a single image; give the folder that holds it</source>
        <translation>是单张图像；请指定包含它的文件夹</translation>
    </message>
    <message>
        <source>unknown dataset format (expected %1)</source>
        <translation>未知的数据集格式（应为 %1）</translation>
    </message>
    <message>
        <source>no usable image found</source>
        <translation>未找到可用的图像</translation>
    </message>
    <message>
        <source>no usable image found (%1 skipped, first: %2)</source>
        <translation>未找到可用的图像（跳过了 %1 个，第一个：%2）</translation>
    </message>
    <message>
        <source>some images have no class label</source>
        <translation>部分图像没有类别标签</translation>
    </message>
    <message>
        <source>no CIFAR batches (data_batch_*.bin or train.bin) here</source>
        <translation>此处没有 CIFAR 批文件（data_batch_*.bin 或 train.bin）</translation>
    </message>
    <message>
        <source>size %1 is not a whole number of %2-byte %3 records</source>
        <translation>大小 %1 不是 %2 字节 %3 记录的整数倍</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1</source>
        <translation>gzip 数据流已损坏：%1</translation>
    </message>
    <message>
        <source>not an IDX file (bad magic number)</source>
        <translation>不是 IDX 文件（魔数错误）</translation>
    </message>
    <message>
        <source>IDX element type must be unsigned byte (0x08)</source>
        <translation>IDX 元素类型必须是无符号字节（0x08）</translation>
    </message>
    <message>
        <source>IDX header is truncated or has a bad rank</source>
        <translation>IDX 文件头被截断或维数错误</translation>
    </message>
    <message>
        <source>IDX dimensions are implausibly large</source>
        <translation>IDX 维度大得不合理</translation>
    </message>
    <message>
        <source>IDX data is truncated: header promises %1 bytes, file holds %2</source>
        <translation>IDX 数据被截断：文件头声明 %1 字节，文件只有 %2</translation>
    </message>
    <message>
        <source>no *-images-idx3-ubyte file in this folder</source>
        <translation>此文件夹中没有 *-images-idx3-ubyte 文件</translation>
    </message>
    <message>
        <source>IDX images need rank 3 (N,H,W) or 4 (N,H,W,C)</source>
        <translation>IDX 图像的维数必须为 3 (N,H,W) 或 4 (N,H,W,C)</translation>
    </message>
    <message>
        <source>IDX image shape is not usable</source>
        <translation>IDX 图像形状不可用</translation>
    </message>
    <message>
        <source>labels do not match the images (%1 labels for %2 images)</source>
        <translation>标签与图像不匹配（%1 个标签，%2 张图像）</translation>
    </message>
    <message>
        <source>not a readable zip archive: %1</source>
        <translation>不是可读取的 zip 压缩文件：%1</translation>
    </message>
    <message>
        <source>a class selection needs labelled images (class subfolders, IDX labels or CIFAR)</source>
        <translation>选择类别需要带标签的图像（类别子文件夹、IDX 标签或 CIFAR）</translation>
    </message>
    <message>
        <source>no class &quot;%1&quot; in this dataset (it has %2)</source>
        <translation>此数据集中没有类别 &quot;%1&quot;（现有：%2）</translation>
    </message>
    <message>
        <source>a class-conditional run needs labelled images (class subfolders, IDX labels or CIFAR)</source>
        <translation>类别条件训练需要带标签的图像（类别子文件夹、IDX 标签或 CIFAR）</translation>
    </message>
    <message>
        <source>the dataset no longer matches this run (channels, resolution or classes changed)</source>
        <translation>数据集与本次训练不再匹配（通道数、分辨率或类别已改变）</translation>
    </message>
    <message>
        <source>invalid dataset description: %1</source>
        <translation>数据集描述无效：%1</translation>
    </message>
    <message>
        <source>not a ganlab run folder (no config.json)</source>
        <translation>不是 ganlab 训练文件夹（没有 config.json）</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <source>already holds a run (use `resume` to continue it)</source>
        <translation>已包含一次训练（请用 `resume` 继续）</translation>
    </message>
    <message>
        <source>folder is not empty</source>
        <translation>文件夹不为空</translation>
    </message>
    <message>
        <source>cannot create run folder: %1</source>
        <translation>无法创建训练文件夹：%1</translation>
    </message>
    <message>
        <source>the run is already at step %1; cannot end it at %2</source>
        <translation>训练已到第 %1 步；无法在第 %2 步结束</translation>
    </message>
    <message>
        <source>the run collapsed at step %1 (%2); roll back or continue anyway first</source>
        <translation>训练在第 %1 步崩溃（%2）；请先回滚或选择仍然继续</translation>
    </message>
    <message>
        <source>not writing a checkpoint of a collapsed run (step %1: %2)</source>
        <translation>不为已崩溃的训练写入检查点（第 %1 步：%2）</translation>
    </message>
    <message>
        <source>has no checkpoint to sample from yet</source>
        <translation>还没有可用于采样的检查点</translation>
    </message>
    <message>
        <source>training images do not match the model&apos;s shape</source>
        <translation>训练图像与模型的形状不匹配</translation>
    </message>
    <message>
        <source>a class-conditional model needs labelled images</source>
        <translation>类别条件模型需要带标签的图像</translation>
    </message>
    <message>
        <source>the dataset&apos;s size changed since this checkpoint was written</source>
        <translation>自写入此检查点以来，数据集的大小已改变</translation>
    </message>
    <message>
        <source>no training data attached</source>
        <translation>未附加训练数据</translation>
    </message>
    <message>
        <source>the AC-GAN term needs a discriminator with a class head</source>
        <translation>AC-GAN 项需要带类别头的判别器</translation>
    </message>
    <message>
        <source>non-finite loss (loss_d %1, loss_g %2)</source>
        <translation>损失不是有限值（loss_d %1，loss_g %2）</translation>
    </message>
    <message>
        <source>non-finite weights in %1 (%2)</source>
        <translation>%1 的权重含有非有限值（%2）</translation>
    </message>
    <message>
        <source>σ0 of G&apos;s first layer (%1) jumped to %2× its running level (collapse factor %3)</source>
        <translation>G 第一层（%1）的 σ0 跃升到其滑动水平的 %2×（崩溃倍数 %3）</translation>
    </message>
    <message>
        <source>%1 collapsed at step %2: %3</source>
        <translation>%1 在第 %2 步崩溃：%3</translation>
    </message>
    <message>
        <source>tensor shapes differ (%1 tensors; different family, width, resolution, channels or classes?): %2</source>
        <translation>张量形状不同（%1 个张量；模型族、宽度、分辨率、通道数或类别不同？）：%2</translation>
    </message>
    <message>
        <source>refusing to write a checkpoint: the model has non-finite weights (training diverged)</source>
        <translation>拒绝写入检查点：模型的权重含有非有限值（训练已发散）</translation>
    </message>
    <message>
        <source>verification of the written checkpoint failed</source>
        <translation>已写入的检查点校验失败</translation>
    </message>
    <message>
        <source>checkpoint format %1 is not supported (this build reads 1 to %2)</source>
        <translation>不支持检查点格式 %1（此版本可读取 1 到 %2）</translation>
    </message>
    <message>
        <source>not a readable ganlab checkpoint of this model: %1</source>
        <translation>不是此模型可读取的 ganlab 检查点：%1</translation>
    </message>
    <message>
        <source>a grid must have 1–4096 cells</source>
        <translation>网格必须有 1–4096 个单元格</translation>
    </message>
    <message>
        <source>class %1 is out of range 0–%2</source>
        <translation>类别 %1 超出范围 0–%2</translation>
    </message>
    <message>
        <source>interpolation cells must lie inside the grid</source>
        <translation>插值的单元格必须位于网格内</translation>
    </message>
    <message>
        <source>an interpolation needs 2–64 frames</source>
        <translation>插值需要 2–64 帧</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>必须是 %1 之一，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a file: %1:FILE</source>
        <translation>&quot;%1&quot; 需要一个文件：%1:FILE</translation>
    </message>
    <message>
        <source>%1 features cannot serve here (use %2)</source>
        <translation>%1 特征不能用于此处（请使用 %2）</translation>
    </message>
    <message>
        <source>not a loadable TorchScript file: %1</source>
        <translation>不是可加载的 TorchScript 文件：%1</translation>
    </message>
    <message>
        <source>the module does not map [N,3,299,299] to features: %1</source>
        <translation>该模块不能将 [N,3,299,299] 映射为特征：%1</translation>
    </message>
    <message>
        <source>the module must return [N, D] features, not %1-d output</source>
        <translation>该模块必须返回 [N, D] 特征，而不是 %1 维输出</translation>
    </message>
    <message>
        <source>no such Inception file</source>
        <translation>Inception 文件不存在</translation>
    </message>
    <message>
        <source>no such classifier file</source>
        <translation>分类器文件不存在</translation>
    </message>
    <message>
        <source>not a ganlab classifier (or a newer version)</source>
        <translation>不是 ganlab 分类器（或版本较新）</translation>
    </message>
    <message>
        <source>unreadable classifier file: %1</source>
        <translation>无法读取分类器文件：%1</translation>
    </message>
    <message>
        <source>a classifier needs a labelled dataset with at least two classes</source>
        <translation>分类器需要至少有两个类别的带标签数据集</translation>
    </message>
    <message>
        <source>classifier training cancelled</source>
        <translation>分类器训练已取消</translation>
    </message>
    <message>
        <source>the classifier feature network needs a labelled dataset (or use classifier:FILE from ganlab-cli train-classifier)</source>
        <translation>classifier 特征网络需要带标签的数据集（或使用由 ganlab-cli train-classifier 生成的 classifier:FILE）</translation>
    </message>
    <message>
        <source>class accuracy needs a classifier</source>
        <translation>类别准确率需要分类器</translation>
    </message>
    <message>
        <source>the classifier knows %1 classes but the run has %2</source>
        <translation>分类器识别 %1 个类别，但本次训练有 %2 个</translation>
    </message>
    <message>
        <source>IW needs a held-out split (validation fraction &gt; 0)</source>
        <translation>IW 需要留出部分数据（验证比例 &gt; 0）</translation>
    </message>
    <message>
        <source>100 subsets of %1</source>
        <translation>100 个子集，每个 %1 张</translation>
    </message>
    <message>
        <source>%1 critic steps (batch 64, DCGAN critic ×0.5, WGAN-GP λ 10); scored on %2 held-out reals vs fresh samples</source>
        <translation>%1 步判别器训练（批大小 64，DCGAN 判别器 ×0.5，WGAN-GP λ 10）；在 %2 张留出的真实图像与新生成的样本上评分</translation>
    </message>
    <message>
        <source>%1 random pairs; %2; higher = less diverse</source>
        <translation>%1 个随机样本对；%2；越高 = 多样性越低</translation>
    </message>
    <message>
        <source>mean over %1 classes of %2 same-class pairs; %3</source>
        <translation>%1 个类别的平均值，每类 %2 个同类样本对；%3</translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation>k = %1</translation>
    </message>
    <message>
        <source>the classifier scores %1 on held-out real images</source>
        <translation>分类器在留出的真实图像上得分 %1</translation>
    </message>
    <message>
        <source>skipped: needs a class-conditional run</source>
        <translation>已跳过：需要类别条件训练</translation>
    </message>
    <message>
        <source>the projected discriminator needs a feature network of at least 16 px</source>
        <translation>投影判别器要求特征网络的输入至少为 16 px</translation>
    </message>
    <message>
        <source>the feature network failed on a probe: %1</source>
        <translation>特征网络在试探输入上出错：%1</translation>
    </message>
    <message>
        <source>every output of the feature network must be a [N, C, H, W] map</source>
        <translation>特征网络的每个输出都必须是 [N, C, H, W] 特征图</translation>
    </message>
    <message>
        <source>the feature network must return a list or tuple of at least 4 feature maps (it returned %1)</source>
        <translation>特征网络必须返回至少包含 4 个特征图的列表或元组（它返回了 %1）</translation>
    </message>
    <message>
        <source>this older checkpoint does not say its image channels or classes, and has no run folder (dataset.json) around it</source>
        <translation>这个旧版检查点没有记录图像通道数或类别，旁边也没有训练文件夹（dataset.json）</translation>
    </message>
    <message>
        <source>not a readable ganlab checkpoint: %1</source>
        <translation>不是可读取的 ganlab 检查点：%1</translation>
    </message>
    <message>
        <source>cannot start this run from it: it is a %1 model and this run is %2; weights map only within one model family</source>
        <translation>无法从它开始本次训练：它是 %1 模型，而本次训练是 %2；权重只能在同一模型族内对应</translation>
    </message>
    <message>
        <source>cannot start this run from it: its width is %1 and this run&apos;s is %2, so every layer&apos;s channel count differs</source>
        <translation>无法从它开始本次训练：它的宽度是 %1，本次训练是 %2，因此每一层的通道数都不同</translation>
    </message>
    <message>
        <source>cannot start this run from it: its latent size is %1 and this run&apos;s %2, so G&apos;s first layer cannot be copied</source>
        <translation>无法从它开始本次训练：它的隐变量维度是 %1，本次训练是 %2，因此无法复制 G 的第一层</translation>
    </message>
    <message>
        <source>cannot start this run from it: its discriminator is %1 and this run&apos;s is %2</source>
        <translation>无法从它开始本次训练：它的判别器是 %1，本次训练是 %2</translation>
    </message>
    <message>
        <source>cannot start this run from it: it was trained at %1 px and this run is %2 px; %3&apos;s layers depend on the resolution (number of stages and their widths), so only a progressive family (pggan) can grow from a smaller source</source>
        <translation>无法从它开始本次训练：它以 %1 px 训练，而本次训练是 %2 px；%3 的各层取决于分辨率（阶段数及其宽度），因此只有渐进式模型族（pggan）才能从较小的源生长</translation>
    </message>
    <message>
        <source>cannot start this run from it: it was trained at %1 px, above this run&apos;s %2 px; a progressive model grows levels but does not drop them</source>
        <translation>无法从它开始本次训练：它以 %1 px 训练，高于本次训练的 %2 px；渐进式模型只会增加层级，不会去掉层级</translation>
    </message>
    <message>
        <source>cannot start this run from it: its G has Cond BN for %1 classes and this run&apos;s G for %2</source>
        <translation>无法从它开始本次训练：它的 G 的 Cond BN 对应 %1 个类别，而本次训练的 G 对应 %2 个</translation>
    </message>
    <message>
        <source>cannot start this run from it: %1 tensors fit no transfer rule (source: %2; this run: %3): %4</source>
        <translation>无法从它开始本次训练：%1 个张量不符合任何迁移规则（源：%2；本次训练：%3）：%4</translation>
    </message>
    <message>
        <source>no transfer source given</source>
        <translation>未指定迁移源</translation>
    </message>
    <message>
        <source>not a ganlab run folder (no config.json) nor a checkpoint file</source>
        <translation>既不是 ganlab 训练文件夹（没有 config.json），也不是检查点文件</translation>
    </message>
    <message>
        <source>this run has no checkpoint yet to transfer from</source>
        <translation>此训练还没有可供迁移的检查点</translation>
    </message>
    <message>
        <source>no such run folder or checkpoint file</source>
        <translation>训练文件夹或检查点文件不存在</translation>
    </message>
    <message>
        <source>its generator does not match its own config at %1</source>
        <translation>它的生成器在 %1 处与其自身的配置不匹配</translation>
    </message>
    <message>
        <source>source ranking needs a feature network file: classifier:FILE (from ganlab-cli train-classifier), inception:FILE, or random</source>
        <translation>源排名需要特征网络文件：classifier:FILE（由 ganlab-cli train-classifier 生成）、inception:FILE 或 random</translation>
    </message>
    <message>
        <source>source ranking cancelled</source>
        <translation>源排名已取消</translation>
    </message>
    <message>
        <source>Wang et al. (Transferring GANs, 2018) found the distance between a source and the target an imperfect predictor of the best source: treat this ranking as a hint, not a result.</source>
        <translation>Wang 等人（Transferring GANs，2018）发现，源与目标之间的距离并不能准确预测最佳的源：请将此排名视为参考，而非结论。</translation>
    </message>
    <message>
        <source>the source&apos;s training images are not readable here: %1</source>
        <translation>在此处无法读取源的训练图像：%1</translation>
    </message>
    <message>
        <source>a comparison needs at least one source or scratch</source>
        <translation>比较至少需要一个源或一组从零开始的训练</translation>
    </message>
    <message>
        <source>the comparison folder exists and is not empty</source>
        <translation>比较文件夹已存在且不为空</translation>
    </message>
    <message>
        <source>not a source comparison (no compare.json)</source>
        <translation>不是源比较（没有 compare.json）</translation>
    </message>
    <message>
        <source>training the comparison&apos;s classifier</source>
        <translation>正在训练比较用的分类器</translation>
    </message>
    <message>
        <source>ranking the sources before training</source>
        <translation>正在训练前为源排名</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <source>must be from %1 to %2, not %3</source>
        <translation>必须在 %1 到 %2 之间，而不是 %3</translation>
    </message>
    <message>
        <source>must be above %1, not %2</source>
        <translation>必须大于 %1，而不是 %2</translation>
    </message>
    <message>
        <source>must be above %1 and below %2, not %3</source>
        <translation>必须大于 %1 且小于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be above %1 and at most %2, not %3</source>
        <translation>必须大于 %1 且不超过 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be from %1 and below %2, not %3</source>
        <translation>必须不小于 %1 且小于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>must be at least %1, not %2</source>
        <translation>必须至少为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>must be 0 (%1) or from %2 to %3, not %4</source>
        <translation>必须为 0（%1）或在 %2 到 %3 之间，而不是 %4</translation>
    </message>
    <message>
        <source>expects a number, not &quot;%1&quot;</source>
        <translation>应为数字，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expects a whole number, not &quot;%1&quot;</source>
        <translation>应为整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expects true or false, not &quot;%1&quot;</source>
        <translation>应为 true 或 false，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs exactly %1 values, not %2</source>
        <translation>需要正好 %1 个值，而不是 %2 个</translation>
    </message>
    <message>
        <source>has the wrong type in the JSON file (%1 expected)</source>
        <translation>在 JSON 文件中的类型错误（应为 %1）</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; twice</source>
        <translation>重复列出了 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has no item &quot;%1&quot; (use %2)</source>
        <translation>没有 &quot;%1&quot; 这一项（请使用 %2）</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>must be a power of two from 8 to 256 (32, 64 and 128 are the usual), not %1</source>
        <translation>必须是 8 到 256 之间的 2 的幂（常用 32、64 和 128），而不是 %1</translation>
    </message>
    <message>
        <source>must be above 1 (or 0 to test only for non-finite values), not %1</source>
        <translation>必须大于 1（或为 0，表示只检测非有限值），而不是 %1</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no class-conditional variant</source>
        <translation>模型 &quot;%1&quot; 没有类别条件变体</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no Cond BN variant (%2 have)</source>
        <translation>模型 &quot;%1&quot; 没有 Cond BN 变体（%2 有）</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; has no AC-GAN head (%2 have)</source>
        <translation>模型 &quot;%1&quot; 没有 AC-GAN 类别头（%2 有）</translation>
    </message>
    <message>
        <source>the AC-GAN classifier head needs a class-conditional run (conditional: true)</source>
        <translation>AC-GAN 分类头需要类别条件训练（conditional: true）</translation>
    </message>
    <message>
        <source>the projected discriminator needs a resolution of at least 16</source>
        <translation>投影判别器需要至少 16 的分辨率</translation>
    </message>
    <message>
        <source>the projected discriminator has BatchNorm in its heads: use the hinge or non-saturating loss, not wgan-gp</source>
        <translation>投影判别器的头部含有 BatchNorm：请使用 hinge 或非饱和损失，而不是 wgan-gp</translation>
    </message>
    <message>
        <source>the projected discriminator has no AC-GAN head</source>
        <translation>投影判别器没有 AC-GAN 类别头</translation>
    </message>
    <message>
        <source>the growth must start at a power of two from 4 to %1, not %2</source>
        <translation>生长必须从 4 到 %1 之间的某个 2 的幂开始，而不是 %2</translation>
    </message>
    <message>
        <source>give one batch size per resolution from %1 to %2 px (%3), not %4</source>
        <translation>请为 %1 到 %2 px 的每个分辨率各给出一个批大小（%3），而不是 %4</translation>
    </message>
    <message>
        <source>growth batch sizes must be 2–4096</source>
        <translation>生长阶段的批大小必须为 2–4096</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (try %2)</source>
        <translation>未知的预设 &quot;%1&quot;（可尝试 %2）</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>is neither a folder nor a regular file (a pipe or a device?)</source>
        <translation>既不是文件夹也不是普通文件（管道或设备？）</translation>
    </message>
    <message>
        <source>the image limit keeps %1 of %2 images, too few to train on (give at least %3: the same share of every class is kept)</source>
        <translation>图像上限只保留了 %2 张中的 %1 张，不足以训练（至少给 %3：每个类别保留相同比例）</translation>
    </message>
    <message>
        <source>no run folder given (the path is empty)</source>
        <translation>未指定运行文件夹（路径为空）</translation>
    </message>
    <message>
        <source>the run was opened to read, not to train or write</source>
        <translation>该运行以只读方式打开，不能训练或写入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not a whole checkpoint file (%1)</source>
        <translation>不是完整的检查点文件（%1）</translation>
    </message>
    <message>
        <source>damaged: its part &quot;%1&quot; does not read back whole (%2)</source>
        <translation>已损坏：其部分“%1”无法完整读回（%2）</translation>
    </message>
    <message>
        <source>damaged: its weights do not match the checksum written with them</source>
        <translation>已损坏：权重与写入时的校验和不符</translation>
    </message>
    <message>
        <source>none of its %1 checkpoints can be loaded, so it cannot continue (nothing was changed)</source>
        <translation>其 %1 个检查点都无法加载，因此无法继续（未做任何更改）</translation>
    </message>
    <message>
        <source>%1 needs at least %2 real and %2 generated images (it has %3 real and %4 generated)</source>
        <translation>%1 至少需要 %2 张真实图像和 %2 张生成图像（现有 %3 张真实、%4 张生成）</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text (a run&apos;s config.json holds UTF-8; rename the file or folder)</source>
        <translation>不是有效的 UTF-8 文本（运行的 config.json 使用 UTF-8；请重命名该文件或文件夹）</translation>
    </message>
    <message>
        <source>names a file that does not exist: %1</source>
        <translation>指定的文件不存在：%1</translation>
    </message>
    <message>
        <source>must be auto, cpu, cuda or cuda:N, not &quot;%1&quot;</source>
        <translation>必须是 auto、cpu、cuda 或 cuda:N，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>device %1 asked for, but this LibTorch has no CUDA (build against a CUDA LibTorch: see &quot;Training on a GPU&quot; in the README)</source>
        <translation>请求了设备 %1，但此 LibTorch 不含 CUDA（请基于带 CUDA 的 LibTorch 构建：见 README 中的 &quot;Training on a GPU&quot;）</translation>
    </message>
    <message>
        <source>device %1 asked for, but CUDA sees %2 device(s)</source>
        <translation>请求了设备 %1，但 CUDA 只检测到 %2 个设备</translation>
    </message>
    <message>
        <source>fp16 training needs a CUDA device (this run computes on %1); on CPUs use bf16</source>
        <translation>fp16 训练需要 CUDA 设备（本次训练在 %1 上计算）；在 CPU 上请使用 bf16</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not %3</source>
        <translation>%1=&quot;%2&quot; 不是%3</translation>
    </message>
    <message>
        <source>rank %1 is outside a world of %2 process(es) (check RANK and WORLD_SIZE)</source>
        <translation>rank %1 超出了 %2 个进程的范围（请检查 RANK 和 WORLD_SIZE）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for the other ranks: %3 (is another run using the port? set MASTER_PORT)</source>
        <translation>无法在 %1:%2 上为其他 rank 监听：%3（是否有其他训练占用了该端口？请设置 MASTER_PORT）</translation>
    </message>
    <message>
        <source>cannot reach rank 0 at %1:%2 within %3 s: %4</source>
        <translation>%3 秒内无法连接位于 %1:%2 的 rank 0：%4</translation>
    </message>
    <message>
        <source>only %1 of %2 processes joined within %3 s (is WORLD_SIZE right, and did every rank start?)</source>
        <translation>%3 秒内只有 %1/%2 个进程加入（WORLD_SIZE 是否正确？每个 rank 都启动了吗？）</translation>
    </message>
    <message>
        <source>rank %1 stopped answering at step %2 (it died, or hung past the %3 s timeout): %4</source>
        <translation>rank %1 在第 %2 步停止响应（进程已退出，或卡住超过 %3 秒超时）：%4</translation>
    </message>
    <message>
        <source>rank 0 (at %1:%2) is gone: %3</source>
        <translation>rank 0（位于 %1:%2）已不存在：%3</translation>
    </message>
    <message>
        <source>rank %1 was started with other settings than rank 0: %2</source>
        <translation>rank %1 的启动设置与 rank 0 不同：%2</translation>
    </message>
    <message>
        <source>rank %1 reads another dataset than rank 0: %2</source>
        <translation>rank %1 读取的数据集与 rank 0 不同：%2</translation>
    </message>
    <message>
        <source>rank %1 could not start: %2</source>
        <translation>rank %1 无法启动：%2</translation>
    </message>
    <message>
        <source>a batch of %1 cannot be shared by %2 processes (each needs at least one image)</source>
        <translation>%1 张图像的批次无法分给 %2 个进程（每个进程至少需要一张图像）</translation>
    </message>
    <message>
        <source>mode collapse at step %1: the samples&apos; diversity is %2 of the real images&apos; (below %3)</source>
        <translation>第 %1 步出现模式崩溃：样本多样性为真实图像的 %2（低于 %3）</translation>
    </message>
    <message>
        <source>%1 shows mode collapse: its samples&apos; diversity is %2 of the real images&apos; at step %3</source>
        <translation>%1 出现模式崩溃：第 %3 步时其样本多样性为真实图像的 %2</translation>
    </message>
    <message>
        <source>a process of this run failed during a step: this state may hold half of it, so it is neither trained on nor saved (resume from the newest checkpoint)</source>
        <translation>本次训练的某个进程在一步中途失败：当前状态可能只完成了半步，因此既不继续训练也不保存（请从最新的检查点继续）</translation>
    </message>
    <message>
        <source>has no checkpoint at step %1 (its checkpoints: %2)</source>
        <translation>没有第 %1 步的检查点（现有检查点：%2）</translation>
    </message>
    <message>
        <source>the traced generator does not reproduce the model (largest difference %1 at a batch of %2); nothing was written</source>
        <translation>追踪得到的生成器不能复现模型（批大小为 %2 时最大差异 %1）；未写入任何内容</translation>
    </message>
    <message>
        <source>the traced generator fails at a batch of %1 (does the model name the batch size in a shape?): %2; nothing was written</source>
        <translation>追踪得到的生成器在批大小为 %1 时出错（模型是否在形状中写死了批大小？）：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>not a generator ganlab can sample: %1</source>
        <translation>不是 ganlab 可以采样的生成器：%1</translation>
    </message>
    <message>
        <source>not a readable TorchScript file: %1</source>
        <translation>不是可读取的 TorchScript 文件：%1</translation>
    </message>
    <message>
        <source>%1 real (%3) vs %2 generated</source>
        <translation>%1 张真实图像（%3）对 %2 张生成图像</translation>
    </message>
    <message>
        <source>must be none, diffaugment:LIST or ada (ada:LIST picks its operations), not &quot;%1&quot;</source>
        <translation>必须是 none、diffaugment:列表 或 ada（ada:列表 选择其操作），而不是“%1”</translation>
    </message>
    <message>
        <source>diffaugment needs its operations, e.g. diffaugment:color,translation,cutout</source>
        <translation>diffaugment 需要指定操作，例如 diffaugment:color,translation,cutout</translation>
    </message>
    <message>
        <source>has no sample grids between steps %1 and %2 (samples/ holds %3)</source>
        <translation>在第 %1 步与第 %2 步之间没有样本网格（samples/ 中有 %3 个）</translation>
    </message>
    <message>
        <source>unknown timelapse format &quot;%1&quot;: use .gif or .mp4</source>
        <translation>未知的延时动画格式“%1”：请使用 .gif 或 .mp4</translation>
    </message>
    <message>
        <source>OpenCV cannot write an MP4 video here (no %1 encoder)</source>
        <translation>OpenCV 无法在此写入 MP4 视频（没有 %1 编码器）</translation>
    </message>
    <message>
        <source>GIF encoding failed: %1</source>
        <translation>GIF 编码失败：%1</translation>
    </message>
    <message>
        <source>%1 sample grid(s) could not be read and were left out (first: %2)</source>
        <translation>%1 个样本网格无法读取，已略去（第一个：%2）</translation>
    </message>
    <message>
        <source>unknown study &quot;%1&quot; (try %2)</source>
        <translation>未知的研究“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>the %1 study needs class labels, and this dataset has none</source>
        <translation>%1 研究需要类别标签，而此数据集没有</translation>
    </message>
    <message>
        <source>the %1 study needs a trained run (--run RUN)</source>
        <translation>%1 研究需要一次已训练的运行（--run RUN）</translation>
    </message>
    <message>
        <source>the transfer study needs a source: --source RUN, or --source-data DATA to train one first</source>
        <translation>迁移研究需要一个源：--source RUN，或用 --source-data DATA 先训练一个</translation>
    </message>
    <message>
        <source>is not a study folder (it has no study.json)</source>
        <translation>不是研究文件夹（没有 study.json）</translation>
    </message>
    <message>
        <source>holds a %1 study, not a %2 study</source>
        <translation>包含的是 %1 研究，而不是 %2 研究</translation>
    </message>
    <message>
        <source>is not empty and holds no study: choose a new folder</source>
        <translation>不为空且不包含研究：请选择一个新文件夹</translation>
    </message>
    <message>
        <source>unknown transfer setting &quot;%1&quot; (use dcgan or paper)</source>
        <translation>未知的迁移设置“%1”（请使用 dcgan 或 paper）</translation>
    </message>
    <message>
        <source>the budget must be above 0 minutes, not %1</source>
        <translation>预算必须大于 0 分钟，而不是 %1</translation>
    </message>
    <message>
        <source>timing each arm to fit the budget…</source>
        <translation>正在为每个分支计时以适配预算…</translation>
    </message>
    <message>
        <source>training %1 (%2 steps)…</source>
        <translation>正在训练 %1（%2 步）…</translation>
    </message>
    <message>
        <source>training the arms: %1 of %2 steps</source>
        <translation>正在训练各分支：第 %1 步，共 %2 步</translation>
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
        <translation>请求了设备 %1：此 LibTorch 含 CUDA（运行时 %2），但看不到任何 CUDA 设备（没有 GPU、没有驱动或驱动早于 CUDA %2，或 CUDA_VISIBLE_DEVICES 将其隐藏）</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>small DCGAN, non-saturating loss, 32 px: recognisable Fashion-MNIST in minutes on a CPU</source>
        <translation>小型 DCGAN，非饱和损失，32 px：在 CPU 上几分钟即可生成可辨认的 Fashion-MNIST</translation>
    </message>
    <message>
        <source>ResNet WGAN-GP of Transferring GANs (LayerNorm critic, 5 critic steps), 64 px, full width</source>
        <translation>Transferring GANs 的 ResNet WGAN-GP（LayerNorm 判别器，每步 5 次判别器更新），64 px，全宽度</translation>
    </message>
    <message>
        <source>PG-GAN: grows 8→16→32 px with fade-ins (20k images each phase), WGAN-GP with drift, 1 D step, Adam reset per level</source>
        <translation>PG-GAN：以淡入方式按 8→16→32 px 生长（每阶段 2 万张图像），带漂移项的 WGAN-GP，1 个 D 步，每个层级重置 Adam</translation>
    </message>
    <message>
        <source>BigGAN-style class-conditional GAN: CBN, self-attention, projection D, spectral norm, hinge, 2 D steps, orthogonal regularisation (needs class labels)</source>
        <translation>BigGAN 风格的类别条件 GAN：CBN、自注意力、projection 判别器、谱归一化、hinge、2 个 D 步、正交正则化（需要类别标签）</translation>
    </message>
    <message>
        <source>AC-GAN: conditional DCGAN G, D with an auxiliary classifier head (needs class labels)</source>
        <translation>AC-GAN：条件 DCGAN G，带辅助分类头的 D（需要类别标签）</translation>
    </message>
    <message>
        <source>Projected GAN: DCGAN G, frozen classifier features with random CCM/CSM projections, four SN discriminators, hinge, DiffAugment</source>
        <translation>Projected GAN：DCGAN G，冻结的分类器特征加随机 CCM/CSM 投影，四个 SN 判别器，hinge，DiffAugment</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on every Fashion-MNIST class (broad), 3000 steps</source>
        <translation>迁移源：在 Fashion-MNIST 全部类别上训练的 cpu-quick（范围广），3000 步</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on T-shirt/top, Pullover, Coat and Shirt (narrow), 3000 steps</source>
        <translation>迁移源：在 T-shirt/top、Pullover、Coat 和 Shirt 上训练的 cpu-quick（范围窄），3000 步</translation>
    </message>
    <message>
        <source>transfer source: cpu-quick on Sandal, Sneaker and Ankle boot (narrow), 3000 steps</source>
        <translation>迁移源：在 Sandal、Sneaker 和 Ankle boot 上训练的 cpu-quick（范围窄），3000 步</translation>
    </message>
    <message>
        <source>small transfer target: 1000 Fashion-MNIST dresses, cpu-quick model, 600 steps evaluated every 100 (start it from a source)</source>
        <translation>小型迁移目标：1000 张 Fashion-MNIST 连衣裙图像，cpu-quick 模型，共 600 步，每 100 步评估一次（请从某个源开始）</translation>
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
        <translation>（适用于 %1）</translation>
    </message>
    <message>
        <source>a fixed-seed, untrained CNN: always available, reproducible, comparable only with itself</source>
        <translation>固定种子、未经训练的 CNN：始终可用、可复现，但只能与自身比较</translation>
    </message>
    <message>
        <source>the run&apos;s own classifier (classifier.pt), trained on first use from its labelled dataset</source>
        <translation>本次训练自己的分类器（classifier.pt），首次使用时用其带标签的数据集训练</translation>
    </message>
    <message>
        <source>a classifier file from ganlab-cli train-classifier</source>
        <translation>由 ganlab-cli train-classifier 生成的分类器文件</translation>
    </message>
    <message>
        <source>a TorchScript Inception-v3 returning [N, 2048] pool3 features (see the README)</source>
        <translation>返回 [N, 2048] pool3 特征的 TorchScript Inception-v3（见 README）</translation>
    </message>
    <message>
        <source>a TorchScript network returning at least four feature maps</source>
        <translation>返回至少四个特征图的 TorchScript 网络</translation>
    </message>
    <message>
        <source>what to load from the transfer source: g,d (default), g, d or none (sets transfer_g and transfer_d)</source>
        <translation>从迁移源加载哪些部分：g,d（默认）、g、d 或 none（设置 transfer_g 和 transfer_d）</translation>
    </message>
    <message>
        <source>pggan: real images per stabilise and per fade phase (sets both)</source>
        <translation>pggan：每个稳定阶段和每个淡入阶段的真实图像数（同时设置两者）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Seed papers</source>
        <translation>论文方法</translation>
    </message>
    <message>
        <source>Optimisation</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>an image folder (class subfolders become labels), a .zip of one, an IDX file or folder, CIFAR .bin batches, or &quot;fashion-mnist&quot;</source>
        <translation>图像文件夹（子文件夹即类别标签）、其 .zip 压缩文件、IDX 文件或文件夹、CIFAR .bin 批文件，或 &quot;fashion-mnist&quot;</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>image size in pixels, a power of two (32, 64, 128 usual)</source>
        <translation>图像尺寸（像素），须为 2 的幂（常用 32、64、128）</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>1 (gray) or 3 (colour): images are converted on import</source>
        <translation>1（灰度）或 3（彩色）：导入时转换图像</translation>
    </message>
    <message>
        <source>from the dataset</source>
        <translation>取自数据集</translation>
    </message>
    <message>
        <source>centre crop</source>
        <translation>居中裁剪</translation>
    </message>
    <message>
        <source>crop non-square images to their centre square</source>
        <translation>将非正方形图像裁剪为中央的正方形</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>pad non-square images with the background colour</source>
        <translation>用背景色将非正方形图像填充为正方形</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配方式</translation>
    </message>
    <message>
        <source>how non-square images become square</source>
        <translation>非正方形图像如何变为正方形</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>the colour transparent images are composited on</source>
        <translation>透明图像合成时使用的底色</translation>
    </message>
    <message>
        <source>Held out</source>
        <translation>留出比例</translation>
    </message>
    <message>
        <source>share of the images held out for evaluation (IW, classifier)</source>
        <translation>留出用于评估的图像比例（IW、分类器）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>train on these classes only, by name or index, e.g. &quot;Sandal,Sneaker&quot; (relabelled in the order given)</source>
        <translation>只在这些类别上训练，按名称或索引指定，例如 &quot;Sandal,Sneaker&quot;（按给定顺序重新编号）</translation>
    </message>
    <message>
        <source>Max images</source>
        <translation>最多图像数</translation>
    </message>
    <message>
        <source>at most this many training images, the same share of every class</source>
        <translation>最多使用这么多张训练图像，每个类别取相同比例</translation>
    </message>
    <message>
        <source>from scratch</source>
        <translation>从零开始</translation>
    </message>
    <message>
        <source>Transfer from</source>
        <translation>迁移自</translation>
    </message>
    <message>
        <source>start from a source run folder or checkpoint (Transferring GANs): weights are copied by name, adapted where sound (unconditional → conditional, gray ↔ colour, pggan growing a level), refused otherwise</source>
        <translation>从源训练文件夹或检查点开始（Transferring GANs）：按名称复制权重，在合理时加以适配（无条件 → 条件、灰度 ↔ 彩色、pggan 增加一个层级），否则拒绝</translation>
    </message>
    <message>
        <source>Load G</source>
        <translation>加载 G</translation>
    </message>
    <message>
        <source>start G from the source&apos;s (EMA) generator</source>
        <translation>用源的（EMA）生成器初始化 G</translation>
    </message>
    <message>
        <source>a transfer source</source>
        <translation>迁移源</translation>
    </message>
    <message>
        <source>Load D</source>
        <translation>加载 D</translation>
    </message>
    <message>
        <source>start D from the source&apos;s discriminator</source>
        <translation>用源的判别器初始化 D</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>无增强</translation>
    </message>
    <message>
        <source>AC-GAN class head on D</source>
        <translation>判别器上的 AC-GAN 类别头</translation>
    </message>
    <message>
        <source>AC-GAN: D predicts the class instead of being shown it (dcgan, resnet; implies class-conditional)</source>
        <translation>AC-GAN：D 预测类别，而不是被告知类别（dcgan、resnet；隐含类别条件）</translation>
    </message>
    <message>
        <source>dcgan and resnet</source>
        <translation>dcgan 和 resnet</translation>
    </message>
    <message>
        <source>AC-GAN weight</source>
        <translation>AC-GAN 权重</translation>
    </message>
    <message>
        <source>weight of the class loss in D and G</source>
        <translation>D 和 G 中类别损失的权重</translation>
    </message>
    <message>
        <source>the AC-GAN head</source>
        <translation>AC-GAN 类别头</translation>
    </message>
    <message>
        <source>Class loss on fakes in D</source>
        <translation>D 对生成图像的类别损失</translation>
    </message>
    <message>
        <source>D&apos;s class loss on generated images too (off: real images only, as Transferring GANs)</source>
        <translation>D 的类别损失也计入生成图像（关闭：只计入真实图像，同 Transferring GANs）</translation>
    </message>
    <message>
        <source>Orthogonal reg. β</source>
        <translation>正交正则 β</translation>
    </message>
    <message>
        <source>BigGAN&apos;s orthogonal regularisation of G (1e-4 in the paper; default with biggan)</source>
        <translation>BigGAN 对 G 的正交正则化（论文中为 1e-4；biggan 的默认值）</translation>
    </message>
    <message>
        <source>Drift ε</source>
        <translation>漂移 ε</translation>
    </message>
    <message>
        <source>PG-GAN&apos;s drift ε·E[D(x)²] (0.001 in the paper; default with pggan)</source>
        <translation>PG-GAN 的漂移项 ε·E[D(x)²]（论文中为 0.001；pggan 的默认值）</translation>
    </message>
    <message>
        <source>wgan-gp</source>
        <translation>wgan-gp</translation>
    </message>
    <message>
        <source>Grow from</source>
        <translation>生长起点</translation>
    </message>
    <message>
        <source>the resolution growth starts at</source>
        <translation>分辨率生长的起点</translation>
    </message>
    <message>
        <source>progressive models (pggan)</source>
        <translation>渐进式模型（pggan）</translation>
    </message>
    <message>
        <source>Stabilise phase</source>
        <translation>稳定阶段</translation>
    </message>
    <message>
        <source>images</source>
        <translation>张图像</translation>
    </message>
    <message>
        <source>real images shown per stabilisation at a resolution</source>
        <translation>每个分辨率的稳定阶段展示的真实图像数</translation>
    </message>
    <message>
        <source>Fade phase</source>
        <translation>淡入阶段</translation>
    </message>
    <message>
        <source>real images shown while a new resolution fades in</source>
        <translation>新分辨率淡入期间展示的真实图像数</translation>
    </message>
    <message>
        <source>the run&apos;s batch size</source>
        <translation>本次训练的批大小</translation>
    </message>
    <message>
        <source>Batch per level</source>
        <translation>各层级批大小</translation>
    </message>
    <message>
        <source>batch size per resolution from the start, e.g. 64,48,32</source>
        <translation>从起始分辨率开始每个分辨率的批大小，例如 64,48,32</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>starting settings; the other options change them</source>
        <translation>初始设置；其他选项会修改它们</translation>
    </message>
    <message>
        <source>model family (brings its own loss and regularisers)</source>
        <translation>模型族（自带损失和正则项）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>objective (default: the model&apos;s own)</source>
        <translation>目标函数（默认：模型自带）</translation>
    </message>
    <message>
        <source>Class-conditional</source>
        <translation>类别条件</translation>
    </message>
    <message>
        <source>G and D see the class (needs labelled data)</source>
        <translation>G 和 D 都能看到类别（需要带标签的数据）</translation>
    </message>
    <message>
        <source>models with a class-conditional variant</source>
        <translation>有类别条件变体的模型</translation>
    </message>
    <message>
        <source>Cond Concat (one-hot planes)</source>
        <translation>Cond Concat（独热平面）</translation>
    </message>
    <message>
        <source>one-hot columns in G&apos;s input and planes on D&apos;s input</source>
        <translation>在 G 的输入中加入独热列，在 D 的输入上加入独热平面</translation>
    </message>
    <message>
        <source>Cond BN (per-class γ, β)</source>
        <translation>Cond BN（每类 γ、β）</translation>
    </message>
    <message>
        <source>a batch-norm scale and offset per class in G</source>
        <translation>G 中每个类别各有一组批归一化缩放和偏移</translation>
    </message>
    <message>
        <source>Conditioning</source>
        <translation>条件方式</translation>
    </message>
    <message>
        <source>how dcgan and resnet see the class (Transferring GANs §4)</source>
        <translation>dcgan 和 resnet 获取类别信息的方式（Transferring GANs §4）</translation>
    </message>
    <message>
        <source>class-conditional runs</source>
        <translation>类别条件训练</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>隐变量维度</translation>
    </message>
    <message>
        <source>size of z</source>
        <translation>z 的维度</translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation>宽度 ×</translation>
    </message>
    <message>
        <source>channel multiplier of the family&apos;s reference widths</source>
        <translation>模型族参考宽度的通道倍数</translation>
    </message>
    <message>
        <source>model&apos;s own</source>
        <translation>模型自带</translation>
    </message>
    <message>
        <source>the model family&apos;s discriminator</source>
        <translation>模型族自带的判别器</translation>
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
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <source>the family&apos;s own, or Projected GAN&apos;s with any generator</source>
        <translation>模型族自带的判别器，或可配任意生成器的 Projected GAN 判别器</translation>
    </message>
    <message>
        <source>Projected features</source>
        <translation>投影特征</translation>
    </message>
    <message>
        <source>the frozen network: classifier (the run&apos;s own, trained first), classifier:FILE, torchscript:FILE or random</source>
        <translation>冻结的网络：classifier（本次训练自己的，先行训练）、classifier:FILE、torchscript:FILE 或 random</translation>
    </message>
    <message>
        <source>the projected discriminator</source>
        <translation>投影判别器</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>images per D and per G step</source>
        <translation>每个 D 步和每个 G 步的图像数</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>每步 G 的 D 步数</translation>
    </message>
    <message>
        <source>discriminator updates per generator update</source>
        <translation>生成器每更新一次，判别器的更新次数</translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation>学习率 G</translation>
    </message>
    <message>
        <source>G&apos;s Adam learning rate</source>
        <translation>G 的 Adam 学习率</translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation>学习率 D</translation>
    </message>
    <message>
        <source>D&apos;s Adam learning rate</source>
        <translation>D 的 Adam 学习率</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam&apos;s first-moment decay</source>
        <translation>Adam 的一阶矩衰减率</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Adam&apos;s second-moment decay</source>
        <translation>Adam 的二阶矩衰减率</translation>
    </message>
    <message>
        <source>Gradient penalty λ</source>
        <translation>梯度惩罚 λ</translation>
    </message>
    <message>
        <source>weight of WGAN-GP&apos;s gradient penalty</source>
        <translation>WGAN-GP 梯度惩罚的权重</translation>
    </message>
    <message>
        <source>EMA β (G)</source>
        <translation>EMA β (G)</translation>
    </message>
    <message>
        <source>decay of the generator&apos;s moving average</source>
        <translation>生成器滑动平均的衰减率</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>generator steps</source>
        <translation>生成器步数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>random seed of weights, data order and samples</source>
        <translation>用于权重、数据顺序和样本的随机种子</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>样本间隔</translation>
    </message>
    <message>
        <source>steps between the fixed-latent sample grids</source>
        <translation>两次生成固定隐变量样本网格之间的步数</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <source>steps between checkpoints</source>
        <translation>两次检查点之间的步数</translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <source>Checkpoints kept</source>
        <translation>保留检查点数</translation>
    </message>
    <message>
        <source>the newest checkpoints kept</source>
        <translation>保留的最新检查点数量</translation>
    </message>
    <message>
        <source>Log every</source>
        <translation>日志间隔</translation>
    </message>
    <message>
        <source>steps between rows of metrics.jsonl</source>
        <translation>metrics.jsonl 中两行记录之间的步数</translation>
    </message>
    <message>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <source>steps between evaluations, and one at the end</source>
        <translation>两次评估之间的步数，结束时另评估一次</translation>
    </message>
    <message>
        <source>… or every</source>
        <translation>… 或每隔</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>minutes of training between evaluations</source>
        <translation>两次评估之间的训练分钟数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>comma-separated metric names, e.g. fd,kid</source>
        <translation>以逗号分隔的指标名称，例如 fd,kid</translation>
    </message>
    <message>
        <source>Feature network</source>
        <translation>特征网络</translation>
    </message>
    <message>
        <source>random, classifier (the run&apos;s own), classifier:FILE or inception:FILE; every number is named with it</source>
        <translation>random、classifier（本次训练自己的）、classifier:FILE 或 inception:FILE；每个数值都会注明所用的特征网络</translation>
    </message>
    <message>
        <source>Evaluation samples</source>
        <translation>评估样本数</translation>
    </message>
    <message>
        <source>generated samples (and real images) per metric</source>
        <translation>每个指标使用的生成样本数（及真实图像数）</translation>
    </message>
    <message>
        <source>IW critic steps</source>
        <translation>IW 判别器步数</translation>
    </message>
    <message>
        <source>the independent critic&apos;s fixed budget</source>
        <translation>独立判别器的固定训练步数</translation>
    </message>
    <message>
        <source>Evaluation seed</source>
        <translation>评估随机种子</translation>
    </message>
    <message>
        <source>sampling seed of evaluations</source>
        <translation>评估时采样用的随机种子</translation>
    </message>
    <message>
        <source>from the run&apos;s seed and step</source>
        <translation>由训练的随机种子和步数决定</translation>
    </message>
    <message>
        <source>Evaluation budget</source>
        <translation>评估预算</translation>
    </message>
    <message>
        <source>the share of training time scheduled evaluations may take (over it they are skipped, the last one never)</source>
        <translation>定期评估可占用的训练时间比例（超出时跳过评估，但最后一次从不跳过）</translation>
    </message>
    <message>
        <source>Health every</source>
        <translation>健康检查间隔</translation>
    </message>
    <message>
        <source>steps between singular values of G&apos;s and D&apos;s first and last layers</source>
        <translation>两次计算 G 和 D 首层与末层奇异值之间的步数</translation>
    </message>
    <message>
        <source>Collapse factor</source>
        <translation>崩溃倍数</translation>
    </message>
    <message>
        <source>trip the guard when σ0 of G&apos;s first layer jumps this many times above its running level</source>
        <translation>当 G 第一层的 σ0 跃升到其滑动水平的这么多倍时触发保护</translation>
    </message>
    <message>
        <source>NaN/Inf only</source>
        <translation>仅 NaN/Inf</translation>
    </message>
    <message>
        <source>Mode collapse below</source>
        <translation>模式崩溃阈值</translation>
    </message>
    <message>
        <source>flag mode collapse when the samples&apos; diversity (mean pairwise distance of a fixed batch&apos;s features) falls below this share of the real images&apos; (a warning: training goes on)</source>
        <translation>当样本的多样性（一批固定样本特征的平均两两距离）低于真实图像多样性的这一比例时标记模式崩溃（仅为警告：训练继续）</translation>
    </message>
    <message>
        <source>never flagged</source>
        <translation>从不标记</translation>
    </message>
    <message>
        <source>Clip gradients at</source>
        <translation>梯度裁剪上限</translation>
    </message>
    <message>
        <source>the largest L2 norm of D&apos;s and of G&apos;s gradients before each Adam step (the plots show the norm before clipping)</source>
        <translation>每次 Adam 更新前 D 和 G 梯度的最大 L2 范数（曲线显示裁剪前的范数）</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>不裁剪</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>auto (the first CUDA GPU, else the CPU), cpu, cuda or cuda:N; a run may resume on another device</source>
        <translation>auto（有 CUDA GPU 时用第一个，否则用 CPU）、cpu、cuda 或 cuda:N；训练可在另一设备上继续</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>32-bit floats throughout</source>
        <translation>全程使用 32 位浮点数</translation>
    </message>
    <message>
        <source>bf16 (mixed)</source>
        <translation>bf16（混合精度）</translation>
    </message>
    <message>
        <source>forward passes in bfloat16 (CPUs with AVX-512 BF16 or AMX, recent GPUs); weights, optimiser, losses and metrics in fp32</source>
        <translation>前向计算使用 bfloat16（支持 AVX-512 BF16 或 AMX 的 CPU、较新的 GPU）；权重、优化器、损失和指标保持 fp32</translation>
    </message>
    <message>
        <source>fp16 (mixed, CUDA)</source>
        <translation>fp16（混合精度，CUDA）</translation>
    </message>
    <message>
        <source>forward passes in float16 with dynamic loss scaling; CUDA only</source>
        <translation>前向计算使用 float16 并动态缩放损失；仅限 CUDA</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>the arithmetic of the training step&apos;s forward passes</source>
        <translation>训练步骤前向计算所用的数值精度</translation>
    </message>
    <message>
        <source>Minibatch-stddev group</source>
        <translation>小批量标准差分组</translation>
    </message>
    <message>
        <source>images per group of D&apos;s minibatch-stddev feature (4 in PG-GAN; 1: each image alone, no batch statistic)</source>
        <translation>D 的小批量标准差特征每组的图像数（PG-GAN 中为 4；1：每张图像单独成组，不使用批次统计量）</translation>
    </message>
    <message>
        <source>Sync BatchNorm</source>
        <translation>同步 BatchNorm</translation>
    </message>
    <message>
        <source>in several processes, BatchNorm statistics over the whole batch rather than each process&apos;s share</source>
        <translation>多进程训练时，BatchNorm 统计量基于整个批次，而不是每个进程各自的部分</translation>
    </message>
    <message>
        <source>--augment ada</source>
        <translation>--augment ada</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>what D sees of every image, real and fake, in both phases and the gradient penalty: none; diffaugment:color,translation,cutout (or a subset); ada: StyleGAN2-ADA&apos;s pipeline, p tuned from D&apos;s overfitting (ada:LIST picks blit, geom, color or single operations)</source>
        <translation>D 看到的每张图像（真实与生成，两个阶段及梯度惩罚中）：none；diffaugment:color,translation,cutout（或其子集）；ada：StyleGAN2-ADA 的增强流程，p 根据 D 的过拟合程度调节（ada:列表 选择 blit、geom、color 或单个操作）</translation>
    </message>
    <message>
        <source>ADA target r_t</source>
        <translation>ADA 目标 r_t</translation>
    </message>
    <message>
        <source>the overfitting reading E[sign(D(real))] that p is tuned toward (0.6 in StyleGAN2-ADA)</source>
        <translation>p 所趋向的过拟合读数 E[sign(D(real))]（StyleGAN2-ADA 中为 0.6）</translation>
    </message>
    <message>
        <source>ADA fixed p</source>
        <translation>ADA 固定 p</translation>
    </message>
    <message>
        <source>augment with this fixed probability instead of tuning it</source>
        <translation>以此固定概率增强，而不自动调节</translation>
    </message>
    <message>
        <source>adaptive (tuned toward the target)</source>
        <translation>自适应（向目标调节）</translation>
    </message>
    <message>
        <source>ADA adjustment speed</source>
        <translation>ADA 调节速度</translation>
    </message>
    <message>
        <source>real images over which p may move from 0 to 1 (500k in StyleGAN2-ADA; less suits short runs)</source>
        <translation>p 从 0 变到 1 所需的真实图像数（StyleGAN2-ADA 中为 50 万；较短的训练宜用更少）</translation>
    </message>
    <message>
        <source>ADA interval</source>
        <translation>ADA 间隔</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>G steps between measurements of r_t (and adjustments of p)</source>
        <translation>两次测量 r_t（及调节 p）之间的 G 步数</translation>
    </message>
    <message>
        <source>the run&apos;s training images</source>
        <translation>本次训练的训练图像</translation>
    </message>
    <message>
        <source>Evaluation reals</source>
        <translation>评估用真实图像</translation>
    </message>
    <message>
        <source>the real images evaluations compare with: a dataset, used whole (the run&apos;s classes, at its size), e.g. the full set behind a run limited by max_images</source>
        <translation>评估所比较的真实图像：整个数据集（本次训练的类别与尺寸），例如受 max_images 限制的训练背后的完整数据集</translation>
    </message>
    <message>
        <source>Evaluation truncation</source>
        <translation>评估截断</translation>
    </message>
    <message>
        <source>evaluate samples whose latent entries beyond ±T are redrawn (BigGAN&apos;s truncation trick); results are named with it, e.g. FD[random]@t0.5</source>
        <translation>评估隐变量分量超出 ±T 时被重新抽取的样本（BigGAN 的截断技巧）；结果以此命名，例如 FD[random]@t0.5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>per class: sample accuracy, and MS-SSIM of samples beside the real class&apos;s — the share of classes at least as diverse as the real ones</source>
        <translation>逐类别：样本准确率，以及样本与真实类别的 MS-SSIM 对比——样本多样性不低于真实图像的类别所占比例</translation>
    </message>
    <message>
        <source>the same PG-GAN with and without progressive growing, for the same images shown: FD against images shown and wall time, and the samples</source>
        <translation>同一 PG-GAN 在有无渐进式生长下、展示相同图像数：FD 随展示图像数与实际耗时的变化，以及样本</translation>
    </message>
    <message>
        <source>the same generator with its own discriminator and with the projected one: FD against images shown and wall time, and the images each needs to reach a common FD</source>
        <translation>同一生成器分别配合其自身判别器与投影判别器：FD 随展示图像数与实际耗时的变化，以及各自达到共同 FD 所需的图像数</translation>
    </message>
    <message>
        <source>a target trained from scratch and from a source&apos;s G and D, G only and D only, in the paper&apos;s setting or with the DCGAN presets: which half carries more</source>
        <translation>目标分别从零开始、从源的 G 和 D、仅 G、仅 D 训练（论文设置或 DCGAN 预设）：哪一半更有用</translation>
    </message>
    <message>
        <source>a trained run&apos;s samples with truncated latents: FD, precision and recall (and class accuracy) from threshold 2 to 0.04, the trade-off curve and the same z at every threshold</source>
        <translation>已训练运行在截断隐变量下的样本：阈值从 2 到 0.04 的 FD、精确率与召回率（及类别准确率）、权衡曲线，以及每个阈值下相同的 z</translation>
    </message>
</context>
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
        <source>Browse…</source>
        <translation>浏览…</translation>
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
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
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
    <message>
        <source>%1 processes: %2 ms/step each</source>
        <translation>%1 个进程：每步分别 %2 毫秒</translation>
    </message>
    <message>
        <source>Generator written: %1 (torch.jit.load)</source>
        <translation>生成器已写入：%1（torch.jit.load）</translation>
    </message>
    <message>
        <source>Export &amp;generator…</source>
        <translation>导出生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Write the EMA generator as a TorchScript file that PyTorch loads without ganlab (torch.jit.load)</source>
        <translation>将 EMA 生成器写为 TorchScript 文件，PyTorch 无需 ganlab 即可加载（torch.jit.load）</translation>
    </message>
    <message>
        <source>Export generator</source>
        <translation>导出生成器</translation>
    </message>
    <message>
        <source>TorchScript module (*.pt)</source>
        <translation>TorchScript 模块 (*.pt)</translation>
    </message>
    <message>
        <source>Open &amp;generator…</source>
        <translation>打开生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Explore a generator exported as TorchScript, without its run folder</source>
        <translation>浏览导出为 TorchScript 的生成器，无需其训练文件夹</translation>
    </message>
    <message>
        <source>Open a TorchScript generator</source>
        <translation>打开 TorchScript 生成器</translation>
    </message>
    <message>
        <source>TorchScript module (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript 模块 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop the run before opening a generator: %1</source>
        <translation>请先停止训练再打开生成器：%1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>a generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Generator %1: %2, %3 px, %4 channel(s), latent %5%6</source>
        <translation>生成器 %1：%2，%3 像素，%4 个通道，隐变量 %5%6</translation>
    </message>
    <message>
        <source>, trained %1 steps</source>
        <translation>，已训练 %1 步</translation>
    </message>
    <message>
        <source>Export &amp;timelapse…</source>
        <translation>导出延时动画(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the grids the run saved (samples/) as an animated GIF or an MP4 video, each frame labelled with its step and FD</source>
        <translation>将训练保存的网格（samples/）写为 GIF 动画或 MP4 视频，每帧标注其步数和 FD</translation>
    </message>
    <message>
        <source>Open or train a run first: a timelapse shows the grids it saved.</source>
        <translation>请先打开或训练一次运行：延时动画显示其保存的网格。</translation>
    </message>
    <message>
        <source>Export timelapse</source>
        <translation>导出延时动画</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 动画 (*.gif);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>A timelapse is being written already: %1</source>
        <translation>已在写入一个延时动画：%1</translation>
    </message>
    <message>
        <source>Writing the timelapse %1…</source>
        <translation>正在写入延时动画 %1…</translation>
    </message>
    <message>
        <source>Timelapse written: %1 · %2 frame(s), steps %3 to %4, %5 left out</source>
        <translation>延时动画已写入：%1 · %2 帧，第 %3 至 %4 步，略去 %5 个</translation>
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
        <translation>在此数据集上重做一篇种子论文的核心实验（截断、生长、投影、AC-GAN、迁移）并写出报告</translation>
    </message>
    <message>
        <source>Open stud&amp;y folder…</source>
        <translation>打开研究文件夹(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>打开研究文件夹</translation>
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
    <message>
        <source>Train in this many processes, data-parallel (each takes its share of the batch and of the cores); from the next run opened</source>
        <translation>以这么多个进程进行数据并行训练（每个进程分担一部分批次和 CPU 核心）；从下一次打开的训练开始生效</translation>
    </message>
    <message>
        <source>Training processes</source>
        <translation>训练进程数</translation>
    </message>
</context>
<context>
    <name>ganlab::app::StudyDialog</name>
    <message>
        <source>Run a study</source>
        <translation>运行研究</translation>
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
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Wall time the arms&apos; training shares: their steps are fitted to it by timing a few steps of each</source>
        <translation>各分支训练共享的实际时间：通过对每个分支计时几步来确定其步数</translation>
    </message>
    <message>
        <source>a trained run folder</source>
        <translation>已训练的运行文件夹</translation>
    </message>
    <message>
        <source>without sources: train one on this dataset first</source>
        <translation>无源时：先在此数据集上训练一个</translation>
    </message>
    <message>
        <source>DCGAN (quick on a CPU)</source>
        <translation>DCGAN（在 CPU 上较快）</translation>
    </message>
    <message>
        <source>The paper&apos;s (ResNet WGAN-GP, at a CPU width)</source>
        <translation>论文设置（ResNet WGAN-GP，CPU 宽度）</translation>
    </message>
    <message>
        <source>a classifier the study trains when labelled, else random</source>
        <translation>有标签时使用研究训练的分类器，否则使用随机网络</translation>
    </message>
    <message>
        <source>The network behind FD, KID, precision and recall</source>
        <translation>FD、KID、精确率与召回率所用的网络</translation>
    </message>
    <message>
        <source>the study&apos;s choice</source>
        <translation>由研究决定</translation>
    </message>
    <message>
        <source>KEY=VALUE …, e.g. width=0.25</source>
        <translation>键=值 …，例如 width=0.25</translation>
    </message>
    <message>
        <source>Train settings every arm gets, separated by spaces</source>
        <translation>每个分支都使用的训练设置，以空格分隔</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>A dataset folder</source>
        <translation>数据集文件夹</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>At most images</source>
        <translation>最多图像数</translation>
    </message>
    <message>
        <source>A trained run folder</source>
        <translation>已训练的运行文件夹</translation>
    </message>
    <message>
        <source>Trained run</source>
        <translation>已训练的运行</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>源</translation>
    </message>
    <message>
        <source>The source&apos;s dataset</source>
        <translation>源的数据集</translation>
    </message>
    <message>
        <source>Source dataset</source>
        <translation>源数据集</translation>
    </message>
    <message>
        <source>Source classes</source>
        <translation>源类别</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Samples per evaluation</source>
        <translation>每次评估的样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Train settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Where the study goes</source>
        <translation>研究存放的位置</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pretrained runs or checkpoints; without any, the study trains a source on the source dataset first</source>
        <translation>预训练的运行或检查点；若没有，研究会先在源数据集上训练一个源</translation>
    </message>
    <message>
        <source>Trained run (optional)</source>
        <translation>已训练的运行（可选）</translation>
    </message>
    <message>
        <source>the trained run the study analyses</source>
        <translation>研究所分析的已训练运行</translation>
    </message>
    <message>
        <source>a trained conditional run instead of training one</source>
        <translation>使用已训练的条件运行，而不是新训练一个</translation>
    </message>
    <message>
        <source>Train settings take KEY=VALUE (a train setting), not &quot;%1&quot;</source>
        <translation>训练设置应为 键=值（一个训练设置），而不是“%1”</translation>
    </message>
    <message>
        <source>Choose the folder the study goes in</source>
        <translation>选择研究存放的文件夹</translation>
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
        <translation>开始</translation>
    </message>
    <message>
        <source>Train the arms (continuing where they stopped), analyse the result and write the report</source>
        <translation>训练各分支（从停止处继续），分析结果并写出报告</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save every arm where it is (Start continues later)</source>
        <translation>在当前位置保存每个分支（稍后“开始”会继续）</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Open report.md (written when the study has finished)</source>
        <translation>打开 report.md（研究完成时写出）</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>The study&apos;s folder: its runs, figure, table and report</source>
        <translation>研究文件夹：其运行、图、表和报告</translation>
    </message>
    <message>
        <source>Planning the study and timing its arms…</source>
        <translation>正在规划研究并为各分支计时…</translation>
    </message>
    <message>
        <source>The figure is drawn after the arms&apos; first evaluation</source>
        <translation>图在各分支首次评估后绘制</translation>
    </message>
    <message>
        <source>The samples appear once there are some</source>
        <translation>有样本后即显示</translation>
    </message>
    <message>
        <source>The command that reproduces this study</source>
        <translation>重现此研究的命令</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Finished: the report is written</source>
        <translation>已完成：报告已写出</translation>
    </message>
    <message>
        <source>Stopped: every arm is saved (Start continues)</source>
        <translation>已停止：每个分支都已保存（“开始”可继续）</translation>
    </message>
    <message>
        <source>Study: %1 — %2</source>
        <translation>研究：%1 — %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>Running the study…</source>
        <translation>正在运行研究…</translation>
    </message>
    <message>
        <source>Stopping: saving every arm…</source>
        <translation>正在停止：保存每个分支…</translation>
    </message>
    <message>
        <source>Mode collapse flagged: %1</source>
        <translation>检测到模式崩溃：%1</translation>
    </message>
    <message>
        <source>The findings are written when the study has been analysed.</source>
        <translation>研究分析完成后写出结论。</translation>
    </message>
    <message>
        <source>How far to trust it</source>
        <translation>可信程度</translation>
    </message>
    <message>
        <source>Feature network behind FD, KID, precision and recall: %1</source>
        <translation>FD、KID、精确率与召回率所用的特征网络：%1</translation>
    </message>
    <message>
        <source>Flagged for mode collapse</source>
        <translation>标记为模式崩溃</translation>
    </message>
    <message>
        <source>Training the arms</source>
        <translation>正在训练各分支</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写出报告</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No study: see the message above</source>
        <translation>没有研究：请参见上方消息</translation>
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
    <message>
        <source>The samples&apos; diversity: mean pairwise feature distance of a fixed batch of samples over the same of fixed real images (1: as varied as the reals; near 0: G draws the same image whatever z is — mode collapse). Dashed: the threshold.</source>
        <translation>样本多样性：一批固定样本的平均两两特征距离，除以固定真实图像的同一距离（1：与真实图像一样多样；接近 0：无论 z 为何 G 都画出同一张图像——模式崩溃）。虚线：阈值。</translation>
    </message>
    <message>
        <source>Mode collapse: samples&apos; diversity %1 of the reals&apos; (below %2) since step %3</source>
        <translation>模式崩溃：样本多样性为真实图像的 %1（低于 %2），自第 %3 步起</translation>
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
    <message>
        <source>Overfitting &amp; ADA</source>
        <translation>过拟合与 ADA</translation>
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
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Saved grid of step %1 (%2) · the run&apos;s fixed latents</source>
        <translation>第 %1 步保存的网格（%2）· 本次训练的固定隐变量</translation>
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
        <translation>训练从固定隐变量保存的网格（samples/），最旧的在左侧；在最右端时视图跟随训练</translation>
    </message>
    <message>
        <source>Back to the newest samples, following training</source>
        <translation>回到最新样本，跟随训练</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <source>Latest · %n saved grid(s)</source>
        <translation>
            <numerusform>最新 · 已保存 %n 个网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 · grid %2 of %3</source>
        <translation>第 %1 步 · 第 %2 个网格，共 %3 个</translation>
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
    <message>
        <source>mode collapse (diversity %1)</source>
        <translation>模式崩溃（多样性 %1）</translation>
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
        <translation>添加训练文件夹…</translation>
    </message>
    <message>
        <source>Add checkpoint…</source>
        <translation>添加检查点…</translation>
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
    <message>
        <source>View raised in the picture: plots, metrics, evaluation, health, growth or log.</source>
        <translation>截图中显示的视图：plots、metrics、evaluation、health、growth 或 log。</translation>
    </message>
    <message>
        <source>Growing models: take the picture while a fade is on.</source>
        <translation>渐进式模型：在淡入进行时截图。</translation>
    </message>
    <message>
        <source>Open a comparison folder (with --screenshot: the picture is of its window).</source>
        <translation>打开比较文件夹（配合 --screenshot：截取其窗口）。</translation>
    </message>
</context>
</TS>
